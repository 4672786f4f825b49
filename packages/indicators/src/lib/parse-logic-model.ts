import { createMessage, type Message, type ParseResult } from "@verlicht/core";
import { SOURCE } from "./constants.js";
import { issuesWithPlaces, readStructured } from "./read-structured.js";
import { type LogicModel, LogicModelSchema, STAGE_KINDS } from "./schemas.js";

/** Options of {@link parseLogicModel}. */
export interface ParseLogicModelOptions {
  /** The file name, for messages. */
  file?: string | undefined;
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
  const read = readStructured(text, file);
  const messages: Message[] = [...read.messages];
  if (read.data === undefined) return { value: undefined, messages };
  const parsed = LogicModelSchema.safeParse(read.data);
  if (!parsed.success) {
    messages.push(...issuesWithPlaces(parsed.error.issues, read, "invalid-logic-model", file));
    return { value: undefined, messages };
  }
  const model = parsed.data;
  for (const m of checkLogicModel(model)) messages.push(file ? { ...m, file } : m);
  return { value: messages.some((m) => m.severity === "error") ? undefined : model, messages };
}

/**
 * Check the references inside a logic model: step ends must be stage ids, stage ids unique, and steps
 * should go forward (resources → activities → outputs → effects).
 *
 * @param model A logic model.
 * @returns Messages (empty when the model is consistent).
 */
export function checkLogicModel(model: LogicModel): Message[] {
  const messages: Message[] = [];
  const stages = new Map<string, number>();
  model.stages.forEach((s) => {
    if (stages.has(s.id))
      messages.push(
        createMessage({
          ruleId: "duplicate-id",
          source: SOURCE,
          severity: "error",
          reason: `Stage id "${s.id}" occurs twice`,
        }),
      );
    stages.set(s.id, STAGE_KINDS.indexOf(s.kind));
  });
  model.steps.forEach((step, i) => {
    for (const end of [step.from, step.to]) {
      if (!stages.has(end)) {
        messages.push(
          createMessage({
            ruleId: "unknown-stage",
            source: SOURCE,
            severity: "error",
            reason: `steps[${i}] names stage "${end}", which the model does not define`,
            expected: [...stages.keys()],
            actual: end,
          }),
        );
      }
    }
    const a = stages.get(step.from);
    const b = stages.get(step.to);
    if (a !== undefined && b !== undefined && b < a) {
      messages.push(
        createMessage({
          ruleId: "stage-order",
          source: SOURCE,
          severity: "warning",
          reason: `steps[${i}] goes backwards, from ${STAGE_KINDS[a]} to ${STAGE_KINDS[b]}`,
        }),
      );
    }
  });
  return messages;
}
