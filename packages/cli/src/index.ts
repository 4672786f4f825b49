export { CliError, type CliErrorInit, EXIT_CODES, type ExitCode, isCliError } from "./lib/cli-error.js";
export { CliContext, type CliIo, type GlobalOptions, type Progress, processIo } from "./lib/context.js";
export { findLeaks, type Leak } from "./lib/leak-check.js";
export { type LoadedProject, loadProject, PROJECT_FILE, type Project, ProjectSchema } from "./lib/project.js";
export { CLI_VERSION, createProgram, runCli } from "./lib/run-cli.js";
export { type ProjectRun, type RunProjectOptions, runProject } from "./lib/run-project.js";
