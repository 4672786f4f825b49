import { readFileSync } from "node:fs";
import Graph from "graphology";
import { describe, expect, it } from "vitest";
import { evaluateLogicModel, LogicModelSchema, PRESCHOOL_LOGIC_MODEL, parseLogicModel } from "../../src/index.js";
import { series } from "./helpers.js";

const text = readFileSync(new URL("../fixtures/logic-model/input.yaml", import.meta.url), "utf8");

describe("parseLogicModel", () => {
  it("should read a logic model with stages, steps and mechanisms", () => {
    const { value, messages } = parseLogicModel(text);
    expect(messages).toEqual([]);
    expect(value?.stages.map((s) => s.kind)).toEqual(["resources", "activities", "outputs", "effects"]);
    expect(value?.steps[0]?.mechanisms[0]?.quotes[0]?.text).toBe("Ik spreek de taal.");
  });

  it("should report a step that names an unknown stage", () => {
    const { value, messages } = parseLogicModel(text.replace("to: acts", "to: nowhere"));
    expect(value).toBeUndefined();
    expect(messages.map((m) => m.ruleId)).toEqual(["unknown-stage"]);
  });

  it("should report schema errors with a place", () => {
    const { messages } = parseLogicModel(text.replace("kind: outputs", "kind: prestaties"));
    expect(messages[0]).toMatchObject({ ruleId: "invalid-logic-model", place: { start: { line: 8 } } });
  });

  it("should ship the programme's worked example as a valid model", () => {
    expect(LogicModelSchema.parse(PRESCHOOL_LOGIC_MODEL)).toEqual(PRESCHOOL_LOGIC_MODEL);
    expect(PRESCHOOL_LOGIC_MODEL.steps.flatMap((s) => s.mechanisms.map((m) => m.construct))).toEqual([
      "sharedLanguage",
      "fearOfDoorbell",
      "trustInProfessionals",
    ]);
  });
});

describe("evaluateLogicModel", () => {
  const { value: model } = parseLogicModel(text);
  // FICTIONAL counts for area AREA1.
  const data = [
    ...series("hours", "AREA1", [0, 100, 400, 800, 900, 1000], "count"),
    ...series("talks", "AREA1", [0, 20, 90, 150, 180, 200], "count"),
    ...series("attend", "AREA1", [60, 60, 61, 60, 60, 60.2]),
    ...series("delay", "AREA1", [30, 30, 31, 30, 29, 29]),
  ];

  it("should report per stage whether the counts moved as planned and where the chain breaks", () => {
    const r = evaluateLogicModel(model!, data);
    expect(r.stages.map((s) => s.status)).toEqual(["as-planned", "as-planned", "not-as-planned", "as-planned"]);
    expect(r.stages[2]!.indicators[0]).toMatchObject({ movement: "no-change", targetReached: false });
    expect(r.steps.map((s) => s.status)).toEqual(["as-planned", "broken", "not-started"]);
    expect(r.brokenAt).toEqual({ from: "acts", to: "outs" });
  });

  it("should say insufficient-data for a stage without values", () => {
    const r = evaluateLogicModel(
      model!,
      data.filter((o) => o.indicatorId !== "talks"),
    );
    expect(r.stages[1]!.status).toBe("insufficient-data");
    expect(r.steps[0]!.status).toBe("insufficient-data");
  });

  it("should check the mechanisms' edges against a network when given one", () => {
    const g = new Graph({ multi: true });
    g.mergeEdge("sharedLanguage", "doorbellConversations", { type: "causal_pos", valence: 1 });
    const r = evaluateLogicModel(model!, data, { network: g });
    expect(r.steps[0]!.mechanisms[0]!.edges).toEqual([
      { source: "sharedLanguage", target: "doorbellConversations", found: true },
    ]);
    expect(evaluateLogicModel(model!, data).steps[0]!.mechanisms[0]!.edges[0]!.found).toBeNull();
  });

  it("should tell which mechanisms an indicator measures when links are given", () => {
    const r = evaluateLogicModel(model!, data, { links: { sharedLanguage: "speaks-dutch-at-home" } });
    expect(r.steps[0]!.mechanisms[0]!.indicators).toEqual(["speaks-dutch-at-home"]);
    expect(evaluateLogicModel(model!, data).steps[0]!.mechanisms[0]!.indicators).toBeNull();
  });
});
