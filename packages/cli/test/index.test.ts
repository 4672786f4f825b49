import { expect, it } from "vitest";

// Importing the CLI loads every library from its sources, which can take several seconds on a busy machine.
it("should export exactly the public API", { timeout: 60_000 }, async () => {
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
