import type { Message } from "@verlicht/core";
import { rockMessage } from "./messages.js";
import {
  CI_CODE_TOKEN,
  CLASS_INSTANCE_TOKEN,
  CODE_TOKEN,
  CODE_VALUE_TOKEN,
  NETWORK_CODE_TOKEN,
  UID_TOKEN,
} from "./patterns.js";
import {
  type Builder,
  EMPTY_CLASSES,
  EMPTY_CODES,
  EMPTY_NETWORK,
  EMPTY_VALUES,
  LazyPosition,
  type LinePlace,
  linePosition,
  pushToken,
} from "./scan-builder.js";
import type { NetworkCode, RockTokenKind } from "./types.js";

/** `[[code]]` without spaces or range: a subset of rock's code pattern. */
const PLAIN_CODE = /^[a-zA-Z][a-zA-Z0-9_>]*$/;
/** `[[uid=…]]` / `[[uid:…]]` without spaces: a subset of rock's uid pattern (and never a class instance). */
const PLAIN_UID = /^uid[=:][a-zA-Z0-9_]+$/;

/** Classify one bracket-free token by rock's patterns, in rock's order. */
export function readToken(
  b: Builder,
  raw: string,
  inner: string,
  start: number,
  end: number,
  place: LinePlace,
  messages: Message[],
): RockTokenKind {
  const position = new LazyPosition(place, start, end);
  // Exact subsets of rock's patterns for the common spellings, read without match arrays.
  if (PLAIN_CODE.test(inner)) {
    addCode(b, "code", inner, undefined, raw, position, place, messages);
    return "code";
  }
  if (PLAIN_UID.test(inner)) {
    addUid(b, inner.slice(4), raw, start, end, place);
    return "uid";
  }
  // Cheap pre-checks skip patterns that cannot match: class instances and uids need "=" or ":",
  // code values and network codes need "||", and plain and ci codes cannot hold "|", "=" or ":".
  const hasAssign = inner.indexOf("=") !== -1 || inner.indexOf(":") !== -1;
  const hasBar = inner.indexOf("|") !== -1;
  let m: RegExpExecArray | null = hasAssign ? CLASS_INSTANCE_TOKEN.exec(inner) : null;
  if (m) {
    addClass(b, m.groups!.class!, m.groups!.id!, raw, position, place, messages);
    return "class-instance";
  }
  if (!hasBar && !hasAssign) {
    m = CODE_TOKEN.exec(inner);
    if (m) {
      addCode(b, "code", m.groups!.code!, m.groups!.range, raw, position, place, messages);
      return "code";
    }
    m = CI_CODE_TOKEN.exec(inner);
    if (m) {
      addCode(b, "ci-code", m.groups!.code!, m.groups!.range, raw, position, place, messages);
      return "ci-code";
    }
  }
  if (hasBar) {
    m = CODE_VALUE_TOKEN.exec(inner);
    if (m) {
      addCodeValue(b, m.groups!.name!, m.groups!.value ?? "", raw, position);
      return "code-value";
    }
    m = NETWORK_CODE_TOKEN.exec(inner);
    if (m) {
      addNetwork(b, m.groups!, raw, position, place, messages);
      return "network-code";
    }
  }
  if (hasAssign) {
    m = UID_TOKEN.exec(inner);
    if (m) {
      addUid(b, m.groups!.id!, raw, start, end, place);
      return "uid";
    }
  }
  addUnparsed(b, raw, inner, position, place, messages);
  return "unparsed";
}

export function addUid(b: Builder, uid: string, raw: string, start: number, end: number, place: LinePlace): void {
  if (b.uidCount === 0) {
    b.firstUidStart = start;
    b.firstUidEnd = end;
  }
  b.uidCount++;
  b.scan.uid = uid;
  if (b.keepTokens) pushToken(b, { kind: "uid", raw, name: uid, value: "", position: linePosition(place, start, end) });
}

export function addClass(
  b: Builder,
  name: string,
  value: string,
  raw: string,
  position: LazyPosition,
  place: LinePlace,
  messages: Message[],
): void {
  if (b.keepTokens) pushToken(b, { kind: "class-instance", raw, name, value, position: position.get() });
  b.allClasses++;
  if (name.toLowerCase() === "uid") {
    b.uidLikeClasses++;
    messages.push(
      rockMessage("uid-read-as-class", { raw, value }, position.get(), {
        file: place.file,
        actual: raw,
        expected: [`[[uid=${value}]]`],
      }),
    );
    if (name === "uid") return; // rock drops the class named exactly "uid"
  }
  if (b.scan.classes.some(([n]) => n === name)) {
    messages.push(
      rockMessage("duplicate-class-instance", { name }, position.get(), {
        file: place.file,
        actual: raw,
      }),
    );
    return;
  }
  if (b.scan.classes === EMPTY_CLASSES) b.scan.classes = [];
  b.scan.classes.push([name, value]);
}

