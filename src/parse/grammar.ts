/**
 * The grammar check of the parser: walks a raw JSON value and lists where it departs from the
 * policy grammar (element names, JSON types), without zod, so that parsing loads no validator
 * library. `schema.ts` states the same grammar as a zod schema for users; a test runs both over
 * generated documents and requires the same findings.
 */
import type { JsonObject, JsonValue } from './json.js';
import type { PathSegment } from './path.js';
import { DOCUMENT_KEYS, EFFECTS, LIST_ELEMENTS, POLICY_VERSIONS, PRINCIPAL_TYPES, STATEMENT_KEYS } from '../model/policy-document.js';
import { isRecord, ownValue } from '../internal/record.js';

/** One departure from the grammar, at `path` in the raw value (a bare statement is `Statement`). */
export interface GrammarIssue {
  readonly path: readonly PathSegment[];
  /**
   * `type`: wrong JSON type (or missing); `value`: not one of the allowed strings (Version,
   * Effect, `"*"` principal); `empty`: an empty array where one value is needed; `keys`: unknown
   * element names, listed in `keys`.
   */
  readonly code: 'type' | 'value' | 'empty' | 'keys';
  readonly keys?: readonly string[];
}

const VERSIONS: readonly unknown[] = POLICY_VERSIONS;
const EFFECT_VALUES: readonly unknown[] = EFFECTS;
const DOCUMENT: readonly string[] = DOCUMENT_KEYS;
const STATEMENT: readonly string[] = STATEMENT_KEYS;
const PRINCIPAL: readonly string[] = PRINCIPAL_TYPES;
const LISTS: readonly string[] = LIST_ELEMENTS;

type Out = GrammarIssue[];


function unknownKeys(o: JsonObject, known: readonly string[], path: readonly PathSegment[], out: Out): void {
  const keys = Object.keys(o).filter((k) => !known.includes(k));
  if (keys.length > 0) out.push({ path, code: 'keys', keys });
}

/** A string or an array of strings. */
function stringOrList(v: JsonValue, path: readonly PathSegment[], out: Out): void {
  if (typeof v === 'string') return;
  if (!Array.isArray(v)) return void out.push({ path, code: 'type' });
  v.forEach((x, i) => typeof x !== 'string' && out.push({ path: [...path, i], code: 'type' }));
}

/**
 * `"*"` or an object of principal types. An object whose only fault is an unknown type reports
 * that; anything else is one issue at the principal.
 */
function principal(v: JsonValue, path: readonly PathSegment[], out: Out): void {
  if (v === '*') return;
  if (!isRecord(v)) return void out.push({ path, code: 'value' });
  const values: Out = [];
  for (const k of PRINCIPAL) {
    const x = ownValue(v, k);
    if (x !== undefined) stringOrList(x, [k], values);
  }
  if (values.length > 0) out.push({ path, code: 'value' });
  else unknownKeys(v, PRINCIPAL, path, out);
}

const isScalar = (x: JsonValue | undefined): boolean => typeof x === 'string' || typeof x === 'number' || typeof x === 'boolean';

/**
 * The values of one condition key: a string, number or boolean, or an array of them. An empty
 * array is read (IAM takes it; Access Analyzer suggests fixing it, EMPTY_ARRAY_CONDITION*); evaluate
 * refuses it, as it has no documented reading.
 */
export function conditionValuesIssues(v: JsonValue, path: readonly PathSegment[], out: Out): void {
  if (isScalar(v)) return;
  if (!Array.isArray(v)) return void out.push({ path, code: 'type' });
  v.forEach((x, i) => !isScalar(x) && out.push({ path: [...path, i], code: 'type' }));
}

/** The condition keys of one operator and their values (`__proto__` keys are checked by the caller). */
export function conditionBlockIssues(v: JsonValue, path: readonly PathSegment[], out: Out): void {
  if (!isRecord(v)) return void out.push({ path, code: 'type' });
  for (const k of Object.keys(v)) if (k !== '__proto__') conditionValuesIssues(v[k]!, [...path, k], out);
}

function statement(v: JsonValue, path: readonly PathSegment[], out: Out): void {
  if (!isRecord(v)) return void out.push({ path, code: 'type' });
  for (const k of STATEMENT) {
    const x = ownValue(v, k);
    const at = [...path, k];
    if (x === undefined) {
      if (k === 'Effect') out.push({ path: at, code: 'value' });
    } else if (k === 'Sid') {
      if (typeof x !== 'string') out.push({ path: at, code: 'type' });
    } else if (k === 'Effect') {
      if (!EFFECT_VALUES.includes(x)) out.push({ path: at, code: 'value' });
    } else if (k === 'Principal' || k === 'NotPrincipal') principal(x, at, out);
    else if (LISTS.includes(k)) stringOrList(x, at, out);
    else if (!isRecord(x)) out.push({ path: at, code: 'type' });
    else for (const op of Object.keys(x)) if (op !== '__proto__') conditionBlockIssues(x[op]!, [...at, op], out);
  }
  unknownKeys(v, STATEMENT, path, out);
}

/** Every departure of `raw` from the policy grammar, in document order of the grammar's elements. */
export function grammarIssues(raw: JsonValue): GrammarIssue[] {
  const out: Out = [];
  if (!isRecord(raw)) return [{ path: [], code: 'type' }];
  const version = ownValue(raw, 'Version');
  if (version !== undefined && !VERSIONS.includes(version)) out.push({ path: ['Version'], code: 'value' });
  const id = ownValue(raw, 'Id');
  if (id !== undefined && typeof id !== 'string') out.push({ path: ['Id'], code: 'type' });
  const st = ownValue(raw, 'Statement');
  if (Array.isArray(st)) {
    if (st.length === 0) out.push({ path: ['Statement'], code: 'empty' });
    st.forEach((s, i) => statement(s, ['Statement', i], out));
  } else if (isRecord(st)) statement(st, ['Statement'], out);
  else out.push({ path: ['Statement'], code: 'type' });
  unknownKeys(raw, DOCUMENT, [], out);
  return out;
}
