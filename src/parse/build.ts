/**
 * Raw JSON value -> frozen model document, in one walk that also tells whether the value follows
 * the grammar of `schema.ts` exactly (`clean`). A clean value needs no zod pass; any other value
 * gets one, which reports the problems. Best effort: elements of the wrong shape are left out, so
 * model validation can still look at everything else. Keys that come from the input (principal
 * types, operators, condition keys) are defined, never assigned, so `__proto__` stays data.
 */
import {
  DEFAULT_VERSION,
  DOCUMENT_KEYS as DOCUMENT,
  EFFECTS,
  isEffect,
  isPolicyVersion,
  LIST_ELEMENTS,
  PRINCIPAL_TYPES as TYPES,
  type ConditionElement,
  type ConditionValue,
  type PolicyDocument,
  type PolicyVersion,
  type PrincipalElement,
  type Statement,
} from '../model/policy-document.js';
import { isTrustAction } from '../model/kinds.js';
import type { JsonObject, JsonValue } from './json.js';
import { isRecord, ownValue, setOwn } from '../internal/record.js';

const DOCUMENT_KEYS = /*#__PURE__*/ new Set<string>(DOCUMENT);
const PRINCIPAL_TYPES = /*#__PURE__*/ new Set<string>(TYPES);



/**
 * Key under which a parsed document and each of its statements keep their JSON as read. Not
 * enumerable, so a copy made by spreading (which may differ) drops it; a parsed policy writes an
 * unchanged document back as it was (`parsed.ts`).
 */
export const SOURCE: unique symbol = Symbol('typed-iam.source') as never;

/** Keeps `raw`, the JSON read, on the model object `target` (see {@link SOURCE}). */
function keepSource<T extends object>(target: T, raw: JsonValue): T {
  return Object.defineProperty(target, SOURCE, { value: raw });
}

/** `"*"` as a list, shared (it is frozen): the most common single value, as in `"Resource": "*"`. */
const STAR = /*#__PURE__*/ Object.freeze(['*']) as string[];

/** Condition values at least this large (or not finite, or 0) may have lost digits in `JSON.parse`. */
const EXACT_BELOW = 1e14;

/**
 * Walk state: `clean` drops to false at the first departure from the grammar. While the value is
 * clean, `strings` counts its keys and string values (what the text's quotes delimit) and
 * `suspect` is set by a number that may not be exact; see {@link BuiltDocument}.
 */
interface Walk {
  clean: boolean;
  strings: number;
  suspect: boolean;
  /** A condition value is a number (its literal may hold more digits than the value: fast.ts). */
  numbers: boolean;
}

function strings(v: JsonValue | undefined, w: Walk): string[] | undefined {
  if (typeof v === 'string') {
    w.strings++;
    return v === '*' ? STAR : (Object.freeze([v]) as string[]);
  }
  if (!Array.isArray(v)) {
    w.clean = false;
    return undefined;
  }
  for (let i = 0; i < v.length; i++)
    if (typeof v[i] !== 'string') {
      w.clean = false;
      return undefined;
    }
  w.strings += v.length;
  return Object.freeze(v) as string[];
}

/** Counts one condition value; false when it is not a string, number or boolean. */
function conditionValue(x: JsonValue | undefined, w: Walk): boolean {
  const t = typeof x;
  if (t === 'string') w.strings++;
  else if (t === 'number') {
    w.numbers = true;
    // 0 too: `1e-400` reads as 0 and must be reported (json.ts `inexactNumber`)
    if (!(Math.abs(x as number) < EXACT_BELOW) || x === 0) w.suspect = true;
  } else if (t !== 'boolean') return false;
  return true;
}

function conditionValues(v: JsonValue, w: Walk): ConditionValue[] | undefined {
  if (!Array.isArray(v)) {
    if (conditionValue(v, w)) return Object.freeze([v]) as ConditionValue[];
    w.clean = false;
    return undefined;
  }
  if (v.length === 0) {
    // kept (empty) in the best-effort document so lint can name it; the shape check reports it
    w.clean = false;
    return Object.freeze([] as ConditionValue[]) as ConditionValue[];
  }
  for (let i = 0; i < v.length; i++)
    if (!conditionValue(v[i], w)) {
      w.clean = false;
      return undefined;
    }
  return Object.freeze(v) as ConditionValue[];
}

