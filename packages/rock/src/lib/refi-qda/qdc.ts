import type { Message, ParseResult } from "@verlicht/core";
import { buildDeductiveTrees, type CodeSpec } from "../build-code-trees.js";
import { localize, rockMessage } from "../messages.js";
import type { Codebook, ReadCodebookOptions } from "../read-codebook.js";
import type { CodeTreeNode } from "../types.js";
import { list, type Node, parseQdaXml, rockId, str } from "./read-qdpx.js";
import { CODEBOOK_NS, el, guidOf, textEl } from "./xml.js";

/**
 * Write a REFI-QDA codebook (`.qdc`, QDA-XML codebook 1.0): every code of the trees with its hierarchy
 * and description. A label that differs from the id is the code's name, so other programs show it; the
 * id travels in the GUID's key and is read back from the name when the label is a valid id.
 *
 * @param trees Code trees (e.g. `readCodebook(...).value.trees` or a source's `codeTrees.deductive`).
 * @param options `origin` written on the codebook.
 * @returns The `.qdc` XML text.
 */
export function writeQdc(trees: ReadonlyArray<CodeTreeNode>, options?: { origin?: string } | null): string {
  const code = (n: CodeTreeNode): string =>
    el("Code", { guid: guidOf(`code:${n.path.join(">")}`), name: n.id, isCodable: true }, [
      n.description ? textEl("Description", n.description) : n.label !== n.id ? textEl("Description", n.label) : "",
      ...n.children.map(code),
    ]);
  const body = el("CodeBook", { xmlns: CODEBOOK_NS, origin: options?.origin ?? "VERLICHT @verlicht/rock" }, [
    el("Codes", {}, trees.map(code)),
  ]);
  return `<?xml version="1.0" encoding="utf-8"?>\n${body}\n`;
}

/**
 * Read a REFI-QDA codebook (`.qdc`) written by any program: codes with their nesting (as `parentId`)
 * and descriptions. Names that are not valid ROCK code ids are made valid (`_` for other characters)
 * and kept as the label. Never throws.
 *
 * @param xml The `.qdc` text.
 * @param options `file` for messages, `locale`.
 * @returns The codebook and messages.
 */
export function readQdc(xml: string, options?: ReadCodebookOptions | null): ParseResult<Codebook> {
  const messages: Message[] = [];
  const parsed = parseQdaXml(xml);
  const root = parsed.value?.CodeBook as Node | undefined;
  const codes: CodeSpec[] = [];
  if (!root) {
    messages.push(
      rockMessage("invalid-qdpx", { detail: parsed.error ?? "no <CodeBook> element" }, undefined, {
        severity: "error",
        file: options?.file,
      }),
    );
  } else {
    const walk = (node: Node, parentId: string | undefined) => {
      const name = str(node.name);
      const id = rockId(name);
      const description = str(node.Description);
      const spec: CodeSpec = { id, label: name, data: {} };
      if (parentId !== undefined) spec.parentId = parentId;
      if (description !== "") spec.description = description;
      const color = str(node.color);
      if (color !== "") spec.data.color = color;
      codes.push(spec);
      for (const child of list(node.Code)) walk(child, id);
    };
    for (const c of list((root.Codes as Node | undefined)?.Code)) walk(c, undefined);
  }
  const trees = buildDeductiveTrees(codes, messages, options?.file);
  return {
    value: { metadata: { origin: str(root?.origin) }, codes, trees },
    messages: localize(messages, options?.locale),
  };
}
