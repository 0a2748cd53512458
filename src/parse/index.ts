/**
 * Parse: JSON text, URL-encoded JSON text (as the IAM API returns it) or a plain object -> a
 * validated, frozen policy of the same type the builder makes. Every problem is reported at once,
 * with a readable path and, for text, line and column.
 */
import { PolicyParseError, type PolicyIssue } from '../errors.js';
import * as messages from '../messages.js';
import { parseMessages } from '../messages.js';
import { checkDocument, type IssueSink } from '../model/kinds.js';
import { firstInvalidChar, isPolicyCharCode } from '../model/syntax.js';
import { readOptionValues } from '../internal/option-values.js';
import { isPolicyKind, POLICY_KINDS, type PolicyDocument, type PolicyKind } from '../model/policy-document.js';
import { parsedPolicy } from './parsed.js';
import type { Policy } from '../policy/types.js';
import { buildDocument, inferKind, rawStatements, type BuiltDocument } from './build.js';
import { checkShape, Issues, type RawIssue } from './check.js';
import { fromObject, policyText } from './input.js';
import { fastParse } from './fast.js';
import { LineIndex, parseJson, type JsonProblem, type JsonValue, type ValuePosition } from './json.js';
import { formatPath, offsetOf, pathAt, readPath, type PathSegment } from './path.js';

/** Default `maxLength`: 16 MiB of text (real policies are at most a few KB; a 10 MB document still parses). */
export const DEFAULT_MAX_LENGTH = 16_777_216; // 16 * 1024 * 1024, written as one literal: bundlers drop it when unused
/** Default `maxDepth`: nesting levels of objects and arrays (a policy needs 6). */
export const DEFAULT_MAX_DEPTH = 64;
/** Largest `maxDepth` accepted: the readers recurse once per level, so the bound keeps the stack safe. */
export const MAX_DEPTH_LIMIT = 1000;
/**
 * Largest work budget for object input, whatever `maxLength` says (64 Mi: at most 32 Mi array
 * slots, well inside what a JavaScript array can hold).
 */
export const MAX_OBJECT_BUDGET = 67_108_864; // 64 * 1024 * 1024
/** Default `maxIssues`: issues reported in full; the rest are counted in one `TOO_MANY_ISSUES` issue. */
export const DEFAULT_MAX_ISSUES = 100;
/** @deprecated Use {@link DEFAULT_MAX_ISSUES} (the default of the `maxIssues` option). */
export const MAX_ISSUES = DEFAULT_MAX_ISSUES;
const MAX_CHARACTER_ISSUES = 100;

/** Options of {@link parsePolicy} and {@link safeParsePolicy}. */
export interface ParseOptions<K extends PolicyKind = PolicyKind> {
  /**
   * Policy kind whose rules apply. When omitted it is inferred: `'trust'` when every statement
   * has a Principal and only sts:AssumeRole*, sts:TagSession or sts:SetSourceIdentity actions;
   * else `'resource'` when any statement has a Principal or NotPrincipal; else `'identity'`.
   */
  readonly kind?: K;
  /**
   * Longest accepted text, in UTF-16 code units (default {@link DEFAULT_MAX_LENGTH}). Object input
   * is held to the same bound by a work budget (at most {@link MAX_OBJECT_BUDGET}): every visited
   * slot (array holes and repeated references included) and every character of its keys and
   * strings counts.
   */
  readonly maxLength?: number;
  /**
   * Deepest accepted nesting of objects and arrays (default {@link DEFAULT_MAX_DEPTH}); an integer
   * from 1 to {@link MAX_DEPTH_LIMIT}.
   */
  readonly maxDepth?: number;
  /**
   * Most issues reported one by one (default {@link DEFAULT_MAX_ISSUES}); when there are more, a
   * last issue with code `TOO_MANY_ISSUES` says how many were left out.
   */
  readonly maxIssues?: number;
}

/** The kinds a policy parsed without an explicit `kind` can get. */
export type InferredKind = 'identity' | 'resource' | 'trust';

/** The kind a `kind` option names: any kind when it is typed `any` (untyped code), so no `any` reaches the result. */
type KindGiven<K extends PolicyKind> = unknown extends K ? PolicyKind : K;

/** Result of {@link safeParsePolicy}. */
export type SafeParseResult<K extends PolicyKind> =
  | { readonly success: true; readonly policy: Policy<K> }
  | { readonly success: false; readonly error: PolicyParseError };

