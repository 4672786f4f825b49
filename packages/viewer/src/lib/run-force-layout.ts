/// <reference path="./forceatlas2-modules.d.ts" />

import forceAtlas2 from "graphology-layout-forceatlas2";
import FA2_DEFAULTS from "graphology-layout-forceatlas2/defaults.js";
// Deep CJS imports with explicit files (plain Node refuses directory imports).
import * as helpers from "graphology-layout-forceatlas2/helpers.js";
import iterate from "graphology-layout-forceatlas2/iterate.js";
import workerFunction from "graphology-layout-forceatlas2/webworker.js";
import type { AbstractGraph as Graph } from "graphology-types";

/** How the layout ran. */
export type LayoutMode = "worker" | "main-thread";

/** Options of {@link runForceLayout}. */
export interface ForceLayoutOptions {
  /** Maximum iterations. */
  iterations: number;
  /** Try a web worker first (built from a Blob). */
  useWorker: boolean;
  /** Stop early when the mean move per iteration falls below this share of the layout's extent (default 0.0005). */
  settleThreshold?: number | undefined;
  /** Called after positions were written to the graph. */
  onProgress?: ((iteration: number) => void) | undefined;
  /** Called once when the layout stops by itself (not when cancelled). */
  onDone?: ((result: { iterations: number; mode: LayoutMode }) => void) | undefined;
  /** Least milliseconds between two writes of positions into the graph (each write redraws); default grows with the graph's size. */
  minUpdateMs?: number | undefined;
  /** Milliseconds of work per main-thread slice (default 12). */
  sliceMs?: number | undefined;
  /**
   * True while the reader interacts (pans, zooms, hovers): positions are then not written (each write redraws the
   * whole network), so redraws stay off the interaction path; the iterations go on and the newest positions are
   * written once the reader pauses.
   */
  isBusy?: (() => boolean) | undefined;
}

/** A running layout. */
export interface ForceLayoutHandle {
  /** Stop and release the worker; safe to call more than once. */
  stop(): void;
  /** Where the iterations run now. */
  readonly mode: LayoutMode;
  /** Iterations done so far. */
  readonly iterations: number;
}

interface Matrices {
  nodes: Float32Array;
  edges: Float32Array;
}

/**
 * Run ForceAtlas2 on a graph and write positions into it as it goes. Iterations run in a web worker
 * made from a Blob (no separate file, so it works from a file:// page and inside one inlined bundle); when a
 * worker cannot be created or fails (e.g. a Content-Security-Policy without `worker-src blob:`), the
 * same iterations run on the main thread in short slices. Both paths execute the same iteration code
 * on the same start, so the result is the same; the layout stops by itself after `iterations` or once settled.
 *
 * @param graph The graph, with x/y already set (not all equal).
 * @param options Iterations, worker use and callbacks.
 * @returns A handle to stop it.
 */
