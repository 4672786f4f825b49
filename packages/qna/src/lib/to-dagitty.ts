import { quoteDot } from "./escape-markup.js";
import { compareKeys } from "./index-adjacency.js";
import type { QnaNetwork } from "./types.js";

/** Options of {@link toDagitty}. */
export interface ToDagittyOptions {
  /** Nodes marked `[exposure]` (default: kind `intervention`). */
  exposures?: ReadonlyArray<string> | null | undefined;
  /** Nodes marked `[outcome]` (default: kind `goal`). */
  outcomes?: ReadonlyArray<string> | null | undefined;
  /** Nodes marked `[latent]`. */
  latent?: ReadonlyArray<string> | null | undefined;
  /** Keep only edges with a causal valence (+1, −1, 0); default false keeps every type. */
  causalOnly?: boolean | undefined;
}

/**
 * Write the network as DAGitty model text (`dag { … }`) to paste into dagitty.net: one arrow per
 * (from, to) whatever its types (DAGitty has no signs), interventions as exposures and goals as
 * outcomes by default. DAGitty's adjustment-set analyses need an acyclic graph; assumption networks
 * with feedback loops still load but those analyses refuse them.
 *
 * @param network The network.
 * @param options See {@link ToDagittyOptions}.
 * @returns DAGitty text.
 */
export function toDagitty(network: QnaNetwork, options?: ToDagittyOptions | null): string {
  const byKind = (kind: string) => network.filterNodes((_n, a) => a.kind === kind);
  const exposures = new Set(options?.exposures ?? byKind("intervention"));
  const outcomes = new Set(options?.outcomes ?? byKind("goal"));
  const latent = new Set(options?.latent ?? []);
  const lines = ["dag {"];
  for (const node of network.nodes().sort(compareKeys)) {
    const role = exposures.has(node)
      ? " [exposure]"
      : outcomes.has(node)
        ? " [outcome]"
        : latent.has(node)
          ? " [latent]"
          : "";
    lines.push(`${quoteDot(node)}${role}`);
  }
  const arrows = new Set<string>();
  network.forEachEdge((_e, attrs, from, to) => {
    if (options?.causalOnly && attrs.valence === null) return;
    arrows.add(`${quoteDot(from)} -> ${quoteDot(to)}`);
  });
  lines.push(...[...arrows].sort(compareKeys), "}");
  return `${lines.join("\n")}\n`;
}
