import { errorPrefix, type Message, UsageError } from "@verlicht/core";
import type { NetworkViewer } from "./network-viewer.js";

const PREFIX = errorPrefix("viewer", "createNetworkViewer");

/**
 * The viewer returned for input that was rejected: the error box is shown in the container, the
 * methods that only display do nothing, and those that must return a result throw `UsageError`.
 *
 * @param base The `messages` and `on` members shared with a working viewer.
 * @param messages Why the input was rejected.
 * @param remove Removes the error box.
 * @param announce Emits the `ready` event (with `ok: false`).
 * @returns A viewer without a network.
 */
export function createRejectedViewer(
  base: Pick<NetworkViewer, "messages" | "on">,
  messages: ReadonlyArray<Message>,
  remove: () => void,
  announce: () => void,
): NetworkViewer {
  const noNetwork = () => {
    throw new UsageError(
      `${PREFIX}the network was rejected (${messages[0]?.reason ?? "invalid input"}); see viewer.messages`,
    );
  };
  return {
    ...base,
    ready: Promise.resolve().then(announce),
    destroy: remove,
    setFilter: () => ({ nodes: 0, edges: 0 }),
    search: () => [],
    focus: noNetwork,
    highlightPath: () => undefined,
    exportImage: () => Promise.reject(new UsageError(`${PREFIX}nothing to export: the network was rejected`)),
    exportSvg: noNetwork,
    getNodeViewportPosition: () => null,
    getVisibleLabels: () => [],
    getNodeDiscs: () => [],
    getLayoutState: () => ({ layout: "none", running: false, iterations: 0, mode: null }),
  };
}
