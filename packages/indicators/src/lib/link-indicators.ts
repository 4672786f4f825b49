import type { LinkedIndicator, Locale, Message, SerializedNetwork } from "@verlicht/core";
import { DEFAULT_CATALOGUE } from "./default-catalogue.js";
import type { GoalStatus } from "./evaluate-goal.js";
import { indicatorsMessages } from "./messages.js";
import { type LinksInput, normaliseLinks } from "./normalise-links.js";
import { type NetworkInput, readNetwork } from "./read-network.js";
import type { Catalogue, IndicatorLink } from "./schemas.js";

/** Options of {@link linkIndicators}. */
export interface LinkIndicatorsOptions {
  /** Catalogue for labels and to check indicator ids (default the shipped one). */
  catalogue?: Readonly<Catalogue> | undefined;
  /** Statuses per indicator id (e.g. from `evaluateGoal`), shown as badges by the viewer. */
  statuses?: Readonly<Record<string, GoalStatus>> | undefined;
  /** Label language (default `nl`). */
  language?: "nl" | "en" | undefined;
  /** Language of the messages (default English). */
  locale?: Locale | undefined;
}

/** Result of {@link linkIndicators}. */
export interface LinkIndicatorsResult {
  /** A copy of the network (serialised) whose linked nodes carry `indicators: [{id, label, status?}]`. */
  value: SerializedNetwork;
  /** Indicator links per construct (only constructs in the network). */
  byConstruct: Record<string, IndicatorLink[]>;
  /** `unknown-construct` (link names no node) and `unknown-indicator` (not in the catalogue) warnings. */
  messages: Message[];
}

/**
 * Attach indicators to the constructs (nodes) of an assumption network, for the viewer's badges and
 * for {@link assessAssumptions}. The input is not changed; a serialised copy is returned.
 *
 * @param network A graphology graph or a `SerializedNetwork`.
 * @param links Construct → indicator links (see `parseLinks`).
 * @param options See {@link LinkIndicatorsOptions}.
 * @returns The linked network, the links per construct and messages.
 */
export function linkIndicators(
  network: NetworkInput,
  links: LinksInput,
  options?: LinkIndicatorsOptions | null,
): LinkIndicatorsResult {
  const plain = readNetwork(network, "linkIndicators");
  const catalogue = options?.catalogue ?? DEFAULT_CATALOGUE;
  const language = options?.language ?? "nl";
  const indicators = new Map(catalogue.indicators.map((i) => [i.id, i]));
  const keys = new Set(plain.nodes.map((n) => n.key));
  const messages: Message[] = [];
  const byConstruct: Record<string, IndicatorLink[]> = {};
  const reportedIndicators = new Set<string>();
  for (const link of normaliseLinks(links, "linkIndicators")) {
    if (!keys.has(link.construct)) {
      messages.push(
        indicatorsMessages.create("unknown-construct", {
          severity: "warning",
          params: { construct: link.construct, indicatorId: link.indicatorId },
          actual: link.construct,
          locale: options?.locale,
        }),
      );
      continue;
    }
    if (!indicators.has(link.indicatorId) && !reportedIndicators.has(link.indicatorId)) {
      reportedIndicators.add(link.indicatorId);
      messages.push(
        indicatorsMessages.create("unknown-indicator", {
          severity: "warning",
          params: { indicatorId: link.indicatorId },
          actual: link.indicatorId,
          locale: options?.locale,
        }),
      );
    }
    const list = byConstruct[link.construct] ?? [];
    list.push(link);
    byConstruct[link.construct] = list;
  }
  const value: SerializedNetwork = {
    attributes: plainAttributes(network),
    options: { type: "directed", multi: true, allowSelfLoops: true },
    nodes: plain.nodes.map((n) => {
      const attributes = { label: n.key, ...n.attributes } as SerializedNetwork["nodes"][number]["attributes"];
      const linked = byConstruct[n.key];
      if (linked) {
        attributes.indicators = linked.map((l) => {
          const badge: LinkedIndicator = { id: l.indicatorId };
          const label = indicators.get(l.indicatorId)?.label;
          if (label) badge.label = (language === "en" ? label.en : undefined) ?? label.nl;
          const status = options?.statuses?.[l.indicatorId];
          if (status) badge.status = status;
          return badge;
        });
      }
      return { key: n.key, attributes };
    }),
    edges: plain.edges.map((e) => {
      const edge: SerializedNetwork["edges"][number] = {
        key: e.key,
        source: e.source,
        target: e.target,
        attributes: {
          type: e.type ?? "",
          weight: 1,
          support: { citations: 0, sources: 0, cases: 0 },
          citations: [],
          ...e.attributes,
          valence: e.valence,
        } as SerializedNetwork["edges"][number]["attributes"],
      };
      if (e.undirected) edge.undirected = true;
      return edge;
    }),
  };
  return { value, byConstruct, messages };
}

function plainAttributes(network: NetworkInput): Record<string, unknown> {
  const graph = network as { getAttributes?: () => Record<string, unknown>; attributes?: Record<string, unknown> };
  if (typeof graph.getAttributes === "function") return { ...graph.getAttributes() };
  return { ...(graph.attributes ?? {}) };
}
