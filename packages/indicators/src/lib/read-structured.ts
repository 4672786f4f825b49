import { createMessage, formatPath, location, type Message, type Position } from "@verlicht/core";
import { isNode, parseDocument } from "yaml";
import type { z } from "zod";
import { SOURCE } from "./constants.js";

/** A YAML or JSON text read into plain data, with a way back to positions. */
export interface StructuredText {
  /** The plain data (`undefined` when the text could not be read). */
  data: unknown;
  /** Syntax problems. */
  messages: Message[];
  /** The position of the node at a path, or of the nearest existing parent. */
  placeOf(path: ReadonlyArray<PropertyKey>): Position | undefined;
}

/**
 * Read YAML (and therefore JSON, a subset of YAML 1.2) keeping positions. Internal helper.
 */
export function readStructured(text: string, file?: string): StructuredText {
  const loc = location(text);
  const doc = parseDocument(text, { prettyErrors: false, uniqueKeys: true });
  const messages: Message[] = [];
  for (const error of doc.errors) {
    messages.push(
      createMessage({
        ruleId: "invalid-yaml",
        source: SOURCE,
        severity: "error",
        reason: `Cannot read the file as YAML or JSON: ${error.message.split("\n")[0]}`,
        place: loc.toPosition(error.pos[0], Math.max(error.pos[0], error.pos[1])),
        file,
      }),
    );
  }
  const data = doc.errors.length ? undefined : doc.toJS();
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

/** Turn zod issues into error messages with the YAML/JSON position of the offending field. */
export function issuesWithPlaces(
  issues: ReadonlyArray<z.core.$ZodIssue>,
  read: StructuredText,
  ruleId: string,
  file: string | undefined,
  pathPrefix: ReadonlyArray<PropertyKey> = [],
): Message[] {
  return issues.map((issue) => {
    const path = [...pathPrefix, ...issue.path];
    const shown = formatPath(path);
    return createMessage({
      ruleId,
      source: SOURCE,
      severity: "error",
      reason: `${shown ? `${shown}: ` : ""}${issue.message}`,
      place: read.placeOf(path),
      file,
    });
  });
}
