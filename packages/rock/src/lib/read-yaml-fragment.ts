import type { Message, Point, Position } from "@verlicht/core";
import { isAlias, isCollection, isMap, isPair, isScalar, isSeq, type Node, parseDocument, visit } from "yaml";
import { rockMessage } from "./messages.js";
import type { YamlFragment } from "./types.js";
import { yamlDepth } from "./yaml-depth.js";

/** The deepest nesting of YAML collections accepted (rock's files nest a handful of levels). */
export const YAML_MAX_DEPTH = 64;
/** The most alias expansions one fragment may cause (each alias counts the size of what it copies). */
export const YAML_MAX_ALIAS_COUNT = 100;

/**
 * Parse the text of one YAML fragment (YAML 1.1, as R's `yaml` package reads it). Problems become
 * messages placed at the line inside the source where they occur; nothing throws. Fragments nested
 * deeper than {@link YAML_MAX_DEPTH}, with an alias that points nowhere, with a merge key (`<<`) whose
 * value is not a map, with a collection as a key, or whose aliases expand beyond
 * {@link YAML_MAX_ALIAS_COUNT} get a message and no value.
 *
 * @param text The YAML between the delimiters.
 * @param position Where the fragment is (from the opening to the closing delimiter).
 * @param file Source id for messages.
 * @param messages Where problems go.
 * @param lineOffsets Source offset of each line of the fragment (for exact message places).
 * @returns The fragment, with `value` undefined when the YAML cannot be read.
 */
export function readYamlFragment(
  text: string,
  position: Position,
  file: string | undefined,
  messages: Message[],
  lineOffsets?: ReadonlyArray<number>,
): YamlFragment {
  const where = placer(text, position, lineOffsets);
  const value = readValue(text, where, file, messages);
  const containers =
    value !== null && typeof value === "object" && !Array.isArray(value) ? Object.keys(value as object) : [];
  return { text, value, containers, position };
}

function readValue(
  text: string,
  where: (offset: number) => Point,
  file: string | undefined,
  messages: Message[],
): unknown {
  const fail = (ruleId: "invalid-yaml" | "yaml-too-deep" | "yaml-alias-limit", detail: string, offset: number) => {
    const params = ruleId === "invalid-yaml" ? { detail } : { max: detail };
    messages.push(rockMessage(ruleId, params, where(offset), { severity: "error", file }));
    return undefined;
  };
  // Checked before the YAML library sees the text: it takes seconds (or runs out of memory) on deep nesting.
  const depth = yamlDepth(text, YAML_MAX_DEPTH);
  if (depth.exceeded) {
    return fail("yaml-too-deep", String(YAML_MAX_DEPTH), depth.offset);
  }
  // R's yaml package reads dates as plain strings, so the YAML 1.1 timestamp type is left out.
  let doc: ReturnType<typeof parseDocument>;
  try {
    doc = parseDocument(text, {
      version: "1.1",
      prettyErrors: true,
      uniqueKeys: false,
      customTags: (tags) => tags.filter((t) => typeof t === "string" || t.tag !== "tag:yaml.org,2002:timestamp"),
    });
  } catch (error) {
    return fail("invalid-yaml", firstLine(error), 0);
  }
  if (doc.errors.length > 0) {
    for (const error of doc.errors) {
      fail("invalid-yaml", error.message.split("\n")[0] ?? "", error.pos[0]);
    }
    return undefined;
  }
  const problem = structuralProblem(doc);
  if (problem) return fail("invalid-yaml", problem.reason, problem.offset);
  try {
    return doc.toJS({ maxAliasCount: YAML_MAX_ALIAS_COUNT });
  } catch (error) {
    const reason = firstLine(error);
    if (/alias count/i.test(reason)) {
      return fail("yaml-alias-limit", String(YAML_MAX_ALIAS_COUNT), 0);
    }
    return fail("invalid-yaml", reason, 0);
  }
}

/** An alias to no anchor, a merge key whose value is not a map, or a collection used as a key. */
function structuralProblem(doc: ReturnType<typeof parseDocument>): { reason: string; offset: number } | undefined {
  let found: { reason: string; offset: number } | undefined;
  visit(doc, {
    Alias(_, node) {
      if (node.resolve(doc) === undefined) {
        found = {
          reason: `YAML alias *${node.source} points to no anchor &${node.source} before it`,
          offset: start(node),
        };
        return visit.BREAK;
      }
      return undefined;
    },
    Pair(_, pair) {
      if (!isPair(pair)) return undefined;
      const key = pair.key as Node | null;
      if (isCollection(key)) {
        found = { reason: "YAML key is itself a list or map; ROCK fragments need plain keys", offset: start(key) };
        return visit.BREAK;
      }
      if (isScalar(key) && (key.value === "<<" || typeof key.value === "symbol")) {
        const v = pair.value as Node | null;
        const target = isAlias(v) ? v.resolve(doc) : v;
        const ok =
          isMap(target) ||
          (isSeq(target) &&
            target.items.every((i) =>
              isMap(isAlias(i) ? (i as { resolve: (d: unknown) => unknown }).resolve(doc) : i),
            ));
        if (!ok) {
          found = { reason: "YAML merge key << needs a map (or a list of maps) as its value", offset: start(key) };
          return visit.BREAK;
        }
      }
      return undefined;
    },
  });
  return found;
}

function start(node: unknown): number {
  const range = (node as { range?: [number, number, number] } | null)?.range;
  return range?.[0] ?? 0;
}

function firstLine(error: unknown): string {
  return String(error instanceof Error ? error.message : error).split("\n")[0] ?? "";
}

/** Map an offset in the fragment's text to a point in the source. */
function placer(
  text: string,
  position: Position,
  lineOffsets: ReadonlyArray<number> | undefined,
): (offset: number) => Point {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) starts.push(i + 1);
  return (offset) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    const column = offset - starts[lo]! + 1;
    // lineOffsets[k] is the source offset of the fragment's line k + 1 (line 1 follows the opening ---).
    return {
      line: position.start.line + lo + 1,
      column,
      offset: (lineOffsets?.[lo] ?? position.start.offset) + column - 1,
    };
  };
}
