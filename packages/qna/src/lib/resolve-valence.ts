import type { Valence } from "@verlicht/core";
import type { RockSource } from "./network-source.js";

/**
 * The default mapping from relation type to valence. Types not listed here get `null` (not causal).
 * rock's own examples use `causal_pos` / `causal_neg`; psyverse DCTs use `causal_influences_*`.
 */
export const DEFAULT_VALENCE: Readonly<Record<string, Valence>> = Object.freeze({
  causal_pos: 1,
  causal_influences_positive: 1,
  causal_neg: -1,
  causal_influences_negative: -1,
  causal_unknown: 0,
  causal_influences_unknown: 0,
});

/** Read a valence written in YAML: 1/-1/0/null, "+"/"-"/"?", "positive"/"negative"/"unknown"/"none". */
export function toValence(value: unknown): Valence | undefined {
  if (value === null) return null;
  if (value === 1 || value === -1 || value === 0) return value;
  if (typeof value !== "string") return undefined;
  const v = value.trim().toLowerCase();
  if (v === "+" || v === "+1" || v === "1" || v === "positive" || v === "pos") return 1;
  if (v === "-" || v === "−" || v === "-1" || v === "negative" || v === "neg") return -1;
  if (v === "?" || v === "0" || v === "unknown") return 0;
  if (v === "none" || v === "null" || v === "") return null;
  return undefined;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/**
 * Collect valences declared in the sources' `ROCK_network` fragments, in source and file order
 * (later declarations win). Two forms are read:
 * `ROCK_network: {edges: [{type: x, valence: 1}]}` and `ROCK_network: {valence: {x: 1}}`.
 */
export function valenceFromSources(sources: ReadonlyArray<RockSource>): Record<string, Valence> {
  const out: Record<string, Valence> = {};
  for (const source of sources) {
    for (const fragment of source.aesthetics?.network ?? []) {
      const container = isRecord(fragment) && isRecord(fragment["ROCK_network"]) ? fragment["ROCK_network"] : fragment;
      if (!isRecord(container)) continue;
      const edges = container["edges"];
      if (Array.isArray(edges)) {
        for (const edge of edges) {
          if (!isRecord(edge) || typeof edge["type"] !== "string" || !("valence" in edge)) continue;
          const valence = toValence(edge["valence"]);
          if (valence !== undefined) out[edge["type"]] = valence;
        }
      }
      const map = container["valence"];
      if (isRecord(map)) {
        for (const [type, raw] of Object.entries(map)) {
          const valence = toValence(raw);
          if (valence !== undefined) out[type] = valence;
        }
      }
    }
  }
  return out;
}

/**
 * Build the valence lookup used by {@link buildNetwork}: defaults, then `ROCK_network` declarations,
 * then the `valence` option (each later layer wins). Unlisted types map to null.
 */
export function createValenceLookup(
  sources: ReadonlyArray<RockSource>,
  option: Readonly<Record<string, Valence>> | null | undefined,
): (type: string) => Valence {
  const map = new Map<string, Valence>(Object.entries(DEFAULT_VALENCE));
  for (const [k, v] of Object.entries(valenceFromSources(sources))) map.set(k, v);
  for (const [k, v] of Object.entries(option ?? {})) map.set(k, v);
  return (type) => map.get(type) ?? null;
}
