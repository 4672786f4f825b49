// Consumers first: what a user of the published packages gets. Builds the workspace when dist/ is stale,
// packs every package with `pnpm pack` (which turns `workspace:*` into versions), installs all tarballs
// together into a fresh temporary project with npm (third-party dependencies come from the registry), and
// checks there, with nothing of the workspace in reach:
// - ESM `import` of every entry of every package, and `require()` of every package (Node >= 20.19 loads
//   ESM from require through the `default` condition);
// - `tsc --noEmit` under `module`/`moduleResolution` `nodenext`, strict, WITHOUT `skipLibCheck`, on a file
//   that imports every exported name of every package, so every shipped .d.ts is checked;
// - `engines`, `repository` (with `directory`), `license` in each packed package.json, no `workspace:`
//   specifier left;
// - heavy dependencies that must not reach a consumer (`natural`, `better-sqlite3`) are not installed.
// It takes a few minutes (npm install); every step has its own generous timeout for a loaded machine.
import { execFile } from "node:child_process";
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const root = join(import.meta.dirname, "..", "..");
const MINUTE = 60_000;

interface Manifest {
  name: string;
  version: string;
  private?: boolean;
  license?: string;
  engines?: Record<string, string>;
  repository?: { type?: string; url?: string; directory?: string };
  exports: Record<string, string | Record<string, string>>;
  dependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
}

const packages = readdirSync(join(root, "packages"))
  .filter((dir) => existsSync(join(root, "packages", dir, "package.json")))
  .map((dir) => ({
    dir,
    manifest: JSON.parse(readFileSync(join(root, "packages", dir, "package.json"), "utf8")) as Manifest,
  }))
  .filter(({ manifest }) => !manifest.private);

/** The host libraries each package takes as a peer dependency (they appear in its public types). */
const HOSTS: Readonly<Record<string, readonly string[]>> = {
  core: ["zod"],
  qna: ["graphology"],
  viewer: ["graphology", "sigma"],
};

/** Every import specifier a package offers (its `exports` subpaths, less `./package.json`). */
function specifiers(manifest: Manifest): string[] {
  return Object.keys(manifest.exports)
    .filter((subpath) => subpath !== "./package.json")
    .map((subpath) => (subpath === "." ? manifest.name : `${manifest.name}/${subpath.slice(2)}`));
}

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

function run(command: string, args: string[], cwd: string, timeout: number, env: NodeJS.ProcessEnv = {}): Promise<Run> {
  return new Promise((resolve) => {
    execFile(
      command,
      args,
      { cwd, timeout, maxBuffer: 64 * 1024 * 1024, env: { ...process.env, ...env } },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === "number" ? error.code : 1) : 0;
        resolve({ code, stdout, stderr: error && !stderr ? String(error.message) : stderr });
      },
    );
  });
}

/** The newest modification time of the files under `dir`. */
function newest(dir: string): number {
  let time = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) time = Math.max(time, statSync(join(entry.parentPath, entry.name)).mtimeMs);
  }
  return time;
}

function isStale(dir: string): boolean {
  const pkg = join(root, "packages", dir);
  const dist = join(pkg, "dist", "index.js");
  if (!existsSync(dist) || !existsSync(join(pkg, "dist", "index.d.ts"))) return true;
  const built = statSync(dist).mtimeMs;
  return newest(join(pkg, "src")) > built || statSync(join(pkg, "package.json")).mtimeMs > built;
}

let work = "";
let consumer = "";
let installed = false;
let installSeconds = 0;

