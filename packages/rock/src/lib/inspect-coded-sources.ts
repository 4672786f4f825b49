import { htmlPage } from "./collect-coded-fragments.js";
import { codeColour, escapeHtml } from "./escape.js";
import { codesOf } from "./to-qualitative-data-table.js";
import type { RockSource } from "./types.js";

/** Options of {@link inspectCodedSources}. */
export interface InspectCodedSourcesOptions {
  /** Page title (default "Coded sources"). */
  title?: string | undefined;
}

/**
 * One HTML page that shows coded sources the way a coder reads them: every utterance with its uid, its
 * codes as coloured labels (one colour per code), code values, network codes as `from → to (type)`,
 * class instances, and a legend with how often each code is used (rock's `inspect_coded_sources` and
 * `export_to_html`). Every text is escaped; the page has no scripts.
 *
 * @param sources Parsed sources.
 * @param options Title.
 * @returns The HTML page.
 */
export function inspectCodedSources(
  sources: ReadonlyArray<RockSource>,
  options?: InspectCodedSourcesOptions | null,
): string {
  const counts = new Map<string, number>();
  const sections: string[] = [];
  for (const s of sources) {
    const lines: string[] = [];
    let lastClasses: Record<string, string> | undefined;
    for (const u of s.utterances) {
      if (u.text === "" && codesOf(u).length === 0 && u.networkCodes.length === 0) continue;
      const labels: string[] = [];
      if (u.classInstances !== lastClasses) {
        for (const [k, v] of Object.entries(u.classInstances)) {
          if (lastClasses?.[k] !== v) labels.push(`<span class="code class">${escapeHtml(`${k}=${v}`)}</span>`);
        }
        lastClasses = u.classInstances;
      }
      for (const c of codesOf(u)) {
        counts.set(c, (counts.get(c) ?? 0) + 1);
        labels.push(`<span class="code" style="background:${codeColour(c)}">${escapeHtml(c)}</span>`);
      }
      for (const [k, v] of Object.entries(u.codeValues)) {
        labels.push(`<span class="code" style="background:${codeColour(k)}">${escapeHtml(`${k}: ${v}`)}</span>`);
      }
      for (const n of u.networkCodes) {
        const key = `${n.from}->${n.to}||${n.type}`;
        counts.set(key, (counts.get(key) ?? 0) + 1);
        const text = `${n.from} → ${n.to} (${n.type}${n.weight === undefined ? "" : `, ${n.weight}`})`;
        labels.push(`<span class="code network">${escapeHtml(text)}</span>`);
      }
      const uid = u.uid ? `<span class="uid">${escapeHtml(u.uid)}</span>` : "";
      const nested = u.nestingLevel > 0 ? ` nested" style="margin-left:${1.5 * u.nestingLevel}rem` : "";
      lines.push(`<p class="line${nested}">${uid}${escapeHtml(u.text)} ${labels.join(" ")}</p>`);
    }
    sections.push(`<section><h2>${escapeHtml(s.sourceId || "source")}</h2>\n${lines.join("\n")}\n</section>`);
  }
  const legend = [...counts]
    .sort((a, b) => (a[0] < b[0] ? -1 : 1))
    .map(([c, n]) => {
      const style = c.includes("->") ? "" : ` style="background:${codeColour(c)}"`;
      return `<li><span class="code${c.includes("->") ? " network" : ""}"${style}>${escapeHtml(c)}</span> ${n}</li>`;
    });
  const body = `<section><h2>Codes</h2><ul>${legend.join("")}</ul></section>\n${sections.join("\n")}`;
  return htmlPage(options?.title ?? "Coded sources", body);
}
