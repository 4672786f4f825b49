/** The version string written into every event of the log. */
export const TOOL_VERSION = "@verlicht/review@0.1.0";
