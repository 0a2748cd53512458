/**
 * Shape check: runs the grammar (grammar.ts) over the raw JSON value and turns its findings into
 * policy issues with model paths (a bare statement object is `Statement[0]`).
 */
import type { PolicyIssueCode } from '../errors.js';
import * as messages from '../messages.js';
import { parseMessages, show } from '../messages.js';
import type { JsonObject, JsonValue } from './json.js';
import { LIST_ELEMENTS, PRINCIPAL_TYPES } from '../model/policy-document.js';
import { formatPath, valueAt, type PathSegment } from './path.js';
import { conditionBlockIssues, conditionValuesIssues, grammarIssues, type GrammarIssue } from './grammar.js';
import { isRecord } from '../internal/record.js';

/** An issue before it is given its text path and position. */
export interface RawIssue {
  readonly segments: readonly PathSegment[];
  readonly code: PolicyIssueCode;
  readonly message: string;
  /** Point at the key rather than the value (unknown element, duplicate key). */
  readonly atKey?: boolean;
  /** Offset in the text, when known without a path lookup. */
  readonly offset?: number;
}

/**
 * The issues of one parse. Linear in what is added, and bounded: past a cap (ten times
 * `maxIssues`, at least 1,000) issues are only counted, so an input with millions of problems
 * costs no more memory than one with a thousand.
 */
