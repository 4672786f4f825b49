import { expect, it } from "vitest";

it("should export exactly the public API", async () => {
  expect(Object.keys(await import("@verlicht/cli")).sort()).toEqual([
    "CLI_VERSION",
    "CliContext",
    "CliError",
    "EXIT_CODES",
    "PROJECT_FILE",
    "ProjectSchema",
    "createProgram",
    "findLeaks",
    "isCliError",
    "loadProject",
    "processIo",
    "runCli",
    "runProject",
  ]);
});
