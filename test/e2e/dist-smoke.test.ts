// Imports every built entry of every workspace package with plain `node` (no bundler, no @verlicht/source
// condition), which catches directory imports and extensionless CJS subpaths that only bundlers accept.
// Entries a package marks as browser-only (`"verlicht": {"browserOnly": ["./browser"]}` in its package.json)
// are syntax-checked with `node --check` instead, since they need a DOM.
import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const root = join(import.meta.dirname, "..", "..");
const packages = readdirSync(join(root, "packages")).filter((name) =>
  existsSync(join(root, "packages", name, "package.json")),
);

interface Manifest {
  name: string;
  exports: Record<string, string | Record<string, string>>;
  verlicht?: { browserOnly?: string[] };
}

function entries(manifest: Manifest): Array<{ subpath: string; file: string }> {
  return Object.entries(manifest.exports)
    .filter(([subpath, target]) => subpath !== "./package.json" && typeof target === "object" && target["import"])
    .map(([subpath, target]) => ({ subpath, file: (target as Record<string, string>)["import"]! }));
}

describe("built packages", () => {
  it("should find every workspace package", () => {
    expect(packages).toContain("core");
  });

  for (const name of packages) {
    const dir = join(root, "packages", name);
    const manifest = JSON.parse(readFileSync(join(dir, "package.json"), "utf8")) as Manifest;
    for (const { subpath, file } of entries(manifest)) {
      const specifier = subpath === "." ? manifest.name : `${manifest.name}/${subpath.slice(2)}`;
      const browserOnly = manifest.verlicht?.browserOnly?.includes(subpath) ?? false;
      it(`should load ${specifier} from dist with plain node`, () => {
        expect(existsSync(join(dir, file)), `${join(dir, file)} is missing: run \`pnpm build\` first`).toBe(true);
        if (browserOnly) {
          execFileSync(process.execPath, ["--check", join(dir, file)], { stdio: "pipe" });
          return;
        }
        const out = execFileSync(
          process.execPath,
          [
            "--input-type=module",
            "-e",
            `const m = await import(${JSON.stringify(specifier)}); console.log(Object.keys(m).length)`,
          ],
          { cwd: dir, stdio: "pipe", env: { ...process.env, DOTENV_CONFIG_QUIET: "true" } },
        );
        expect(Number(out.toString().trim())).toBeGreaterThan(0);
      });
    }
  }
});
