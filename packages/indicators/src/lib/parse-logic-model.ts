import type { Locale, Message, ParseResult } from "@verlicht/core";
import { indicatorsMessages } from "./messages.js";
import { issuesWithPlaces, readStructured } from "./read-structured.js";
import { type LogicModel, LogicModelSchema, STAGE_KINDS } from "./schemas.js";

/** Options of {@link parseLogicModel}. */
export interface ParseLogicModelOptions {
  /** The file name, for messages. */
  file?: string | undefined;
  /** Language of the messages (default English). */
  locale?: Locale | undefined;
}

/**
 * Read an intervention logic model (YAML or JSON, `LogicModelSchema`): stages (resources →
 * activities → outputs → effects) with planned indicator movements, and steps between stages with
 * their mechanisms and the quotes behind them. Besides schema errors it reports steps naming an
 * unknown stage (`unknown-stage`, error) and steps that go backwards in the chain
 * (`stage-order`, warning). `value` is `undefined` when the file cannot be used.
 *
 * @param text The file's text.
 * @param options See {@link ParseLogicModelOptions}.
 * @returns The model and messages.
 */
export function parseLogicModel(
  text: string,
  options?: ParseLogicModelOptions | null,
): ParseResult<LogicModel | undefined> {
  const file = options?.file;
  const locale = options?.locale;
  const read = readStructured(text, file, locale);
  const messages: Message[] = [...read.messages];
  if (read.data === undefined) return { value: undefined, messages };
  const parsed = LogicModelSchema.safeParse(read.data);
  if (!parsed.success) {
    messages.push(...issuesWithPlaces(parsed.error.issues, read, "invalid-logic-model", file, [], locale));
    return { value: undefined, messages };
  }
  const model = parsed.data;
  for (const m of checkLogicModel(model, locale)) messages.push(file ? { ...m, file } : m);
  return { value: messages.some((m) => m.severity === "error") ? undefined : model, messages };
}

/**
 * Check the references inside a logic model: step ends must be stage ids, stage ids unique, and steps
 * should go forward (resources → activities → outputs → effects).
 *
 * @param model A logic model.
 * @param locale Language of the messages (default English).
 * @returns Messages (empty when the model is consistent).
 */
export function checkLogicModel(model: LogicModel, locale?: Locale | null): Message[] {
  const messages: Message[] = [];
  const stages = new Map<string, number>();
  model.stages.forEach((s) => {
    if (stages.has(s.id))
      messages.push(
        indicatorsMessages.create("duplicate-id", {
          severity: "error",
          params: { where: "stages", id: s.id },
          locale,
        }),
      );
    stages.set(s.id, STAGE_KINDS.indexOf(s.kind));
  });
  model.steps.forEach((step, i) => {
    for (const end of [step.from, step.to]) {
      if (!stages.has(end)) {
        messages.push(
          indicatorsMessages.create("unknown-stage", {
            severity: "error",
            params: { where: `steps[${i}]`, stage: end },
            expected: [...stages.keys()],
            actual: end,
            locale,
          }),
        );
      }
    }
    const a = stages.get(step.from);
    const b = stages.get(step.to);
    if (a !== undefined && b !== undefined && b < a) {
      messages.push(
        indicatorsMessages.create("stage-order", {
          severity: "warning",
          params: { where: `steps[${i}]`, from: STAGE_KINDS[a], to: STAGE_KINDS[b] },
          locale,
        }),
      );
    }
  });
  return messages;
}
