/** The namespaces of REFI-QDA 1.0 (QDA-XML). */
export const PROJECT_NS = "urn:QDA-XML:project:1.0";
/** The codebook namespace. */
export const CODEBOOK_NS = "urn:QDA-XML:codebook:1.0";

/** Names of the parent codes that carry ROCK's network codes and code values (see docs/rock.md). */
export const CONVENTION = {
  networkCodes: "ROCK network codes",
  codeValues: "ROCK code values",
  codebookNote: "ROCK codebook entry",
  commentNote: "ROCK comment before utterance",
} as const;

/**
 * A deterministic GUID (8-4-4-4-12 hex) for a key: the same project always gets the same GUIDs, so
 * exports compare and re-import stably. Four FNV-1a hashes with different seeds.
 */
export function guidOf(key: string): string {
  const seeds = [0x811c9dc5, 0x01000193, 0x050c5d1f, 0x2f4a1b3d];
  const hex = seeds.map((seed) => {
    let h = seed >>> 0;
    for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 16777619) >>> 0;
    h = Math.imul(h ^ (h >>> 15), 0x2c1b3c6d) >>> 0;
    return (h >>> 0).toString(16).padStart(8, "0");
  });
  const s = hex.join("").toUpperCase();
  return `${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20, 32)}`;
}

/** Characters XML 1.0 does not allow (controls, lone surrogates, U+FFFE/U+FFFF) become U+FFFD, one for one. */
export function xmlSafe(s: string): string {
  return s.replace(
    /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g,
    "\uFFFD",
  );
}

/** Escape text for XML content and attribute values. */
export function xmlEscape(s: string): string {
  return xmlSafe(s).replace(/[&<>"'\r\n\t]/g, (c) =>
    c === "&"
      ? "&amp;"
      : c === "<"
        ? "&lt;"
        : c === ">"
          ? "&gt;"
          : c === '"'
            ? "&quot;"
            : c === "'"
              ? "&apos;"
              : `&#${c.charCodeAt(0)};`,
  );
}

/** One element: `<name a="…">children</name>` (or self-closing), attributes with undefined values left out. */
export function el(
  name: string,
  attrs: Record<string, string | number | boolean | undefined>,
  children?: string[] | string,
): string {
  const a = Object.entries(attrs)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => ` ${k}="${xmlEscape(String(v))}"`)
    .join("");
  const inner = Array.isArray(children) ? children.filter((c) => c !== "").join("") : (children ?? "");
  return inner === "" ? `<${name}${a}/>` : `<${name}${a}>${inner}</${name}>`;
}

/** A text element: `<name>escaped text</name>`. */
export function textEl(name: string, text: string): string {
  return `<${name}>${xmlEscape(text)}</${name}>`;
}

/** Code points of a string (REFI-QDA positions count characters, not UTF-16 units). */
export function codePointLength(s: string): number {
  let n = 0;
  for (const _ of s) n++;
  return n;
}
