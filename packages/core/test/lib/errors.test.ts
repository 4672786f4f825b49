import { describe, expect, it } from "vitest";
import {
  errorPrefix,
  InvalidArgumentsError,
  InvalidInputError,
  isVerlichtError,
  NotFoundError,
  UsageError,
  VerlichtError,
} from "../../src/lib/errors.js";
import { createMessage } from "../../src/lib/message.js";

describe("typed errors", () => {
  it.each([
    [InvalidArgumentsError, "InvalidArgumentsError", "invalid-arguments"],
    [NotFoundError, "NotFoundError", "not-found"],
    [UsageError, "UsageError", "usage"],
  ] as const)("should give %o its name and code and make it a VerlichtError", (Ctor, name, code) => {
    const error = new Ctor("boom");
    expect(error).toBeInstanceOf(VerlichtError);
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe(name);
    expect(error.code).toBe(code);
    expect(isVerlichtError(error)).toBe(true);
  });

  it("should keep the cause", () => {
    const cause = new Error("inner");
    expect(new NotFoundError("outer", { cause }).cause).toBe(cause);
  });

  it("should carry the messages of unusable input", () => {
    const messages = [createMessage({ ruleId: "bad", source: "s", reason: "r", severity: "error" })];
    const error = new InvalidInputError("unusable", messages);
    expect(error.messages).toEqual(messages);
    expect(error.code).toBe("invalid-input");
  });

  it("should not treat plain errors as toolkit errors", () => {
    expect(isVerlichtError(new Error("x"))).toBe(false);
    expect(isVerlichtError("x")).toBe(false);
  });

  it("should build the package/function prefix", () => {
    expect(errorPrefix("qna", "buildNetwork")).toBe("@verlicht/qna/buildNetwork: ");
  });
});
