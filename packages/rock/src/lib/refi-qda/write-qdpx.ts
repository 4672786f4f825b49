import { strToU8, zipSync } from "fflate";
import { stringify } from "yaml";
import { CLASS_ALIASES } from "../patterns.js";
import { codesOf } from "../to-qualitative-data-table.js";
import type { CodeTreeNode, RockAttributes, RockSource, Utterance } from "../types.js";
import { CONVENTION, codePointLength, el, guidOf, PROJECT_NS, textEl } from "./xml.js";

/** What a REFI-QDA export is made from: parsed sources with their corpus attributes and code trees. */
export interface RefiQdaInput {
  /** The sources (one TextSource each). */
  sources: ReadonlyArray<RockSource>;
  /** Attribute entries (default: every source's own). */
  attributes?: ReadonlyArray<RockAttributes> | undefined;
  /** Deductive code trees (codebook) whose descriptions and fields travel with the codes. */
  deductive?: ReadonlyArray<CodeTreeNode> | undefined;
}

/** Options of {@link writeQdpx}. */
export interface WriteQdpxOptions {
  /** Project name (default "VERLICHT project"). */
  name?: string | undefined;
  /** Creation time written on the project (default: none, so the same input gives the same bytes). */
  creationDateTime?: string | undefined;
}

interface CodeNode {
  name: string;
  path: string;
  guid: string;
  children: Map<string, CodeNode>;
  description?: string | undefined;
  /** The codebook entry (YAML) for a deductive code. */
  entry?: string | undefined;
}

/** The project.qde XML and the plain texts of the sources (by file name in `Sources/`). */
export interface RefiQdaProject {
  /** The `project.qde` document. */
  xml: string;
  /** Plain text of each source, by file name (`<guid>.txt`). */
  texts: Record<string, string>;
}

/**
 * Build a REFI-QDA project (QDA-XML 1.0) from ROCK sources: each source becomes a TextSource whose plain
 * text is its utterances, one per line; every utterance with content is a PlainTextSelection (named
 * `uid=…` when it has a uid) carrying its codings; codes keep their `>` hierarchy; class instances
 * become Cases (named `class=value`) with the attributes as Variables; coders become Users and the
 * creating user of their codings; comments become Notes. Network codes and code values, which REFI-QDA
 * has no element for, are codes under the parent codes `ROCK network codes` and `ROCK code values`,
 * named as written inside the brackets (`from->to||type||weight`, `name||value`).
 *
 * @param input Sources, attributes and codebook trees.
 * @param options Project name.
 * @returns The XML and the source texts.
 */