function principal(v: JsonValue | undefined, w: Walk): PrincipalElement | undefined {
  if (v === '*') {
    w.strings++;
    return '*';
  }
  if (!isRecord(v)) {
    w.clean = false;
    return undefined;
  }
  const out: Record<string, unknown> = {};
  const types = Object.keys(v);
  if (types.length === 0) w.clean = false;
  w.strings += types.length;
  // unknown types are kept (with their values when well formed) so model validation reports them
  for (let i = 0; i < types.length; i++) {
    const t = types[i]!;
    if (!PRINCIPAL_TYPES.has(t)) w.clean = false;
    setOwn(out, t, strings(v[t], w) ?? Object.freeze([]));
  }
  return Object.freeze(out) as PrincipalElement;
}

function condition(v: JsonValue | undefined, w: Walk): ConditionElement | undefined {
  if (!isRecord(v)) {
    w.clean = false;
    return undefined;
  }
  const out: Record<string, unknown> = {};
  const ops = Object.keys(v);
  if (ops.length === 0) w.clean = false;
  w.strings += ops.length;
  for (let i = 0; i < ops.length; i++) {
    const op = ops[i]!;
    const block = v[op];
    if (!isRecord(block)) {
      w.clean = false;
      continue;
    }
    const keys: Record<string, unknown> = {};
    const names = Object.keys(block);
    if (names.length === 0) w.clean = false;
    w.strings += names.length;
    for (let k = 0; k < names.length; k++) {
      const key = names[k]!;
      const values = conditionValues(block[key]!, w);
      if (values !== undefined) setOwn(keys, key, values);
    }
    setOwn(out, op, Object.freeze(keys));
  }
  return Object.freeze(out) as ConditionElement;
}

/** One statement, keys in canonical order; `undefined` when the raw value is not an object or is empty. */
function buildStatement(raw: JsonValue | undefined, w: Walk): Statement | undefined {
  if (!isRecord(raw)) {
    w.clean = false;
    return undefined;
  }
  const keys = Object.keys(raw);
  if (keys.length === 0) {
    w.clean = false;
    return undefined;
  }
  w.strings += keys.length;
  const s: { -readonly [K in keyof Statement]: Statement[K] } = {} as Statement;
  // the grammar's elements read below; any other key (or a repeated read of none) makes it unclean
  let known = 0;
  const sid = raw['Sid'];
  if (sid !== undefined) known++;
  if (typeof sid === 'string') {
    s.Sid = sid;
    w.strings++;
  } else if (sid !== undefined) w.clean = false;
  const effect = raw['Effect'];
  if (effect !== undefined) known++;
  if (!isEffect(effect)) w.clean = false;
  else w.strings++;
  s.Effect = effect as Statement['Effect'];
  const pr = raw['Principal'];
  if (pr !== undefined) {
    known++;
    const p = principal(pr, w);
    if (p !== undefined) s.Principal = p;
  }
  const npr = raw['NotPrincipal'];
  if (npr !== undefined) {
    known++;
    const p = principal(npr, w);
    if (p !== undefined) s.NotPrincipal = p;
  }
  for (let i = 0; i < LIST_ELEMENTS.length; i++) {
    const el = LIST_ELEMENTS[i]!;
    const v = raw[el];
    if (v === undefined) continue;
    known++;
    const list = strings(v, w);
    if (list !== undefined) s[el] = list;
  }
  const cond = raw['Condition'];
  if (cond !== undefined) {
    known++;
    const c = condition(cond, w);
    if (c !== undefined) s.Condition = c;
  }
  if (known !== keys.length) w.clean = false;
  return Object.freeze(keepSource(s, raw));
}

/** The raw statements as a list (a bare statement object is a list of one). */
export function rawStatements(raw: JsonValue | undefined): JsonValue[] {
  const st = isRecord(raw) ? ownValue(raw, 'Statement') : undefined;
  if (st === undefined) return [];
  return Array.isArray(st) ? st : [st];
}

