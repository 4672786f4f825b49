import type { Locale, Message, ParseResult } from "@verlicht/core";
import { XMLParser } from "fast-xml-parser";
import { strFromU8 } from "fflate";
import { parse as parseYaml, stringify as stringifyYaml } from "yaml";
import { localize, rockMessage } from "../messages.js";
import type { SourceFile } from "../parse-sources.js";
import { CLASS_ALIASES } from "../patterns.js";
import { unzipFiles } from "../rock-project.js";
import { type RebuildContext, sourceTexts } from "./rebuild-source.js";
import { CONVENTION } from "./xml.js";

/** What a REFI-QDA project is read back as: ROCK source texts, ready for `parseSources`. */
export interface ImportedProject {
  /** The project's name. */
  name: string;
  /** One ROCK source per TextSource (and per coder, when several coded one source). */
  sources: SourceFile[];
  /** A `ROCK_codebook` source for the codes that carry a codebook entry or a description (or null). */
  codebook: SourceFile | null;
}

/** Options of the REFI-QDA readers. */
export interface ReadQdpxOptions {
  /** Language of the messages' wording. */
  locale?: Locale | null | undefined;
}

const LISTS = new Set([
  "User",
  "Code",
  "Variable",
  "Case",
  "VariableValue",
  "SourceRef",
  "SelectionRef",
  "CodeRef",
  "TextSource",
  "PlainTextSelection",
  "Coding",
  "NoteRef",
  "Note",
  "Set",
  "MemberCode",
  "PictureSource",
  "PDFSource",
  "AudioSource",
  "VideoSource",
]);

/** Parse QDA-XML into plain objects; `undefined` and a reason when it is not XML we can read. */
export function parseQdaXml(xml: string): { value?: Record<string, unknown>; error?: string } {
  // No DTDs: entity expansion is the classic way to make an XML parser run out of memory.
  if (/<!DOCTYPE|<!ENTITY/i.test(xml)) return { error: "the XML has a DOCTYPE; REFI-QDA files have none" };
  try {
    const parser = new XMLParser({
      ignoreAttributes: false,
      attributeNamePrefix: "",
      removeNSPrefix: true,
      parseTagValue: false,
      parseAttributeValue: false,
      trimValues: false,
      processEntities: true,
      htmlEntities: true,
      isArray: (name) => LISTS.has(name),
    });
    return { value: parser.parse(xml, true) as Record<string, unknown> };
  } catch (error) {
    return { error: error instanceof Error ? error.message.split("\n")[0] : String(error) };
  }
}

/** An element as the XML parser gives it. */
export type Node = Record<string, unknown>;
/** An element's children of one name, as a list (none, one or many). */
export const list = (v: unknown): Node[] =>
  Array.isArray(v) ? (v as Node[]) : v && typeof v === "object" ? [v as Node] : [];
/** An attribute's or element's text. */
export const str = (v: unknown): string =>
  typeof v === "string" ? v : v && typeof v === "object" && "#text" in v ? String((v as Node)["#text"]) : "";
const ID = /[^A-Za-z0-9_]/g;

/** A ROCK code id from any code name: other characters become `_`, and it starts with a letter. */
export function rockId(name: string): string {
  if (name.startsWith("ci--") && name.length > 4) return `ci--${rockId(name.slice(4))}`;
  const id = name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(ID, "_");
  return /^[A-Za-z]/.test(id) ? id : `c${id}`;
}

/** What a code of the project is in ROCK. */
export interface CodeInfo {
  /** How the code is written in ROCK (path, leaf of a codebook code, or the token's inside). */
  written: string;
  kind: "code" | "network" | "value";
}

/**
 * Read a `project.qde` document (REFI-QDA 1.0) and its source texts back into ROCK sources: each
 * selection codes every line it overlaps (a line is an utterance), a selection named `uid=…` gives the
 * line its uid, Cases named `class=value` become class instances (other case names become `caseId`),
 * their Variables become `ROCK_attributes`, the creating user of a coding becomes `[[coderId=…]]`, and
 * the codes under `ROCK network codes` / `ROCK code values` become network codes and code values again.
 *
 * @param xml The `project.qde` text.
 * @param texts Source texts by file name inside `Sources/` (for `internal://` paths).
 * @param options Locale.
 * @returns The ROCK sources and messages.
 */
