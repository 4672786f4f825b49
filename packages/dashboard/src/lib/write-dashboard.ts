import { mkdirSync, renameSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { errorPrefix, InvalidInputError, validate } from "@verlicht/core";
import { type DashboardDataInput, DashboardDataSchema } from "./dashboard-data.js";
import { readViewerBundle } from "./read-viewer-bundle.js";
import { renderDashboard } from "./render-dashboard.js";

/** Options of {@link writeDashboard}. */
export interface WriteDashboardOptions {
  /** Start language (default `nl`). */
  lang?: "nl" | "en" | undefined;
  /** File name inside the output folder (default `index.html`). */
  fileName?: string | undefined;
  /** Inline the viewer bundle when it is built (default true). */
  viewer?: boolean | undefined;
}

/** What {@link writeDashboard} wrote. */
export interface WriteDashboardResult {
  /** The HTML file. */
  file: string;
  /** Its size in bytes. */
  bytes: number;
  /** How the network is drawn: by the inlined viewer, or `missing` (the page then says so in red). */
  renderer: "viewer" | "missing";
  /** Why the viewer was not inlined, when it was not. */
  viewerReason?: string | undefined;
}

const PREFIX = errorPrefix("dashboard", "writeDashboard");

/**
 * Validate the data, render the dashboard and write it to `<outDir>/index.html` atomically (a temporary
 * file renamed into place, so a reader never sees half a page).
 *
 * @throws {InvalidInputError} when the data does not match {@link DashboardDataSchema}; its `messages` name the fields.
 */
export function writeDashboard(
  data: DashboardDataInput,
  outDir: string,
  options?: WriteDashboardOptions | null,
): WriteDashboardResult {
  const { value, messages } = validate(DashboardDataSchema, data, { source: "dashboard" });
  if (!value) throw new InvalidInputError(`${PREFIX}the dashboard data is not valid`, messages);
  const bundle = options?.viewer === false ? { code: null, reason: "disabled" } : readViewerBundle();
  const html = renderDashboard(value, { lang: options?.lang, viewerBundle: bundle.code });
  mkdirSync(outDir, { recursive: true });
  const file = join(outDir, options?.fileName ?? "index.html");
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(tmp, html);
  renameSync(tmp, file);
  return {
    file,
    bytes: Buffer.byteLength(html),
    renderer: bundle.code ? "viewer" : "missing",
    viewerReason: bundle.code ? undefined : bundle.reason,
  };
}
