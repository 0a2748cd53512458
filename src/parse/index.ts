/**
 * Parse: JSON text, URL-encoded JSON text (as the IAM API returns it) or a plain object -> a
 * validated, frozen policy of the same type the builder makes. Every problem is reported at once,
 * with a readable path and, for text, line and column.
 */
import { PolicyParseError, type PolicyIssue } from '../errors.js';
import * as messages from '../messages.js';
import { parseMessages } from '../messages.js';
import { validateDocument } from '../model/kinds.js';
import type { PolicyDocument, PolicyKind } from '../model/policy-document.js';
import { trustedPolicy } from '../policy/policy.js';
import type { Policy } from '../policy/types.js';
import { buildDocument, hasPrincipal, type BuiltDocument } from './build.js';
import { checkShape, type RawIssue } from './check.js';
import { fromObject, isUrlEncoded, urlDecode } from './input.js';
import { fastParse } from './fast.js';
import { LineIndex, parseJson, type JsonProblem, type JsonValue, type ValuePosition } from './json.js';
import { formatPath, offsetOf, pathAt, readPath, type PathSegment } from './path.js';
import { toJsonSchema } from './schema.js';

/** Default `maxLength`: 16 MiB of text (real policies are at most a few KB; a 10 MB document still parses). */
export const DEFAULT_MAX_LENGTH = 16 * 1024 * 1024;
/** Default `maxDepth`: nesting levels of objects and arrays (a policy needs 6). */
export const DEFAULT_MAX_DEPTH = 64;
/** At most this many issues are reported; a pathological input does not produce a huge error. */
export const MAX_ISSUES = 1000;
const MAX_CHARACTER_ISSUES = 100;

/** Options of {@link parsePolicy} and {@link safeParsePolicy}. */
export interface ParseOptions<K extends PolicyKind = PolicyKind> {
  /**
   * Policy kind whose rules apply. When omitted it is inferred: `'resource'` when any statement
   * has a Principal or NotPrincipal, else `'identity'`.
   */
  readonly kind?: K;
  /** Longest accepted text, in UTF-16 code units (default {@link DEFAULT_MAX_LENGTH}). */
  readonly maxLength?: number;
  /** Deepest accepted nesting of objects and arrays (default {@link DEFAULT_MAX_DEPTH}). */
  readonly maxDepth?: number;
}

