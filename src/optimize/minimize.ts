/**
 * `minimize`: a smaller policy that decides every request exactly as the original does
 * (iam-reference §7: a policy's statements act as a union of Allows and a union of Denies).
 */
import { resolveTarget, type SizeTarget, type SizeTargetName } from '../emit/size-targets.js';
import type { SizeReport } from '../emit/size.js';
import type { ConditionElement, ConditionValue, PolicyDocument, PolicyKind, PrincipalElement, Statement } from '../model/policy-document.js';
import { PRINCIPAL_TYPES } from '../model/policy-document.js';
import { newPolicy } from '../policy/policy.js';
import { shapeIssues, validateDocument, validateStatement } from '../model/kinds.js';
import { deepFreeze, isDeepFrozen } from '../internal/freeze.js';
import type { PolicyIssue } from '../model/issues.js';
import { PolicyValidationError } from '../errors.js';
import { checkArguments, checkList, checkMinimizeOptions } from './arguments.js';
import { compressActions, type CompressActionsOptions } from './compress.js';
import {
  actionKey,
  conditionKey,
  minimizeActions,
  minimizeResources,
  principalKey,
  resourceKey,
  statementKey,
} from './normalize.js';
import { setOwn } from '../internal/record.js';

/**
 * What the optimizer reads from a policy: any typed-iam policy object, built (`Policy<K>`) or
 * parsed. Functions taking one return the same type they were given.
 */
export interface PolicyLike {
  readonly kind: PolicyKind;
  readonly document: PolicyDocument;
  readonly defaultTarget: SizeTargetName | SizeTarget;
  size(target?: SizeTargetName | SizeTarget, options?: { readonly pretty?: boolean }): SizeReport;
}

/** Options of {@link minimize}. */
export interface MinimizeOptions {
  /**
   * Merge statements that differ only in their Action list or only in their Resource list.
   * Default `true`.
   */
  readonly merge?: boolean;
  /**
   * Also replace action lists by catalog-exact wildcards (see `compressActions`). Opt-in
   * (default `false`): a wildcard will also cover actions AWS adds later.
   */
  readonly compressActions?: boolean | CompressActionsOptions;
  /**
   * The size target whose element-count quotas merging keeps to: two statements are never merged
   * into one with more actions than `counts.actionsPerStatement` allows (7 for `sqs-queue`).
   * Default: the policy's default target (`minimizeStatements`: none).
   */
  readonly target?: SizeTargetName | SizeTarget;
}

const hasSid = (s: Statement): boolean => s.Sid !== undefined && s.Sid !== '';

function uniqueExact<T>(values: readonly T[]): T[] {
  return values.length < 2 ? values.slice() : [...new Set(values)];
}

function normalisePrincipal(p: PrincipalElement): PrincipalElement {
  if (p === '*') return p;
  const out: { [T in (typeof PRINCIPAL_TYPES)[number]]?: readonly string[] } = {};
  for (const t of PRINCIPAL_TYPES) {
    const v = p[t];
    if (v !== undefined) out[t] = uniqueExact(v);
  }
  return out;
}

function normaliseCondition(c: ConditionElement): ConditionElement {
  const out: { [op: string]: { [key: string]: readonly ConditionValue[] } } = {};
  for (const op of Object.keys(c)) {
    const block: { [key: string]: readonly ConditionValue[] } = {};
    const src = c[op]!;
    for (const key of Object.keys(src)) {
      const seen = new Set<string>();
      const values = src[key]!.filter((v) => {
        const k = `${typeof v}:${String(v)}`;
        if (seen.has(k)) return false;
        seen.add(k);
        return true;
      });
      // keys such as "__proto__" stay plain data
      setOwn(block, key, values);
    }
    setOwn(out, op, block);
  }
  return out;
}

/** Builds a statement in canonical element order, leaving absent elements out. */
function statement(parts: {
  Sid?: string | undefined;
  Effect: Statement['Effect'];
  Principal?: PrincipalElement | undefined;
  NotPrincipal?: PrincipalElement | undefined;
  Action?: readonly string[] | undefined;
  NotAction?: readonly string[] | undefined;
  Resource?: readonly string[] | undefined;
  NotResource?: readonly string[] | undefined;
  Condition?: ConditionElement | undefined;
}): Statement {
  const out: { -readonly [K in keyof Statement]: Statement[K] } = { Effect: parts.Effect };
  if (parts.Sid !== undefined) out.Sid = parts.Sid;
  out.Effect = parts.Effect;
  if (parts.Principal !== undefined) out.Principal = parts.Principal;
  if (parts.NotPrincipal !== undefined) out.NotPrincipal = parts.NotPrincipal;
  if (parts.Action !== undefined) out.Action = parts.Action;
  if (parts.NotAction !== undefined) out.NotAction = parts.NotAction;
  if (parts.Resource !== undefined) out.Resource = parts.Resource;
  if (parts.NotResource !== undefined) out.NotResource = parts.NotResource;
  if (parts.Condition !== undefined) out.Condition = parts.Condition;
  return out;
}

