import { errorPrefix, InvalidArgumentsError, NotFoundError, UsageError } from "@verlicht/core";
import type Sigma from "sigma";
import { bindKeyboard } from "./bind-keyboard.js";
import { buildViewGraph, type ViewEdgeAttributes, type ViewNodeAttributes } from "./build-view-graph.js";
import { computeVisibility } from "./compute-visibility.js";
import { createRejectedViewer } from "./create-rejected-viewer.js";
import { resolveOptions, type ViewerFilter, type ViewerOptions } from "./default-options.js";
import { edgeDetails, indexNetwork, nodeDetails, renderTextList } from "./details-panel.js";
import { fitToAspect } from "./fit-layout.js";
import { graphToScene } from "./graph-to-scene.js";
import type { NetworkViewer, ViewerEvents } from "./network-viewer.js";
import { readNetwork } from "./read-network.js";
import { type ForceLayoutHandle, runForceLayout } from "./run-force-layout.js";
import { searchNodes } from "./search-nodes.js";
import { toSvg } from "./to-svg.js";
import type { ViewState } from "./view-state.js";
import { buildSkeleton, injectStyles, renderError, renderLegend } from "./viewer-dom.js";
import { viewerCount, viewerText } from "./viewer-text.js";

const PREFIX = errorPrefix("viewer", "createNetworkViewer");
/** Above this many edges, hovering does not dim the rest of the network. */
const HOVER_DIM_LIMIT = 10_000;
/** Milliseconds after the last pointer or key event during which the layout does not redraw. */
const BUSY_MS = 400;

/**
 * Embed an interactive view of an assumption network in a container element.
 *
 * @param container The element to draw into; the viewer fills it (give it a height).
 * @param network A serialised network (`SerializedNetworkSchema` of `@verlicht/core`), as an object or JSON text.
 *   Invalid input is shown as an error inside the container; it does not throw.
 * @param options Language, layout, colours, sizes, initial filter and which parts to show.
 * @returns The viewer.
 * @example
 * ```ts
 * const viewer = createNetworkViewer(document.getElementById("net")!, network, {locale: "en"});
 * viewer.on("select", (s) => console.log(s));
 * ```
 */