/** The kinds a policy parsed without an explicit `kind` can get. */
export type InferredKind = 'identity' | 'resource';

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
 * const trust = parsePolicy(
 *   '{"Version":"2012-10-17","Statement":{"Effect":"Allow","Principal":{"Service":"lambda.amazonaws.com"},"Action":"sts:AssumeRole"}}',
 *   { kind: 'trust' },
 * ); // Policy<'trust'>
 * trust.document.Statement[0]?.Principal; // { Service: ['lambda.amazonaws.com'] }
 * ```
 */
export function parsePolicy<K extends PolicyKind>(input: unknown, options: ParseOptions<K> & { readonly kind: K }): Policy<K>;
export function parsePolicy(input: unknown, options?: ParseOptions): Policy<'identity'> | Policy<'resource'>;
export function parsePolicy(input: unknown, options: ParseOptions = {}): Policy {
  const r = run(input, options);
  if ('issues' in r) throw new PolicyParseError(r.issues);
  return r.policy;
}

/**
 * Like {@link parsePolicy} but never throws: returns `{ success: true, policy }` or
 * `{ success: false, error }` where `error.issues` lists every problem.
 *
 * @example
 * ```ts
 * const r = safeParsePolicy('{"Version":"2012-10-17","Statement":[{"Effect":"allow","Action":"s3:GetObject"}]}');
 * if (!r.success) r.error.issues.map((i) => `${i.line}:${i.column} ${i.path} ${i.code}`);
 * // ['1:43 Statement[0].Effect INVALID_EFFECT', '1:27 Statement[0] RESOURCE_REQUIRED']
 * ```
 */
export function safeParsePolicy<K extends PolicyKind>(
  input: unknown,
  options: ParseOptions<K> & { readonly kind: K },
): SafeParseResult<K>;
export function safeParsePolicy(input: unknown, options?: ParseOptions): SafeParseResult<'identity'> | SafeParseResult<'resource'>;
export function safeParsePolicy(input: unknown, options: ParseOptions = {}): SafeParseResult<PolicyKind> {
  const r = run(input, options);
  if ('issues' in r) return { success: false, error: new PolicyParseError(r.issues) };
  return { success: true, policy: r.policy };
}

/**
 * JSON Schema (draft 2020-12) of the policy grammar, generated from the parser's zod schemas; with
 * a `kind`, also that kind's element rules that JSON Schema can state (Principal forbidden in
 * identity policies, Resource forbidden in trust policies, ...). A fresh object on every call. The
 * committed files in `schema/` hold the same content.
 *
 * @example
 * ```ts
 * const schema = policyJsonSchema('trust');
 * schema.$schema; // 'https://json-schema.org/draft/2020-12/schema'
 * ```
 */
export function policyJsonSchema(kind?: PolicyKind): Record<string, unknown> {
  return toJsonSchema(kind);
}

type Outcome = { policy: Policy } | { issues: [PolicyIssue, ...PolicyIssue[]] };

/** Text IAM accepts (iam-reference §1); anything else is reported per character. */
const OUTSIDE_RANGE = /[^\t\n\r\x20-\xff]/;

function run(input: unknown, options: ParseOptions): Outcome {
  const maxDepth = options.maxDepth ?? DEFAULT_MAX_DEPTH;
  const maxLength = options.maxLength ?? DEFAULT_MAX_LENGTH;
  const issues: RawIssue[] = [];
  let text: string | undefined;
  let raw: JsonValue | undefined;
  let built: BuiltDocument | undefined;

  if (typeof input === 'string') {
    if (input.length > maxLength)
      return fail([{ segments: [], code: 'INPUT_TOO_LARGE', message: parseMessages.inputTooLarge(input.length, maxLength) }], undefined, maxDepth);
    text = input;
    if (isUrlEncoded(text)) {
      const d = urlDecode(text);
      if ('issue' in d) return fail([d.issue], text, maxDepth, false);
      text = d.text;
    }
    const fast = fastParse(text, maxDepth);
    if (fast !== undefined) {
      raw = fast.raw;
      built = fast.built;
    } else {
      if (OUTSIDE_RANGE.test(text)) characterIssues(text, issues);
      const r = parseJson(text, maxDepth, false);
      for (const p of r.problems) issues.push(jsonIssue(p));
      raw = r.value;
    }
  } else {
    raw = fromObject(input, maxDepth, issues);
  }

  let document: PolicyDocument | undefined;
  let kind: PolicyKind = options.kind ?? 'identity';
  if (raw !== undefined) {
    if (options.kind === undefined && hasPrincipal(raw)) kind = 'resource';
    built ??= buildDocument(raw);
    const shape = built.clean ? [] : checkShape(raw);
    document = built.document;
    const checked = validateDocument(document, kind);
    if (shape.length > 0 || checked.length > 0) issues.push(...shape, ...relevant(checked, shape, built.broken));
  }
  if (issues.length === 0 && document !== undefined) return { policy: trustedPolicy(kind, document, built?.clean === true) };
  return fail(issues, text, maxDepth);
}

function characterIssues(text: string, issues: RawIssue[]): void {
  let count = 0;
  for (let i = 0; i < text.length && count < MAX_CHARACTER_ISSUES; i++) {
    const c = text.charCodeAt(i);
    if (c === 9 || c === 10 || c === 13 || (c >= 0x20 && c <= 0xff)) continue;
    const ch = String.fromCodePoint(text.codePointAt(i)!);
    issues.push({ segments: [], code: 'INVALID_CHARACTER', message: parseMessages.invalidValueChar(ch, 'The policy text'), offset: i });
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
      while (k < p.detail.length) {
        const c = p.detail.charCodeAt(k);
        if (!(c === 9 || c === 10 || c === 13 || (c >= 0x20 && c <= 0xff))) break;
        k++;
      }
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
 * Model-validation issues not already covered by a shape issue: the best-effort document leaves out
 * ill-shaped elements, which would otherwise show up a second time as missing or invalid.
 */
function relevant(checked: readonly PolicyIssue[], shape: readonly RawIssue[], broken: ReadonlySet<number>): RawIssue[] {
  const out: RawIssue[] = [];
  if (checked.length === 0) return out;
  const shapePaths = new Set(shape.map((i) => formatPath(i.segments)));
  // the document itself has the wrong type: nothing else is worth saying
  if (shapePaths.has('')) return out;
  for (const issue of checked) {
    const segments = readPath(issue.path) ?? [];
    const [top, index] = segments;
    if (shapePaths.has(formatPath(segments))) continue;
    if (top === 'Statement' && typeof index === 'number') {
      if (broken.has(index)) continue;
      const pair = segments.length === 2 ? PAIRS[issue.code] : undefined;
      if (pair && shape.some((s) => s.segments[1] === index && pair.includes(s.segments[2] as string))) continue;
      if (segments.length >= 3 && shape.some((s) => s.segments.length > segments.length && startsWith(s.segments, segments)))
        continue;
    }
    const preferKey = issue.code === 'INVALID_PRINCIPAL' && segments.length === 4;
    out.push({ segments, code: issue.code, message: issue.message, atKey: preferKey });
  }
  return out;
}

/** A text path -> model path: inside a bare statement object, the statement is `Statement[0]`. */
function modelPath(root: ValuePosition, segments: PathSegment[]): PathSegment[] {
  if (segments[0] !== 'Statement' || segments.length < 2 || typeof segments[1] !== 'string') return segments;
  const members = root.node?.isArray === false ? root.node.members : [];
  for (let k = members.length - 1; k >= 0; k--)
    if (members[k]!.key === 'Statement') return members[k]!.node?.isArray === false ? ['Statement', 0, ...segments.slice(1)] : segments;
  return segments;
}

function startsWith(a: readonly PathSegment[], prefix: readonly PathSegment[]): boolean {
  return prefix.every((s, i) => a[i] === s);
}

/** Gives every issue its text path and, for text input, its line and column; sorts by position. */
function fail(raw: readonly RawIssue[], text: string | undefined, maxDepth: number, json = true): { issues: [PolicyIssue, ...PolicyIssue[]] } {
  let root: ValuePosition | undefined;
  let lines: LineIndex | undefined;
  if (text !== undefined) {
    lines = new LineIndex(text);
    if (json) root = parseJson(text, maxDepth, true).root;
  }
  const seen = new Set<string>();
  const placed: { issue: PolicyIssue; at: number }[] = [];
  for (const r of raw) {
    let segments = r.segments;
    if (r.offset !== undefined && segments.length === 0 && root !== undefined) segments = modelPath(root, pathAt(root, r.offset));
    const path = formatPath(segments);
    const key = `${r.code} ${path} ${r.offset ?? ''}`;
    if (seen.has(key)) continue;
    seen.add(key);
    let at = r.offset ?? -1;
    if (at < 0 && root !== undefined) at = offsetOf(root, segments, r.atKey === true);
    const issue: PolicyIssue = lines !== undefined && at >= 0 ? { path, code: r.code, message: r.message, ...lines.at(at) } : { path, code: r.code, message: r.message };
    placed.push({ issue, at });
  }
  if (text !== undefined) placed.sort((a, b) => a.at - b.at);
  const issues = placed.slice(0, MAX_ISSUES).map((p) => p.issue);
  return { issues: issues as [PolicyIssue, ...PolicyIssue[]] };
}
