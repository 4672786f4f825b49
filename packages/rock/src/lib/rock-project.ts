import type { Locale, Message, ParseResult } from "@verlicht/core";
import { errorPrefix, InvalidArgumentsError, issuesToMessages } from "@verlicht/core";
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { stringify } from "yaml";
import { localize, rockMessage, zodMessage } from "./messages.js";
import { parseSources, type RockSources } from "./parse-sources.js";
import { fragments } from "./read-codebook.js";
import { type RockProjectConfig, RockProjectConfigSchema } from "./rock-project-schema.js";

/** The file that makes a folder or ZIP a ROCK project. */
export const ROCK_PROJECT_FILE = "_ROCKproject.yml";
/** The most bytes a `.ROCKproject` ZIP may unpack to (a guard against ZIP bombs). */
export const ROCK_PROJECT_MAX_BYTES = 512 * 1024 * 1024;

/** A ROCK project read from a folder or a `.ROCKproject` ZIP. */
export interface RockProject {
  /** The validated `_ROCKproject.yml` (undefined when it does not validate; a message says why). */
  config: RockProjectConfig | undefined;
  /** Paths (relative, `/`-separated) of the files read as sources, in order. */
  sourceFiles: string[];
  /** The sources, parsed together. */
  sources: RockSources;
}

/** Options of the project readers. */
export interface ReadRockProjectOptions {
  /** Language of the messages' wording. */
  locale?: Locale | null | undefined;
}

/**
 * Read a ROCK project (rock's ROCKproject format 1.0) from its files: validate `_ROCKproject.yml` with
 * zod, select the sources by its `sources` block (extension, include/exclude patterns, recursive), and
 * parse them together. Never throws on bad input.
 *
 * @param files Every file of the project, by relative path (`/`-separated), as text or bytes.
 * @param options Locale.
 * @returns The project and messages.
 * @example
 * ```ts
 * const { value } = readRockProject({
 *   "_ROCKproject.yml": "_ROCKproject:\n  project:\n    title: Test\n  sources:\n    extension: .rock\n",
 *   "data/a.rock": "Hallo [[groet]]\n",
 * });
 * value.sourceFiles; // ["data/a.rock"]
 * ```
 */
