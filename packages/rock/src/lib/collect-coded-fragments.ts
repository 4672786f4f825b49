import { toCsv } from "./csv.js";
import { escapeHtml, escapeMarkdown } from "./escape.js";
import { joinAttributes } from "./join-attributes.js";
import { codesOf } from "./to-qualitative-data-table.js";
import type { CodeTreeNode, RockAttributes, RockSource, Utterance } from "./types.js";

/** Options of {@link collectCodedFragments}. */
export interface CollectCodedFragmentsOptions {
  /**
   * Which codes to collect (default: every code). A code matches a written code when it equals the
   * whole path, its leaf, or a segment of it (`zorg` matches `zorg>mantelzorg`, so a parent collects
   * its children); network codes are written `from->to||type`, and a code also matches the network codes
   * that start or end at it.
   */
  codes?: ReadonlyArray<string> | undefined;
  /** Utterances of context before and after each coded one (rock's `context`, default 0). */
  context?: number | undefined;
  /** Attribute entries to show with each fragment (default: each source's own). */
  attributes?: ReadonlyArray<RockAttributes> | undefined;
  /** Deductive code trees (a codebook): asking for a code then also collects its descendants there. */
  codeTrees?: ReadonlyArray<CodeTreeNode> | undefined;
}

/** One line of a fragment. */
export interface FragmentLine {
  /** Line number in the source. */
  line: number;
  /** Uid of the utterance, or null. */
  uid: string | null;
  /** Clean text. */
  text: string;
  /** Whether this is the coded utterance (false for context). */
  coded: boolean;
}

/** One coded utterance with its context. */
export interface CodedFragment {
  /** The code asked for (as given in `codes`, or the written code when collecting every code). */
  code: string;
  /** The code as written on the line. */
  written: string;
  /** Source id. */
  sourceId: string;
  /** Line of the coded utterance. */
  line: number;
  /** Its uid, or null. */
  uid: string | null;
  /** Its case, when known. */
  caseId?: string;
  /** Its coder, when known. */
  coderId?: string;
  /** Attributes joined through its class instances. */
  attributes: Record<string, string>;
  /** The coded utterance with `context` utterances before and after, in line order. */
  lines: FragmentLine[];
}

/**
 * Collect the coded fragments of sources per code, with `context` utterances around each (rock's
 * `collect_coded_fragments`). Fragments are grouped by code (in the order asked, else sorted), then in
 * source and line order. Render them with {@link formatCodedFragments}.
 *
 * @param sources Parsed sources.
 * @param options Codes, context and attributes.
 * @returns The fragments.
 * @example
 * ```ts
 * const { value } = parseSource("Het is duur. [[kosten]]\nDus blijf ik thuis. [[isolement]]\n", { sourceId: "i1" });
 * collectCodedFragments([value], { codes: ["kosten"], context: 1 })[0]?.lines.length; // 2
 * ```
 */
export function collectCodedFragments(
  sources: ReadonlyArray<RockSource>,
  options?: CollectCodedFragmentsOptions | null,
): CodedFragment[] {
  const context = Math.max(0, Math.floor(options?.context ?? 0));
  const wanted = options?.codes;
  const below = descendants(options?.codeTrees ?? []);
  const out: CodedFragment[] = [];
  for (const s of sources) {
    const attributes = options?.attributes ?? s.attributes;
    const rows = s.utterances.filter((u) => u.text !== "" || codesOf(u).length > 0 || u.networkCodes.length > 0);
    rows.forEach((u, i) => {
      const written = [...codesOf(u), ...u.networkCodes.map((n) => `${n.from}->${n.to}||${n.type}`)];
      for (const w of written) {
        const asked = wanted === undefined ? [w] : wanted.filter((c) => matches(c, w) || inTree(below, c, w));
        for (const code of asked) {
          const lines = rows.slice(Math.max(0, i - context), i + context + 1).map((r) => fragmentLine(r, r === u));
          const f: CodedFragment = {
            code,
            written: w,
            sourceId: s.sourceId,
            line: u.line,
            uid: u.uid,
            attributes: joinAttributes(u.classInstances, attributes),
            lines,
          };
          if (u.caseId !== undefined) f.caseId = u.caseId;
          if (u.coderId !== undefined) f.coderId = u.coderId;
          out.push(f);
        }
      }
    });
  }
  const order = wanted ? [...wanted] : [...new Set(out.map((f) => f.code))].sort();
  const rank = new Map(order.map((c, i) => [c, i]));
  return out
    .map((f, i) => ({ f, i }))
    .sort((a, b) => rank.get(a.f.code)! - rank.get(b.f.code)! || a.i - b.i)
    .map((x) => x.f);
}

