import { type Citation, errorPrefix, InvalidArgumentsError, type Support, type Valence } from "@verlicht/core";
import { assembleNetwork } from "./assemble-network.js";
import { collectAesthetics } from "./collect-aesthetics.js";
import { caseKeyOf, coderKeyOf, utteranceKeyOf } from "./compute-support.js";
import { filterBySupport } from "./filter-by-support.js";
import { type EvidenceCounting, identifyDocuments } from "./identify-documents.js";
import { createAttributeJoiner } from "./join-attributes.js";
import type { RockSource } from "./network-source.js";
import { createConstructResolver, indexCodebook, type ResolvedConstruct } from "./resolve-construct.js";
import { createValenceLookup } from "./resolve-valence.js";
import type { QnaNetwork } from "./types.js";

/** Options of {@link buildNetwork}. */
export interface BuildNetworkOptions {
  /** Valence per relation type; wins over `ROCK_network` declarations and {@link DEFAULT_VALENCE}. */
  valence?: Readonly<Record<string, Valence>> | null | undefined;
  /** Kind per construct id (e.g. `{plusWorkers: "intervention"}`); wins over the codebook. */
  kinds?: Readonly<Record<string, string>> | null | undefined;
  /** Label per construct id; wins over the codebook. */
  labels?: Readonly<Record<string, string>> | null | undefined;
  /** Zoom: keep this many levels of each code path (`a>b>c` at 2 → `a>b`); null keeps all. */
  zoom?: number | null | undefined;
  /** Keep only edges with at least this support (each given count must be reached). */
  minSupport?: Partial<Support> | null | undefined;
  /** Attribute (from `ROCK_attributes`, or a class name) whose values are listed on each edge as `groups`. */
  groupBy?: string | null | undefined;
  /** How to count cases of codings without a case id: as their source (`source`) or not at all (`none`). */
  caseFallback?: "source" | "none" | undefined;
  /** Drop self-loops (`a -> a`, also those a zoom creates). */
  dropSelfLoops?: boolean | undefined;
  /** A name written into the graph attributes. */
  name?: string | null | undefined;
  /**
   * How evidence is counted when files hold the same utterances (coders' copies): see
   * {@link EvidenceCounting}. Default `distinct-utterances`: an utterance coded by two coders is one
   * piece of evidence, and two coders' copies of one transcript are one source.
   */
  evidence?: EvidenceCounting | undefined;
}

/** Defaults of {@link buildNetwork}. */
export const DEFAULT_BUILD_OPTIONS = Object.freeze({
  valence: null,
  kinds: null,
  labels: null,
  zoom: null,
  minSupport: null,
  groupBy: null,
  caseFallback: "source",
  dropSelfLoops: false,
  name: null,
  evidence: "distinct-utterances",
} as const);

/** One network coding, resolved. */
export interface Coding {
  /** Cause node. */
  from: ResolvedConstruct;
  /** Effect node. */
  to: ResolvedConstruct;
  /** Relation type. */
  type: string;
  /** Coded weight, or 1. */
  weight: number;
  /** Where it was said. */
  citation: Citation;
  /** Key under which the coding's case is counted (see `caseKeyOf`), or undefined. */
  caseKey: string | undefined;
  /** Key of the coded utterance (see `utteranceKeyOf`). */
  utteranceKey: string;
  /** Key under which the coding's source is counted: its document (coders' copies are one), or its file. */
  sourceKey: string;
  /** Key of the coder: the coder id, else the file when its document has several copies, else one anonymous coder. */
  coderKey: string;
}

const PREFIX = errorPrefix("qna", "buildNetwork");

/** Check the sources argument (a programmer error when wrong). */
export function assertSources(sources: unknown, prefix: string = PREFIX): asserts sources is RockSource[] {
  if (!Array.isArray(sources)) {
    throw new InvalidArgumentsError(`${prefix}expected an array of parsed ROCK sources, got ${typeof sources}`);
  }
  sources.forEach((s, i) => {
    if (typeof s !== "object" || s === null || !Array.isArray((s as RockSource).utterances)) {
      throw new InvalidArgumentsError(
        `${prefix}expected sources[${i}] to be a RockSource with an \`utterances\` array (use parseSource from @verlicht/rock)`,
      );
    }
  });
}

