import { describe, expect, it } from "vitest";
import { readTokens } from "../../src/index.js";

describe("readTokens", () => {
  it("should classify every token with its position on the line", () => {
    const tokens = readTokens(
      "[[uid=7zs2xz00]] [[cid=p1]] Ja. [[a>b]] [[v||2]] [[x->y||causal_pos||1]] [[ci--begrip]] [[bad-one]]",
      {
        line: 4,
        offset: 100,
      },
    );
    expect(
      tokens.map((t) => [
        t.kind,
        t.name,
        t.value,
        t.position.start.column,
        t.position.start.offset,
        t.position.start.line,
      ]),
    ).toEqual([
      ["uid", "7zs2xz00", "", 1, 100, 4],
      ["class-instance", "cid", "p1", 18, 117, 4],
      ["code", "a>b", "", 33, 132, 4],
      ["code-value", "v", "2", 41, 140, 4],
      ["network-code", "x", "y", 50, 149, 4],
      ["ci-code", "begrip", "", 74, 173, 4],
      ["unparsed", "bad-one", "", 89, 188, 4],
    ]);
  });

  it("should give the positions in the original line on the exact path (stray brackets)", () => {
    const tokens = readTokens("[ [[a]] [[b]] ]");
    expect(tokens.map((t) => [t.kind, t.raw, t.position.start.column, t.position.end.column])).toEqual([
      ["code", "[[a]]", 3, 8],
      ["code", "[[b]]", 9, 14],
    ]);
  });
});
