/** Model -> canonical JSON. Deterministic: the same document always gives the same text. */
import type {
  ConditionElement,
  ConditionValue,
  PolicyDocument,
  PrincipalElement,
  Statement,
} from '../model/policy-document.js';
import { PRINCIPAL_TYPES } from '../model/policy-document.js';
import { setOwn } from '../internal/record.js';

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

/** One value as itself, several without repeats (first-seen order) in a new array. */
function one<T>(values: readonly T[]): T | T[] {
  if (values.length === 1) return values[0]!;
  // a Set, not the builder's appendNew: emit reads frozen lists, and sharing the helper with the builder cost 5% of build + emit
  const unique = [...new Set(values)];
  return unique.length === 1 ? unique[0]! : unique;
}

function emitPrincipal(p: PrincipalElement): NonNullable<StatementJson['Principal']> {
  if (p === '*') return '*';
  const out: Record<string, StringOrArray> = {};
  for (const t of PRINCIPAL_TYPES) {
    const v = p[t];
    if (v !== undefined) out[t] = one(v);
  }
  return out;
}

function emitCondition(c: ConditionElement): NonNullable<StatementJson['Condition']> {
  const out: NonNullable<StatementJson['Condition']> = {};
  for (const op of Object.keys(c)) {
    const block: { [key: string]: ConditionValue | ConditionValue[] } = {};
    const keys = c[op]!;
    for (const key of Object.keys(keys)) setOwn(block, key, one(keys[key]!));
    setOwn(out, op, block);
  }
  return out;
}

/** Emits one statement with keys in canonical order and duplicate values removed; the result shares nothing with `s`. */
export function emitStatement(s: Statement): StatementJson {
  const out = {} as StatementJson;
  if (s.Sid !== undefined) out.Sid = s.Sid;
  out.Effect = s.Effect;
  if (s.Principal !== undefined) out.Principal = emitPrincipal(s.Principal);
  if (s.NotPrincipal !== undefined) out.NotPrincipal = emitPrincipal(s.NotPrincipal);
  if (s.Action !== undefined) out.Action = one(s.Action);
  if (s.NotAction !== undefined) out.NotAction = one(s.NotAction);
  if (s.Resource !== undefined) out.Resource = one(s.Resource);
  if (s.NotResource !== undefined) out.NotResource = one(s.NotResource);
  if (s.Condition !== undefined) out.Condition = emitCondition(s.Condition);
  return out;
}

/**
 * Emits a document as canonical JSON: keys in the order Version, Id, Statement and, in each
 * statement, Sid, Effect, Principal, NotPrincipal, Action, NotAction, Resource, NotResource,
 * Condition; single values as bare strings; duplicate values removed.
 */
export function emitDocument(doc: PolicyDocument): PolicyJson {
  const out: PolicyJson = { Version: doc.Version } as PolicyJson;
  if (doc.Id !== undefined) out.Id = doc.Id;
  out.Statement = doc.Statement.map(emitStatement);
  return out;
}

/** The compact canonical text of a document. */
export function compactText(doc: PolicyDocument): string {
  return JSON.stringify(emitDocument(doc));
}