function matches(asked: string, written: string): boolean {
  if (asked === written) return true;
  if (written.includes("->")) {
    // A network code matches the constructs at either end.
    const [from, rest] = written.split("->") as [string, string];
    const to = rest.split("||")[0]!;
    return !asked.includes("->") && (matches(asked, from) || matches(asked, to));
  }
  const bare = written.startsWith("ci--") ? written.slice(4) : written;
  const a = asked.startsWith("ci--") ? asked.slice(4) : asked;
  if (asked.startsWith("ci--") !== written.startsWith("ci--")) return false;
  if (a.includes(">")) return bare === a || bare.startsWith(`${a}>`);
  return bare.split(">").includes(a);
}

/** For every codebook code, the ids below it. */
function descendants(trees: ReadonlyArray<CodeTreeNode>): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  const visit = (n: CodeTreeNode): Set<string> => {
    const set = new Set<string>();
    for (const c of n.children) {
      set.add(c.id);
      for (const d of visit(c)) set.add(d);
    }
    out.set(n.id, set);
    return set;
  };
  for (const t of trees) visit(t);
  return out;
}

function inTree(below: Map<string, Set<string>>, asked: string, written: string): boolean {
  if (written.includes("->")) return false;
  const set = below.get(asked);
  return set !== undefined && written.split(">").some((seg) => set.has(seg));
}

function fragmentLine(u: Utterance, coded: boolean): FragmentLine {
  return { line: u.line, uid: u.uid, text: u.text, coded };
}

/**
 * Render coded fragments as Markdown (a heading per code, a quote per fragment), HTML (a full page,
 * every text escaped) or CSV (one row per fragment line).
 *
 * @param fragments From {@link collectCodedFragments}.
 * @param format `markdown`, `html` or `csv`.
 * @returns The text.
 */
export function formatCodedFragments(
  fragments: ReadonlyArray<CodedFragment>,
  format: "markdown" | "html" | "csv",
): string {
  if (format === "csv") {
    const rows = fragments.flatMap((f) =>
      f.lines.map((l) => [f.code, f.written, f.sourceId, f.caseId ?? "", l.line, l.uid ?? "", l.coded ? 1 : 0, l.text]),
    );
    return toCsv(["code", "written", "sourceId", "caseId", "line", "uid", "coded", "text"], rows);
  }
  const groups = new Map<string, CodedFragment[]>();
  for (const f of fragments) groups.set(f.code, [...(groups.get(f.code) ?? []), f]);
  const where = (f: CodedFragment) =>
    [f.sourceId, `line ${f.line}`, f.caseId ? `case ${f.caseId}` : "", f.coderId ? `coder ${f.coderId}` : ""]
      .filter(Boolean)
      .join(", ");
  if (format === "markdown") {
    const parts: string[] = [];
    for (const [code, list] of groups) {
      parts.push(`## ${escapeMarkdown(code)} (${list.length})`, "");
      for (const f of list) {
        parts.push(`**${escapeMarkdown(where(f))}**`, "");
        for (const l of f.lines)
          parts.push(`> ${l.coded ? `**${escapeMarkdown(l.text)}**` : escapeMarkdown(l.text)}  `);
        parts.push("");
      }
    }
    return `${parts.join("\n").trimEnd()}\n`;
  }
  const body: string[] = [];
  for (const [code, list] of groups) {
    body.push(`<section><h2>${escapeHtml(code)} <small>(${list.length})</small></h2>`);
    for (const f of list) {
      body.push(`<figure><figcaption>${escapeHtml(where(f))}</figcaption><blockquote>`);
      for (const l of f.lines) {
        const text = escapeHtml(l.text);
        body.push(l.coded ? `<p class="coded"><mark>${text}</mark></p>` : `<p class="context">${text}</p>`);
      }
      body.push("</blockquote></figure>");
    }
    body.push("</section>");
  }
  return htmlPage("Coded fragments", body.join("\n"));
}

/** A complete, self-contained HTML page (no scripts, inline style). */
export function htmlPage(title: string, body: string): string {
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>${escapeHtml(title)}</title>
<style>
body{font-family:system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;line-height:1.5}
blockquote{margin:.5rem 0 1.5rem;padding-left:1rem;border-left:3px solid #999}
.context{color:#555}.code{border-radius:.3rem;padding:0 .3rem;font-size:.85em;white-space:nowrap}
.uid{color:#888;font-size:.75em;font-family:monospace;margin-right:.5rem}
.line{margin:.15rem 0}.network{border:1px dashed #666}.nested{margin-left:1.5rem}
</style>
</head>
<body>
<h1>${escapeHtml(title)}</h1>
${body}
</body>
</html>
`;
}
