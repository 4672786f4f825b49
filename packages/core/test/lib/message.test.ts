import { describe, expect, it } from "vitest";
import {
  countMessages,
  createMessage,
  formatMessage,
  formatMessages,
  hasErrors,
  messageStart,
  sortMessages,
} from "../../src/lib/message.js";

const at = (line: number, column: number) => ({
  start: { line, column, offset: 0 },
  end: { line, column: column + 1, offset: 1 },
});

describe("messages", () => {
  it("should default the severity to warning and drop undefined fields", () => {
    const m = createMessage({ ruleId: "x", source: "rock", reason: "r", place: undefined, note: undefined });
    expect(m).toEqual({ ruleId: "x", source: "rock", severity: "warning", reason: "r" });
    expect(Object.keys(m)).not.toContain("place");
  });

  it("should keep every optional field that is given", () => {
    const m = createMessage({
      ruleId: "x",
      source: "rock",
      severity: "error",
      reason: "r",
      place: at(2, 3),
      file: "a.rock",
      expected: ["a"],
      actual: "b",
      note: "n",
      url: "u",
    });
    expect(m).toMatchObject({ severity: "error", file: "a.rock", expected: ["a"], actual: "b", note: "n", url: "u" });
  });

  it("should find the start of a position or a point", () => {
    expect(messageStart(createMessage({ ruleId: "a", source: "s", reason: "", place: at(4, 2) }))?.line).toBe(4);
    expect(
      messageStart(createMessage({ ruleId: "a", source: "s", reason: "", place: { line: 7, column: 1, offset: 3 } }))
        ?.line,
    ).toBe(7);
    expect(messageStart(createMessage({ ruleId: "a", source: "s", reason: "" }))).toBeUndefined();
  });

  it("should report errors and count severities", () => {
    const list = [
      createMessage({ ruleId: "a", source: "s", reason: "", severity: "info" }),
      createMessage({ ruleId: "b", source: "s", reason: "" }),
    ];
    expect(hasErrors(list)).toBe(false);
    list.push(createMessage({ ruleId: "c", source: "s", reason: "", severity: "error" }));
    expect(hasErrors(list)).toBe(true);
    expect(countMessages(list)).toEqual({ error: 1, warning: 1, info: 1 });
  });

  it("should sort by file, line and column without changing the input", () => {
    const list = [
      createMessage({ ruleId: "c", source: "s", reason: "", file: "b", place: at(1, 1) }),
      createMessage({ ruleId: "b", source: "s", reason: "", file: "a", place: at(3, 1) }),
      createMessage({ ruleId: "a", source: "s", reason: "", file: "a", place: at(2, 5) }),
      createMessage({ ruleId: "z", source: "s", reason: "", file: "a" }),
    ];
    expect(sortMessages(list).map((m) => m.ruleId)).toEqual(["z", "a", "b", "c"]);
    expect(list[0]!.ruleId).toBe("c");
  });

  it("should format file, line and column the way editors link them", () => {
    const m = createMessage({
      ruleId: "unparsed-token",
      source: "rock",
      reason: "Token matches no rule",
      place: at(12, 41),
      expected: ["[A-Za-z]"],
      actual: "[[x-y]]",
    });
    const text = formatMessage(m, { file: "interview.rock" });
    expect(text.split("\n")[0]).toBe("interview.rock:12:41: warning Token matches no rule [rock:unparsed-token]");
    expect(text).toContain("expected: [A-Za-z]");
    expect(text).toContain("found: [[x-y]]");
  });

  it("should format a list in sorted order", () => {
    const out = formatMessages([
      createMessage({ ruleId: "b", source: "s", reason: "second", place: at(2, 1) }),
      createMessage({ ruleId: "a", source: "s", reason: "first", place: at(1, 1) }),
    ]);
    expect(out.indexOf("first")).toBeLessThan(out.indexOf("second"));
  });
});
