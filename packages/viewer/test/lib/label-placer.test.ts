import { describe, expect, it } from "vitest";
import { boxesOverlap, createLabelPlacer } from "../../src/lib/label-placer.js";

const box = (x: number, y: number, width = 100, height = 14) => ({ x, y, width, height });

describe("label placer", () => {
  it("should tell overlapping boxes from boxes that only touch", () => {
    expect(boxesOverlap(box(0, 0), box(50, 5))).toBe(true);
    expect(boxesOverlap(box(0, 0), box(100, 0))).toBe(false);
    expect(boxesOverlap(box(0, 0), box(0, 14))).toBe(false);
  });

  it("should refuse a label that overlaps one placed before it, across grid cells", () => {
    const placer = createLabelPlacer(32);
    expect(placer.place(box(10, 10, 200))).toBe(true);
    expect(placer.place(box(180, 20))).toBe(false);
    expect(placer.place(box(10, 40))).toBe(true);
    expect(placer.placed()).toHaveLength(2);
  });

  it("should always place forced labels (hovered or selected nodes)", () => {
    const placer = createLabelPlacer();
    placer.place(box(0, 0));
    expect(placer.place(box(5, 5), true)).toBe(true);
  });

  it("should start every frame empty after a reset", () => {
    const placer = createLabelPlacer();
    placer.place(box(0, 0));
    placer.reset();
    expect(placer.place(box(0, 0))).toBe(true);
  });

  it("should leave no two placed boxes overlapping among many random labels", () => {
    const placer = createLabelPlacer();
    let seed = 7;
    const random = () => {
      seed = (seed * 16807) % 2147483647;
      return seed / 2147483647;
    };
    for (let i = 0; i < 2000; i++) placer.place(box(random() * 900, random() * 600, 20 + random() * 160));
    const placed = placer.placed();
    expect(placed.length).toBeGreaterThan(50);
    for (let i = 0; i < placed.length; i++) {
      for (let j = i + 1; j < placed.length; j++) expect(boxesOverlap(placed[i]!, placed[j]!)).toBe(false);
    }
  });
});
