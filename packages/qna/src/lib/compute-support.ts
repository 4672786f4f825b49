import type { Citation, Support } from "@verlicht/core";
import type { EvidenceCounting } from "./identify-documents.js";

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
  return fallback === "source" ? `source\u0000${citation.documentId ?? citation.sourceId}` : undefined;
}

/**
 * The key of the utterance a citation points to: its uid and text when it has a uid (so that the same
 * utterance coded by two coders, in two coder files, counts once), else its document (or source) and line.
 */
export function utteranceKeyOf(citation: Pick<Citation, "uid" | "sourceId" | "line" | "quote" | "documentId">): string {
  return citation.uid !== null
    ? `uid\u0000${citation.uid}\u0000${citation.quote}`
    : `line\u0000${citation.documentId ?? citation.sourceId}\u0000${citation.line}`;
}

/**
 * The key of the coder of a citation: its coder id; without one, its file when the file is one of several
 * copies of a document (each copy was coded by someone), else one unnamed coder.
 */
export function coderKeyOf(citation: Pick<Citation, "coderId" | "documentId" | "sourceId">): string {
  if (citation.coderId !== undefined) return `coder\u0000${citation.coderId}`;
  return citation.documentId !== undefined ? `file\u0000${citation.sourceId}` : "\u0000";
}

/**
 * Distinct support of a set of citations: `citations` = distinct coded utterances (see
 * {@link utteranceKeyOf}), `sources` = distinct documents (a citation's `documentId`, else its source id),
 * `cases` = distinct cases (see {@link caseKeyOf}). With evidence counting `per-coding`, `citations` counts codings.
 */
export function computeSupport(
  citations: ReadonlyArray<Citation>,
  fallback: "source" | "none",
  evidence: EvidenceCounting = "distinct-utterances",
): Support {
  const utterances = new Set<string>();
  const sources = new Set<string>();
  const cases = new Set<string>();
  for (const c of citations) {
    utterances.add(utteranceKeyOf(c));
    sources.add(c.documentId ?? c.sourceId);
    const key = caseKeyOf(c, fallback);
    if (key !== undefined) cases.add(key);
  }
  const counted = evidence === "per-coding" ? citations.length : utterances.size;
  return { citations: counted, sources: sources.size, cases: cases.size };
}

/** The number of distinct coders behind a set of citations (see {@link coderKeyOf}). */
export function countCoders(citations: ReadonlyArray<Citation>): number {
  return new Set(citations.map(coderKeyOf)).size;
}