/** Result of {@link buildDocument}. */
export interface BuiltDocument {
  /** The model document, frozen all the way down (and marked so when `clean`). */
  readonly document: PolicyDocument;
  /** Indices of statements replaced by a placeholder. */
  readonly broken: ReadonlySet<number>;
  /** True when the value follows the grammar exactly: no zod pass needed. */
  readonly clean: boolean;
  /**
   * When `clean`: how many keys and string values the value holds. A text without backslashes
   * that `JSON.parse` read into this value has twice as many quotes unless a duplicate key was
   * dropped (the text then has more).
   */
  readonly strings: number;
  /** When `clean`: a number that `JSON.parse` may have rounded (large or not finite). */
  readonly suspect: boolean;
  /** Some condition value is a number. */
  readonly numbers: boolean;
}

const NO_BROKEN: ReadonlySet<number> = new Set();

/**
 * The frozen model document. Statements that are not objects, or are empty, become a placeholder
 * whose validation issues the caller drops (the shape check reports them); their indices are in
 * `broken`. `clean` is true when the value follows the grammar exactly.
 */
export function buildDocument(raw: JsonValue): BuiltDocument {
  const w: Walk = { clean: true, strings: 0, suspect: false, numbers: false };
  let broken: ReadonlySet<number> | Set<number> = NO_BROKEN;
  const root = isRecord(raw) ? raw : undefined;
  if (root === undefined) w.clean = false;
  else {
    const keys = Object.keys(root);
    for (let i = 0; i < keys.length; i++) if (!DOCUMENT_KEYS.has(keys[i]!)) w.clean = false;
    w.strings += keys.length;
  }
  const st = root === undefined ? undefined : ownValue(root, 'Statement');
  if (!isRecord(st) && !(Array.isArray(st) && st.length > 0)) w.clean = false;
  const list = rawStatements(raw);
  const statements: Statement[] = [];
  for (let i = 0; i < list.length; i++) {
    const s = buildStatement(list[i], w);
    if (s !== undefined) statements.push(s);
    else {
      const b: Set<number> = broken === NO_BROKEN ? new Set() : (broken as Set<number>);
      b.add(i);
      broken = b;
      statements.push(Object.freeze({ Effect: EFFECTS[0] }) as Statement);
    }
  }
  const version = root?.['Version'];
  if (version !== undefined && !isPolicyVersion(version)) w.clean = false;
  else if (version !== undefined) w.strings++;
  const id = root?.['Id'];
  if (id !== undefined && typeof id !== 'string') w.clean = false;
  else if (id !== undefined) w.strings++;
  const v = version === undefined ? DEFAULT_VERSION : (version as PolicyVersion);
  const document: PolicyDocument = Object.freeze(
    keepSource(typeof id === 'string' ? { Version: v, Id: id, Statement: Object.freeze(statements) } : { Version: v, Statement: Object.freeze(statements) }, raw),
  );
  // everything above is frozen when clean: the policy wrapper then skips walking it again
  return { document, broken, clean: w.clean, strings: w.strings, suspect: w.suspect, numbers: w.numbers };
}

/**
 * The kind of a policy read without one: `'trust'` when every statement has a Principal and
 * only actions a role trust policy takes (the model's trust rule, `isTrustAction`: sts:AssumeRole,
 * sts:AssumeRoleWithSAML, sts:AssumeRoleWithWebIdentity, sts:TagSession, sts:SetSourceIdentity,
 * sts:SetContext, or a wildcard matching one); else `'resource'` when any statement has a Principal
 * or NotPrincipal (well formed or not); else `'identity'`. Takes raw statements or model
 * statements; the one place this rule is written.
 */
export function inferKind(statements: readonly unknown[]): 'identity' | 'resource' | 'trust' {
  let principals = 0;
  let trust = statements.length > 0;
  for (const s of statements) {
    if (typeof s !== 'object' || s === null) {
      trust = false;
      continue;
    }
    const st = s as Statement;
    if (st.Principal !== undefined || st.NotPrincipal !== undefined) principals++;
    const actions: unknown = st.Action;
    const list = Array.isArray(actions) ? actions : [actions];
    if (st.Principal === undefined || list.length === 0 || !list.every((a) => typeof a === 'string' && isTrustAction(a))) trust = false;
  }
  return principals === 0 ? 'identity' : trust ? 'trust' : 'resource';
}
