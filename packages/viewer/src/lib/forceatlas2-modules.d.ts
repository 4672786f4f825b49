// Typings for the untyped internal files of graphology-layout-forceatlas2 that the viewer uses to
// run the same iterations in a Blob worker or on the main thread.
declare module "graphology-layout-forceatlas2/helpers.js" {
  import type { AbstractGraph as Graph } from "graphology-types";
  export function graphToByteArrays(
    graph: Graph,
    getEdgeWeight: (edge: string, attributes: Record<string, unknown>) => number,
  ): { nodes: Float32Array; edges: Float32Array };
  export function assignLayoutChanges(graph: Graph, nodes: Float32Array, outputReducer: null): void;
}
declare module "graphology-layout-forceatlas2/iterate.js" {
  export default function iterate(settings: Record<string, unknown>, nodes: Float32Array, edges: Float32Array): void;
}
declare module "graphology-layout-forceatlas2/webworker.js" {
  export default function worker(): void;
}
declare module "graphology-layout-forceatlas2/defaults.js" {
  const defaults: Record<string, number | boolean>;
  export default defaults;
}