/** Resolve every network code of the sources into codings, in source, line and code order. */
export function collectCodings(
  sources: ReadonlyArray<RockSource>,
  options: BuildNetworkOptions | null | undefined,
): Coding[] {
  const fallback = options?.caseFallback ?? "source";
  const evidence = options?.evidence ?? "distinct-utterances";
  const documents = evidence === "distinct-utterances" ? identifyDocuments(sources) : null;
  const resolve = createConstructResolver(indexCodebook(sources), options ?? {});
  const joinAttributes = createAttributeJoiner(sources);
  const codings: Coding[] = [];
  const contexts = new Map<string, { classInstances: Record<string, string>; attributes: Record<string, string> }>();
  for (const source of sources) {
    const documentId = documents?.documentOf.get(source.sourceId) ?? source.sourceId;
    const hasCopies = documents?.copies.has(documentId) ?? false;
    for (const u of source.utterances) {
      if (u.networkCodes.length === 0) continue;
      // Utterances with the same class instances share one copy of them and of their attributes.
      let contextKey = u.caseId === undefined ? "" : `\u0002${u.caseId}`;
      for (const k in u.classInstances) contextKey += `${k}\u0000${u.classInstances[k]}\u0001`;
      let context = contexts.get(contextKey);
      if (!context) {
        const ci = { ...u.classInstances };
        if (u.caseId !== undefined && ci["cid"] === undefined && ci["caseId"] === undefined) ci["caseId"] = u.caseId;
        context = { classInstances: ci, attributes: joinAttributes(ci) };
        contexts.set(contextKey, context);
      }
      const { classInstances, attributes } = context;
      let caseKey: string | undefined;
      let utteranceKey = "";
      u.networkCodes.forEach((code, i) => {
        const citation: Citation = {
          sourceId: source.sourceId,
          uid: u.uid,
          line: u.line,
          classInstances,
          attributes,
          quote: u.text,
        };
        const coderId = u.coderId ?? classInstances["coderId"];
        if (coderId !== undefined) citation.coderId = coderId;
        if (hasCopies) citation.documentId = documentId;
        if (i === 0) {
          caseKey = caseKeyOf(citation, fallback);
          utteranceKey = utteranceKeyOf(citation);
        }
        const weight = typeof code.weight === "number" && Number.isFinite(code.weight) ? code.weight : 1;
        codings.push({
          from: resolve(code.from),
          to: resolve(code.to),
          type: code.type,
          weight,
          citation,
          caseKey,
          utteranceKey: evidence === "per-coding" ? `coding\u0000${codings.length}` : utteranceKey,
          sourceKey: documentId,
          coderKey: coderKeyOf(citation),
        });
      });
    }
  }
  return codings;
}

/**
 * Build the assumption network of a set of parsed ROCK sources.
 *
 * Every network code `[[from->to||type||weight]]` of every utterance becomes one citation on the edge
 * (from, to, type): a graphology multi directed graph keyed `from->to||type`, with `valence` from the
 * type, `weight` = sum of coded weights (1 for a coding without weight), `support` = distinct coded utterances,
 * sources and cases, and `citations` (sourceId, uid, line, class instances, attributes, quote).
 *
 * @param sources Parsed sources (`parseSource` of `@verlicht/rock`), each with its `sourceId`.
 * @param options See {@link BuildNetworkOptions}.
 * @returns A new network.
 * @example
 * ```ts
 * const network = buildNetwork([parseSource(text, {sourceId: "int01"}).value]);
 * network.getEdgeAttribute("plusWorkers->trustInProfessionals||causal_pos", "support");
 * ```
 */
export function buildNetwork(sources: ReadonlyArray<RockSource>, options?: BuildNetworkOptions | null): QnaNetwork {
  assertSources(sources);
  const o = { ...DEFAULT_BUILD_OPTIONS, ...stripUndefined(options ?? {}) };
  checkBuildOptions(o, PREFIX);
  let codings = collectCodings(sources, o);
  if (o.dropSelfLoops) codings = codings.filter((c) => c.from.key !== c.to.key);
  const graph = assembleNetwork(codings, createValenceLookup(sources, o.valence), {
    caseFallback: o.caseFallback,
    aesthetics: collectAesthetics(sources),
    name: o.name,
    groupBy: o.groupBy,
    evidence: o.evidence,
  });
  return o.minSupport ? filterBySupport(graph, o.minSupport, { inPlace: true }) : graph;
}

/** Check the options of {@link buildNetwork} (programmer errors throw). */
export function checkBuildOptions(o: BuildNetworkOptions, prefix: string): void {
  if (o.zoom != null && (!Number.isInteger(o.zoom) || o.zoom < 1)) {
    throw new InvalidArgumentsError(`${prefix}expected \`zoom\` to be a whole number ≥ 1 or null, got ${o.zoom}`);
  }
  if (o.caseFallback !== undefined && o.caseFallback !== "source" && o.caseFallback !== "none") {
    throw new InvalidArgumentsError(
      `${prefix}expected \`caseFallback\` to be "source" or "none", got ${String(o.caseFallback)}`,
    );
  }
  for (const [type, v] of Object.entries(o.valence ?? {})) {
    if (v !== 1 && v !== -1 && v !== 0 && v !== null) {
      throw new InvalidArgumentsError(
        `${prefix}expected the valence of "${type}" to be 1, -1, 0 or null, got ${String(v)}`,
      );
    }
  }
}

/** Drop keys whose value is undefined, so they do not override defaults. */
export function stripUndefined<T extends object>(value: T): Partial<T> {
  const out: Partial<T> = {};
  for (const [k, v] of Object.entries(value)) if (v !== undefined) (out as Record<string, unknown>)[k] = v;
  return out;
}
