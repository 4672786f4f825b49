import { formatPath, type Locale, location, type Message, type Position } from "@verlicht/core";
import { isAlias, isMap, isNode, isPair, isScalar, isSeq, parseDocument, visit } from "yaml";
import type { z } from "zod";
import { type IndicatorsRuleId, indicatorsMessages } from "./messages.js";

/** A YAML or JSON text read into plain data, with a way back to positions. */
export interface StructuredText {
  /** The plain data (`undefined` when the text could not be read). */
  data: unknown;
  /** Syntax problems. */
  messages: Message[];
  /** The position of the node at a path, or of the nearest existing parent. */
  placeOf(path: ReadonlyArray<PropertyKey>): Position | undefined;
}

/** Limits of {@link readStructured}: aliases resolved per file, and nesting indicators on one line. */
export const YAML_LIMITS = { maxAliasCount: 50, maxDepth: 64 } as const;

/**
 * The deepest nesting on one line: block indicators (`? `, `- `, `: `) in a row at the start, or open
 * flow brackets. The YAML composer takes seconds on a few hundred of them (`"? ".repeat(256)`), so a
 * file past {@link YAML_LIMITS} is refused before it is parsed. Quotes are skipped so that text in them
 * does not count.
 */
function deepestLine(text: string): { depth: number; offset: number } {
  let best = { depth: 0, offset: 0 };
  let lineStart = 0;
  let flow = 0;
  let quote: string | null = null;
  let leading = 0;
  let inLeading = true;
  for (let i = 0; i <= text.length; i++) {
    const c = text[i];
    if (c === undefined || c === "\n") {
      if (leading > best.depth) best = { depth: leading, offset: lineStart };
      lineStart = i + 1;
      leading = 0;
      inLeading = true;
      continue;
    }
    if (quote) {
      if (c === quote) quote = null;
      continue;
    }
    if (c === '"' || c === "'") {
      quote = c;
      inLeading = false;
      continue;
    }
    if (c === "#") {
      while (i + 1 < text.length && text[i + 1] !== "\n") i++;
      continue;
    }
    if (c === "[" || c === "{") {
      flow++;
      if (flow > best.depth) best = { depth: flow, offset: i };
    } else if ((c === "]" || c === "}") && flow > 0) flow--;
    if (inLeading) {
      if ((c === "?" || c === "-" || c === ":") && (text[i + 1] === " " || text[i + 1] === "\t")) leading++;
      else if (c !== " " && c !== "\t") inLeading = false;
    }
  }
  return best;
}

/**
 * Read YAML (and therefore JSON, a subset of YAML 1.2) keeping positions. Never throws: syntax errors,
 * unresolved aliases, bad merge keys, alias bombs (more than {@link YAML_LIMITS}.maxAliasCount aliases)
 * and over-deep nesting become error messages with a position. Shared with `@verlicht/registers`, whose
 * register files are YAML too (its YAML messages therefore have the source `indicators`).
 *
 * @param text The YAML or JSON text.
 * @param file The file name, for messages.
 * @param locale Language of the messages (default English).
 * @returns The plain data, messages, and `placeOf(path)` to find a field's position.
 */
export function readStructured(text: string, file?: string, locale?: Locale | null): StructuredText {
  const loc = location(text);
  const messages: Message[] = [];
  const add = (ruleId: IndicatorsRuleId, params: Record<string, string | number>, place?: Position) =>
    messages.push(indicatorsMessages.create(ruleId, { severity: "error", params, place, file, locale }));
  const deep = deepestLine(text);
  if (deep.depth > YAML_LIMITS.maxDepth) {
    add("yaml-too-deep", { depth: deep.depth, limit: YAML_LIMITS.maxDepth }, loc.toPosition(deep.offset, deep.offset));
    return { data: undefined, messages, placeOf: () => undefined };
  }
  const doc = parseDocument(text, { prettyErrors: false, uniqueKeys: true, merge: true, logLevel: "error" });
  for (const error of doc.errors) {
    add(
      "invalid-yaml",
      { detail: error.message.split("\n")[0] ?? "" },
      loc.toPosition(error.pos[0], Math.max(error.pos[0], error.pos[1])),
    );
  }
  const placeOfNode = (node: unknown): Position | undefined =>
    isNode(node) && node.range ? loc.toPosition(node.range[0], node.range[1]) : undefined;
  let data: unknown;
  if (doc.errors.length === 0) {
    try {
      data = doc.toJS({ maxAliasCount: YAML_LIMITS.maxAliasCount });
    } catch (error) {
      data = undefined;
      messages.push(...explainToJsError(doc, error, placeOfNode, file, locale));
    }
  }
  return {
    data,
    messages,
    placeOf(path) {
      for (let n = path.length; n >= 0; n--) {
        const node = doc.getIn(path.slice(0, n) as unknown[], true);
        if (isNode(node) && node.range) return loc.toPosition(node.range[0], node.range[1]);
      }
      return undefined;
    },
  };
}

/** Turn an error of `toJS()` into a message at the alias or merge key that caused it. */
function explainToJsError(
  doc: ReturnType<typeof parseDocument>,
  error: unknown,
  placeOfNode: (node: unknown) => Position | undefined,
  file: string | undefined,
  locale: Locale | null | undefined,
): Message[] {
  const detail = error instanceof Error ? error.message : String(error);
  const create = (ruleId: IndicatorsRuleId, params: Record<string, string | number>, place?: Position) =>
    indicatorsMessages.create(ruleId, { severity: "error", params, place, file, locale });
  if (/alias count|resource exhaustion/i.test(detail)) {
    let first: unknown;
    visit(doc, {
      Alias(_, node) {
        first = node;
        return visit.BREAK;
      },
    });
    return [create("yaml-alias-limit", { limit: YAML_LIMITS.maxAliasCount }, placeOfNode(first))];
  }
  if (/merge/i.test(detail)) {
    let at: unknown;
    visit(doc, {
      Pair(_, pair) {
        const key = pair.key;
        const isMerge = isScalar(key) && (key.value === "<<" || key.source === "<<" || typeof key.value === "symbol");
        if (isPair(pair) && isMerge) {
          const v = pair.value;
          const ok = isMap(v) || isAlias(v) || (isSeq(v) && v.items.every((x) => isMap(x) || isAlias(x)));
          if (!ok) {
            at = pair.key;
            return visit.BREAK;
          }
        }
        return undefined;
      },
    });
    return [create("yaml-merge", { detail }, placeOfNode(at))];
  }
  const messages: Message[] = [];
  visit(doc, {
    Alias(_, node) {
      if (node.resolve(doc) === undefined)
        messages.push(create("yaml-alias", { alias: node.source, detail }, placeOfNode(node)));
    },
  });
  return messages.length ? messages : [create("invalid-yaml", { detail })];
}

/** Turn zod issues into error messages with the YAML/JSON position of the offending field. */
export function issuesWithPlaces(
  issues: ReadonlyArray<z.core.$ZodIssue>,
  read: StructuredText,
  ruleId: "invalid-catalogue" | "invalid-area" | "invalid-link" | "invalid-logic-model",
  file: string | undefined,
  pathPrefix: ReadonlyArray<PropertyKey> = [],
  locale?: Locale | null,
): Message[] {
  return issues.map((issue) => {
    const path = [...pathPrefix, ...issue.path];
    return indicatorsMessages.create(ruleId, {
      severity: "error",
      params: { field: formatPath(path), detail: issue.message },
      place: read.placeOf(path),
      file,
      locale,
    });
  });
}