/**
 * Parses a policy and checks it against the grammar and the rules of its kind; throws
 * {@link PolicyParseError} listing every problem. `input` is JSON text, URL-encoded JSON text
 * (starting with `%7B`, as IAM's Get* APIs return it) or a plain object such as `JSON.parse` gives.
 * String-or-array elements become arrays; everything else is kept as written (Id, Sid, statement
 * and value order, condition values' JSON types). A missing Version is read as `"2008-10-17"`,
 * IAM's default, and `toJSON()` then emits it.
 *
 * @example
 * ```ts
 * import { parsePolicy } from 'typed-iam';
 * const trust = parsePolicy(
 *   '{"Version":"2012-10-17","Statement":{"Effect":"Allow","Principal":{"Service":"lambda.amazonaws.com"},"Action":"sts:AssumeRole"}}',
 *   { kind: 'trust' },
 * ); // Policy<'trust'>
 * trust.document.Statement[0]?.Principal; // { Service: ['lambda.amazonaws.com'] }
 * ```
 */
export function parsePolicy<K extends PolicyKind>(input: unknown, options: ParseOptions<K> & { readonly kind: K }): Policy<KindGiven<K>>;
export function parsePolicy(input: unknown, options?: ParseOptions): Policy<'identity'> | Policy<'resource'> | Policy<'trust'>;
export function parsePolicy(input: unknown, options: ParseOptions = {}): Policy {
  const r = run(input, options, true);
  if ('issues' in r) throw new PolicyParseError(r.issues);
  return r.policy;
}

/**
 * Like {@link parsePolicy} but never throws: returns `{ success: true, policy }` or
 * `{ success: false, error }` where `error.issues` lists every problem.
 *
 * @example
 * ```ts
 * import { safeParsePolicy } from 'typed-iam';
 * const r = safeParsePolicy('{"Version":"2012-10-17","Statement":[{"Effect":"allow","Action":"s3:GetObject"}]}');
 * if (!r.success) r.error.issues.map((i) => `${i.line}:${i.column} ${i.path} ${i.code}`);
 * // ['1:38 Statement[0] RESOURCE_REQUIRED', '1:48 Statement[0].Effect INVALID_EFFECT']
 * ```
 */
export function safeParsePolicy<K extends PolicyKind>(
  input: unknown,
  options: ParseOptions<K> & { readonly kind: K },
): SafeParseResult<KindGiven<K>>;
export function safeParsePolicy(input: unknown, options?: ParseOptions): SafeParseResult<'identity'> | SafeParseResult<'resource'> | SafeParseResult<'trust'>;
export function safeParsePolicy(input: unknown, options: ParseOptions = {}): SafeParseResult<PolicyKind> {
  const r = run(input, options, true);
  if ('issues' in r) return { success: false, error: new PolicyParseError(r.issues) };
  return { success: true, policy: r.policy };
}

type Outcome = { policy: Policy } | { issues: [PolicyIssue, ...PolicyIssue[]] };

/** Options after checking, with defaults filled in. */
interface Settings {
  readonly kind: PolicyKind | undefined;
  readonly maxDepth: number;
  readonly maxLength: number;
  readonly maxIssues: number;
  /** The caller can set `maxLength` and `maxIssues`: a limit's message may tell to raise them. */
  readonly limitOptions: boolean;
}

/** The options of {@link parsePolicy} (readPolicyInput's `rules` is taken off before). */
const PARSE_OPTIONS: readonly string[] = ['kind', 'maxDepth', 'maxIssues', 'maxLength'];

/** Checks the options (they may come from configuration); an issue for the first bad one. */
function readSettings(options: ParseOptions, limitOptions: boolean): Settings | RawIssue {
  const bad = (name: string, value: unknown, expected: string): RawIssue => ({
    segments: [],
    code: 'INVALID_OPTION',
    message: parseMessages.invalidOption(name, value, expected),
  });
  if (typeof options !== 'object' || options === null) return bad('options', options, 'an object');
  // a misspelt option read as absent takes its default: `knd: 'scp'` read the policy as an identity policy
  const read = readOptionValues(options, PARSE_OPTIONS);
  if ('unknown' in read) return { segments: [], code: 'INVALID_OPTION', message: parseMessages.unknownOption(read.unknown, PARSE_OPTIONS) };
  const { kind, maxDepth = DEFAULT_MAX_DEPTH, maxLength = DEFAULT_MAX_LENGTH, maxIssues = DEFAULT_MAX_ISSUES } = read.options as ParseOptions;
  if (kind !== undefined && !isPolicyKind(kind)) return bad('kind', kind, `one of ${POLICY_KINDS.join(', ')}`);
  if (!Number.isInteger(maxDepth) || maxDepth < 1 || maxDepth > MAX_DEPTH_LIMIT)
    return bad('maxDepth', maxDepth, `an integer from 1 to ${MAX_DEPTH_LIMIT}`);
  if (typeof maxLength !== 'number' || Number.isNaN(maxLength) || maxLength < 0) return bad('maxLength', maxLength, 'a number of characters, 0 or more');
  if (!Number.isInteger(maxIssues) || maxIssues < 1) return bad('maxIssues', maxIssues, 'an integer, 1 or more');
  return { kind, maxDepth, maxLength, maxIssues, limitOptions };
}