export function toRefiQdaProject(input: RefiQdaInput, options?: WriteQdpxOptions | null): RefiQdaProject {
  const roots = new Map<string, CodeNode>();
  const byPath = new Map<string, CodeNode>();
  const deductiveIds = new Map<string, string>();
  const ensure = (segments: string[], base = ""): CodeNode => {
    let level = roots;
    let node: CodeNode | undefined;
    let path = base;
    for (const seg of segments) {
      path = path === "" ? seg : `${path}>${seg}`;
      node = level.get(seg);
      if (!node) {
        node = { name: seg, path, guid: guidOf(`code:${path}`), children: new Map() };
        level.set(seg, node);
        byPath.set(path, node);
      }
      level = node.children;
    }
    return node!;
  };
  const addTree = (n: CodeTreeNode) => {
    const node = ensure(n.path);
    if (n.description) node.description = n.description;
    const { id, label, description, kind, data } = n;
    const entry: Record<string, unknown> = { id };
    if (label && label !== id) entry.label = label;
    if (description) entry.description = description;
    if (kind) entry.kind = kind;
    Object.assign(entry, data);
    node.entry = stringify(entry, { lineWidth: 0 });
    deductiveIds.set(id, n.path.join(">"));
    for (const c of n.children) addTree(c);
  };
  for (const t of input.deductive ?? []) addTree(t);
  const codeFor = (written: string): CodeNode => {
    const deductive = written.includes(">") ? undefined : deductiveIds.get(written);
    return deductive !== undefined ? byPath.get(deductive)! : ensure(written.split(">"));
  };
  const special = (parent: string, name: string): CodeNode => ensure([parent, name]);

  const users = new Map<string, string>();
  const cases = new Map<string, { cls: string; value: string; selections: string[] }>();
  const texts: Record<string, string> = {};
  const notes: string[] = [];
  const sourceEls: string[] = [];
  const attributeNames = new Set<string>();
  const allAttributes = input.attributes ?? input.sources.flatMap((s) => s.attributes);
  for (const entry of allAttributes) for (const k of Object.keys(entry)) attributeNames.add(k);

  for (const s of input.sources) {
    // A file that only holds YAML (a codebook, attributes) is no text source; its content travels elsewhere.
    if (s.utterances.every((u) => u.raw.trim() === "") && s.comments.length === 0) continue;
    const sguid = guidOf(`source:${s.sourceId}`);
    const file = `${sguid}.txt`;
    const lines: string[] = [];
    const selections: string[] = [];
    const noteRefs: string[] = [];
    let offset = 0;
    let commentIndex = 0;
    s.utterances.forEach((u, k) => {
      while (commentIndex < s.comments.length && s.comments[commentIndex]!.line < u.line) {
        const c = s.comments[commentIndex++]!;
        const nguid = guidOf(`note:${s.sourceId}:${c.line}`);
        notes.push(
          el("Note", { guid: nguid, name: `${CONVENTION.commentNote} ${k}` }, [textEl("PlainTextContent", c.raw)]),
        );
        noteRefs.push(el("NoteRef", { targetGUID: nguid }));
      }
      lines.push(u.text);
      const length = codePointLength(u.text);
      if (u.raw.trim() !== "") selections.push(selection(s, u, offset, offset + length));
      offset += length + 1;
    });
    for (; commentIndex < s.comments.length; commentIndex++) {
      const c = s.comments[commentIndex]!;
      const nguid = guidOf(`note:${s.sourceId}:${c.line}`);
      notes.push(
        el("Note", { guid: nguid, name: `${CONVENTION.commentNote} ${s.utterances.length}` }, [
          textEl("PlainTextContent", c.raw),
        ]),
      );
      noteRefs.push(el("NoteRef", { targetGUID: nguid }));
    }
    texts[file] = lines.join("\n");
    sourceEls.push(
      el("TextSource", { guid: sguid, name: s.sourceId, plainTextPath: `internal://${file}` }, [
        ...selections,
        ...noteRefs,
      ]),
    );
  }

  function selection(s: RockSource, u: Utterance, start: number, end: number): string {
    const guid = guidOf(`selection:${s.sourceId}:${u.line}`);
    const coder = u.coderId ?? u.classInstances.coderId;
    const user = coder === undefined ? undefined : guidOf(`user:${coder}`);
    if (coder !== undefined) users.set(coder, user!);
    for (const [cls, value] of writtenClasses(u)) {
      if (cls === "coderId") continue;
      const key = `${cls}=${value}`;
      const c = cases.get(key) ?? { cls, value, selections: [] };
      c.selections.push(guid);
      cases.set(key, c);
    }
    const coded = [
      ...codesOf(u).map((c) => codeFor(c)),
      ...Object.entries(u.codeValues).map(([n, v]) => special(CONVENTION.codeValues, `${n}||${v}`)),
      ...u.networkCodes.map((n) => special(CONVENTION.networkCodes, n.raw.slice(2, -2).trim())),
    ];
    const codings = coded.map((c, i) =>
      el("Coding", { guid: guidOf(`coding:${guid}:${i}:${c.path}`), creatingUser: user }, [
        el("CodeRef", { targetGUID: c.guid }),
      ]),
    );
    const description = u.nestingLevel > 0 ? [textEl("Description", `nestingLevel=${u.nestingLevel}`)] : [];
    return el(
      "PlainTextSelection",
      {
        guid,
        name: u.uid ? `uid=${u.uid}` : `line=${u.line}`,
        startPosition: start,
        endPosition: end,
        creatingUser: user,
      },
      [...description, ...codings],
    );
  }

  // Attribute entries of instances no utterance uses still travel, as cases without selections.
  for (const entry of allAttributes) {
    const keys = Object.keys(entry);
    const matched = [...cases.values()].some(
      (c) => entry[c.cls] === c.value || entry[CLASS_ALIASES[c.cls] ?? ""] === c.value,
    );
    const key = keys[0];
    if (matched || key === undefined || !/^[A-Za-z0-9_]+$/.test(entry[key] ?? "")) continue;
    cases.set(`${key}=${entry[key]}`, { cls: key, value: entry[key]!, selections: [] });
  }
  const variables = [...attributeNames].filter(
    (n) => ![...cases.values()].some((c) => c.cls === n || CLASS_ALIASES[c.cls] === n),
  );
  const codeEls = (level: Map<string, CodeNode>): string[] =>
    [...level.values()].map((n) => {
      const children: string[] = [];
      if (n.description) children.push(textEl("Description", n.description));
      else if (n.name === CONVENTION.networkCodes)
        children.push(
          textEl(
            "Description",
            "ROCK network codes: each child is a network code from->to||type(||weight); VERLICHT reads it back as one.",
          ),
        );
      else if (n.name === CONVENTION.codeValues)
        children.push(
          textEl(
            "Description",
            "ROCK code values: each child is a code value name||value; VERLICHT reads it back as one.",
          ),
        );
      if (n.entry !== undefined) {
        const nguid = guidOf(`codebook:${n.path}`);
        notes.push(el("Note", { guid: nguid, name: CONVENTION.codebookNote }, [textEl("PlainTextContent", n.entry)]));
        children.push(el("NoteRef", { targetGUID: nguid }));
      }
      children.push(...codeEls(n.children));
      const special = n.path === CONVENTION.networkCodes || n.path === CONVENTION.codeValues;
      return el("Code", { guid: n.guid, name: n.name, isCodable: !special }, children);
    });
  const codes = codeEls(roots);
  const caseEls = [...cases.values()].map((c) => {
    const classes: Record<string, string> = { [c.cls]: c.value };
    const alias = CLASS_ALIASES[c.cls];
    if (alias) classes[alias] = c.value;
    const values = joinFor(classes, allAttributes);
    return el("Case", { guid: guidOf(`case:${c.cls}=${c.value}`), name: `${c.cls}=${c.value}` }, [
      ...variables
        .filter((v) => values[v] !== undefined)
        .map((v) =>
          el("VariableValue", {}, [
            el("VariableRef", { targetGUID: guidOf(`variable:${v}`) }),
            textEl("TextValue", values[v]!),
          ]),
        ),
      ...c.selections.map((g) => el("SelectionRef", { targetGUID: g })),
    ]);
  });
  const parts = [
    users.size
      ? el(
          "Users",
          {},
          [...users].map(([name, guid]) => el("User", { guid, name, id: name })),
        )
      : "",
    codes.length ? el("CodeBook", {}, [el("Codes", {}, codes)]) : "",
    variables.length
      ? el(
          "Variables",
          {},
          variables.map((v) => el("Variable", { guid: guidOf(`variable:${v}`), name: v, typeOfVariable: "Text" })),
        )
      : "",
    caseEls.length ? el("Cases", {}, caseEls) : "",
    sourceEls.length ? el("Sources", {}, sourceEls) : "",
    notes.length ? el("Notes", {}, notes) : "",
  ];
  const project = el(
    "Project",
    {
      xmlns: PROJECT_NS,
      name: options?.name ?? "VERLICHT project",
      origin: "VERLICHT @verlicht/rock",
      creationDateTime: options?.creationDateTime,
    },
    parts,
  );
  return { xml: `<?xml version="1.0" encoding="utf-8"?>\n${project}\n`, texts };
}

