import { describe, expect, it } from "vitest";
import { decodeText } from "../../src/index.js";

describe("decodeText", () => {
  it("should decode the Windows-1252 bytes 0x80–0x9F as their characters, not as Latin-1 controls", () => {
    const bytes = Uint8Array.from([0x96, 0x20, 0x80, 0x20, 0x93, 0x71, 0x94, 0x20, 0xe9, 0xd7]);
    expect(decodeText(bytes)).toEqual({
      text: "\u2013 \u20ac \u201cq\u201d \u00e9\u00d7",
      encoding: "windows-1252",
      bom: false,
    });
  });

  it("should decode Latin-1 text that is not UTF-8", () => {
    expect(decodeText(Uint8Array.from([0x47, 0x72, 0x6f, 0xdf, 0x65])).text).toBe("Gro\u00dfe");
  });

  it("should decode UTF-16 with a byte-order mark", () => {
    const body = Buffer.from("caf\u00e9 \u2013", "utf16le");
    expect(decodeText(Uint8Array.from([0xff, 0xfe, ...body]))).toMatchObject({
      text: "caf\u00e9 \u2013",
      encoding: "utf-16le",
    });
  });
});