export function runForceLayout(graph: Graph, options: ForceLayoutOptions): ForceLayoutHandle {
  // The defaults must be merged in: without `barnesHutTheta` Barnes–Hut never approximates (100× slower).
  const settings = {
    ...FA2_DEFAULTS,
    ...forceAtlas2.inferSettings(graph),
    edgeWeightInfluence: 0.5,
    adjustSizes: false,
  };
  const threshold = options.settleThreshold ?? 0.0005;
  const sliceMs = options.sliceMs ?? 12;
  // Big graphs redraw slowly: writing positions at every iteration would leave no time for interaction
  // (5,000 nodes and 20,000 edges: at most one redraw every 1.25 s while the layout runs).
  const minUpdateMs = options.minUpdateMs ?? Math.min(1500, (graph.order + graph.size) / 20);
  const busy = options.isBusy ?? (() => false);
  let lastUpdate = Number.NEGATIVE_INFINITY;
  // One position write in flight at a time, and a pause of twice its drawing time before the next, so
  // that at least half of the frames stay free for panning, zooming and hovering on slow (software) GPUs.
  let drawing = false;
  let lastDrawMs = 0;
  const measureDraw = (start: number) => {
    if (typeof requestAnimationFrame === "undefined") return;
    drawing = true;
    requestAnimationFrame(() =>
      requestAnimationFrame(() => {
        drawing = false;
        lastDrawMs = performance.now() - start;
      }),
    );
  };
  const matrices: Matrices = helpers.graphToByteArrays(graph, (_e: string, attr: Record<string, unknown>) =>
    typeof attr["weight"] === "number" ? (attr["weight"] as number) : 1,
  );
  let done = 0;
  let stopped = false;
  let mode: LayoutMode = "main-thread";
  let worker: Worker | null = null;
  let watchdog: ReturnType<typeof setTimeout> | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let removeViolationListener = () => {};

  const finish = () => {
    if (stopped) return;
    cleanup();
    options.onDone?.({ iterations: done, mode });
  };
  const cleanup = () => {
    stopped = true;
    if (watchdog) clearTimeout(watchdog);
    if (timer) clearTimeout(timer);
    removeViolationListener();
    worker?.terminate();
    worker = null;
  };
  /** Write one iteration's result back; returns true when the layout should stop. */
  const accept = (next: Float32Array): boolean => {
    const moved = meanMove(matrices.nodes, next);
    matrices.nodes = next;
    done++;
    const stop = done >= options.iterations || (done > 20 && moved < threshold * extent(next));
    const now = performance.now();
    if (stop || (!drawing && !busy() && now - lastUpdate >= Math.max(minUpdateMs, 2 * lastDrawMs))) {
      helpers.assignLayoutChanges(graph, next, null);
      lastUpdate = now;
      options.onProgress?.(done);
      measureDraw(now);
    }
    return stop;
  };

  const runOnMainThread = () => {
    mode = "main-thread";
    const slice = () => {
      if (stopped) return;
      const t0 = performance.now();
      while (performance.now() - t0 < sliceMs) {
        const next = new Float32Array(matrices.nodes);
        iterate(settings, next, matrices.edges);
        if (accept(next)) return finish();
      }
      timer = setTimeout(slice, 0);
    };
    timer = setTimeout(slice, 0);
  };

  const startWorker = (): boolean => {
    try {
      const url = URL.createObjectURL(
        new Blob([`(${workerFunction.toString()}).call(this);`], { type: "text/javascript" }),
      );
      worker = new Worker(url);
      URL.revokeObjectURL(url);
    } catch {
      worker = null;
      return false;
    }
    mode = "worker";
    const fallBack = () => {
      if (stopped || mode !== "worker") return;
      worker?.terminate();
      worker = null;
      runOnMainThread();
    };
    // A worker blocked by a CSP may neither throw nor report an error: listen for the policy violation,
    // and give the worker a generous moment to answer (the main thread may be busy drawing meanwhile).
    const onViolation = (event: SecurityPolicyViolationEvent) => {
      if (event.effectiveDirective.startsWith("worker-src") || event.effectiveDirective.startsWith("script-src"))
        fallBack();
    };
    if (typeof document !== "undefined") {
      document.addEventListener("securitypolicyviolation", onViolation);
      removeViolationListener = () => document.removeEventListener("securitypolicyviolation", onViolation);
    }
    watchdog = setTimeout(fallBack, 8000);
    worker.addEventListener("error", fallBack);
    worker.addEventListener("message", (event: MessageEvent<{ nodes: ArrayBuffer }>) => {
      if (stopped || mode !== "worker") return;
      if (watchdog) clearTimeout(watchdog);
      watchdog = undefined;
      removeViolationListener();
      if (accept(new Float32Array(event.data.nodes))) return finish();
      ask(false);
    });
    ask(true);
    return true;
  };
  const ask = (withEdges: boolean) => {
    const nodes = new Float32Array(matrices.nodes).buffer;
    const payload: Record<string, unknown> = { settings, nodes };
    const transfer: ArrayBuffer[] = [nodes];
    if (withEdges) {
      const edges = new Float32Array(matrices.edges).buffer;
      payload["edges"] = edges;
      transfer.push(edges);
    }
    worker?.postMessage(payload, transfer);
  };

  if (options.iterations <= 0 || graph.order < 2) {
    queueMicrotask(finish);
  } else if (!(options.useWorker && typeof Worker !== "undefined" && startWorker())) {
    runOnMainThread();
  }
  return {
    stop: cleanup,
    get mode() {
      return mode;
    },
    get iterations() {
      return done;
    },
  };
}

const PPN = 10; // values per node in graphology's FA2 matrix

function meanMove(a: Float32Array, b: Float32Array): number {
  let sum = 0;
  const n = a.length / PPN;
  for (let i = 0; i < a.length; i += PPN) sum += Math.hypot(b[i]! - a[i]!, b[i + 1]! - a[i + 1]!);
  return n ? sum / n : 0;
}

function extent(m: Float32Array): number {
  let minX = Number.POSITIVE_INFINITY;
  let maxX = Number.NEGATIVE_INFINITY;
  let minY = Number.POSITIVE_INFINITY;
  let maxY = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < m.length; i += PPN) {
    minX = Math.min(minX, m[i]!);
    maxX = Math.max(maxX, m[i]!);
    minY = Math.min(minY, m[i + 1]!);
    maxY = Math.max(maxY, m[i + 1]!);
  }
  return Math.max(maxX - minX, maxY - minY, 1e-9);
}
