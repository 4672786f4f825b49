const SPECIAL = /[&<>"']/g;
const ENTITIES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" };
// Characters XML 1.0 forbids (C0 controls other than tab, LF, CR), and lone surrogates' neighbours U+FFFE/U+FFFF.
const FORBIDDEN = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g;

/**
 * Escape text for XML and HTML element content and attribute values (quoted with `"` or `'`): `&`, `<`,
 * `>`, `"` and `'` become entities, and control characters XML 1.0 forbids are dropped. The one escaper
 * of VERLICHT: GEXF and GraphML (qna), SVG (viewer, review's PRISMA diagram) and the dashboard's HTML
 * all use it.
 *
 * @param value The text.
 * @returns The escaped text.
 * @example
 * ```ts
 * import { escapeMarkup } from "@verlicht/core";
 * console.log(escapeMarkup(`<b title="x">Jan & 'Piet'</b>`));
 * // &lt;b title=&quot;x&quot;&gt;Jan &amp; &apos;Piet&apos;&lt;/b&gt;
 * ```
 */
export function escapeMarkup(value: string): string {
  return value.replace(FORBIDDEN, "").replace(SPECIAL, (c) => ENTITIES[c] as string);
}
