/**
 * Raw JSON value -> frozen model document, in one walk that also tells whether the value follows
 * the grammar of `schema.ts` exactly (`clean`). A clean value needs no zod pass; any other value
 * gets one, which reports the problems. Best effort: elements of the wrong shape are left out, so
 * model validation can still look at everything else. Keys that come from the input (principal
 * types, operators, condition keys) are defined, never assigned, so `__proto__` stays data.
 */
import type {
  ConditionElement,
  ConditionValue,
  PolicyDocument,
  PolicyVersion,
  PrincipalElement,
  Statement,
} from '../model/policy-document.js';
import type { JsonObject, JsonValue } from './json.js';

/** Version IAM assumes when a document has none. */
export const DEFAULT_VERSION: PolicyVersion = '2008-10-17';

const DOCUMENT_KEYS = new Set(['Version', 'Id', 'Statement']);
const STATEMENT_KEYS = new Set(['Sid', 'Effect', 'Principal', 'NotPrincipal', 'Action', 'NotAction', 'Resource', 'NotResource', 'Condition']);
const PRINCIPAL_TYPES = new Set(['AWS', 'Service', 'Federated', 'CanonicalUser']);
const LIST_ELEMENTS = ['Action', 'NotAction', 'Resource', 'NotResource'] as const;

function isObject(v: JsonValue | undefined): v is JsonObject {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function own(o: JsonObject, key: string): JsonValue | undefined {
  return Object.prototype.hasOwnProperty.call(o, key) ? o[key] : undefined;
}

function define(target: object, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

/** Walk state: `clean` drops to false at the first departure from the grammar. */
interface Walk {
  clean: boolean;
}

function strings(v: JsonValue | undefined, w: Walk): string[] | undefined {
  if (typeof v === 'string') return Object.freeze([v]) as string[];
  if (!Array.isArray(v)) {
    w.clean = false;
    return undefined;
  }
  for (let i = 0; i < v.length; i++)
    if (typeof v[i] !== 'string') {
      w.clean = false;
      return undefined;
    }
  return Object.freeze(v) as string[];
}

function conditionValues(v: JsonValue, w: Walk): ConditionValue[] | undefined {
  const t = typeof v;
  if (t === 'string' || t === 'number' || t === 'boolean') return Object.freeze([v]) as ConditionValue[];
  if (!Array.isArray(v) || v.length === 0) {
    w.clean = false;
    return undefined;
  }
  for (let i = 0; i < v.length; i++) {
    const x = typeof v[i];
    if (x !== 'string' && x !== 'number' && x !== 'boolean') {
      w.clean = false;
      return undefined;
    }
  }
  return Object.freeze(v) as ConditionValue[];
}

function principal(v: JsonValue | undefined, w: Walk): PrincipalElement | undefined {
  if (v === '*') return '*';
  if (!isObject(v)) {
    w.clean = false;
    return undefined;
  }
  const out = {};
  const types = Object.keys(v);
  if (types.length === 0) w.clean = false;
  // unknown types are kept (with their values when well formed) so model validation reports them
  for (const t of types) {
    if (!PRINCIPAL_TYPES.has(t)) w.clean = false;
    define(out, t, strings(v[t], w) ?? Object.freeze([]));
  }
  return Object.freeze(out);
}

function condition(v: JsonValue | undefined, w: Walk): ConditionElement | undefined {
  if (!isObject(v)) {
    w.clean = false;
    return undefined;
  }
  const out = {};
  const ops = Object.keys(v);
  if (ops.length === 0) w.clean = false;
  for (const op of ops) {
    const block = v[op];
    if (!isObject(block)) {
      w.clean = false;
      continue;
    }
    const keys = {};
    const names = Object.keys(block);
    if (names.length === 0) w.clean = false;
    for (const key of names) {
      const values = conditionValues(block[key]!, w);
      if (values !== undefined) define(keys, key, values);
    }
    define(out, op, Object.freeze(keys));
  }
  return Object.freeze(out);
}

/** One statement, keys in canonical order; `undefined` when the raw value is not an object or is empty. */
function buildStatement(raw: JsonValue | undefined, w: Walk): Statement | undefined {
  if (!isObject(raw)) {
    w.clean = false;
    return undefined;
  }
  const keys = Object.keys(raw);
  if (keys.length === 0) {
    w.clean = false;
    return undefined;
  }
  for (const k of keys) if (!STATEMENT_KEYS.has(k)) w.clean = false;
  const s: { -readonly [K in keyof Statement]: Statement[K] } = {} as Statement;
  const sid = raw['Sid'];
  if (typeof sid === 'string') s.Sid = sid;
  else if (sid !== undefined) w.clean = false;
  const effect = raw['Effect'];
  if (effect !== 'Allow' && effect !== 'Deny') w.clean = false;
  s.Effect = effect as Statement['Effect'];
  if (raw['Principal'] !== undefined) {
    const p = principal(raw['Principal'], w);
    if (p !== undefined) s.Principal = p;
  }
  if (raw['NotPrincipal'] !== undefined) {
    const p = principal(raw['NotPrincipal'], w);
    if (p !== undefined) s.NotPrincipal = p;
  }
  for (const el of LIST_ELEMENTS) {
    if (raw[el] === undefined) continue;
    const list = strings(raw[el], w);
    if (list !== undefined) s[el] = list;
  }
  if (raw['Condition'] !== undefined) {
    const c = condition(raw['Condition'], w);
    if (c !== undefined) s.Condition = c;
  }
  return Object.freeze(s);
}

/** The raw statements as a list (a bare statement object is a list of one). */
export function rawStatements(raw: JsonValue | undefined): JsonValue[] {
  const st = isObject(raw) ? own(raw, 'Statement') : undefined;
  if (st === undefined) return [];
  return Array.isArray(st) ? st : [st];
}

/**
 * The frozen model document. Statements that are not objects, or are empty, become a placeholder
 * whose validation issues the caller drops (the shape check reports them); their indices are in
 * `broken`. `clean` is true when the value follows the grammar exactly.
 */
export function buildDocument(raw: JsonValue): { document: PolicyDocument; broken: Set<number>; clean: boolean } {
  const w: Walk = { clean: true };
  const broken = new Set<number>();
  const root = isObject(raw) ? raw : undefined;
  if (root === undefined) w.clean = false;
  else for (const k of Object.keys(root)) if (!DOCUMENT_KEYS.has(k)) w.clean = false;
  const st = root === undefined ? undefined : own(root, 'Statement');
  if (!isObject(st) && !(Array.isArray(st) && st.length > 0)) w.clean = false;
  const statements = rawStatements(raw).map((r, i) => {
    const s = buildStatement(r, w);
    if (s !== undefined) return s;
    broken.add(i);
    return Object.freeze({ Effect: 'Allow' }) as Statement;
  });
  const version = root?.['Version'];
  if (version !== undefined && version !== '2012-10-17' && version !== '2008-10-17') w.clean = false;
  const id = root?.['Id'];
  if (id !== undefined && typeof id !== 'string') w.clean = false;
  const document: PolicyDocument = Object.freeze({
    Version: version === undefined ? DEFAULT_VERSION : (version as PolicyVersion),
    ...(typeof id === 'string' ? { Id: id } : {}),
    Statement: Object.freeze(statements),
  });
  return { document, broken, clean: w.clean };
}

/** True when any statement has a Principal or NotPrincipal (used to infer the policy kind). */
export function hasPrincipal(raw: JsonValue | undefined): boolean {
  return rawStatements(raw).some((s) => isObject(s) && (s['Principal'] !== undefined || s['NotPrincipal'] !== undefined));
}