export class Issues {
  readonly list: RawIssue[];
  #dropped = 0;
  readonly #cap: number;
  constructor(maxIssues: number, list: RawIssue[] = []) {
    this.list = list;
    this.#cap = Math.max(1000, Math.min(maxIssues * 10, 1_000_000));
  }
  add(issue: RawIssue): void {
    if (this.list.length < this.#cap) this.list.push(issue);
    else this.#dropped++;
  }
  /** Counts `n` issues found but not made (past a reader's own limit). */
  skip(n: number): void {
    this.#dropped += n;
  }
  /** Room left before the cap. */
  get room(): number {
    return Math.max(0, this.#cap - this.list.length);
  }
  /** Issues added so far, kept or not. */
  get count(): number {
    return this.list.length + this.#dropped;
  }
  /** Issues added beyond the cap (counted, not kept). */
  get dropped(): number {
    return this.#dropped;
  }
}

const PAIR_ELEMENTS = /*#__PURE__*/ new Set<string>(LIST_ELEMENTS);

/** What a value at `seg` (a model path) must be, as a phrase for messages. */
function expected(seg: readonly PathSegment[]): string {
  const [top, , el, a, b, c] = seg;
  if (seg.length === 0) return 'an object';
  if (top === 'Statement') {
    if (seg.length === 1) return 'an object or an array of objects';
    if (seg.length === 2) return 'an object';
    if (el === 'Principal' || el === 'NotPrincipal') {
      if (seg.length === 3) return '"*" or an object such as {"AWS": "arn:aws:iam::123456789012:root"}';
      return seg.length === 4 ? 'a string or an array of strings' : 'a string';
    }
    if (el === 'Condition') {
      if (seg.length === 3) return 'an object mapping operators to condition keys, e.g. {"StringEquals": {"aws:PrincipalOrgID": "o-abc123"}}';
      if (seg.length === 4) return `an object mapping condition keys to values under operator ${show(a)}`;
      if (seg.length === 5) return `a string, number or boolean, or an array of them (condition key ${show(b)})`;
      return c === undefined ? '' : 'a string, number or boolean';
    }
    if (typeof el === 'string' && PAIR_ELEMENTS.has(el)) return seg.length === 3 ? 'a string or an array of strings' : 'a string';
  }
  return 'a string';
}

function jsonType(v: JsonValue | undefined): string {
  if (v === undefined) return 'nothing';
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'an array';
  if (typeof v === 'object') return 'an object';
  const shown = typeof v === 'string' && v.length > 40 ? `${JSON.stringify(v.slice(0, 40))}...` : JSON.stringify(v);
  return `${typeof v === 'number' ? 'the number' : typeof v === 'boolean' ? 'the boolean' : 'the string'} ${shown}`;
}

/** Raw path (as in the input) -> model path (a bare statement object is statement 0). */
function toModel(raw: JsonValue, path: readonly PathSegment[]): PathSegment[] {
  if (path[0] === 'Statement' && path.length > 1 && typeof path[1] === 'string') {
    const st = valueAt(raw, ['Statement']);
    if (st !== undefined && !Array.isArray(st)) return ['Statement', 0, ...path.slice(1)];
  }
  return path.slice();
}

/**
 * The policy issues of one grammar finding, pushed to `out`. Without `spell` only their path and
 * code are made (the message is empty): enough to count them and to know what they cover.
 */
function mapIssue(raw: JsonValue, path: readonly PathSegment[], issue: GrammarIssue, out: RawIssue[], spell: boolean): void {
  const model = toModel(raw, path);
  const inCondition = path[0] === 'Statement' && model[2] === 'Condition';
  const value = valueAt(raw, path);
  const last = path[path.length - 1];

  if (issue.code === 'keys') {
    const el = model[2];
    // principal types are checked by model validation, which knows the valid ones
    if (model.length === 3 && (el === 'Principal' || el === 'NotPrincipal')) return;
    for (const key of issue.keys ?? []) {
      const where = model.length === 0 ? 'the policy document' : 'a statement';
      const segments = toModel(raw, [...path, key]);
      out.push({ segments, code: 'UNKNOWN_ELEMENT', message: parseMessages.unknownElement(key, where), atKey: true });
    }
    return;
  }
  if (value === undefined && (last === 'Effect' || last === 'Statement')) {
    out.push({
      segments: model,
      code: 'MISSING_ELEMENT',
      message: last === 'Effect' ? parseMessages.missingEffect() : messages.missingStatement(),
    });
    return;
  }
  if (issue.code === 'value' && typeof value === 'string') {
    if (last === 'Effect') return void out.push({ segments: model, code: 'INVALID_EFFECT', message: messages.invalidEffect(value) });
    if (last === 'Version')
      return void out.push({ segments: model, code: 'INVALID_VERSION', message: messages.invalidVersion(value) });
    if (last === 'Principal' || last === 'NotPrincipal')
      return void out.push({ segments: model, code: 'INVALID_PRINCIPAL', message: parseMessages.principalString(value, String(last)) });
  }
  // an object of principal types whose values have the wrong type ({"AWS": 123456789012}): each
  // such value is named at its own place (the grammar, like the zod schema, flags the principal)
  if (issue.code === 'value' && isRecord(value) && (last === 'Principal' || last === 'NotPrincipal')) {
    const before = out.length;
    for (const type of PRINCIPAL_TYPES) {
      if (!Object.hasOwn(value, type)) continue;
      const v = value[type]!;
      const bad = typeof v === 'string' ? [] : Array.isArray(v) ? v.flatMap((x, i) => (typeof x === 'string' ? [] : [[type, i] as PathSegment[]])) : [[type] as PathSegment[]];
      for (const rest of bad) {
        const segments = [...model, ...rest];
        out.push({ segments, code: 'INVALID_TYPE', message: spell ? parseMessages.invalidType(formatPath(segments), expected(segments), jsonType(valueAt(value, rest))) : '' });
      }
    }
    if (out.length > before) return;
  }
  // the one empty list the grammar refuses is Statement (empty condition lists are read)
  if (issue.code === 'empty') return void out.push({ segments: model, code: 'MISSING_ELEMENT', message: messages.missingStatement() });
  out.push({
    segments: model,
    code: inCondition ? 'INVALID_CONDITION' : 'INVALID_TYPE',
    message: spell ? parseMessages.invalidType(formatPath(model), expected(model), jsonType(value)) : '',
  });
}


/**
 * Checks the raw value against the grammar; returns the problems found. The issues of at most
 * `limit` of the grammar's findings are spelled (path and message); those of the rest go to
 * `unspelled` with their path and code only (message empty), so that they can be counted
 * exactly and still cover what the model's rules find there (docs/parsing.md, Issues), and a list
 * of 10^5 bad items costs little more than the walk itself.
 */
export function checkShape(raw: JsonValue, limit = Number.POSITIVE_INFINITY, unspelled?: RawIssue[]): RawIssue[] {
  const collected = grammarIssues(raw);

  // What the grammar leaves to this pass: "__proto__" operators and keys (kept apart so that the
  // grammar's walk matches the zod schema's, which skips them). Empty condition objects are read.
  const out: RawIssue[] = [];
  const st = isRecord(raw) ? raw['Statement'] : undefined;
  const list = Array.isArray(st) ? st : st === undefined ? [] : [st];
  list.forEach((statement, i) => {
    const cond = isRecord(statement) ? statement['Condition'] : undefined;
    if (!isRecord(cond)) return;
    const base: PathSegment[] = Array.isArray(st) ? ['Statement', i, 'Condition'] : ['Statement', 'Condition'];
    for (const op of Object.keys(cond)) {
      const block = cond[op]!;
      if (op === '__proto__') conditionBlockIssues(block, [...base, op], collected);
      if (!isRecord(block)) continue;
      if (Object.hasOwn(block, '__proto__')) conditionValuesIssues(block['__proto__']!, [...base, op, '__proto__'], collected);
    }
  });

  // a statement written as {} is one problem (EMPTY_STATEMENT), not a list of missing elements:
  // the grammar's findings inside it are neither listed nor counted
  const empty = new Set<number>();
  list.forEach((statement, i) => {
    if (isRecord(statement) && Object.keys(statement).length === 0) empty.add(i);
  });
  const inEmpty = (path: readonly PathSegment[]): boolean =>
    path[0] === 'Statement' && path.length > 1 && empty.has(typeof path[1] === 'number' ? path[1] : 0);
  const found = empty.size === 0 ? collected : collected.filter((i) => !inEmpty(i.path));

  const mapped = Math.min(found.length, limit);
  for (let k = 0; k < mapped; k++) mapIssue(raw, found[k]!.path, found[k]!, out, true);
  if (unspelled !== undefined) for (let k = mapped; k < found.length; k++) mapIssue(raw, found[k]!.path, found[k]!, unspelled, false);
  for (const i of empty) out.push({ segments: ['Statement', i], code: 'EMPTY_STATEMENT', message: parseMessages.emptyStatement() });
  return out;
}
