import { describe, expect, it } from "vitest";
import { buildViewGraph, resolveOptions, runForceLayout } from "../../src/index.js";
import { loadFixture } from "../load-fixture.js";

function layoutOnce(iterations: number) {
  const { graph } = buildViewGraph(loadFixture("small-network"), resolveOptions());
  return new Promise<{ positions: unknown; iterations: number; mode: string }>((resolve) => {
    // Node has no Worker: this runs the main-thread path in slices.
    runForceLayout(graph, {
      iterations,
      useWorker: true,
      onDone: (r) => resolve({ positions: graph.mapNodes((_, a) => [a.x, a.y]), ...r }),
    });
  });
}

describe("runForceLayout", () => {
  it("should stop by itself and give the same positions on every run", async () => {
    const one = await layoutOnce(60);
    const two = await layoutOnce(60);
    expect(one.mode).toBe("main-thread");
    expect(one.iterations).toBeGreaterThan(20);
    expect(one.iterations).toBeLessThanOrEqual(60);
    expect(two).toEqual(one);
  });

  it("should move nodes from their start positions and stop when asked", async () => {
    const { graph } = buildViewGraph(loadFixture("small-network"), resolveOptions());
    const start = graph.getNodeAttribute("a", "x");
    const handle = runForceLayout(graph, { iterations: 100_000, useWorker: false, settleThreshold: 0 });
    await new Promise((r) => setTimeout(r, 50));
    handle.stop();
    handle.stop();
    const done = handle.iterations;
    expect(done).toBeGreaterThan(0);
    expect(graph.getNodeAttribute("a", "x")).not.toBe(start);
    await new Promise((r) => setTimeout(r, 30));
    expect(handle.iterations).toBe(done);
  });
});
