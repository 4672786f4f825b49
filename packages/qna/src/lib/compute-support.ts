import type { Citation, Support } from "@verlicht/core";

/** rock's alias columns: `[[cid=1]]` also fills `caseId`, and so on. */
export const CLASS_ALIASES: Readonly<Record<string, string>> = Object.freeze({
  cid: "caseId",
  sid: "stanzaId",
  uuid: "itemId",
  prbid: "probeId",
  mqid: "metaqid",
});

/** The case id of a citation (`cid` or `caseId` class), or undefined. */
export function caseIdOf(citation: Pick<Citation, "classInstances">): string | undefined {
  return citation.classInstances["cid"] ?? citation.classInstances["caseId"];
}

/**
 * The key under which a citation's case is counted: its case id, or (with fallback `source`) its
 * source when no case id is in force, or undefined (fallback `none`: not counted).
 */
export function caseKeyOf(citation: Citation, fallback: "source" | "none"): string | undefined {
  const id = caseIdOf(citation);
  if (id !== undefined) return `case\u0000${id}`;
  return fallback === "source" ? `source\u0000${citation.sourceId}` : undefined;
}

/**
 * The key of the utterance a citation points to: its uid when it has one (so that the same utterance
 * coded by two coders, in two coder files, counts once), else its source and line.
 */
export function utteranceKeyOf(citation: Pick<Citation, "uid" | "sourceId" | "line">): string {
  return citation.uid !== null ? `uid\u0000${citation.uid}` : `line\u0000${citation.sourceId}\u0000${citation.line}`;
}

/**
 * Distinct support of a set of citations: `citations` = distinct coded utterances (see
 * {@link utteranceKeyOf}), `sources` = distinct source ids, `cases` = distinct cases (see {@link caseKeyOf}).
 */
export function computeSupport(citations: ReadonlyArray<Citation>, fallback: "source" | "none"): Support {
  const utterances = new Set<string>();
  const sources = new Set<string>();
  const cases = new Set<string>();
  for (const c of citations) {
    utterances.add(utteranceKeyOf(c));
    sources.add(c.sourceId);
    const key = caseKeyOf(c, fallback);
    if (key !== undefined) cases.add(key);
  }
  return { citations: utterances.size, sources: sources.size, cases: cases.size };
}
