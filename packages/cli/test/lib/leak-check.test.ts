import { expect, it } from "vitest";
import { findLeaks } from "../../src/lib/leak-check.js";

// Fictional names and numbers.
it("should find span texts as whole words in the coded sources, with file and line", () => {
  const leaks = findLeaks(
    [
      { category: "PERSON", text: "Fatima" },
      { category: "PHONE", text: "06-41234567" },
      { category: "PERSON", text: "Al" },
    ],
    [
      { file: "a.rock", text: "Samira: hallo\nFatima zegt iets\nFatimaweg is geen naam" },
      { file: "b.rock", text: "bel 06-41234567 maar" },
    ],
  );
  expect(leaks.map((l) => [l.file, l.line, l.category])).toEqual([
    ["a.rock", 2, "PERSON"],
    ["b.rock", 1, "PHONE"],
  ]);
});
