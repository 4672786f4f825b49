import type { RockSource } from "./network-source.js";
import type { QnaAesthetics } from "./types.js";

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function unwrap(fragment: unknown, container: string): unknown {
  return isRecord(fragment) && container in fragment ? fragment[container] : fragment;
}

/** An empty aesthetics object. */
export function emptyAesthetics(): QnaAesthetics {
  return { edges: [], nodes: [], graph: {}, rank: {} };
}

/**
 * Merge the `ROCK_aesthetics` and `ROCK_network` fragments of the sources, as rock reads them:
 * edge and node style lists are concatenated in source and file order (later entries win when
 * styles are applied); `graph` and `rank` maps are merged key by key (later wins).
 */
export function collectAesthetics(sources: ReadonlyArray<RockSource>): QnaAesthetics {
  const out = emptyAesthetics();
  const add = (value: unknown) => {
    if (!isRecord(value)) return;
    for (const key of ["edges", "nodes"] as const) {
      const list = value[key];
      if (Array.isArray(list)) for (const item of list) if (isRecord(item)) out[key].push({ ...item });
    }
    if (isRecord(value["graph"])) Object.assign(out.graph, value["graph"]);
    if (isRecord(value["rank"])) Object.assign(out.rank, value["rank"]);
  };
  for (const source of sources) {
    for (const fragment of source.aesthetics?.aesthetics ?? []) add(unwrap(fragment, "ROCK_aesthetics"));
    for (const fragment of source.aesthetics?.network ?? []) add(unwrap(fragment, "ROCK_network"));
  }
  return out;
}
