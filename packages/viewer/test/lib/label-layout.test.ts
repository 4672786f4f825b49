import { describe, expect, it } from "vitest";
import { boxHitsDisc, layoutLabels, segmentHitsBox, wrapLabel } from "../../src/lib/label-layout.js";

// A fixed-width "font": 7 px per character, so the tests need no canvas.
const measure = (t: string) => t.length * 7;
const overlap = (
  a: { x: number; y: number; width: number; height: number },
  b: { x: number; y: number; width: number; height: number },
) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

describe("wrapLabel", () => {
  it("should wrap at spaces and end the last line with an ellipsis when text is left", () => {
    expect(wrapLabel("Vertrouwen in de opvang", 100, 2, measure)).toEqual({
      lines: ["Vertrouwen in", "de opvang"],
      shortened: false,
    });
    const two = wrapLabel("Vertrouwen in de opvang voor peuters", 100, 2, measure);
    expect(two.lines).toHaveLength(2);
    expect(two.shortened).toBe(true);
    expect(two.lines[1]!.endsWith("…")).toBe(true);
    for (const l of two.lines) expect(measure(l)).toBeLessThanOrEqual(100);
    const one = wrapLabel("Vertrouwen in de peuteropvang", 100, 1, measure);
    expect(one.lines).toHaveLength(1);
    expect(one.lines[0]!.endsWith("…")).toBe(true);
    expect(measure(one.lines[0]!)).toBeLessThanOrEqual(100);
  });

  it("should leave a short label alone", () => {
    expect(wrapLabel("Werk", 100, 2, measure)).toEqual({ lines: ["Werk"], shortened: false });
  });
});

describe("geometry", () => {
  it("should tell whether a box meets a disc or a segment", () => {
    const box = { x: 0, y: 0, width: 10, height: 10 };
    expect(boxHitsDisc(box, 15, 5, 6)).toBe(true);
    expect(boxHitsDisc(box, 17, 5, 6)).toBe(false);
    expect(segmentHitsBox(box, -5, 5, 20, 5)).toBe(true);
    expect(segmentHitsBox(box, -5, 15, 20, 15)).toBe(false);
    expect(segmentHitsBox(box, -5, -20, 20, 30)).toBe(true);
  });
});

describe("layoutLabels", () => {
  it("should label every node of a small crowded network without any overlap", () => {
    const nodes = Array.from({ length: 20 }, (_, i) => ({
      key: `n${i}`,
      x: 60 + (i % 5) * 90,
      y: 40 + Math.floor(i / 5) * 70,
      size: 6,
      label: `Factor nummer ${i} met een lange naam`,
      priority: i,
    }));
    const placed = layoutLabels(nodes, [], { width: 500, height: 320, measure, fontSize: 12, labelAll: true });
    expect(placed).toHaveLength(20);
    for (let i = 0; i < placed.length; i++) {
      const a = placed[i]!;
      expect(a.x >= 0 && a.y >= 0 && a.x + a.width <= 500 && a.y + a.height <= 320).toBe(true);
      for (let j = i + 1; j < placed.length; j++) expect(overlap(a, placed[j]!)).toBe(false);
      for (const n of nodes) expect(boxHitsDisc(a, n.x, n.y, n.size)).toBe(false);
    }
  });

  it("should move a label off an edge, and leave an unplaceable unimportant label out", () => {
    const nodes = [
      { key: "a", x: 100, y: 100, size: 5, label: "Alpha", priority: 2 },
      { key: "b", x: 300, y: 100, size: 5, label: "Beta", priority: 1 },
    ];
    // An edge runs just right of a: the label must not be drawn across it.
    const edges = [
      {
        from: "x",
        to: "y",
        points: [
          { x: 120, y: 0 },
          { x: 120, y: 400 },
        ],
      },
    ];
    const placed = layoutLabels(nodes, edges, { width: 400, height: 200, measure, fontSize: 12, labelAll: false });
    const alpha = placed.find((p) => p.key === "a")!;
    expect(alpha.crossings).toBe(0);
    expect(segmentHitsBox(alpha, 120, 0, 120, 400)).toBe(false);
  });

  it("should put forced labels first", () => {
    const nodes = [
      { key: "big", x: 100, y: 50, size: 5, label: "Grote factor", priority: 10 },
      { key: "small", x: 100, y: 62, size: 5, label: "Kleine factor", priority: 1, forced: true },
    ];
    const placed = layoutLabels(nodes, [], { width: 300, height: 120, measure, fontSize: 12, labelAll: false });
    expect(placed[0]!.key).toBe("small");
  });
});