export function addCode(
  b: Builder,
  kind: "code" | "ci-code",
  code: string,
  range: string | undefined,
  raw: string,
  position: LazyPosition,
  place: LinePlace,
  messages: Message[],
): void {
  if (kind === "code") {
    if (b.scan.codes === EMPTY_CODES) b.scan.codes = [];
    b.scan.codes.push(code);
  } else {
    if (b.scan.ciCodes === EMPTY_CODES) b.scan.ciCodes = [];
    b.scan.ciCodes.push(code);
  }
  if (b.keepTokens) pushToken(b, { kind, raw, name: code, value: "", position: position.get() });
  if (range) {
    messages.push(
      rockMessage("code-range-suffix", { raw, code, range: range.trim() }, position.get(), {
        file: place.file,
        actual: raw,
      }),
    );
  }
}

export function addCodeValue(b: Builder, name: string, value: string, raw: string, position: LazyPosition): void {
  if (b.scan.codeValues === EMPTY_VALUES) b.scan.codeValues = {};
  if (!Object.hasOwn(b.scan.codeValues, name)) b.scan.codeValues[name] = value;
  if (b.keepTokens) pushToken(b, { kind: "code-value", raw, name, value, position: position.get() });
}

const NUMBER = /^(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)$/;

export function addNetwork(
  b: Builder,
  m: Record<string, string | undefined>,
  raw: string,
  lazy: LazyPosition,
  place: LinePlace,
  messages: Message[],
): void {
  const position = lazy.get();
  const code: NetworkCode = { from: m.from!, to: m.to!, type: m.type!, raw, position };
  const written = m.weight === undefined ? "" : m.weight.slice(2);
  const range = m.range;
  if (written !== "") {
    if (NUMBER.test(written)) {
      code.weight = Number(written);
      if (written.includes(".")) {
        messages.push(
          rockMessage("decimal-weight", { raw }, position, {
            severity: "info",
            file: place.file,
            actual: raw,
          }),
        );
      }
    } else {
      messages.push(
        rockMessage("non-numeric-weight", { raw, weight: written }, position, {
          file: place.file,
          actual: raw,
        }),
      );
    }
  } else if (range?.trim().startsWith("-")) {
    messages.push(
      rockMessage("negative-weight-ignored", { raw, range: range.trim() }, position, { file: place.file, actual: raw }),
    );
  }
  if (b.scan.networkCodes === EMPTY_NETWORK) b.scan.networkCodes = [];
  b.scan.networkCodes.push(code);
  if (b.keepTokens) pushToken(b, { kind: "network-code", raw, name: code.from, value: code.to, position });
}

const CLASS_LIKE = /^\s*[^\s=:|>]+\s*[=:]/;
const CODE_LIKE = /^\s*[\p{L}\p{N}_>.-]+\s*$/u;

export function addUnparsed(
  b: Builder,
  raw: string,
  inner: string,
  lazy: LazyPosition,
  place: LinePlace,
  messages: Message[],
): void {
  const position = lazy.get();
  if (b.keepTokens) pushToken(b, { kind: "unparsed", raw, name: inner, value: "", position });
  const [ruleId, expected] = inner.includes("->")
    ? (["invalid-network-code", ["[[from->to||type||weight]]"]] as const)
    : inner.includes("||")
      ? (["invalid-code-value", ["[[name||value]]"]] as const)
      : CLASS_LIKE.test(inner)
        ? (["invalid-class-instance", ["[[class=id]] with class [A-Za-z][A-Za-z0-9_]* and id [A-Za-z0-9_]+"]] as const)
        : CODE_LIKE.test(inner)
          ? (["invalid-code", ["[A-Za-z][A-Za-z0-9_>]*"]] as const)
          : (["unparsed-token", ["a ROCK code, class instance, code value, network code or uid"]] as const);
  messages.push(
    rockMessage(ruleId, { raw }, position, {
      file: place.file,
      actual: raw,
      expected: [...expected],
    }),
  );
}