export function readRockProject(
  files: Readonly<Record<string, string | Uint8Array>>,
  options?: ReadRockProjectOptions | null,
): ParseResult<RockProject> {
  const messages: Message[] = [];
  const paths = Object.keys(files).map(normalisePath).sort();
  const text = (p: string) => {
    const v = files[p] ?? files[p.replace(/\//g, "\\")];
    return typeof v === "string" ? v : v ? strFromU8(v) : "";
  };
  const configPath = paths.find((p) => p === ROCK_PROJECT_FILE || p.endsWith(`/${ROCK_PROJECT_FILE}`));
  let config: RockProjectConfig | undefined;
  let root = "";
  if (configPath === undefined) {
    messages.push(
      rockMessage("invalid-project", { detail: `no ${ROCK_PROJECT_FILE} in the project` }, undefined, {
        severity: "error",
      }),
    );
  } else {
    root = configPath.slice(0, configPath.length - ROCK_PROJECT_FILE.length);
    const [first] = fragments(text(configPath), configPath, messages);
    const r = RockProjectConfigSchema.safeParse(first?.value);
    if (r.success) config = r.data;
    else {
      for (const m of issuesToMessages(r.error.issues, {
        source: "rock",
        ruleId: "invalid-project",
        file: configPath,
      })) {
        messages.push(zodMessage("invalid-project", m.reason, undefined, { ...m, severity: "error" }));
      }
    }
  }
  const select = selector(config, configPath, messages);
  const sourceFiles = paths.filter((p) => p.startsWith(root) && p !== configPath && select(p.slice(root.length)));
  const parsed = parseSources(sourceFiles.map((p) => ({ sourceId: p, text: text(p) })));
  messages.push(...parsed.messages);
  return { value: { config, sourceFiles, sources: parsed.value }, messages: localize(messages, options?.locale) };
}

/**
 * Read a `.ROCKproject` file (a ZIP with `_ROCKproject.yml` and the sources). A file that is not a ZIP,
 * or unpacks to more than {@link ROCK_PROJECT_MAX_BYTES}, gives a message and an empty project.
 *
 * @param bytes The ZIP's bytes.
 * @param options Locale.
 * @returns The project and messages.
 */
export function readRockProjectZip(
  bytes: Uint8Array,
  options?: ReadRockProjectOptions | null,
): ParseResult<RockProject> {
  const files = unzipFiles(bytes);
  if (typeof files === "string") {
    const messages = [rockMessage("invalid-project", { detail: files }, undefined, { severity: "error" })];
    return {
      value: { config: undefined, sourceFiles: [], sources: parseSources([]).value },
      messages: localize(messages, options?.locale),
    };
  }
  return readRockProject(files, options);
}

/** Unpack a ZIP to `{path: bytes}`, or a reason why not. */
export function unzipFiles(bytes: Uint8Array): Record<string, Uint8Array> | string {
  let total = 0;
  let tooBig = false;
  try {
    const files = unzipSync(bytes, {
      filter: (f) => {
        total += f.originalSize;
        if (total > ROCK_PROJECT_MAX_BYTES) tooBig = true;
        return !tooBig && !f.name.endsWith("/");
      },
    });
    if (tooBig) return `the ZIP unpacks to more than ${ROCK_PROJECT_MAX_BYTES} bytes`;
    return files;
  } catch (error) {
    return `not a readable ZIP file (${error instanceof Error ? error.message : String(error)})`;
  }
}

/** What {@link writeRockProject} writes. */
export interface RockProjectFiles {
  /** The project configuration (validated before writing). */
  config: RockProjectConfig;
  /** The other files by relative path, e.g. `data/040---coded-sources/int01.rock`. */
  files: Readonly<Record<string, string | Uint8Array>>;
}

/**
 * Write a `.ROCKproject` ZIP: `_ROCKproject.yml` (from the validated configuration) and the files.
 * Entries are sorted and dated 1980-01-01, so the same project gives the same bytes.
 *
 * @param project Configuration and files.
 * @returns The ZIP's bytes.
 * @throws {InvalidArgumentsError} when the configuration does not validate (a programming error).
 */
export function writeRockProject(project: RockProjectFiles): Uint8Array {
  const r = RockProjectConfigSchema.safeParse(project?.config);
  if (!r.success) {
    throw new InvalidArgumentsError(
      `${errorPrefix("rock", "writeRockProject")}the configuration is not valid: ${r.error.message}`,
    );
  }
  const entries: Record<string, [Uint8Array, { mtime: Date }]> = {};
  const mtime = new Date("1980-01-01T00:00:00Z");
  entries[ROCK_PROJECT_FILE] = [strToU8(rockProjectYaml(project.config)), { mtime }];
  for (const path of Object.keys(project.files).sort()) {
    const v = project.files[path]!;
    entries[normalisePath(path)] = [typeof v === "string" ? strToU8(v) : v, { mtime }];
  }
  return zipSync(entries, { level: 6 });
}

/** `_ROCKproject.yml` text for a configuration. */
export function rockProjectYaml(config: RockProjectConfig): string {
  return stringify(config, { lineWidth: 0 });
}

/**
 * A configuration for a new project (rock's `make_ROCKproject_config`): title and authors, today's
 * date, sources = every `.rock` file under `data/`, recursively.
 */
export function makeRockProjectConfig(info: { title: string; authors?: string; date?: string }): RockProjectConfig {
  const date = info.date ?? new Date().toISOString().replace("T", " ").slice(0, 19) + " UTC";
  return {
    _ROCKproject: {
      project: {
        title: info.title,
        authors: info.authors ?? "",
        version: "1.0",
        ROCK_version: "1.0",
        ROCK_project_version: "1.0",
        date_created: date,
        date_modified: date,
      },
      codebook: { urcid: "", embedded: null, local: "" },
      sources: {
        extension: ".rock",
        regex: null,
        dirsToIncludeRegex: "data/",
        recursive: true,
        dirsToExcludeRegex: null,
        filesToIncludeRegex: null,
        filesToExcludeRegex: null,
      },
      workflow: { pipeline: [], actions: [] },
    },
  };
}

function normalisePath(p: string): string {
  return p.replace(/\\/g, "/").replace(/^\.\//, "");
}

/**
 * The `sources` block as a test on a relative path. Its patterns are the user's own regular expressions;
 * they are applied to paths only (short strings). A pattern that does not compile gives a message.
 */
function selector(
  config: RockProjectConfig | undefined,
  file: string | undefined,
  messages: Message[],
): (path: string) => boolean {
  const s = config?._ROCKproject.sources ?? {};
  const compile = (name: string, source: string | null | undefined): RegExp | undefined => {
    if (source === null || source === undefined || source === "") return undefined;
    try {
      return new RegExp(source);
    } catch {
      messages.push(
        rockMessage(
          "invalid-project",
          { detail: `sources.${name} is not a valid regular expression: ${source}` },
          undefined,
          { severity: "error", file },
        ),
      );
      return /$^/;
    }
  };
  const extensions = (s.extension ?? ".rock|.dct")
    .split("|")
    .map((e) => e.trim().replace(/^\.?/, ".").toLowerCase())
    .filter((e) => e !== ".");
  const regex = compile("regex", s.regex);
  const dirIn = compile("dirsToIncludeRegex", s.dirsToIncludeRegex);
  const dirOut = compile("dirsToExcludeRegex", s.dirsToExcludeRegex);
  const fileIn = compile("filesToIncludeRegex", s.filesToIncludeRegex);
  const fileOut = compile("filesToExcludeRegex", s.filesToExcludeRegex);
  const recursive = s.recursive ?? true;
  return (path) => {
    const slash = path.lastIndexOf("/");
    const dir = slash === -1 ? "" : path.slice(0, slash + 1);
    const name = path.slice(slash + 1);
    if (path.length > 4096) return false;
    if (!extensions.some((e) => name.toLowerCase().endsWith(e))) return false;
    if (regex && !regex.test(name)) return false;
    if (fileIn && !fileIn.test(name)) return false;
    if (fileOut?.test(name)) return false;
    if (dirOut?.test(dir)) return false;
    if (dirIn) {
      const m = dirIn.exec(dir);
      if (!m) return false;
      // Not recursive: only files directly in the folder the pattern names.
      if (!recursive && dir.slice(m.index + m[0].length).includes("/")) return false;
    } else if (!recursive && dir !== "") return false;
    return true;
  };
}