/** Removes duplicate and covered values inside one statement. */
function normaliseStatement(s: Statement): Statement {
  return statement({
    Sid: s.Sid,
    Effect: s.Effect,
    Principal: s.Principal === undefined ? undefined : normalisePrincipal(s.Principal),
    NotPrincipal: s.NotPrincipal === undefined ? undefined : normalisePrincipal(s.NotPrincipal),
    Action: s.Action === undefined ? undefined : minimizeActions(s.Action),
    NotAction: s.NotAction === undefined ? undefined : minimizeActions(s.NotAction),
    Resource: s.Resource === undefined ? undefined : minimizeResources(s.Resource),
    NotResource: s.NotResource === undefined ? undefined : minimizeResources(s.NotResource),
    Condition: s.Condition === undefined ? undefined : normaliseCondition(s.Condition),
  });
}

/** Key of what must be equal for a merge, besides the merged element. */
function sharedKey(s: Statement): string {
  return JSON.stringify([s.Effect, principalKey(s.Principal), principalKey(s.NotPrincipal), conditionKey(s.Condition)]);
}

/**
 * Folds statements with the same key (a hashed string: Effect, Principal, Condition and the
 * element that must be equal) into the first one with that key, combining each group once. A
 * statement joins the earliest group it may join: two statements that both carry a Sid never
 * merge. Linear in the statements (plus the combining).
 */
function mergeBy(
  list: readonly Statement[],
  keyOf: (s: Statement) => string | undefined,
  combine: (group: readonly Statement[]) => Statement,
  maxActions?: number,
): { list: Statement[]; changed: boolean } {
  if (maxActions !== undefined) return mergeWithin(list, keyOf, combine, maxActions);
  const groups: { members: Statement[]; sid: boolean }[] = [];
  /** Per key: its groups in order, and the first of them without a Sid (groups only gain Sids). */
  const byKey = new Map<string, { at: number[]; free: number }>();
  for (const s of list) {
    const key = keyOf(s);
    const entry = key === undefined ? undefined : byKey.get(key);
    if (entry !== undefined) {
      const sid = hasSid(s);
      while (sid && entry.free < entry.at.length && groups[entry.at[entry.free]!]!.sid) entry.free++;
      const target = sid ? entry.at[entry.free] : entry.at[0];
      if (target !== undefined) {
        const g = groups[target]!;
        g.members.push(s);
        g.sid ||= sid;
        continue;
      }
    }
    if (key !== undefined) {
      if (entry === undefined) byKey.set(key, { at: [groups.length], free: 0 });
      else entry.at.push(groups.length);
    }
    groups.push({ members: [s], sid: hasSid(s) });
  }
  return combineGroups(groups, combine);
}

/**
 * {@link mergeBy} for a target with a quota of actions per statement: a statement joins the
 * earliest group with its key that it may join (Sids) and whose actions, joined with its own,
 * stay within `maxActions` (counted case-insensitively without repeats: an upper bound of the
 * minimized list). Only targets with that quota (SQS queue policies) take this slower path.
 */
function mergeWithin(
  list: readonly Statement[],
  keyOf: (s: Statement) => string | undefined,
  combine: (group: readonly Statement[]) => Statement,
  maxActions: number,
): { list: Statement[]; changed: boolean } {
  const groups: { members: Statement[]; sid: boolean; actions: Set<string> }[] = [];
  const byKey = new Map<string, number[]>();
  const actionsOf = (s: Statement) => (s.Action ?? []).map((a) => a.toLowerCase());
  for (const s of list) {
    const key = keyOf(s);
    const sid = hasSid(s);
    const own = actionsOf(s);
    const at = key === undefined ? undefined : byKey.get(key);
    const target = at?.find((g) => {
      const group = groups[g]!;
      if (sid && group.sid) return false;
      let n = group.actions.size;
      for (const a of own) if (!group.actions.has(a)) n++;
      // joining what the group holds already never makes it worse
      return n <= maxActions || n === group.actions.size;
    });
    if (target !== undefined) {
      const g = groups[target]!;
      g.members.push(s);
      g.sid ||= sid;
      for (const a of own) g.actions.add(a);
      continue;
    }
    if (key !== undefined) {
      if (at === undefined) byKey.set(key, [groups.length]);
      else at.push(groups.length);
    }
    groups.push({ members: [s], sid, actions: new Set(own) });
  }
  return combineGroups(groups, combine);
}