export function createNetworkViewer(
  container: HTMLElement,
  network: unknown,
  options?: ViewerOptions | null,
): NetworkViewer {
  if (typeof HTMLElement === "undefined" || !(container instanceof HTMLElement)) {
    throw new InvalidArgumentsError(
      `${PREFIX}expected a DOM element as container, got ${container === null ? "null" : typeof container}; run this in a browser`,
    );
  }
  const opts = resolveOptions(options);
  const t = (k: Parameters<typeof viewerText>[1], v?: Record<string, string | number>) => viewerText(opts.locale, k, v);
  const listeners = new Map<string, Set<(p: never) => void>>();
  const emit = <E extends keyof ViewerEvents>(event: E, payload: ViewerEvents[E]) => {
    for (const h of listeners.get(event) ?? []) (h as (p: ViewerEvents[E]) => void)(payload);
  };
  const cleanups: Array<() => void> = [];
  let destroyed = false;
  injectStyles(container);

  const { value: net, messages } = readNetwork(network);
  const base = {
    messages,
    on<E extends keyof ViewerEvents>(event: E, handler: (payload: ViewerEvents[E]) => void) {
      const set = listeners.get(event) ?? new Set();
      listeners.set(event, set);
      set.add(handler as (p: never) => void);
      return () => set.delete(handler as (p: never) => void);
    },
  };
  if (!net) {
    const box = renderError(container, messages, opts.locale);
    return createRejectedViewer(
      base,
      messages,
      () => box.remove(),
      () => emit("ready", { nodes: 0, edges: 0, ok: false }),
    );
  }

  const index = indexNetwork(net);
  const view = buildViewGraph(net, opts);
  const graph = view.graph;
  let filter: ViewerFilter = { ...opts.filter };
  const state: ViewState = {
    visibility: computeVisibility(net, filter, opts.supportMeasure),
    hovered: null,
    selected: null,
    path: null,
    anchor: null,
    neighbourhood: null,
    searchHits: new Set(),
  };
  const updateNeighbourhood = () => {
    const anchor = state.hovered ?? (state.selected?.type === "node" ? state.selected.key : null);
    if (anchor === state.anchor) return;
    state.anchor = anchor;
    state.neighbourhood =
      anchor === null || !graph.hasNode(anchor) ? null : new Set([anchor, ...graph.neighbors(anchor)]);
  };
  const maxSupport = Math.max(0, ...net.edges.map((e) => e.attributes.support[opts.supportMeasure]));
  const dom = buildSkeleton(opts.locale, maxSupport, opts);
  container.append(dom.root);
  renderLegend(dom.legend, view.categories, opts.locale);
  let renderer: Sigma<ViewNodeAttributes, ViewEdgeAttributes> | null = null;
  let layout: ForceLayoutHandle | null = null;
  let layoutRunning = false;

  const showCounts = () => {
    dom.status.textContent = t("nodesAndLinks", {
      nodes: viewerCount(opts.locale, "factor", state.visibility.nodes.size),
      edges: viewerCount(opts.locale, "link", state.visibility.edges.size),
    });
  };
  // Display-only changes (hover, selection, search, path) skip re-indexing; filters need the full refresh.
  const refresh = (full = false) => {
    updateNeighbourhood();
    renderer?.refresh(full ? undefined : { skipIndexation: true });
  };
  const select = (selection: ViewState["selected"]) => {
    state.selected = selection;
    if (opts.panel && selection) {
      const parts =
        selection.type === "node"
          ? nodeDetails(index, selection.key, opts.locale, opts.supportMeasure)
          : edgeDetails(index, selection.key, opts.locale);
      const close = document.createElement("button");
      close.type = "button";
      close.className = "vlv-close";
      close.textContent = t("close");
      close.addEventListener("click", () => select(null));
      dom.panel.replaceChildren(close, ...parts);
      dom.panel.hidden = false;
    } else {
      dom.panel.hidden = true;
      dom.panel.replaceChildren();
    }
    refresh();
    emit("select", selection);
  };
  const renderList = () => {
    if (!dom.textList.hidden) renderTextList(dom.textList, index, state.visibility, opts.locale);
  };

  const viewer: NetworkViewer = {
    ...base,
    ready: Promise.resolve(),
    destroy() {
      if (destroyed) return;
      destroyed = true;
      layout?.stop();
      renderer?.kill();
      renderer = null;
      for (const c of cleanups) c();
      dom.root.remove();
      listeners.clear();
    },
    setFilter(next) {
      filter = { ...next };
      state.visibility = computeVisibility(net, filter, opts.supportMeasure);
      dom.support.value = String(filter.minSupport ?? 0);
      dom.supportValue.value = String(filter.minSupport ?? 0);
      if (
        state.selected &&
        !(state.selected.type === "node" ? state.visibility.nodes : state.visibility.edges).has(state.selected.key)
      )
        select(null);
      refresh();
      showCounts();
      renderList();
      const counts = { nodes: state.visibility.nodes.size, edges: state.visibility.edges.size };
      emit("filter", counts);
      return counts;
    },
    search(text) {
      const hits = searchNodes(net, text).filter((h) => state.visibility.nodes.has(h.node));
      state.searchHits = new Set(hits.map((h) => h.node));
      dom.status.textContent =
        text.trim() === ""
          ? ""
          : hits.length === 1
            ? t("result_one")
            : hits.length
              ? t("results", { count: hits.length })
              : t("noResults");
      refresh();
      return hits;
    },
    focus(nodeId) {
      if (!graph.hasNode(nodeId))
        throw new NotFoundError(
          `${errorPrefix("viewer", "focus")}no node "${nodeId}" in this network; use one of the keys in network.nodes`,
        );
      select({ type: "node", key: nodeId });
      const data = renderer?.getNodeDisplayData(nodeId);
      if (renderer && data)
        void renderer
          .getCamera()
          .animate({ x: data.x, y: data.y, ratio: Math.min(renderer.getCamera().ratio, 0.6) }, { duration: 300 });
    },
    highlightPath(path) {
      if (path === null) {
        state.path = null;
        refresh();
        return;
      }
      const nodes = Array.isArray(path)
        ? (path as ReadonlyArray<string>)
        : (path as { nodes: ReadonlyArray<string> }).nodes;
      const given = Array.isArray(path) ? undefined : (path as { edges?: ReadonlyArray<string> }).edges;
      const edges = new Set(given ?? []);
      if (!given)
        for (let i = 0; i + 1 < nodes.length; i++)
          if (graph.hasNode(nodes[i]!) && graph.hasNode(nodes[i + 1]!))
            for (const e of graph.edges(nodes[i]!, nodes[i + 1]!)) edges.add(e);
      state.path = { nodes: new Set(nodes), edges };
      refresh();
    },
    async exportImage() {
      if (!renderer)
        throw new UsageError(
          `${errorPrefix("viewer", "exportImage")}there is no drawing to export (WebGL unavailable or viewer destroyed)`,
        );
      renderer.refresh();
      const { width, height } = renderer.getDimensions();
      const ratio = window.devicePixelRatio || 1;
      const out = document.createElement("canvas");
      out.width = Math.round(width * ratio);
      out.height = Math.round(height * ratio);
      const ctx = out.getContext("2d")!;
      ctx.fillStyle = "#ffffff";
      ctx.fillRect(0, 0, out.width, out.height);
      // Read the canvases in the same task as the render: WebGL buffers are not preserved afterwards.
      for (const canvas of Object.values(renderer.getCanvases())) ctx.drawImage(canvas, 0, 0, out.width, out.height);
      return new Promise<Blob>((resolve, reject) =>
        out.toBlob((b) => (b ? resolve(b) : reject(new Error("PNG encoding failed"))), "image/png"),
      );
    },
    exportSvg() {
      const rect = dom.stage.getBoundingClientRect();
      return toSvg(
        graphToScene(graph, state.visibility, {
          width: rect.width || 800,
          height: rect.height || 600,
          title: net.attributes.name ?? t("title"),
        }),
      );
    },
    getNodeViewportPosition(nodeId) {
      const data = renderer?.getNodeDisplayData(nodeId);
      if (!renderer || !data || !state.visibility.nodes.has(nodeId)) return null;
      return renderer.framedGraphToViewport(data);
    },
    getVisibleLabels: () => state.placedLabels?.() ?? [],
    getNodeDiscs() {
      const r = renderer;
      if (!r) return [];
      const out: Array<{ key: string; x: number; y: number; size: number }> = [];
      graph.forEachNode((key) => {
        const d = r.getNodeDisplayData(key);
        if (!d || d.hidden) return;
        const p = r.framedGraphToViewport(d);
        out.push({ key, x: p.x, y: p.y, size: r.scaleSize(d.size) });
      });
      return out;
    },
    getLayoutState: () => ({
      layout: view.layout,
      running: layoutRunning,
      iterations: layout?.iterations ?? 0,
      mode: layout?.mode ?? null,
    }),
  };

  // When the reader last touched the drawing: the layout does not redraw during interaction.
  let lastInteraction = Number.NEGATIVE_INFINITY;
  const touched = () => {
    lastInteraction = performance.now();
  };
  for (const type of ["pointermove", "pointerdown", "wheel", "keydown"] as const) {
    dom.stage.addEventListener(type, touched, { passive: true });
    cleanups.push(() => dom.stage.removeEventListener(type, touched));
  }
  const willLayout = view.layout === "force" && opts.layoutIterations > 0 && graph.order > 1;
  // Big graphs skip the label pass while the layout runs, the first frame included.
  state.layoutRunning = willLayout;
  const start = async () => {
    try {
      const { createRenderer } = await import("./render-sigma.js");
      if (destroyed) return;
      renderer = createRenderer(dom.stage, graph, state, {
        clickNode: (node) => {
          emit("clickNode", { node });
          select({ type: "node", key: node });
        },
        clickEdge: (edge) => {
          emit("clickEdge", { edge });
          select({ type: "edge", key: edge });
        },
        clickStage: () => select(null),
        hoverNode: (node) => {
          // Dimming re-processes every node and edge; on very large graphs hovering only shows sigma's own label box.
          if (graph.size > HOVER_DIM_LIMIT) return;
          state.hovered = node;
          refresh();
        },
      });
    } catch (error) {
      dom.status.textContent = t("noWebgl");
      dom.textList.hidden = false;
      dom.listToggle.setAttribute("aria-expanded", "true");
      renderList();
      console.warn(`${PREFIX}${(error as Error).message}`);
      emit("ready", { nodes: state.visibility.nodes.size, edges: state.visibility.edges.size, ok: false });
      return;
    }
    showCounts();
    const fit = () => {
      if (!renderer || view.layout === "preset") return;
      const { width, height } = renderer.getDimensions();
      const pad = renderer.getSetting("stagePadding") ?? 0;
      if (width > 2 * pad && height > 2 * pad) fitToAspect(graph, (width - 2 * pad) / (height - 2 * pad));
      renderer.refresh();
    };
    if (willLayout) {
      layoutRunning = true;
      dom.stage.setAttribute("aria-busy", "true");
      layout = runForceLayout(graph, {
        iterations: opts.layoutIterations,
        useWorker: opts.useWorker,
        onProgress: () => {
          state.layoutMoving = true;
        },
        isBusy: () => performance.now() - lastInteraction < BUSY_MS || Boolean(renderer?.getCamera().isAnimated()),
        onDone: (result) => {
          layoutRunning = false;
          state.layoutRunning = false;
          state.layoutMoving = false;
          fit();
          dom.stage.removeAttribute("aria-busy");
          emit("layoutStop", result);
        },
      });
    } else fit();
    emit("ready", { nodes: state.visibility.nodes.size, edges: state.visibility.edges.size, ok: true });
  };
  (viewer as { ready: Promise<void> }).ready = start();
  cleanups.push(
    bindKeyboard(dom, {
      camera: () => renderer?.getCamera() ?? null,
      clear: () => {
        state.path = null;
        select(null);
      },
      search: (text) => viewer.search(text),
      focus: (key) => viewer.focus(key),
      setMinSupport: (n) => viewer.setFilter({ ...filter, minSupport: n }),
      toggleList: (open) => {
        dom.textList.hidden = !open;
        renderList();
      },
    }),
  );
  if (opts.filter && Object.keys(opts.filter).length) showCounts();
  return viewer;
}
