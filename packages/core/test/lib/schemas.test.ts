import { describe, expect, it } from "vitest";
import {
  ObservationSchema,
  ReviewEventSchema,
  SCHEMA_VERSIONS,
  SerializedNetworkSchema,
  SpanSchema,
} from "../../src/lib/schemas.js";

const edge = {
  key: "e1",
  source: "plusWorkers",
  target: "preschoolAttendance",
  attributes: {
    type: "causal_pos",
    valence: 1,
    weight: 2,
    support: { citations: 2, sources: 1, cases: 1 },
    citations: [
      { sourceId: "int01", uid: "7zs2xyfy", line: 4, classInstances: { cid: "1" }, quote: "Fictief citaat." },
    ],
  },
};
const network = {
  attributes: { format: "verlicht-network", version: SCHEMA_VERSIONS.network },
  options: { type: "directed", multi: true, allowSelfLoops: true },
  nodes: [
    { key: "plusWorkers", attributes: { label: "Pluswerkers", kind: "intervention", x: 1 } },
    { key: "preschoolAttendance", attributes: { label: "Peuteropvang" } },
  ],
  edges: [edge],
};

describe("exchange schemas", () => {
  it("should accept a serialised network and keep extra node attributes", () => {
    const parsed = SerializedNetworkSchema.parse(network);
    expect(parsed.nodes[0]!.attributes["x"]).toBe(1);
  });

  it("should reject a valence outside +1, -1, 0 and null", () => {
    const bad = structuredClone(network);
    (bad.edges[0]!.attributes as { valence: number }).valence = 2;
    const result = SerializedNetworkSchema.safeParse(bad);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(["edges", 0, "attributes", "valence"]);
  });

  it("should reject an edge without support counts", () => {
    const bad = structuredClone(network) as { edges: Array<{ attributes: Record<string, unknown> }> };
    delete bad.edges[0]!.attributes["support"];
    expect(SerializedNetworkSchema.safeParse(bad).success).toBe(false);
  });

  it("should accept an observation and reject an unknown area level", () => {
    const obs = {
      indicatorId: "energyPoverty",
      area: { code: "WK091701", level: "WK" },
      period: "2021",
      value: 0.12,
      unit: "share",
      status: "definitive",
      source: "CBS",
      numerator: 120,
      denominator: 1000,
    };
    expect(ObservationSchema.parse(obs).value).toBe(0.12);
    expect(ObservationSchema.safeParse({ ...obs, area: { code: "X", level: "CITY" } }).success).toBe(false);
    expect(ObservationSchema.parse({ ...obs, value: null, status: "missing" }).value).toBeNull();
  });

  it("should reject a span whose end is not after its start", () => {
    const span = {
      start: 5,
      end: 5,
      category: "PERSON",
      text: "",
      replacement: "[PERSOON-1]",
      confidence: 1,
      recogniser: "x",
    };
    expect(SpanSchema.safeParse(span).success).toBe(false);
    expect(SpanSchema.safeParse({ ...span, end: 9 }).success).toBe(true);
    expect(SpanSchema.safeParse({ ...span, end: 9, category: "NAME" }).success).toBe(false);
  });

  it("should require a positive sequence number on review events", () => {
    const event = { seq: 1, at: "2026-11-28T10:00:00Z", actor: "rev1", type: "vote", payload: { recordId: 1 } };
    expect(ReviewEventSchema.safeParse(event).success).toBe(true);
    expect(ReviewEventSchema.safeParse({ ...event, seq: 0 }).success).toBe(false);
  });
});
