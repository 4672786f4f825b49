import type { Point, Position } from "./position.js";

/** How bad a diagnostic is: `error` = the result is unusable or incomplete, `warning` = suspicious, `info` = a note. */
export type Severity = "error" | "warning" | "info";

/**
 * A diagnostic about user input, in the style of vfile-message.
 * Parsers return these next to their value instead of throwing.
 */
export interface Message {
  /** Stable rule code, e.g. `unparsed-token`. Tests assert this, never the wording. */
  ruleId: string;
  /** The package or tool that emitted the message, e.g. `rock`. */
  source: string;
  /** How bad it is. */
  severity: Severity;
  /** A sentence for humans: what is wrong and, where possible, how to fix it. */
  reason: string;
  /** Where in the input the problem is. */
  place?: Position | Point | undefined;
  /** The file (path or id) the message is about, when known. */
  file?: string | undefined;
  /** What would have been accepted. */
  expected?: string[] | undefined;
  /** What was found. */
  actual?: string | undefined;
  /** A longer explanation or a fix. */
  note?: string | undefined;
  /** A link to documentation of the rule. */
  url?: string | undefined;
  /** The values filled into the wording, so the message can be worded again in another locale. */
  params?: Record<string, string | number | boolean | null | undefined> | undefined;
}

/** The common return shape of every parser: a value that is as complete as possible, plus messages. */
export interface ParseResult<T> {
  /** What could be read. */
  value: T;
  /** Everything worth telling the user, in input order. */
  messages: Message[];
}

/** Fields accepted by {@link createMessage}. */
export type MessageInit = Omit<Message, "severity"> & { severity?: Severity | undefined };

/**
 * Create a message; severity defaults to `warning`. Undefined optional fields are dropped,
 * so messages compare equal in tests and serialise cleanly.
 */
export function createMessage(init: MessageInit): Message {
  const message: Message = {
    ruleId: init.ruleId,
    source: init.source,
    severity: init.severity ?? "warning",
    reason: init.reason,
  };
  if (init.place !== undefined) message.place = init.place;
  if (init.file !== undefined) message.file = init.file;
  if (init.expected !== undefined) message.expected = init.expected;
  if (init.actual !== undefined) message.actual = init.actual;
  if (init.note !== undefined) message.note = init.note;
  if (init.url !== undefined) message.url = init.url;
  if (init.params !== undefined) message.params = init.params;
  return message;
}

/** The starting point of a message's place, if it has one. */
export function messageStart(message: Message): Point | undefined {
  const place = message.place;
  if (!place) return undefined;
  return "start" in place ? place.start : place;
}

/** Does any message have severity `error`? */
export function hasErrors(messages: ReadonlyArray<Message>): boolean {
  return messages.some((m) => m.severity === "error");
}

/** Count messages per severity. */
export function countMessages(messages: ReadonlyArray<Message>): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const m of messages) counts[m.severity]++;
  return counts;
}

/** A copy of `messages` sorted by file, then line, then column; messages without a place come first. */
export function sortMessages(messages: ReadonlyArray<Message>): Message[] {
  return [...messages].sort((a, b) => {
    const fa = a.file ?? "";
    const fb = b.file ?? "";
    if (fa !== fb) return fa < fb ? -1 : 1;
    const pa = messageStart(a);
    const pb = messageStart(b);
    if (!pa || !pb) return pa ? 1 : pb ? -1 : 0;
    return pa.line - pb.line || pa.column - pb.column;
  });
}

/**
 * Format one message as `file:line:column: severity reason [source:ruleId]`, the shape editors
 * and terminals link to.
 */
export function formatMessage(message: Message, options?: { file?: string | undefined } | null): string {
  const file = message.file ?? options?.file;
  const start = messageStart(message);
  const where = [file, start ? `${start.line}:${start.column}` : undefined].filter(Boolean).join(":");
  let line = `${where ? `${where}: ` : ""}${message.severity} ${message.reason} [${message.source}:${message.ruleId}]`;
  if (message.expected?.length) line += `\n  expected: ${message.expected.join(" | ")}`;
  if (message.actual !== undefined) line += `\n  found: ${message.actual}`;
  if (message.note) line += `\n  ${message.note}`;
  return line;
}

/** Format many messages, sorted, one block per message. */
export function formatMessages(
  messages: ReadonlyArray<Message>,
  options?: { file?: string | undefined } | null,
): string {
  return sortMessages(messages)
    .map((m) => formatMessage(m, options))
    .join("\n");
}