/** What the one reader found: the best-effort document (when the input had a document shape) and every issue. */
interface Reading {
  readonly text: string | undefined;
  readonly maxDepth: number;
  readonly maxIssues: number;
  readonly limitOptions: boolean;
  readonly document: PolicyDocument | undefined;
  readonly built: BuiltDocument | undefined;
  readonly kind: PolicyKind;
  readonly versionWritten: boolean;
  readonly issues: Issues;
  /** False when the issues were found before the text could be read as JSON (URL decoding). */
  readonly json: boolean;
}

/**
 * The one reader of raw input (text, URL-encoded text, objects): every consumer that accepts raw
 * input goes through it. `rules: 'grammar'` checks the grammar only (not the rules of a kind).
 * `limitOptions`: the caller offers `maxLength` and `maxIssues` to its user (see {@link withoutLimitOptions}).
 */
function read(input: unknown, options: ParseOptions, rules: 'kind' | 'grammar', limitOptions: boolean): Reading {
  let settings: Settings | RawIssue;
  try {
    settings = readSettings(options, limitOptions);
  } catch {
    // an options object whose getters throw
    settings = { segments: [], code: 'INVALID_OPTION', message: parseMessages.invalidOption('options', undefined, 'a plain object') };
  }
  if ('code' in settings) return nothing(new Issues(1, [settings]), undefined, DEFAULT_MAX_DEPTH, 1, limitOptions, 'identity', true);
  const { maxDepth, maxLength, maxIssues } = settings;
  const issues = new Issues(maxIssues);
  const { text, raw, built, json } =
    typeof input === 'string' ? readText(input, settings, issues) : { text: undefined, raw: fromObject(input, maxDepth, Math.min(maxLength, MAX_OBJECT_BUDGET), issues, limitOptions), built: undefined, json: true };
  if (raw === undefined) return nothing(issues, text, maxDepth, maxIssues, limitOptions, settings.kind ?? 'identity', json);
  const kind = settings.kind ?? inferKind(rawStatements(raw));
  const checked = checkRaw(raw, built, rules === 'kind' ? kind : undefined, issues);
  const versionWritten = typeof raw === 'object' && raw !== null && !Array.isArray(raw) && Object.prototype.hasOwnProperty.call(raw, 'Version');
  return { text, maxDepth, maxIssues, limitOptions, document: checked.document, built: checked.built, kind, versionWritten, issues, json };
}

/**
 * A step of {@link read} for text: its length, {@link policyText} (a byte-order mark, a JSON string,
 * URL decoding), then the fast path
 * or the strict parser. `raw` is undefined when the text is too long, cannot be decoded (`json:
 * false`) or is not JSON; the issues say why.
 */
function readText(input: string, settings: Settings, issues: Issues): { text: string | undefined; raw: JsonValue | undefined; built: BuiltDocument | undefined; json: boolean } {
  if (input.length > settings.maxLength) {
    issues.add({ segments: [], code: 'INPUT_TOO_LARGE', message: parseMessages.inputTooLarge(input.length, settings.maxLength, settings.limitOptions) });
    return { text: undefined, raw: undefined, built: undefined, json: true };
  }
  // a byte-order mark is not part of the policy (the CLI drops it too); a JSON string holding the
  // policy text and URL-encoded text are read to the policy JSON
  const { text, issue } = policyText(input);
  if (issue !== undefined) {
    issues.add(issue);
    return { text, raw: undefined, built: undefined, json: false };
  }
  const fast = fastParse(text, settings.maxDepth);
  if (fast !== undefined) return { text, raw: fast.raw, built: fast.built, json: true };
  // characters IAM does not accept (iam-reference §1) are reported one by one
  if (firstInvalidChar(text) >= 0) characterIssues(text, issues);
  const r = parseJson(text, settings.maxDepth, false);
  for (const p of r.problems) issues.add(jsonIssue(p));
  return { text, raw: r.value, built: undefined, json: true };
}

