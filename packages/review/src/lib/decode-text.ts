/** The result of {@link decodeText}. */
export interface DecodedText {
  /** The text, without a byte-order mark. */
  text: string;
  /** The encoding used: `utf-8`, `utf-16le`, `utf-16be` or `windows-1252` (the fallback). */
  encoding: "utf-8" | "utf-16le" | "utf-16be" | "windows-1252";
  /** Whether the bytes started with a byte-order mark. */
  bom: boolean;
}

/**
 * Decode the bytes of a search export: UTF-8 (with or without BOM), UTF-16 with BOM, and
 * Windows-1252 when the bytes are not valid UTF-8 (OpenAlex and older database exports).
 */
export function decodeText(bytes: Uint8Array): DecodedText {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: new TextDecoder("utf-8").decode(bytes.subarray(3)), encoding: "utf-8", bom: true };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: new TextDecoder("utf-16le").decode(bytes.subarray(2)), encoding: "utf-16le", bom: true };
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: new TextDecoder("utf-16be").decode(bytes.subarray(2)), encoding: "utf-16be", bom: true };
  }
  try {
    return { text: new TextDecoder("utf-8", { fatal: true }).decode(bytes), encoding: "utf-8", bom: false };
  } catch {
    return { text: decodeWindows1252(bytes), encoding: "windows-1252", bom: false };
  }
}

// Bytes 0x80–0x9F of Windows-1252 (the rest equals Latin-1). Node 20's TextDecoder("windows-1252")
// decodes these as Latin-1 control characters, so the table is applied here. Undefined bytes stay U+FFFD.
const CP1252_HIGH =
  "\u20ac\ufffd\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\ufffd\u017d\ufffd" +
  "\ufffd\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\ufffd\u017e\u0178";

/** Decode Windows-1252 bytes (a superset of Latin-1's printable characters). */
function decodeWindows1252(bytes: Uint8Array): string {
  let out = "";
  for (let i = 0; i < bytes.length; i += 8192) {
    const chunk = bytes.subarray(i, i + 8192);
    const chars = new Array<string>(chunk.length);
    for (let j = 0; j < chunk.length; j++) {
      const b = chunk[j] as number;
      chars[j] = b >= 0x80 && b <= 0x9f ? (CP1252_HIGH[b - 0x80] as string) : String.fromCharCode(b);
    }
    out += chars.join("");
  }
  return out;
}
