import type { Message } from "@verlicht/core";
import { stringify } from "yaml";
import { rockMessage } from "../messages.js";
import type { SourceFile } from "../parse-sources.js";
import { CLASS_ALIASES } from "../patterns.js";
import { type CodeInfo, list, type Node, str } from "./read-qdpx.js";
import { CONVENTION } from "./xml.js";

/** What the project gives every source: codes, users, case membership, notes and attributes. */
export interface RebuildContext {
  codes: Map<string, CodeInfo>;
  users: Map<string, string>;
  inSelection: Map<string, Array<[string, string]>>;
  inSource: Map<string, Array<[string, string]>>;
  notes: Map<string, string>;
  noteNames: Map<string, string>;
  attributes: Array<Record<string, string>>;
  /** Attribute entries to write into this source although none of its lines uses them. */
  extra: Array<Record<string, string>>;
}

interface Line {
  text: string;
  uid?: string;
  nesting: number;
  classes: Array<[string, string]>;
  selected: boolean;
  /** Written codes per coder ("" = no coder). */
  byCoder: Map<string, CodeInfo[]>;
  comments: string[];
}

/**
 * Rebuild the ROCK text(s) of one TextSource: its plain text split into lines (utterances), each line
 * carrying the uid, class instances and codes of the selections that overlap it. A source coded by
 * several users becomes one ROCK source per coder, as rock keeps coders apart.
 */
export function sourceTexts(
  ts: Node,
  name: string,
  text: string,
  ctx: RebuildContext,
  messages: Message[],
): SourceFile[] {
  const raw = text.split(/\r\n|\n|\r/);
  const starts: number[] = [];
  let pos = 0;
  for (const l of raw) {
    starts.push(pos);
    pos += [...l].length + 1;
  }
  const lines: Line[] = raw.map((t) => ({
    text: t,
    nesting: 0,
    classes: [],
    selected: false,
    byCoder: new Map(),
    comments: [],
  }));
  const lineAt = (p: number) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= p) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
  const code = (guid: string): CodeInfo | undefined => {
    const c = ctx.codes.get(guid);
    if (!c) messages.push(rockMessage("qdpx-unknown-reference", { kind: "code", guid }, undefined, { file: name }));
    return c;
  };
  const addCodings = (codings: Node[], from: number, to: number, fallbackCoder: string) => {
    for (const c of codings) {
      const info = code(str(list(c.CodeRef)[0]?.targetGUID));
      if (!info) continue;
      const coder = ctx.users.get(str(c.creatingUser)) ?? fallbackCoder;
      for (let i = from; i <= to; i++) {
        const bucket = lines[i]!.byCoder.get(coder) ?? [];
        bucket.push(info);
        lines[i]!.byCoder.set(coder, bucket);
      }
    }
  };
  for (const sel of list(ts.PlainTextSelection)) {
    const start = Number(str(sel.startPosition));
    const end = Number(str(sel.endPosition));
    if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end < start) {
      messages.push(
        rockMessage("invalid-qdpx", { detail: `selection ${str(sel.guid)} has no valid start and end` }, undefined, {
          file: name,
        }),
      );
      continue;
    }
    const from = lineAt(start);
    const to = end > start ? lineAt(end - 1) : from;
    const first = lines[from]!;
    const uid = /^uid=([A-Za-z0-9_]+)$/.exec(str(sel.name));
    if (uid) first.uid = uid[1]!;
    const nesting = /nestingLevel=(\d+)/.exec(str(sel.Description));
    if (nesting) first.nesting = Number(nesting[1]);
    for (let i = from; i <= to; i++) {
      lines[i]!.selected = true;
      for (const m of ctx.inSelection.get(str(sel.guid)) ?? []) lines[i]!.classes.push(m);
    }
    const selCoder = ctx.users.get(str(sel.creatingUser)) ?? "";
    if (selCoder !== "")
      for (let i = from; i <= to; i++) if (!lines[i]!.byCoder.has(selCoder)) lines[i]!.byCoder.set(selCoder, []);
    addCodings(list(sel.Coding), from, to, selCoder);
  }
  addCodings(list(ts.Coding), 0, lines.length - 1, ctx.users.get(str(ts.creatingUser)) ?? "");
  for (const m of ctx.inSource.get(str(ts.guid)) ?? []) for (const l of lines) l.classes.push(m);
  for (const ref of list(ts.NoteRef)) {
    const guid = str(ref.targetGUID);
    const noteName = ctx.noteNames.get(guid) ?? "";
    const k = noteName.startsWith(CONVENTION.commentNote) ? Number(noteName.slice(CONVENTION.commentNote.length)) : 0;
    const target = lines[Math.min(Math.max(0, Number.isInteger(k) ? k : 0), lines.length - 1)]!;
    for (const c of (ctx.notes.get(guid) ?? "").split(/\r\n|\n|\r/))
      target.comments.push(/^\s*#/.test(c) ? c : `# ${c}`);
  }
  const coders = [...new Set(lines.flatMap((l) => [...l.byCoder.keys()]))].filter((c) => c !== "");
  const used = new Set(lines.flatMap((l) => l.classes.map(([c, v]) => `${c}=${v}`)));
  const attributes = ctx.attributes.filter((e) =>
    Object.entries(e).some(
      ([k, v]) =>
        used.has(`${k}=${v}`) || Object.entries(CLASS_ALIASES).some(([c, a]) => a === k && used.has(`${c}=${v}`)),
    ),
  );
  for (const e of ctx.extra) if (!attributes.includes(e)) attributes.push(e);
  const header =
    attributes.length > 0 ? `---\n${stringify({ ROCK_attributes: attributes }, { lineWidth: 0 })}---\n` : "";
  const one = (coder: string): string => {
    const last = new Map<string, string>();
    let coderWritten = false;
    const out: string[] = [];
    for (const l of lines) {
      out.push(...l.comments);
      let s = `${"~".repeat(l.nesting)}${l.uid ? `[[uid=${l.uid}]] ` : ""}${l.text}`;
      for (const [c, v] of l.classes) {
        if (last.get(c) === v) continue;
        last.set(c, v);
        s += ` [[${c}=${v}]]`;
      }
      if (coder !== "" && l.selected && !coderWritten) {
        s += ` [[coderId=${coder}]]`;
        coderWritten = true;
      }
      const written = [...(l.byCoder.get(coder) ?? []), ...(coder === "" ? [] : (l.byCoder.get("") ?? []))];
      for (const c of written) s += ` [[${c.written}]]`;
      out.push(s === " " ? "" : s.replace(/^ /, ""));
    }
    return `${header}${out.join("\n")}\n`;
  };
  if (coders.length <= 1) return [{ sourceId: name, text: one(coders[0] ?? "") }];
  return coders.map((c) => ({ sourceId: `${name}-${c}`, text: one(c) }));
}
