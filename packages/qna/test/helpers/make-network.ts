// Test helper: a network from a list of `from->to||type` codes in one fictional source.
import { buildNetwork } from "../../src/index.js";
import { makeSource } from "./make-source.js";

/** Build a network in which each given code is coded once. */
export function networkOf(codes: string[], options?: Parameters<typeof buildNetwork>[1]) {
  return buildNetwork(
    [
      makeSource(
        "s",
        codes.map((c) => ({ codes: [c] })),
      ),
    ],
    options,
  );
}
