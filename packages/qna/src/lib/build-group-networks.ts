import { errorPrefix, InvalidArgumentsError, type Support, type Valence } from "@verlicht/core";
import { assembleNetwork } from "./assemble-network.js";
import {
  assertSources,
  type BuildNetworkOptions,
  type Coding,
  checkBuildOptions,
  collectCodings,
  DEFAULT_BUILD_OPTIONS,
  stripUndefined,
} from "./build-network.js";
import { collectAesthetics } from "./collect-aesthetics.js";
import { filterBySupport } from "./filter-by-support.js";
import { groupOf } from "./group-of.js";
import type { RockSource } from "./network-source.js";
import { createValenceLookup } from "./resolve-valence.js";
import type { QnaNetwork } from "./types.js";

const PREFIX = errorPrefix("qna", "buildGroupNetworks");

/** Options of {@link buildGroupNetworks}: those of `buildNetwork` plus what to do with codings without a value. */
export interface BuildGroupNetworksOptions extends Omit<BuildNetworkOptions, "groupBy"> {
  /** Group name for codings whose speaker has no value for the attribute; null (default) leaves them out. */
  missingGroup?: string | null | undefined;
}

/** One link in the comparison of groups. */
export interface GroupComparisonEdge {
  /** Edge key `from->to||type`. */
  key: string;
  /** Cause. */
  from: string;
  /** Effect. */
  to: string;
  /** Relation type. */
  type: string;
  /** Valence of the type. */
  valence: Valence;
  /** Groups whose network has this link, sorted. */
  groups: string[];
  /** Support of the link in each group that has it. */
  support: Record<string, Support>;
}

/** Result of {@link buildGroupNetworks}. */
export interface GroupNetworks {
  /** The attribute grouped by. */
  attribute: string;
  /** One network per group value, sorted by value. */
  groups: Array<{ value: string; network: QnaNetwork }>;
  /** Every link of any group, with the groups that name it, sorted by key. */
  edges: GroupComparisonEdge[];
  /** Keys of links that every group names. */
  shared: string[];
  /** Per group: keys of the links that only this group names. */
  only: Record<string, string[]>;
  /** For every pair of groups: links both name, and Jaccard similarity (shared / named by either), as FCMapper's `comp.maps`. */
  similarity: Array<{ groups: [string, string]; shared: number; jaccard: number }>;
}

/**
 * Build one network per value of a speaker attribute (e.g. `rol`: `bewoner` vs `professional`) and
 * compare them: which links all groups name and which only one group names. The value of a coding is
 * its speaker's `ROCK_attributes` value (through the class instances in force), else a class instance
 * of that name. `minSupport` applies within each group, before the comparison.
 *
 * @param sources Parsed ROCK sources.
 * @param attribute Attribute or class name.
 * @param options See {@link BuildGroupNetworksOptions}.
 * @returns The group networks and their comparison.
 */
export function buildGroupNetworks(
  sources: ReadonlyArray<RockSource>,
  attribute: string,
  options?: BuildGroupNetworksOptions | null,
): GroupNetworks {
  assertSources(sources, PREFIX);
  if (typeof attribute !== "string" || attribute === "") {
    throw new InvalidArgumentsError(`${PREFIX}expected an attribute name such as "rol", got ${String(attribute)}`);
  }
  const o = { ...DEFAULT_BUILD_OPTIONS, missingGroup: null, ...stripUndefined(options ?? {}) };
  checkBuildOptions(o, PREFIX);
  const byGroup = new Map<string, Coding[]>();
  for (const coding of collectCodings(sources, o)) {
    if (o.dropSelfLoops && coding.from.key === coding.to.key) continue;
    const value = groupOf(coding.citation, attribute) ?? o.missingGroup ?? undefined;
    if (value === undefined) continue;
    const list = byGroup.get(value) ?? [];
    list.push(coding);
    byGroup.set(value, list);
  }
  const valenceOf = createValenceLookup(sources, o.valence);
  const aesthetics = collectAesthetics(sources);
  const groups = [...byGroup.keys()].sort().map((value) => {
    let network = assembleNetwork(byGroup.get(value)!, valenceOf, {
      caseFallback: o.caseFallback,
      aesthetics,
      name: o.name ? `${o.name} (${attribute}=${value})` : `${attribute}=${value}`,
    });
    network.setAttribute("group", { attribute, value });
    if (o.minSupport) network = filterBySupport(network, o.minSupport, { inPlace: true });
    return { value, network };
  });
  const edges = new Map<string, GroupComparisonEdge>();
  for (const { value, network } of groups) {
    network.forEachEdge((key, attrs, from, to) => {
      let e = edges.get(key);
      if (!e) {
        e = { key, from, to, type: attrs.type, valence: attrs.valence, groups: [], support: {} };
        edges.set(key, e);
      }
      e.groups.push(value);
      e.support[value] = attrs.support;
    });
  }
  const list = [...edges.values()].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const only: Record<string, string[]> = {};
  for (const { value } of groups) only[value] = [];
  for (const e of list) if (e.groups.length === 1 && groups.length > 1) only[e.groups[0]!]!.push(e.key);
  const shared = list.filter((e) => e.groups.length === groups.length && groups.length > 0).map((e) => e.key);
  const similarity: GroupNetworks["similarity"] = [];
  for (let i = 0; i < groups.length; i++) {
    for (let j = i + 1; j < groups.length; j++) {
      const a = groups[i]!.value;
      const b = groups[j]!.value;
      let both = 0;
      let either = 0;
      for (const e of list) {
        const inA = a in e.support;
        const inB = b in e.support;
        if (inA && inB) both++;
        if (inA || inB) either++;
      }
      similarity.push({ groups: [a, b], shared: both, jaccard: either === 0 ? 0 : both / either });
    }
  }
  return { attribute, groups, edges: list, shared, only, similarity };
}