/** One statement per group: a group of several is combined once. */
function combineGroups(groups: readonly { members: readonly Statement[] }[], combine: (group: readonly Statement[]) => Statement): { list: Statement[]; changed: boolean } {
  let changed = false;
  const list = groups.map((g) => {
    if (g.members.length === 1) return g.members[0]!;
    changed = true;
    return combine(g.members);
  });
  return { list, changed };
}

/** The Sid a merged statement keeps: the one Sid its members have, if any. */
const sidOf = (group: readonly Statement[]): string | undefined => (group.find(hasSid) ?? group[0]!).Sid;

const keepFirst = (group: readonly Statement[]): Statement => statement({ ...group[0]!, Sid: sidOf(group) });

const mergeActions = (group: readonly Statement[]): Statement =>
  statement({ ...group[0]!, Sid: sidOf(group), Action: minimizeActions(group.flatMap((s) => s.Action!)) });

const mergeResources = (group: readonly Statement[]): Statement =>
  statement({ ...group[0]!, Sid: sidOf(group), Resource: minimizeResources(group.flatMap((s) => s.Resource!)) });

function compressStatement(s: Statement, options: CompressActionsOptions): Statement {
  if (s.Action === undefined) return s;
  const Action = compressActions(s.Action, options);
  return Action.length === s.Action.length && Action.every((a, i) => a === s.Action![i]) ? s : statement({ ...s, Action });
}

function mergeAll(input: readonly Statement[], maxActions: number | undefined): Statement[] {
  let list = input.slice();
  const passes: readonly [(s: Statement) => string | undefined, (group: readonly Statement[]) => Statement][] = [
    // identical statements (any elements, Not* included)
    [statementKey, keepFirst],
    // along Action: same Resource element, compared as a set
    [(s) => (s.Action === undefined ? undefined : JSON.stringify([sharedKey(s), resourceKey(s)])), mergeActions],
    // along Resource: same Action element, compared as a set
    [(s) => (s.Resource === undefined ? undefined : JSON.stringify([sharedKey(s), actionKey(s)])), mergeResources],
  ];
  // every merge removes a statement, so this ends; the bound is a guard
  for (let round = 0; round <= input.length; round++) {
    let changed = false;
    for (const [keyOf, combine] of passes) {
      const r = mergeBy(list, keyOf, combine, maxActions);
      list = r.list;
      changed ||= r.changed;
    }
    if (!changed) break;
  }
  return list;
}

/**
 * The statement-level work of {@link minimize}, on model statements. Exposed for planners that
 * work on statement lists. Statements are checked against the grammar first: one that is not in
 * the model form (an element given as a plain string, as policy JSON may have it) throws
 * `PolicyValidationError` (`INVALID_TYPE`); read policy JSON with `parsePolicy`.
 *
 * @example
 * ```ts
 * import { minimizeStatements } from 'typed-iam/optimize';
 * minimizeStatements([
 *   { Effect: 'Allow', Action: ['s3:GetObject'], Resource: ['arn:aws:s3:::docs/*'] },
 *   { Effect: 'Allow', Action: ['s3:PutObject'], Resource: ['arn:aws:s3:::docs/*'] },
 * ]); // [{ Effect: 'Allow', Action: ['s3:GetObject', 's3:PutObject'], Resource: ['arn:aws:s3:::docs/*'] }]
 * ```
 */
export function minimizeStatements(statements: readonly Statement[], options: MinimizeOptions = {}): Statement[] {
  // the list and the options as copies read once: what is checked is what is minimized
  statements = checkList('statements', 'statements', statements, (s) => typeof s === 'object' && s !== null);
  checkArguments([], options);
  options = checkMinimizeOptions(options);
  // statements given as data (plain JavaScript may pass the JSON form): checked against the grammar
  const issues = statements.flatMap((s, i) => {
    const shape = shapeIssues(s, i);
    return shape.length > 0 ? shape : validateStatement(s, i);
  });
  if (issues.length > 0) throw new PolicyValidationError(issues as [PolicyIssue, ...PolicyIssue[]]);
  return minimizeChecked(statements, options);
}

