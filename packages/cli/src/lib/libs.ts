import * as anonymiseLib from "@verlicht/anonymise";
import type { Message, SerializedNetwork } from "@verlicht/core";
import * as indicatorsLib from "@verlicht/indicators";
import * as qnaLib from "@verlicht/qna";
import * as reviewLib from "@verlicht/review";
import * as rockLib from "@verlicht/rock";
import { CliError, EXIT_CODES } from "./cli-error.js";

/**
 * The library functions the CLI wires together, looked up by their public names (the contracts in the
 * issues of each package). Looking them up at run time keeps the CLI usable while a library is still
 * growing: a function that a library does not (yet) export gives a clear error, not a crash at start-up.
 */

/** A parse result. */
export interface Parsed<T> {
  value: T;
  messages: Message[];
}

/** The parts of a parsed ROCK source the CLI reads (see `@verlicht/rock`'s `RockSource`). */
export interface RockSourceLike {
  sourceId: string;
  utterances: Array<{
    uid: string | null;
    text: string;
    line: number;
    codes: string[];
    networkCodes: Array<{ from: string; to: string; type: string; weight?: number }>;
    classInstances: Record<string, string>;
    caseId?: string;
    coderId?: string;
  }>;
  attributes: Array<Record<string, string>>;
  codeTrees?: { deductive: Array<{ id: string; label: string; kind?: string; data?: Record<string, unknown> }> };
}

/** A graphology graph, as far as the CLI uses it. */
export interface GraphLike {
  export(): SerializedNetwork;
  order: number;
  size: number;
}

const LIBS = {
  rock: rockLib as unknown as Record<string, unknown>,
  anonymise: anonymiseLib as unknown as Record<string, unknown>,
  qna: qnaLib as unknown as Record<string, unknown>,
  indicators: indicatorsLib as unknown as Record<string, unknown>,
  review: reviewLib as unknown as Record<string, unknown>,
};

/** A library name. */
export type LibName = keyof typeof LIBS;

/** Does the library export a function of that name? */
export function has(lib: LibName, name: string): boolean {
  return typeof LIBS[lib][name] === "function";
}

/** A value (not only a function) exported by a library, or undefined. */
export function exported(lib: LibName, name: string): unknown {
  return LIBS[lib][name];
}

/**
 * The function `name` of `@verlicht/<lib>`, typed by the caller.
 * @throws {CliError} (exit 1) when this version of the library does not export it.
 */
export function need<F>(lib: LibName, name: string): F {
  const fn = LIBS[lib][name];
  if (typeof fn !== "function") {
    throw new CliError(`@verlicht/${lib} ${name}() is not available in this version of the toolkit`, {
      exitCode: EXIT_CODES.findings,
      code: "not-available",
      fix: `update @verlicht/${lib}`,
    });
  }
  return fn as F;
}

/** `parseSource(text, {sourceId})` of `@verlicht/rock`. */
export type ParseSource = (text: string, options?: { sourceId?: string }) => Parsed<RockSourceLike>;
/** `serializeSource(source)` of `@verlicht/rock`. */
export type SerializeSource = (source: unknown) => string;
/** `prependUids(text, options)` of `@verlicht/rock` (a string, or a parse-result-like object). */
export type PrependUids = (text: string, options?: Record<string, unknown>) => unknown;
/** `mergeCoders(sources)` of `@verlicht/rock`. */
export type MergeCoders = (sources: RockSourceLike[], options?: Record<string, unknown>) => unknown;
/** `anonymiseCorpus(documents, options)` of `@verlicht/anonymise`. */
export type AnonymiseCorpus = (
  documents: Array<{ id: string; text: string }>,
  options?: Record<string, unknown>,
) => unknown;
/** `sealKey(key, passphrase)` of `@verlicht/anonymise`. */
export type SealKey = (key: unknown, passphrase: string) => unknown;
/** `openKey(sealed, passphrase)` of `@verlicht/anonymise`. */
export type OpenKey = (sealed: unknown, passphrase: string) => unknown;
/** `buildNetwork(sources, options)` of `@verlicht/qna`. */
export type BuildNetwork = (sources: RockSourceLike[], options?: Record<string, unknown>) => unknown;
/** `findPaths(network, from, to, {maxLength})` of `@verlicht/qna`. */
export type FindPaths = (
  network: unknown,
  from: string,
  to: string,
  options?: { maxLength?: number },
) => Array<{ nodes: string[]; edges: unknown[]; valence: number | null }>;
/** `findLoops(network, {maxLength})` of `@verlicht/qna`. */
export type FindLoops = (
  network: unknown,
  options?: { maxLength?: number },
) => Array<{ nodes: string[]; edges: unknown[]; polarity: string }>;
/** `findContested(network)` of `@verlicht/qna`. */
export type FindContested = (network: unknown) => Array<{ from: string; to: string; edges: unknown[] }>;
