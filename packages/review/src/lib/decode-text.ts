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
    return { text: new TextDecoder("windows-1252").decode(bytes), encoding: "windows-1252", bom: false };
  }
}