/**
 * A step of {@link read}: the model document of a JSON value, with the issues of its shape (JSON
 * that is not a policy's) and of the model's rules (the grammar, and `kind`'s rules when given).
 */
function checkRaw(raw: JsonValue, built: BuiltDocument | undefined, kind: PolicyKind | undefined, issues: Issues): { document: PolicyDocument; built: BuiltDocument } {
  built ??= buildDocument(raw);
  // past the cap, shape issues are counted, not spelled; they still cover the model's issues
  const unspelled: RawIssue[] = [];
  const shape = built.clean ? [] : checkShape(raw, issues.room, unspelled);
  issues.skip(unspelled.length);
  // one at a time: spreading a list of 10^5 issues into push() overflows the stack
  for (const i of shape) issues.add(i);
  for (const i of unspelled) shape.push(i);
  checkDocument(built.document, kind, modelSink(issues, shape, built.broken));
  return { document: built.document, built };
}

function nothing(issues: Issues, text: string | undefined, maxDepth: number, maxIssues: number, limitOptions: boolean, kind: PolicyKind, json: boolean): Reading {
  return { text, maxDepth, maxIssues, limitOptions, document: undefined, built: undefined, kind, versionWritten: false, issues, json };
}

function run(input: unknown, options: ParseOptions, limitOptions: boolean): Outcome {
  const r = read(input, options, 'kind', limitOptions);
  if (r.issues.count === 0 && r.document !== undefined) return { policy: parsedPolicy(r.kind, r.document, r.built?.clean === true) };
  return fail(r);
}

/** Options of {@link readPolicyInput}. */
export interface ReadOptions extends ParseOptions {
  /** `'grammar'`: check the policy grammar only, not the rules of a kind (default `'kind'`). */
  readonly rules?: 'kind' | 'grammar';
}

/** Result of {@link readPolicyInput}. */
export interface PolicyReading {
  /**
   * The document as far as it could be read (elements of the wrong shape left out), or
   * `undefined` when the input is not a JSON object at all. When `issues` is not empty it is not a
   * valid policy: use it only to report more problems.
   */
  readonly document: PolicyDocument | undefined;
  /** The kind whose rules were checked (given, or inferred: see {@link ParseOptions.kind}). */
  readonly kind: PolicyKind;
  /** Every problem, as {@link PolicyParseError} lists them; empty when the input is a valid policy. */
  readonly issues: readonly PolicyIssue[];
  /** Whether the input wrote a `Version` element (a missing one reads as 2008-10-17). */
  readonly versionWritten: boolean;
  /** The JSON text that was read (URL-decoded, without a byte-order mark), for text input. */
  readonly text: string | undefined;
}

/**
 * The one best-effort reader of raw input (JSON text, URL-encoded text, plain objects): returns
 * what could be read and every issue instead of throwing. `lint` reports the issues, `evaluate`
 * throws them as a {@link PolicyParseError}; {@link parsePolicy} is this reader plus the throw.
 *
 * @example
 * ```ts
 * import { readPolicyInput } from 'typed-iam';
 * const r = readPolicyInput('{"Version":"2012-10-17","Statement":[{"Effect":"Permit","Action":"s3:GetObject","Resource":"*"}]}');
 * r.issues.map((i) => i.code); // ['INVALID_EFFECT']
 * r.document?.Statement.length; // 1
 * ```
 */
export function readPolicyInput(input: unknown, options: ReadOptions = {}): PolicyReading {
  return readInput(input, options, true);
}

function readInput(input: unknown, options: ReadOptions, limitOptions: boolean): PolicyReading {
  const { rules = 'kind', ...rest } = typeof options === 'object' && options !== null ? options : ({} as ReadOptions);
  const r = read(input, typeof options === 'object' && options !== null ? rest : options, rules, limitOptions);
  const issues = r.issues.count === 0 ? [] : fail(r).issues;
  return { document: r.document, kind: r.kind, issues, versionWritten: r.versionWritten, text: r.text };
}

