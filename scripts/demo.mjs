// `pnpm demo`: runs the main job. Until the CLI's `verlicht demo` lands, this runs the pipeline that exists:
// it parses nothing yet, but proves the toolchain works from the TypeScript sources.
import { spawnSync } from "node:child_process";

const code = `
import { generateUids, decodeUid } from "@verlicht/core";
const uids = generateUids(3);
console.log("VERLICHT demo: generated SQUIDs", uids.join(", "), "from", decodeUid(uids[0]).date.toISOString());
`;
const run = spawnSync(
  process.execPath,
  ["--conditions=@verlicht/source", "--import", "tsx", "--input-type=module", "-e", code],
  {
    stdio: "inherit",
  },
);
process.exitCode = run.status ?? 1;
