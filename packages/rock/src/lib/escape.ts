/** Escape text for HTML element content and attribute values (`& < > " '`). */
export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) =>
    c === "&" ? "&amp;" : c === "<" ? "&lt;" : c === ">" ? "&gt;" : c === '"' ? "&quot;" : "&#39;",
  );
}

/** Escape text for Markdown: HTML-special characters as entities, Markdown punctuation with a backslash. */
export function escapeMarkdown(s: string): string {
  return escapeHtml(s).replace(/[\\`*_[\]|~]/g, (c) => `\\${c}`);
}

/** A stable colour for a code (hue from a hash of its name), as `hsl(…)`. */
export function codeColour(code: string): string {
  let h = 2166136261;
  for (let i = 0; i < code.length; i++) h = Math.imul(h ^ code.charCodeAt(i), 16777619);
  return `hsl(${(h >>> 0) % 360} 70% 85%)`;
}
