import { readFileSync } from "node:fs";
import { type Message, messageStart } from "@verlicht/core";
import { findMonitoringGaps, parseAreas, parseLinks } from "@verlicht/indicators";
import {
  analyseActivities,
  analyseCollections,
  areaContains,
  checkRegisters,
  parseActivities,
  parseCollections,
  partnerAccess,
  registersMessages,
} from "@verlicht/registers";
import { describe, expect, it } from "vitest";

const example = (name: string) => new URL(`../../../../examples/heerlen-noord/${name}`, import.meta.url);
const read = (url: URL) => readFileSync(url, "utf8");
const fixture = (name: string) => read(new URL(`../fixtures/${name}`, import.meta.url));
const lineOf = (m: Message | undefined) => (m ? messageStart(m)?.line : undefined);
const areas = parseAreas(read(example("indicators/areas.json"))).value;
const activities = parseActivities(read(example("registers/activiteiten.yaml")), { file: "activiteiten.yaml" });
const collections = parseCollections(read(example("registers/dataloket.yaml")), { file: "dataloket.yaml" });

describe("the example registers", () => {
  it("should read without errors and cross-reference cleanly", () => {
    expect(activities.messages).toEqual([]);
    expect(collections.messages).toEqual([]);
    expect(activities.value.entries.length).toBeGreaterThanOrEqual(12);
    expect(collections.value.entries.length).toBeGreaterThanOrEqual(12);
    const messages = checkRegisters(activities.value, collections.value, { areas });
    expect(messages.filter((m) => m.severity !== "info")).toEqual([]);
  });

  it("should find young parents in Vrieheide-De Stack asked by more than three activities in 2025", () => {
    const result = analyseActivities(activities.value.entries, { today: "2025-06-01", areas });
    const vrieheide = result.overAsked.find((o) => o.group === "jonge ouders" && o.area === "WK091712");
    expect(vrieheide?.reasons).toContain("activities");
    expect(vrieheide?.activities).toEqual(
      expect.arrayContaining([
        "act-plus-huisbezoek",
        "act-kraamzorg-welkom",
        "act-ou-interviews-ouders",
        "act-taalcafe",
      ]),
    );
    // Schools are asked by three activities (not more) but for more than 240 minutes a year.
    const schools = result.overAsked.find((o) => o.of === "organisations" && o.group === "scholen");
    expect(schools?.reasons).toEqual(["minutes"]);
    expect(schools?.minutesPerYear).toBe(360);
  });

  it("should take the thresholds as options", () => {
    const strict = analyseActivities(activities.value.entries, {
      today: "2025-06-01",
      areas,
      maxActivities: 10,
      maxMinutesPerYear: 10_000,
    });
    expect(strict.overAsked).toEqual([]);
  });

  it("should name activities that share a target group and an area, and what is planned next", () => {
    const result = analyseActivities(activities.value.entries, { today: "2025-06-01", areas });
    expect(result.overlaps.map((o) => o.activities)).toContainEqual([
      "act-plus-huisbezoek",
      "act-ou-interviews-ouders",
    ]);
    expect(result.planned.map((p) => p.id)).toEqual([
      "act-ou-jeugdcriminaliteit",
      "act-sociaal-veilig-schouw",
      "act-buurtsport",
    ]);
    expect(result.running).toContain("act-taalcafe");
  });

  it("should find indicators collected twice for overlapping areas", () => {
    const result = analyseCollections(collections.value.entries, { areas });
    const energy = result.duplicates.find((d) => d.indicatorId === "energy-poverty");
    expect(energy?.collections.sort()).toEqual([
      "dl-energiearmoede-corporatie",
      "dl-energiearmoede-gemeente",
      "dl-energiearmoede-tno",
    ]);
    expect(result.duplicates.map((d) => d.indicatorId)).toEqual(
      expect.arrayContaining(["preschool-attendance", "feeling-unsafe"]),
    );
    // A one-off survey in 2025 and a register from 2022 overlap in time; the periods matter:
    const ouderpanel = result.duplicates.find((d) => d.indicatorId === "severe-stress");
    expect(ouderpanel?.collections.sort()).toEqual(["dl-gezondheidsmonitor", "dl-ouderpanel"]);
  });

  it("should list key indicators without a collection and join the gaps on assumption paths", () => {
    const network = JSON.parse(read(example("indicators/network-sketch.json")));
    const links = parseLinks(read(example("indicators/links.csv"))).value;
    const gaps = findMonitoringGaps(network, links);
    const result = analyseCollections(collections.value.entries, { areas, assumptionGaps: gaps, links });
    const ids = result.uncollected.map((u) => u.indicatorId);
    expect(ids).toContain("working-poor");
    expect(ids).not.toContain("energy-poverty");
    expect(result.uncollected.every((u) => u.key)).toBe(true);
    expect(result.constructsWithoutIndicator.length).toBe(gaps.length);
    expect(result.constructsWithoutCollection.map((c) => c.construct)).toContain("employment");
  });

  it("should say which data a partner may get", () => {
    const ou = partnerAccess(collections.value.entries, "Open Universiteit");
    expect(ou.granted).toEqual(
      expect.arrayContaining(["dl-huisbezoeken", "dl-rijke-schooldag", "dl-verlicht-interviews"]),
    );
    expect(ou.open).toContain("dl-kansrijke-start");
    expect(ou.onRequest.map((r) => r.id)).toContain("dl-peuteropvang-ggd");
    const library = partnerAccess(collections.value.entries, "Fictieve Bibliotheek");
    expect(library.closed).toEqual(
      expect.arrayContaining(["dl-huisbezoeken", "dl-verlicht-interviews", "dl-rijke-schooldag"]),
    );
  });
});

