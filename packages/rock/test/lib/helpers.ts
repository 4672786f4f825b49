import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

/** The folder of a fixture. */
export function fixture(name: string): string {
  return fileURLToPath(new URL(`../fixtures/${name}/`, import.meta.url));
}

/** Every file under a folder, by `/`-separated relative path, as text. */
export function readTree(dir: string, rel = ""): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) Object.assign(out, readTree(path, `${rel}${name}/`));
    else out[`${rel}${name}`] = readFileSync(path, "utf8");
  }
  return out;
}