/**
 * The readers above for a caller that offers its user neither `maxLength` nor `maxIssues` (lint,
 * evaluate, the CLI, cdk): the same issues, but a limit's message (`INPUT_TOO_LARGE`,
 * `TOO_MANY_ISSUES`) says what that user can do instead of naming an option they cannot set.
 *
 * @example
 * ```ts
 * import { withoutLimitOptions } from './index.js';
 * withoutLimitOptions.read('x'.repeat(17 * 1024 * 1024)).issues[0]?.message;
 * // 'The input is 17,825,792 characters, more than the 16,777,216 allowed; that is far longer than any IAM policy quota allows; check that the input is one policy.'
 * ```
 */
export const withoutLimitOptions = {
  /** {@link parsePolicy}. */
  parse(input: unknown, options: ParseOptions = {}): Policy {
    const r = run(input, options, false);
    if ('issues' in r) throw new PolicyParseError(r.issues);
    return r.policy;
  },
  /** {@link safeParsePolicy}. */
  safeParse(input: unknown, options: ParseOptions = {}): SafeParseResult<PolicyKind> {
    const r = run(input, options, false);
    return 'issues' in r ? { success: false, error: new PolicyParseError(r.issues) } : { success: true, policy: r.policy };
  },
  /** {@link readPolicyInput}. */
  read(input: unknown, options: ReadOptions = {}): PolicyReading {
    return readInput(input, options, false);
  },
};

function characterIssues(text: string, issues: Issues): void {
  let count = 0;
  for (let i = 0; i < text.length && count < MAX_CHARACTER_ISSUES; i++) {
    if (isPolicyCharCode(text.charCodeAt(i))) continue;
    const ch = String.fromCodePoint(text.codePointAt(i)!);
    issues.add({ segments: [], code: 'INVALID_CHARACTER', message: parseMessages.invalidValueChar(ch, 'The policy text'), offset: i });
    count++;
    if (ch.length === 2) i++;
  }
}

function jsonIssue(p: JsonProblem): RawIssue {
  switch (p.kind) {
    case 'syntax':
      return { segments: [], code: 'JSON_SYNTAX', message: parseMessages.jsonSyntax(p.detail), offset: p.offset };
    case 'too-deep':
      return { segments: [], code: 'TOO_DEEP', message: parseMessages.tooDeep(Number(p.detail)), offset: p.offset };
    case 'duplicate':
      return { segments: [], code: 'DUPLICATE_KEY', message: parseMessages.duplicateKey(p.detail), offset: p.offset, atKey: true };
    case 'number':
      return { segments: [], code: 'INVALID_TYPE', message: parseMessages.inexactNumber(p.detail), offset: p.offset };
    case 'escaped-char': {
      let k = 0;
      while (k < p.detail.length && isPolicyCharCode(p.detail.charCodeAt(k))) k++;
      const ch = String.fromCodePoint(p.detail.codePointAt(k) ?? 0xfffd);
      return {
        segments: [],
        code: 'INVALID_CHARACTER',
        message: parseMessages.invalidValueChar(ch, 'This string (after decoding its escapes)'),
        offset: p.offset,
      };
    }
  }
}

const PAIRS: Partial<Record<PolicyIssue['code'], readonly string[]>> = {
  MISSING_ELEMENT: ['Action', 'NotAction'],
  RESOURCE_REQUIRED: ['Resource', 'NotResource'],
  PRINCIPAL_REQUIRED: ['Principal', 'NotPrincipal'],
};

/**
 * Where the model's checks (`checkDocument`) put their issues for `issues`. An issue already
 * covered by a shape issue is left out: the best-effort document leaves out ill-shaped elements,
 * which would otherwise show up a second time as missing or invalid; so is every issue of a broken
 * statement, and every one when the document itself has the wrong type. Past the cap of `issues`
 * an issue is only counted, its path and message never spelled, except in a statement with shape
 * issues, where it is made to see whether a shape issue covers it. The issues kept and the count
 * are those of making every issue and adding the relevant ones in order (1,000,000 invalid actions
 * took 24 s, mostly spelling 999,000 messages that were dropped).
 */