/** {@link minimizeStatements} on statements of a policy (checked when the policy was made). */
export function minimizeChecked(statements: readonly Statement[], options: MinimizeOptions): Statement[] {
  let list = statements.map(normaliseStatement);
  const merge = options.merge !== false;
  const maxActions = options.target === undefined ? undefined : resolveTarget(options.target).counts?.actionsPerStatement;
  if (merge) list = mergeAll(list, maxActions);
  if (options.compressActions !== undefined && options.compressActions !== false) {
    const opts = options.compressActions === true ? {} : options.compressActions;
    list = list.map((s) => compressStatement(s, opts));
    if (merge) list = mergeAll(list, maxActions);
  }
  return list;
}

/**
 * Returns an equivalent policy that is never larger: every request gets the same decision from it
 * as from `policy`. It removes duplicate values (actions compared case-insensitively) and duplicate
 * statements, drops entries a wildcard of the same list covers, and merges statements with the same
 * Effect, Principal, NotPrincipal and Condition whose Resource sets are equal (their Action lists
 * are joined) or whose Action sets are equal (their Resource lists are joined). NotAction and
 * NotResource lists are never joined; two statements that both have a Sid are never merged.
 * With `compressActions` it also replaces action lists by catalog-exact wildcards (opt-in, see
 * docs/optimize.md for the caveat). When the canonical form of the result is longer than the text
 * of a parsed `policy` (one statement written as an object, not a list), `policy` itself is
 * returned.
 *
 * @example
 * ```ts
 * import { allow, policy } from 'typed-iam';
 * import { minimize } from 'typed-iam/optimize';
 * const p = policy.identity(
 *   allow('s3:GetObject').on('arn:aws:s3:::b/*'),
 *   allow('s3:PutObject', 's3:GetObject').on('arn:aws:s3:::b/*'),
 * );
 * minimize(p).toJSON();
 * // {"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":["s3:GetObject","s3:PutObject"],"Resource":"arn:aws:s3:::b/*"}]}
 * ```
 */
export function minimize<P extends PolicyLike>(policy: P, options: MinimizeOptions = {}): P {
  checkArguments([['policy', policy]], options);
  options = checkMinimizeOptions(options);
  const statements = minimizeChecked(policy.document.Statement, { ...options, target: options.target ?? policy.defaultTarget });
  const small = rebuild(policy, statements);
  // a parsed policy counts as its text, which may be shorter than the canonical one: one statement
  // written as an object, not a list, is 2 characters shorter. Characters: whatever makes the
  // canonical text longer is ASCII, so it is never longer in UTF-8 bytes either
  return small.size(CHARACTERS).length > policy.size(CHARACTERS).length ? policy : small;
}

/** Compact text counted in characters (the managed-policy target counts so). */
const CHARACTERS = 'managed';

/** A new policy of the same kind, Version, Id and default target with other statements. */
export function rebuild<P extends PolicyLike>(policy: P, statements: readonly Statement[]): P {
  const doc = policy.document;
  return checkedPolicy(policy.kind, { Version: doc.Version, ...(doc.Id === undefined ? {} : { Id: doc.Id }), Statement: statements }, policy.defaultTarget);
}

/**
 * A policy of `kind` holding `doc`, checked again against the grammar and the kind's rules the
 * way a document that is read is checked (`validateDocument`): statements of a parsed policy stay
 * valid wherever the optimizer moves them, including an action written with stray whitespace that
 * AWS accepted (`"lambda:ListFunctions "` in ReadOnlyAccess v61/v62), which the builder refuses.
 * The caller's objects are never frozen: a statement not frozen all the way down is copied.
 */
export function checkedPolicy<P extends PolicyLike>(kind: PolicyKind, doc: PolicyDocument, target: P['defaultTarget']): P {
  const shape = doc.Statement.flatMap((s, i) => shapeIssues(s, i));
  const issues = shape.length > 0 ? shape : validateDocument(doc, kind);
  if (issues.length > 0) throw new PolicyValidationError(issues as [PolicyIssue, ...PolicyIssue[]], kind);
  const Statement = Object.freeze(doc.Statement.map((s) => (isDeepFrozen(s) ? s : deepFreeze(structuredClone(s)))));
  return newPolicy(kind, Object.freeze({ ...doc, Statement }), target) as unknown as P;
}