export function readRefiQdaProject(
  xml: string,
  texts: Readonly<Record<string, string>>,
  options?: ReadQdpxOptions | null,
): ParseResult<ImportedProject> {
  const messages: Message[] = [];
  const empty = { name: "", sources: [], codebook: null };
  const parsed = parseQdaXml(xml);
  const project = parsed.value?.Project as Node | undefined;
  if (!project) {
    messages.push(
      rockMessage("invalid-qdpx", { detail: parsed.error ?? "no <Project> element" }, undefined, { severity: "error" }),
    );
    return { value: empty, messages: localize(messages, options?.locale) };
  }
  const notes = new Map<string, string>();
  const noteNames = new Map<string, string>();
  for (const n of list((project.Notes as Node | undefined)?.Note)) {
    notes.set(str(n.guid), str(n.PlainTextContent));
    noteNames.set(str(n.guid), str(n.name));
  }
  const codes = new Map<string, CodeInfo>();
  const codebook: Array<Record<string, unknown>> = [];
  const walk = (node: Node, path: string[], special: "network" | "value" | undefined, parentId: string | undefined) => {
    const name = str(node.name);
    const guid = str(node.guid);
    if (
      path.length === 0 &&
      special === undefined &&
      (name === CONVENTION.networkCodes || name === CONVENTION.codeValues)
    ) {
      for (const child of list(node.Code))
        walk(child, [name], name === CONVENTION.networkCodes ? "network" : "value", undefined);
      return;
    }
    if (special !== undefined) {
      codes.set(guid, { written: name, kind: special });
      return;
    }
    let entry: Record<string, unknown> | undefined;
    for (const ref of list(node.NoteRef)) {
      const t = str(ref.targetGUID);
      if (noteNames.get(t) !== CONVENTION.codebookNote) continue;
      try {
        const v = parseYaml(notes.get(t) ?? "", { maxAliasCount: 100 });
        if (v && typeof v === "object" && !Array.isArray(v)) entry = v as Record<string, unknown>;
      } catch {
        messages.push(
          rockMessage("invalid-qdpx", { detail: `the codebook note of code "${name}" is not YAML` }, undefined),
        );
      }
    }
    const id = entry && typeof entry.id === "string" ? entry.id : rockId(name);
    const segments = [...path, id];
    codes.set(guid, { written: entry ? id : segments.join(">"), kind: "code" });
    const description = str(node.Description);
    if (entry || description !== "" || id !== name) {
      const e: Record<string, unknown> = { ...(entry ?? { id, label: name }) };
      if (description !== "" && e.description === undefined) e.description = description;
      if (parentId !== undefined && e.parentId === undefined) e.parentId = parentId;
      codebook.push(e);
    }
    for (const child of list(node.Code)) walk(child, segments, undefined, id);
  };
  for (const c of list(((project.CodeBook as Node | undefined)?.Codes as Node | undefined)?.Code)) {
    walk(c, [], undefined, undefined);
  }
  // A parent that is not itself in the codebook is left out (the path on the lines keeps the tree).
  const inCodebook = new Set(codebook.map((e) => e.id));
  for (const e of codebook) if (e.parentId !== undefined && !inCodebook.has(e.parentId)) delete e.parentId;

  const users = new Map<string, string>();
  for (const u of list((project.Users as Node | undefined)?.User))
    users.set(str(u.guid), rockId(str(u.name) || str(u.id) || "coder"));
  const variables = new Map<string, string>();
  for (const v of list((project.Variables as Node | undefined)?.Variable)) variables.set(str(v.guid), str(v.name));

  // Cases: membership per selection and per whole source, and their attributes.
  const inSelection = new Map<string, Array<[string, string]>>();
  const inSource = new Map<string, Array<[string, string]>>();
  const attributes: Array<Record<string, string>> = [];
  const unused: Array<Record<string, string>> = [];
  for (const c of list((project.Cases as Node | undefined)?.Case)) {
    const name = str(c.name);
    const m = /^([A-Za-z][A-Za-z0-9_]*)=([A-Za-z0-9_]+)$/.exec(name);
    const cls = m ? m[1]! : "caseId";
    const value = m ? m[2]! : rockId(name || str(c.guid));
    for (const r of list(c.SelectionRef)) push(inSelection, str(r.targetGUID), [cls, value]);
    for (const r of list(c.SourceRef)) push(inSource, str(r.targetGUID), [cls, value]);
    const entry: Record<string, string> = { [CLASS_ALIASES[cls] ?? cls]: value };
    for (const vv of list(c.VariableValue)) {
      const vname = variables.get(str((vv.VariableRef as Node | undefined)?.targetGUID));
      if (!vname) continue;
      const val = ["TextValue", "BooleanValue", "IntegerValue", "FloatValue", "DateValue", "DateTimeValue"]
        .map((k) => str(vv[k]))
        .find((x) => x !== "");
      if (val !== undefined) entry[vname] = val;
    }
    if (Object.keys(entry).length > 1) {
      attributes.push(entry);
      if (list(c.SelectionRef).length === 0 && list(c.SourceRef).length === 0) unused.push(entry);
    }
  }

  const sources: SourceFile[] = [];
  for (const ts of list((project.Sources as Node | undefined)?.TextSource)) {
    const sguid = str(ts.guid);
    const name = str(ts.name) || sguid;
    const path = str(ts.plainTextPath);
    let text = str(ts.PlainTextContent);
    if (path !== "") {
      const file = path.replace(/^internal:\/\//, "");
      const t = texts[file];
      if (t === undefined) {
        messages.push(
          rockMessage("qdpx-unknown-reference", { kind: "source text", guid: path }, undefined, { severity: "error" }),
        );
        continue;
      }
      text = t;
    }
    // Attributes of instances no selection uses go with the first source, so they are not lost.
    const extra = sources.length === 0 ? unused : [];
    const context: RebuildContext = { codes, users, inSelection, inSource, notes, noteNames, attributes, extra };
    sources.push(...sourceTexts(ts, name, text, context, messages));
  }
  const codebookSource =
    codebook.length > 0
      ? { sourceId: "codebook", text: `---\n${yamlBlock({ ROCK_codebook: { codes: codebook } })}---\n` }
      : null;
  return {
    value: { name: str(project.name), sources, codebook: codebookSource },
    messages: localize(messages, options?.locale),
  };
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const l = map.get(key) ?? [];
  l.push(value);
  map.set(key, l);
}

function yamlBlock(value: unknown): string {
  return stringifyYaml(value, { lineWidth: 0 });
}

/**
 * Read a `.qdpx` file (a ZIP with `project.qde` and `Sources/`) back into ROCK sources (see
 * {@link readRefiQdaProject}). A file that is not a ZIP, or lacks `project.qde`, gives a message.
 *
 * @param bytes The ZIP's bytes.
 * @param options Locale.
 * @returns The ROCK sources and messages.
 */
export function readQdpx(bytes: Uint8Array, options?: ReadQdpxOptions | null): ParseResult<ImportedProject> {
  const files = unzipFiles(bytes);
  const fail = (detail: string) => ({
    value: { name: "", sources: [], codebook: null },
    messages: localize([rockMessage("invalid-qdpx", { detail }, undefined, { severity: "error" })], options?.locale),
  });
  if (typeof files === "string") return fail(files);
  const qde = Object.keys(files).find((k) => k.toLowerCase().endsWith("project.qde"));
  if (!qde) return fail("no project.qde in the ZIP");
  const texts: Record<string, string> = {};
  for (const [k, v] of Object.entries(files)) {
    const m = /^sources\/(.+)$/i.exec(k);
    if (m) texts[m[1]!] = strFromU8(v);
  }
  return readRefiQdaProject(strFromU8(files[qde]!), texts, options);
}