describe("the packed packages in a consumer project", () => {
  beforeAll(async () => {
    work = mkdtempSync(join(tmpdir(), "verlicht-consumer-"));
    const tarballs = join(work, "tarballs");
    consumer = join(work, "consumer");
    mkdirSync(tarballs);
    mkdirSync(consumer);

    // 1. Build (only when a dist is missing or older than its sources: `pnpm test` has just built).
    if (packages.some(({ dir }) => isStale(dir))) {
      const build = await run("pnpm", ["-r", "run", "build"], root, 20 * MINUTE);
      if (build.code !== 0) throw new Error(`pnpm build failed:\n${build.stdout}\n${build.stderr}`);
    }
    // 2. Pack every package.
    for (const { dir } of packages) {
      const pack = await run("pnpm", ["pack", "--pack-destination", tarballs], join(root, "packages", dir), 2 * MINUTE);
      if (pack.code !== 0) throw new Error(`pnpm pack failed in packages/${dir}:\n${pack.stderr}`);
    }
    const files = readdirSync(tarballs).filter((f) => f.endsWith(".tgz"));
    if (files.length !== packages.length) throw new Error(`expected ${packages.length} tarballs, got ${files}`);

    // 3. A consumer project that installs all tarballs together, plus what a TypeScript user of Node has.
    writeFileSync(
      join(consumer, "package.json"),
      `${JSON.stringify({ name: "verlicht-consumer", private: true, version: "0.0.0", type: "module" }, null, 2)}\n`,
    );
    const started = Date.now();
    const install = await run(
      "npm",
      [
        "install",
        "--no-audit",
        "--no-fund",
        "--loglevel=error",
        ...files.map((f) => join(tarballs, f)),
        "@types/node@^20.19.0",
      ],
      consumer,
      15 * MINUTE,
    );
    installSeconds = (Date.now() - started) / 1000;
    if (install.code !== 0)
      throw new Error(`npm install of the tarballs failed:\n${install.stdout}\n${install.stderr}`);
    installed = true;
    const size = await run("du", ["-sm", join(consumer, "node_modules")], consumer, MINUTE);
    console.log(`figure consumer npm install = ${installSeconds.toFixed(1)} s`);
    console.log(`figure consumer node_modules = ${size.stdout.split("\t")[0]} MB`);
  }, 45 * MINUTE);

  afterAll(() => {
    if (work) rmSync(work, { recursive: true, force: true });
  });

  it("should install every package", () => {
    expect(installed).toBe(true);
    for (const { manifest } of packages)
      expect(existsSync(join(consumer, "node_modules", manifest.name, "package.json")), manifest.name).toBe(true);
  });

  it("should ship engines, repository with directory, and license in every packed package.json", () => {
    for (const { dir, manifest } of packages) {
      const packed = JSON.parse(
        readFileSync(join(consumer, "node_modules", manifest.name, "package.json"), "utf8"),
      ) as Manifest;
      expect(packed.license, `${manifest.name} license`).toBe("MIT");
      expect(packed.engines?.["node"], `${manifest.name} engines.node`).toBe(">=20.19");
      expect(packed.repository?.url, `${manifest.name} repository.url`).toMatch(/^git\+https:\/\//);
      expect(packed.repository?.directory, `${manifest.name} repository.directory`).toBe(`packages/${dir}`);
      const specs = JSON.stringify({ ...packed.dependencies, ...packed.peerDependencies });
      expect(specs, `${manifest.name} has a workspace: specifier`).not.toContain("workspace:");
      // Host libraries whose instances or types cross our API are the consumer's own copy: peers with a
      // range (an exact pin would force a second copy next to the consumer's).
      for (const host of ["zod", "graphology", "graphology-types", "sigma"]) {
        const range = packed.peerDependencies?.[host];
        if (range) expect(range, `${manifest.name} peer ${host}`).toMatch(/^(\^|>=)/);
      }
      for (const host of HOSTS[dir] ?? [])
        expect(packed.peerDependencies?.[host], `${manifest.name} must take ${host} as a peer`).toBeDefined();
      // Every entry: the source condition first (workspace only), then types, import and a default for require().
      for (const [subpath, target] of Object.entries(packed.exports)) {
        if (typeof target !== "object") continue;
        const conditions = Object.keys(target);
        expect(conditions[0], `${manifest.name} ${subpath}`).toBe("@verlicht/source");
        expect(conditions, `${manifest.name} ${subpath}`).toEqual(
          expect.arrayContaining(["types", "import", "default"]),
        );
        expect(conditions.at(-1), `${manifest.name} ${subpath}: default must come last`).toBe("default");
        expect(conditions.indexOf("types"), `${manifest.name} ${subpath}: types before import`).toBeLessThan(
          conditions.indexOf("import"),
        );
      }
    }
  });

  it("should import in its shipped .d.ts only packages it depends on (never a devDependency's types)", () => {
    for (const { manifest } of packages) {
      const dir = join(consumer, "node_modules", manifest.name);
      const packed = JSON.parse(readFileSync(join(dir, "package.json"), "utf8")) as Manifest;
      const allowed = new Set([manifest.name, ...Object.keys({ ...packed.dependencies, ...packed.peerDependencies })]);
      const dist = join(dir, "dist");
      for (const entry of readdirSync(dist, { withFileTypes: true, recursive: true })) {
        if (!entry.isFile() || !entry.name.endsWith(".d.ts")) continue;
        const text = readFileSync(join(entry.parentPath, entry.name), "utf8");
        for (const m of text.matchAll(/(?:\bfrom\s+|\bimport\s*\(\s*|\bimport\s+)["']([^"'./][^"']*)["']/g)) {
          const specifier = m[1]!;
          if (specifier.startsWith("node:")) continue;
          const parts = specifier.split("/");
          const pkg = specifier.startsWith("@") ? parts.slice(0, 2).join("/") : parts[0]!;
          expect(allowed.has(pkg), `${manifest.name} ${entry.name} imports "${specifier}"`).toBe(true);
        }
      }
    }
  });

  it(
    "should import every entry of every package as ESM",
    async () => {
      const all = packages.flatMap(({ manifest }) => specifiers(manifest));
      const script = `
      const out = {};
      for (const s of ${JSON.stringify(all)}) {
        try { out[s] = Object.keys(await import(s)).length; } catch (e) { out[s] = String(e && e.message); }
      }
      console.log(JSON.stringify(out));`;
      const result = await run(process.execPath, ["--input-type=module", "-e", script], consumer, 5 * MINUTE);
      expect(result.code, result.stderr).toBe(0);
      const counts = JSON.parse(result.stdout.trim().split("\n").at(-1) ?? "{}") as Record<string, number | string>;
      for (const s of all) expect(counts[s], `import(${s})`).toBeTypeOf("number");
      for (const s of all) expect(counts[s] as number, `import(${s}) has exports`).toBeGreaterThan(0);
    },
    5 * MINUTE,
  );

  it(
    "should require() every package (Node >= 20.19 loads ESM from require)",
    async () => {
      const all = packages.map(({ manifest }) => manifest.name);
      const script = `
      const out = {};
      for (const s of ${JSON.stringify(all)}) {
        try { out[s] = Object.keys(require(s)).length; } catch (e) { out[s] = String(e && e.message); }
      }
      console.log(JSON.stringify(out));`;
      const result = await run(process.execPath, ["--no-warnings", "-e", script], consumer, 5 * MINUTE);
      expect(result.code, result.stderr).toBe(0);
      const counts = JSON.parse(result.stdout.trim().split("\n").at(-1) ?? "{}") as Record<string, number | string>;
      for (const s of all) expect(counts[s], `require(${s})`).toBeTypeOf("number");
      for (const s of all) expect(counts[s] as number, `require(${s}) has exports`).toBeGreaterThan(0);
    },
    5 * MINUTE,
  );

  it(
    "should type-check every exported name under nodenext, strict, without skipLibCheck",
    async () => {
      const lines: string[] = [];
      packages.forEach(({ dir, manifest }, i) => {
        const dts = readFileSync(join(consumer, "node_modules", manifest.name, "dist", "index.d.ts"), "utf8");
        const names = [...dts.matchAll(/^export\s*\{([^}]*)\}/gm)]
          .flatMap((m) => (m[1] ?? "").split(","))
          .map((n) => n.trim().replace(/^type\s+/, ""))
          .map((n) => n.split(/\s+as\s+/).at(-1) ?? "")
          .filter(Boolean);
        expect(names.length, `${manifest.name}: no export list found in dist/index.d.ts (${dir})`).toBeGreaterThan(0);
        // Aliased per package: two packages may export one name (each has its own DEFAULT_OPTIONS).
        lines.push(`import type { ${names.map((n) => `${n} as p${i}_${n}`).join(", ")} } from "${manifest.name}";`);
        lines.push(`import * as pkg${i} from "${manifest.name}";`);
        lines.push(`export const keys${i}: string[] = Object.keys(pkg${i});`);
      });
      writeFileSync(join(consumer, "index.ts"), `${lines.join("\n")}\n`);
      writeFileSync(
        join(consumer, "tsconfig.json"),
        JSON.stringify({
          compilerOptions: {
            module: "nodenext",
            moduleResolution: "nodenext",
            target: "es2022",
            strict: true,
            noEmit: true,
            skipLibCheck: false,
            types: ["node"],
          },
          files: ["index.ts"],
        }),
      );
      const tsc = join(root, "node_modules", "typescript", "bin", "tsc");
      const result = await run(
        process.execPath,
        [tsc, "-p", "tsconfig.json", "--pretty", "false"],
        consumer,
        10 * MINUTE,
      );
      expect(result.stdout + result.stderr).toBe("");
      expect(result.code).toBe(0);
    },
    10 * MINUTE,
  );

  // Both fail (rather than skip) until the work that removes them has landed: `natural` goes with the
  // review package's own stop-word list, `better-sqlite3` with the storage binding that needs no build.
  it(
    "should not install natural (≈ 55 MB for one stop-word list)",
    async () => {
      const query = await run("npm", ["query", "#natural"], consumer, 2 * MINUTE);
      expect(query.code, query.stderr).toBe(0);
      expect((JSON.parse(query.stdout) as Array<{ location: string }>).map((p) => p.location)).toEqual([]);
    },
    2 * MINUTE,
  );

  it(
    "should not install better-sqlite3 (a native build at install time)",
    async () => {
      const query = await run("npm", ["query", "#better-sqlite3"], consumer, 2 * MINUTE);
      expect(query.code, query.stderr).toBe(0);
      expect((JSON.parse(query.stdout) as Array<{ location: string }>).map((p) => p.location)).toEqual([]);
    },
    2 * MINUTE,
  );
});
