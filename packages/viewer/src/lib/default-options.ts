import { errorPrefix, InvalidArgumentsError } from "@verlicht/core";

/** Interface language of the viewer. */
export type ViewerLocale = "nl" | "en";

/** How node positions are computed. `auto` picks `preset` when every node has x/y, `layered` for logic models, else `force`. */
export type ViewerLayout = "auto" | "force" | "layered" | "preset";

/** Which support count `minSupport` and edge widths read. */
export type SupportMeasure = "sources" | "cases" | "citations";

/** What is shown: edges below `minSupport` or outside the listed types/groups, and nodes outside the listed kinds, are hidden. */
export interface ViewerFilter {
  /** Minimum support of an edge (counted by `supportMeasure`); 0 shows all. */
  minSupport?: number | undefined;
  /** Edge types to show (`causal_pos`, …); `null`/absent shows all. */
  types?: ReadonlyArray<string> | null | undefined;
  /** Groups to show (an edge is shown when one of its `groups` is listed); `null`/absent shows all. */
  groups?: ReadonlyArray<string> | null | undefined;
  /** Node kinds to show (`intervention`, `outcome`, …; `""` for nodes without a kind); `null`/absent shows all. */
  kinds?: ReadonlyArray<string> | null | undefined;
}

/** Options of `createNetworkViewer`. */
export interface ViewerOptions {
  /** Interface language (default `nl`). */
  locale?: ViewerLocale | undefined;
  /** Layout (default `auto`). */
  layout?: ViewerLayout | undefined;
  /** Seed of the deterministic start positions and of community detection (default 1). */
  seed?: number | undefined;
  /** Colour nodes by their `kind` or by detected community (default `kind`). */
  colourBy?: "kind" | "community" | undefined;
  /** Size nodes by degree or by support (default `degree`). */
  sizeBy?: "degree" | "support" | undefined;
  /** Support count used by the filter and edge widths (default `sources`). */
  supportMeasure?: SupportMeasure | undefined;
  /** Maximum number of ForceAtlas2 iterations; the layout also stops earlier once it has settled (default 400). */
  layoutIterations?: number | undefined;
  /** Run ForceAtlas2 in a web worker built from a Blob (default true); falls back to the main thread in slices when a worker cannot start (e.g. a CSP without `worker-src blob:`). */
  useWorker?: boolean | undefined;
  /** Logic-model stages, left to right; each lists the node kinds that belong to it (used by the layered layout). */
  stages?: ReadonlyArray<ReadonlyArray<string>> | undefined;
  /** The filter applied at start. */
  filter?: ViewerFilter | undefined;
  /** Show the toolbar (search, support slider, text list toggle) (default true). */
  toolbar?: boolean | undefined;
  /** Show the legend (default true). */
  legend?: boolean | undefined;
  /** Show the details panel on click (default true). */
  panel?: boolean | undefined;
}

/** Options with every field filled in. */
export interface ResolvedViewerOptions {
  locale: ViewerLocale;
  layout: ViewerLayout;
  seed: number;
  colourBy: "kind" | "community";
  sizeBy: "degree" | "support";
  supportMeasure: SupportMeasure;
  layoutIterations: number;
  useWorker: boolean;
  stages: ReadonlyArray<ReadonlyArray<string>>;
  filter: ViewerFilter;
  toolbar: boolean;
  legend: boolean;
  panel: boolean;
}

/** Default options of the viewer. Stages follow the programme's chain middelen → activiteiten → prestaties → effecten. */
export const DEFAULT_OPTIONS: Readonly<ResolvedViewerOptions> = Object.freeze({
  locale: "nl",
  layout: "auto",
  seed: 1,
  colourBy: "kind",
  sizeBy: "degree",
  supportMeasure: "sources",
  layoutIterations: 400,
  useWorker: true,
  stages: [
    ["resource", "resources", "input", "inputs", "middelen"],
    ["activity", "activities", "activiteit", "activiteiten", "intervention"],
    ["output", "outputs", "prestatie", "prestaties"],
    ["outcome", "outcomes", "effect", "effects", "effecten", "goal", "impact"],
  ],
  filter: {},
  toolbar: true,
  legend: true,
  panel: true,
});

const PREFIX = errorPrefix("viewer", "createNetworkViewer");

/**
 * Fill in defaults and check option values (programmer errors throw `InvalidArgumentsError`).
 *
 * @param options The options given by the caller, or nothing.
 * @returns Options with every field set.
 */
export function resolveOptions(options?: ViewerOptions | null): ResolvedViewerOptions {
  const o: ResolvedViewerOptions = { ...DEFAULT_OPTIONS };
  if (options) {
    for (const [key, value] of Object.entries(options)) {
      if (value !== undefined) (o as unknown as Record<string, unknown>)[key] = value;
    }
  }
  const oneOf = (name: string, value: unknown, allowed: ReadonlyArray<string>) => {
    if (!allowed.includes(value as string)) {
      throw new InvalidArgumentsError(
        `${PREFIX}expected option \`${name}\` to be one of ${allowed.map((a) => `"${a}"`).join(", ")}, got ${JSON.stringify(value)}`,
      );
    }
  };
  oneOf("locale", o.locale, ["nl", "en"]);
  oneOf("layout", o.layout, ["auto", "force", "layered", "preset"]);
  oneOf("colourBy", o.colourBy, ["kind", "community"]);
  oneOf("sizeBy", o.sizeBy, ["degree", "support"]);
  oneOf("supportMeasure", o.supportMeasure, ["sources", "cases", "citations"]);
  if (!Number.isInteger(o.layoutIterations) || o.layoutIterations < 0) {
    throw new InvalidArgumentsError(
      `${PREFIX}expected option \`layoutIterations\` to be a whole number ≥ 0, got ${JSON.stringify(o.layoutIterations)}`,
    );
  }
  if (!Number.isFinite(o.seed)) {
    throw new InvalidArgumentsError(`${PREFIX}expected option \`seed\` to be a number, got ${JSON.stringify(o.seed)}`);
  }
  return o;
}
