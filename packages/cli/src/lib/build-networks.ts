import type { SerializedNetwork } from "@verlicht/core";
import { buildNetwork, type EvidenceCounting, toSerializedNetwork } from "@verlicht/qna";
import type { CodeTreeNode, RockSource, Utterance } from "@verlicht/rock";

/** Options of {@link buildNetworks}. */
export interface BuildNetworksOptions {
  /** Attribute to split by (e.g. `rol`): one network per value plus a comparison. */
  groupBy?: string | undefined;
  /** Keep only the codings of this coder. */
  coder?: string | undefined;
  /** Drop links with fewer citations. */
  minSupport?: number | undefined;
  /** How coders' copies of one transcript count (see `@verlicht/qna`'s `EvidenceCounting`). */
  evidence?: EvidenceCounting | undefined;
}

/** Networks built from sources. */
export interface BuiltNetworks {
  /** The network of all sources. */
  network: SerializedNetwork;
  /** One network per group value. */
  groups: Record<string, SerializedNetwork>;
  /** Links named by only some groups. */
  comparison: Array<{ from: string; to: string; type: string; groups: string[] }>;
}

/** Codebook entries found in the sources' deductive code trees: label, English label, kind. */
export function codebookOf(
  sources: ReadonlyArray<RockSource>,
): Map<string, { label: string; labelEn?: string; kind?: string }> {
  const map = new Map<string, { label: string; labelEn?: string; kind?: string }>();
  const visit = (nodes: ReadonlyArray<CodeTreeNode>) => {
    for (const n of nodes) {
      const labelEn = n.data["label_en"] ?? n.data["labelEn"];
      const kind = n.kind ?? (typeof n.data["kind"] === "string" ? n.data["kind"] : undefined);
      map.set(n.id, {
        label: n.label ?? n.id,
        ...(typeof labelEn === "string" ? { labelEn } : {}),
        ...(kind ? { kind } : {}),
      });
      visit(n.children);
    }
  };
  for (const s of sources) visit(s.codeTrees.deductive);
  return map;
}

/** The attribute value of the case of an utterance, from the sources' `ROCK_attributes`. */
function attributeIndex(sources: ReadonlyArray<RockSource>, attribute: string): Map<string, string> {
  const index = new Map<string, string>();
  for (const s of sources) {
    for (const entry of s.attributes) {
      const caseId = entry["caseId"] ?? entry["cid"];
      const value = entry[attribute];
      if (caseId !== undefined && value !== undefined) index.set(String(caseId), String(value));
    }
  }
  return index;
}

function filterSources(sources: ReadonlyArray<RockSource>, keep: (u: Utterance) => boolean): RockSource[] {
  return sources
    .map((s) => ({ ...s, utterances: s.utterances.filter(keep) }))
    .filter((s) => s.utterances.length > 0 || s.codeTrees.deductive.length);
}

/** Fill labels and kinds of nodes from the codebook where the network has none, and drop weak links. */
function finish(
  network: SerializedNetwork,
  codebook: ReturnType<typeof codebookOf>,
  minSupport: number,
): SerializedNetwork {
  const nodes = network.nodes.map((n) => {
    const entry = codebook.get(n.key);
    if (!entry) return n;
    const attributes = { ...n.attributes };
    if (!attributes.label || attributes.label === n.key) attributes.label = entry.label;
    if (!attributes.kind && entry.kind) attributes.kind = entry.kind;
    if (entry.labelEn && attributes["labelEn"] === undefined) attributes["labelEn"] = entry.labelEn;
    return { ...n, attributes };
  });
  const edges = network.edges.filter(
    (e) => (e.attributes.support?.citations ?? e.attributes.citations.length) >= minSupport,
  );
  return { ...network, nodes, edges };
}

/**
 * Build the network of all sources with `@verlicht/qna`'s `buildNetwork`, and, with `groupBy`, one network per
 * value of that case attribute (e.g. residents vs professionals) plus the links only some groups name.
 */
export function buildNetworks(
  sources: ReadonlyArray<RockSource>,
  options?: BuildNetworksOptions | null,
): BuiltNetworks {
  const codebook = codebookOf(sources);
  const minSupport = options?.minSupport ?? 1;
  const coder = options?.coder;
  const base = coder
    ? filterSources(sources, (u) => (u.coderId ?? u.classInstances["coderId"]) === coder)
    : [...sources];
  const build = (part: RockSource[]) => buildNetwork(part, { evidence: options?.evidence });
  const network = finish(toSerializedNetwork(build(base)), codebook, minSupport);
  const groups: Record<string, SerializedNetwork> = {};
  const comparison: BuiltNetworks["comparison"] = [];
  if (options?.groupBy) {
    const index = attributeIndex(sources, options.groupBy);
    const values = [...new Set(index.values())].sort();
    for (const value of values) {
      const part = filterSources(base, (u) => index.get(u.caseId ?? u.classInstances["cid"] ?? "") === value);
      groups[value] = finish(toSerializedNetwork(build(part)), codebook, minSupport);
    }
    const named = new Map<string, Set<string>>();
    for (const [value, g] of Object.entries(groups)) {
      for (const e of g.edges) {
        const key = `${e.source}\u0000${e.target}\u0000${e.attributes.type}`;
        if (!named.has(key)) named.set(key, new Set());
        named.get(key)?.add(value);
      }
    }
    for (const [key, set] of named) {
      if (set.size !== 1) continue;
      const [from = "", to = "", type = ""] = key.split("\u0000");
      comparison.push({ from, to, type, groups: [...set].sort() });
    }
    // Every link of the whole network lists the groups that name it, so the viewer can filter by group.
    for (const e of network.edges) {
      const g = named.get(`${e.source}\u0000${e.target}\u0000${e.attributes.type}`);
      if (g) e.attributes.groups = [...g].sort();
    }
  }
  return { network, groups, comparison };
}