function modelSink(issues: Issues, shape: readonly RawIssue[], broken: ReadonlySet<number>): IssueSink {
  // what the shape issues cover, as sets, so each model issue is looked up once (linear)
  const shapePaths = new Set<string>();
  const shapePairs = new Set<string>(); // "index element" of shape issues inside a statement
  const shapeAncestors = new Set<string>(); // proper prefixes (3 segments or more) of shape paths
  const shaped = new Set<number>(); // statements with shape issues
  for (const s of shape) {
    shapePaths.add(formatPath(s.segments));
    const [top, index, el] = s.segments;
    if (top !== 'Statement' || typeof index !== 'number') continue;
    shaped.add(index);
    if (typeof el === 'string') shapePairs.add(`${index} ${el}`);
    for (let k = 3; k < s.segments.length; k++) shapeAncestors.add(formatPath(s.segments.slice(0, k)));
  }
  // the document itself has the wrong type: nothing else is worth saying
  const none = shapePaths.has('');
  const counted = (index: number | undefined): boolean => !none && (index === undefined || !broken.has(index));
  return {
    wants: (index) => counted(index) && (index === undefined || issues.room > 0 || shaped.has(index)),
    count: (index) => {
      if (counted(index)) issues.skip(1);
    },
    add(issue) {
      const segments = readPath(issue.path) ?? [];
      const [top, index] = segments;
      const path = formatPath(segments);
      if (shapePaths.has(path)) return;
      if (top === 'Statement' && typeof index === 'number') {
        if (broken.has(index)) return;
        const pair = segments.length === 2 ? PAIRS[issue.code] : undefined;
        if (pair && pair.some((el) => shapePairs.has(`${index} ${el}`))) return;
        if (segments.length >= 3 && shapeAncestors.has(path)) return;
      }
      const preferKey = issue.code === 'INVALID_PRINCIPAL' && segments.length === 4;
      issues.add({ segments, code: issue.code, message: issue.message, atKey: preferKey });
    },
  };
}

/** True when the root object's (last) `Statement` is a bare object: its statement is `Statement[0]`. */
function bareStatement(root: ValuePosition): boolean {
  const members = root.node?.isArray === false ? root.node.members : [];
  for (let k = members.length - 1; k >= 0; k--) if (members[k]!.key === 'Statement') return members[k]!.node?.isArray === false;
  return false;
}

/** A text path -> model path: inside a bare statement object, the statement is `Statement[0]`. */
function modelPath(bare: boolean, segments: PathSegment[]): PathSegment[] {
  if (!bare || segments[0] !== 'Statement' || segments.length < 2 || typeof segments[1] !== 'string') return segments;
  return ['Statement', 0, ...segments.slice(1)];
}

/**
 * Gives every issue its text path and, for text input, its line and column; drops repeats; sorts
 * by position; keeps the first `maxIssues` and sums up the rest in one `TOO_MANY_ISSUES` issue.
 */
function fail({ issues: raw, text, maxDepth, maxIssues, limitOptions, json }: Reading): { issues: [PolicyIssue, ...PolicyIssue[]] } {
  let root: ValuePosition | undefined;
  let lines: LineIndex | undefined;
  if (text !== undefined) {
    lines = new LineIndex(text);
    if (json) root = parseJson(text, maxDepth, true).root;
  }
  const bare = root !== undefined && bareStatement(root);
  const seen = new Set<string>();
  const placed: { r: RawIssue; path: string; at: number }[] = [];
  for (const r of raw.list) {
    let segments = r.segments;
    if (r.offset !== undefined && segments.length === 0 && root !== undefined) segments = modelPath(bare, pathAt(root, r.offset));
    const path = formatPath(segments);
    const key = `${r.code} ${path} ${r.offset ?? ''}`;
    if (seen.has(key)) continue;
    seen.add(key);
    let at = r.offset ?? -1;
    if (at < 0 && root !== undefined) at = offsetOf(root, segments, r.atKey === true);
    placed.push({ r, path, at });
  }
  if (text !== undefined) placed.sort((a, b) => a.at - b.at);
  const shown = Math.min(placed.length, maxIssues);
  const issues: PolicyIssue[] = [];
  // line and column only for the issues listed
  for (let k = 0; k < shown; k++) {
    const { r, path, at } = placed[k]!;
    issues.push(lines !== undefined && at >= 0 ? { path, code: r.code, message: r.message, ...lines.at(at) } : { path, code: r.code, message: r.message });
  }
  const more = placed.length - shown + raw.dropped;
  if (more > 0) issues.push({ path: '', code: 'TOO_MANY_ISSUES', message: parseMessages.tooManyIssues(more, maxIssues, limitOptions) });
  return { issues: issues as [PolicyIssue, ...PolicyIssue[]] };
}