describe("mistakes in the registers", () => {
  const a = parseActivities(fixture("broken/activiteiten.yaml"), { file: "activiteiten.yaml" });
  const c = parseCollections(fixture("broken/dataloket.yaml"), { file: "dataloket.yaml" });

  it("should report invalid entries with the field and line, and duplicate ids", () => {
    expect(a.messages.map((m) => [m.ruleId, lineOf(m)])).toEqual([
      ["invalid-activity", 14],
      ["duplicate-id", 21],
    ]);
    expect(c.messages.map((m) => [m.ruleId, lineOf(m)])).toEqual([
      ["invalid-collection", 15],
      ["invalid-collection", 18],
    ]);
  });

  it("should report ids that the registers and the catalogue do not hold, with file and line", () => {
    const messages = checkRegisters(a.value, c.value, { areas, logicModels: [] });
    expect(messages.map((m) => [m.ruleId, m.severity, m.file, lineOf(m)])).toEqual([
      ["unknown-area", "warning", "activiteiten.yaml", 8],
      ["unknown-goal", "warning", "activiteiten.yaml", 12],
      ["period-order", "error", "activiteiten.yaml", 9],
      ["unknown-collection", "error", "activiteiten.yaml", 13],
      ["ask-group", "warning", "activiteiten.yaml", 3],
      ["unknown-indicator", "warning", "dataloket.yaml", 8],
      ["unknown-activity", "error", "dataloket.yaml", 11],
    ]);
  });

  it("should never throw on YAML that cannot be read", () => {
    for (const text of ["activities: *nope\n", "? ".repeat(300), "activities: [", "42", ""]) {
      const r = parseActivities(text, { file: "x.yaml" });
      expect(Array.isArray(r.value.entries)).toBe(true);
    }
    expect(parseActivities("42").messages.map((m) => m.ruleId)).toEqual(["invalid-register"]);
  });

  it("should word its messages in Dutch and English", () => {
    for (const id of registersMessages.ruleIds) expect(registersMessages.tables.nl[id], id).toBeDefined();
    const nl = parseActivities("42", { locale: "nl" }).messages[0]!;
    expect(nl.reason.startsWith("Verwacht")).toBe(true);
  });
});

describe("areas", () => {
  it("should see a buurt in its wijk and a wijk in Heerlen-Noord", () => {
    expect(areaContains("WK091701", "BU09170101")).toBe(true);
    expect(areaContains("GM0917", "BU09170101")).toBe(true);
    expect(areaContains("HLN-NOORD", "WK091712", areas)).toBe(true);
    expect(areaContains("HLN-NOORD", "BU09171201", areas)).toBe(true);
    expect(areaContains("WK091701", "WK091702")).toBe(false);
  });
});