/** The class instances written on an utterance's own line (alias copies such as `caseId` for `cid` left out). */
function writtenClasses(u: Utterance): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  const skip = new Set<string>();
  for (const [k, alias] of Object.entries(CLASS_ALIASES)) {
    if (u.classInstances[k] !== undefined && u.classInstances[alias] === u.classInstances[k]) skip.add(alias);
  }
  for (const [k, v] of Object.entries(u.classInstances)) if (!skip.has(k)) out.push([k, v]);
  return out;
}

function joinFor(classes: Record<string, string>, attributes: ReadonlyArray<RockAttributes>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const entry of attributes) {
    if (!Object.keys(entry).some((k) => classes[k] !== undefined && classes[k] === entry[k])) continue;
    for (const [k, v] of Object.entries(entry)) if (!(k in classes) && !(k in out)) out[k] = v;
  }
  return out;
}

/**
 * Write a `.qdpx` file: a ZIP with `project.qde` and the sources as plain text in `Sources/`
 * (see {@link toRefiQdaProject} for what goes where). The same input gives the same bytes.
 *
 * @param input Sources, attributes and codebook trees.
 * @param options Project name.
 * @returns The ZIP's bytes.
 */
export function writeQdpx(input: RefiQdaInput, options?: WriteQdpxOptions | null): Uint8Array {
  const project = toRefiQdaProject(input, options);
  const mtime = new Date("1980-01-01T00:00:00Z");
  const entries: Record<string, [Uint8Array, { mtime: Date }]> = {
    "project.qde": [strToU8(project.xml), { mtime }],
  };
  for (const [file, text] of Object.entries(project.texts)) entries[`Sources/${file}`] = [strToU8(text), { mtime }];
  return zipSync(entries, { level: 6 });
}
