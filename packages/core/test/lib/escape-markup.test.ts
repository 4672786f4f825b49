import { describe, expect, it } from "vitest";
import { escapeMarkup } from "../../src/lib/escape-markup.js";

describe("escapeMarkup", () => {
  it("should escape the five markup characters, ampersands first", () => {
    expect(escapeMarkup(`a<b>&"c'&amp;`)).toBe("a&lt;b&gt;&amp;&quot;c&apos;&amp;amp;");
  });

  it("should drop control characters XML forbids and keep tab, newline and carriage return", () => {
    expect(escapeMarkup("a\u0000b\u0007c\td\ne\rf\u001f")).toBe("abc\td\ne\rf");
  });

  it("should leave other text, accents and emoji as they are", () => {
    expect(escapeMarkup("café – 🙂")).toBe("café – 🙂");
  });
});
