// Benchmark: SQUID generation and decoding throughput of @verlicht/core.
import { decodeUid, generateUids } from "@verlicht/core";
import { reportFigure, timeMs } from "./report.js";

const n = 1_000_000;
const { ms, result } = await timeMs(() => generateUids(n, { origin: new Date("2026-01-01T00:00:00Z") }));
reportFigure("core/generate-uids", (n / ms) * 1000, "uids/s");
const decoded = await timeMs(() => {
  let sum = 0;
  for (const uid of result) sum += decodeUid(uid).centiseconds;
  return sum;
});
reportFigure("core/decode-uids", (n / decoded.ms) * 1000, "uids/s");
