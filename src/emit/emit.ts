/** Model -> canonical JSON. Deterministic: the same document always gives the same text. */
import type {
  ConditionElement,
  ConditionValue,
  PolicyDocument,
  PrincipalElement,
  Statement,
} from '../model/policy-document.js';
import { PRINCIPAL_TYPES } from '../model/policy-document.js';
import { setOwn } from '../internal/freeze.js';

/** JSON form of a string-or-array element. */
export type StringOrArray = string | string[];

/** A statement as emitted JSON. */
export interface StatementJson {
  Sid?: string;
  Effect: 'Allow' | 'Deny';
  Principal?: '*' | { AWS?: StringOrArray; Service?: StringOrArray; Federated?: StringOrArray; CanonicalUser?: StringOrArray };
  NotPrincipal?: StatementJson['Principal'];
  Action?: StringOrArray;
  NotAction?: StringOrArray;
  Resource?: StringOrArray;
  NotResource?: StringOrArray;
  Condition?: { [operator: string]: { [key: string]: ConditionValue | ConditionValue[] } };
}

/** A policy document as emitted JSON. */
export interface PolicyJson {
  Version: '2012-10-17' | '2008-10-17';
  Id?: string;
  Statement: StatementJson[];
}

/**
 * One value as itself, several without repeats (first-seen order). With `share`, a list without
 * repeats is returned as it is, not copied: for text that is stringified at once and never seen.
 */
function one<T>(values: readonly T[], share: boolean): T | T[] {
  const n = values.length;
  if (n === 1) return values[0]!;
  if (n > 16) {
    const u = [...new Set(values)];
    return u.length === 1 ? u[0]! : u;
  }
  // plain loops: the array builtins are slow on frozen arrays
  let repeats = false;
  for (let i = 1; i < n && !repeats; i++) for (let j = 0; j < i; j++) if (values[j] === values[i]) repeats = true;
  if (!repeats && share) return values as T[];
  const out: T[] = [];
  for (let i = 0; i < n; i++) {
    let j = 0;
    while (j < out.length && out[j] !== values[i]) j++;
    if (j === out.length) out.push(values[i]!);
  }
  return out.length === 1 ? out[0]! : out;
}

function emitPrincipal(p: PrincipalElement, share: boolean): NonNullable<StatementJson['Principal']> {
  if (p === '*') return '*';
  const out: Record<string, StringOrArray> = {};
  for (const t of PRINCIPAL_TYPES) {
    const v = p[t];
    if (v !== undefined) out[t] = one(v, share);
  }
  return out;
}

function emitCondition(c: ConditionElement, share: boolean): NonNullable<StatementJson['Condition']> {
  const out: NonNullable<StatementJson['Condition']> = {};
  for (const op of Object.keys(c)) {
    const block: { [key: string]: ConditionValue | ConditionValue[] } = {};
    const keys = c[op]!;
    // the stores are written out here rather than through setOwn: a store site of its own stays
    // monomorphic (measured 3% of build + emit)
    for (const key of Object.keys(keys)) {
      const v = one(keys[key]!, share);
      if (key === '__proto__') setOwn(block, key, v);
      else block[key] = v;
    }
    if (op === '__proto__') setOwn(out, op, block);
    else out[op] = block;
  }
  return out;
}

/**
 * Emits one statement with keys in canonical order and duplicate values removed. The result
 * shares nothing with `s` unless `share` is set (then lists without repeats are shared: for
 * stringifying at once only).
 */
export function emitStatement(s: Statement, share = false): StatementJson {
  const out = {} as StatementJson;
  if (s.Sid !== undefined) out.Sid = s.Sid;
  out.Effect = s.Effect;
  if (s.Principal !== undefined) out.Principal = emitPrincipal(s.Principal, share);
  if (s.NotPrincipal !== undefined) out.NotPrincipal = emitPrincipal(s.NotPrincipal, share);
  if (s.Action !== undefined) out.Action = one(s.Action, share);
  if (s.NotAction !== undefined) out.NotAction = one(s.NotAction, share);
  if (s.Resource !== undefined) out.Resource = one(s.Resource, share);
  if (s.NotResource !== undefined) out.NotResource = one(s.NotResource, share);
  if (s.Condition !== undefined) out.Condition = emitCondition(s.Condition, share);
  return out;
}

/**
 * Emits a document as canonical JSON: keys in the order Version, Id, Statement and, in each
 * statement, Sid, Effect, Principal, NotPrincipal, Action, NotAction, Resource, NotResource,
 * Condition; single values as bare strings; duplicate values removed.
 */
export function emitDocument(doc: PolicyDocument, share = false): PolicyJson {
  const out: PolicyJson = { Version: doc.Version } as PolicyJson;
  if (doc.Id !== undefined) out.Id = doc.Id;
  out.Statement = doc.Statement.map((s) => emitStatement(s, share));
  return out;
}

/** The compact canonical text of a document. */
export function compactText(doc: PolicyDocument): string {
  return JSON.stringify(emitDocument(doc, true));
}
