/**
 * The element rules of the IAM grammar and of each policy kind (iam-reference §1 and §6). One place
 * for the builder and the parser: both call {@link validateDocument}.
 */
import type { PolicyIssue } from './issues.js';
import * as messages from './messages.js';
import { parseOperator } from './operators.js';
import { isFamilyValue } from './values.js';
import { API_SHORT_FORM, arnProblem } from './arn.js';
import type { PolicyDocument, PolicyKind, PrincipalElement, PrincipalType, Statement } from './policy-document.js';
import { PRINCIPAL_TYPES, isEffect, isPolicyVersion } from './policy-document.js';
import { isActionSyntax, isConditionKey, strayAction, TRUST_ACTIONS } from './syntax.js';
import { isPrincipalValue } from './principals.js';
import { wildcardMatchShort, hasWildcard } from './match.js';

/** What a kind allows for each element. */
export interface KindRules {
  readonly principal: 'required' | 'forbidden' | 'optional';
  readonly notPrincipal: boolean;
  readonly resource: 'required' | 'forbidden' | 'optional';
  readonly alphanumericSid: boolean;
  /** IAM and Organizations refuse a policy of this kind in which two statements share a Sid. */
  readonly uniqueSids: boolean;
  readonly denyOnly: boolean;
}

/** The rules of identity-based policies; boundaries, session policies and SCPs share them. */
const IDENTITY: KindRules = { principal: 'forbidden', resource: 'required', notPrincipal: false, alphanumericSid: true, uniqueSids: true, denyOnly: false };

/** Element rules per policy kind (iam-reference §6). */
export const kindRules: { readonly [K in PolicyKind]: KindRules } = /*#__PURE__*/ Object.freeze({
  identity: IDENTITY,
  boundary: IDENTITY,
  session: IDENTITY,
  scp: IDENTITY,
  trust: { principal: 'required', resource: 'forbidden', notPrincipal: false, alphanumericSid: true, uniqueSids: true, denyOnly: false },
  resource: { principal: 'required', resource: 'optional', notPrincipal: true, alphanumericSid: false, uniqueSids: false, denyOnly: false },
  rcp: { principal: 'required', resource: 'required', notPrincipal: false, alphanumericSid: true, uniqueSids: true, denyOnly: true },
  // NotPrincipal: "supported in resource-based policies for some AWS services, including VPC endpoints" (IAM User Guide, NotPrincipal)
  endpoint: { principal: 'required', resource: 'required', notPrincipal: true, alphanumericSid: false, uniqueSids: false, denyOnly: false },
});

/** Reports one issue at `path` under the statement: its message is spelled only when it is made (see {@link IssueSink}). */
type Add = (path: string, code: PolicyIssue['code'], message: () => string) => void;

/** The three "X or NotX" pairs: at most one member each (Action/NotAction: exactly one). */
export const PAIRS = [
  ['Action', 'NotAction'],
  ['Resource', 'NotResource'],
  ['Principal', 'NotPrincipal'],
] as const;

/** The Sid a kind with `alphanumericSid` accepts: letters and digits only (IAM User Guide, Sid element). */
export const ALPHANUMERIC_SID = /^[A-Za-z0-9]*$/;

const isAlphanumeric = (s: string): boolean => ALPHANUMERIC_SID.test(s);

function isAnyone(p: PrincipalElement): boolean {
  return p === '*' || (Object.keys(p).length === 1 && p.AWS?.length === 1 && p.AWS[0] === '*');
}

/**
 * True when `action` may appear in a role trust policy: one of {@link TRUST_ACTIONS} (any case), or a
 * wildcard over `sts:` that matches one. The trust rule of {@link validateDocument} and the parser's
 * kind inference both ask this.
 *
 * @example
 * ```ts
 * import { isTrustAction } from './kinds.js';
 * isTrustAction('sts:AssumeRole*'); // true
 * isTrustAction('sts:AssumeRoleFoo'); // false
 * ```
 */
export function isTrustAction(action: string): boolean {
  const lower = action.toLowerCase();
  return hasWildcard(action)
    ? lower.startsWith('sts:') && TRUST_ACTIONS.some((a) => wildcardMatchShort(action, a))
    : TRUST_ACTIONS.some((a) => a.toLowerCase() === lower);
}

/** The RCPFullAWSAccess shape: the one Allow statement an RCP may hold. */
function isRcpFullAccess(s: Statement): boolean {
  return isAnyone(s.Principal ?? {}) && s.Action?.join() === '*' && s.Resource?.join() === '*' && !s.Condition;
}

/**
 * Where {@link checkDocument} puts what it finds. Before an issue is made, `wants` is asked with
 * the index of its statement (`undefined` for the document's own rules): when it says yes the
 * issue is made (path and message spelled) and given to `add`; otherwise only `count` is called,
 * with that index, and nothing is spelled. A reader that lists the first issues and counts the
 * rest (parse) pays for the text of the listed ones only: 1,000,000 invalid actions made 1,000,000
 * messages and paths.
 */
export interface IssueSink {
  wants(index: number | undefined): boolean;
  add(issue: PolicyIssue): void;
  count(index: number | undefined): void;
}

/** The sink that keeps every issue in `list`. */
function allInto(list: PolicyIssue[]): IssueSink {
  return { wants: () => true, add: (issue) => list.push(issue), count: () => {} };
}

/** Runs the checks of one statement into `sink`; `index` is what `sink` is told, `at` the statement's path or index. */
function checkStatement(s: Statement, at: string | number, index: number | undefined, sink: IssueSink, kind: PolicyKind | undefined, grammar: boolean, read: boolean): void {
  // the path is spelled only when an issue is made (a valid statement builds no text)
  const add: Add = (path, code, message) => {
    if (!sink.wants(index)) return sink.count(index);
    const base = typeof at === 'number' ? `Statement[${at}]` : at;
    sink.add({ path: path ? `${base}.${path}` : base, code, message: message() });
  };
  if (grammar) checkGrammar(s, add, read);
  if (kind !== undefined) checkKind(s, kind, add, read);
}

/**
 * Checks one statement against the language grammar and, when `kind` is given, the rules of that
 * policy kind. `at` is the statement's path (`Statement[3]`), or its index. `grammar: false` skips
 * the grammar, for statements valid against it by construction (the builder's).
 */
export function validateStatement(s: Statement, at: string | number, kind?: PolicyKind, grammar = true, read = false): PolicyIssue[] {
  const issues: PolicyIssue[] = [];
  checkStatement(s, at, typeof at === 'number' ? at : undefined, allInto(issues), kind, grammar, read);
  return issues;
}

/**
 * A statement as it is read (parse, lint), not built: actions with stray whitespace, which AWS
 * accepted, stand for the action they name (`strayAction`); the builder refuses them.
 */
function asRead(s: Statement): Statement {
  const fix = (l: readonly string[] | undefined) => (l?.some((a) => strayAction(a) !== undefined) ? l.map((a) => strayAction(a) ?? a) : l);
  const Action = fix(s.Action);
  const NotAction = fix(s.NotAction);
  return Action === s.Action && NotAction === s.NotAction ? s : { ...s, ...(Action && { Action }), ...(NotAction && { NotAction }) };
}

const notList = (v: unknown, item: (x: unknown) => boolean): boolean => !Array.isArray(v) || !v.every(item);
const isString = (x: unknown): boolean => typeof x === 'string';
const isValue = (x: unknown): boolean => isString(x) || typeof x === 'number' || typeof x === 'boolean';

/**
 * The model form of a statement given as data: every list an array. Plain JavaScript may pass the
 * JSON form, where one value is a string; read as a list it would split into characters. Checked
 * before {@link validateStatement} on statements given as data (the parser makes the model form,
 * so parse and lint skip it: it cost 40% of parse's validation of the managed-policy corpus).
 */
export function shapeIssues(s: Statement, at: number): PolicyIssue[] {
  const issues: PolicyIssue[] = [];
  const bad = (path: string) => issues.push({ path: `Statement[${at}].${path}`, code: 'INVALID_TYPE', message: messages.notModelList(path) });
  for (const el of [...PAIRS[0], ...PAIRS[1]]) if (s[el] !== undefined && notList(s[el], isString)) bad(el);
  for (const el of PAIRS[2]) {
    const p = s[el];
    if (p !== undefined && p !== '*') for (const [t, v] of Object.entries(p)) if (notList(v, isString)) bad(`${el}.${t}`);
  }
  for (const [op, block] of Object.entries(s.Condition ?? {}) as [string, unknown][])
    if (typeof block !== 'object' || !block) bad(`Condition.${op}`);
    else for (const [k, v] of Object.entries(block)) if (notList(v, isValue)) bad(`Condition.${op}["${k}"]`);
  return issues;
}

/**
 * Grammar of one statement: effect, element pairs, action syntax, non-empty values. `read`: as
 * read (parse, lint), an action with stray whitespace that AWS accepted passes (`strayAction`).
 */
function checkGrammar(s: Statement, add: Add, read: boolean): void {
  if (!isEffect(s.Effect)) add('Effect', 'INVALID_EFFECT', () => messages.invalidEffect(s.Effect));
  for (const [el, not] of PAIRS) {
    if (s[el] !== undefined && s[not] !== undefined) add(not, 'CONFLICTING_ELEMENTS', () => messages.conflicting(el, not));
  }
  if (!s.Action && !s.NotAction) add('', 'MISSING_ELEMENT', () => messages.missingAction());
  for (const el of PAIRS[0]) {
    s[el]?.forEach((a, i) => {
      if (!isActionSyntax(a) && !(read && strayAction(a) !== undefined))
        add(`${el}[${i}]`, 'INVALID_ACTION', () => a.includes('${') ? messages.variableInAction(a) : messages.invalidActionSyntax(a));
    });
  }
  for (const el of PAIRS[1]) {
    s[el]?.forEach((r, i) => {
      if (r === '') add(`${el}[${i}]`, 'EMPTY_VALUE', () => messages.emptyString('A resource'));
    });
  }
  for (const el of PAIRS[2]) {
    const p = s[el];
    if (p === undefined || p === '*') continue;
    const types = Object.keys(p);
    if (types.length === 0) add(el, 'INVALID_PRINCIPAL', () => messages.emptyPrincipal());
    for (const t of types) {
      if (!(PRINCIPAL_TYPES as readonly string[]).includes(t)) add(`${el}[${JSON.stringify(t)}]`, 'INVALID_PRINCIPAL', () => messages.invalidPrincipalType(t));
      else
        (p as Record<string, readonly string[]>)[t]!.forEach((v, i) => {
          if (v === '') add(`${el}.${t}[${i}]`, 'EMPTY_VALUE', () => messages.emptyString('A principal'));
        });
    }
  }
}

/**
 * The rules of a policy kind for one statement. Not `read` (built): NotPrincipal with Allow is
 * refused ("NotPrincipal must be used with "Effect":"Deny"", IAM User Guide, NotPrincipal); a policy
 * that is read keeps it, and lint reports it (ALLOW_WITH_NOT_PRINCIPAL).
 */
function checkKind(s: Statement, kind: PolicyKind, add: Add, read: boolean): void {
  const rules = kindRules[kind];
  const sid = s.Sid;
  if (sid !== undefined && rules.alphanumericSid && !isAlphanumeric(sid)) add('Sid', 'INVALID_SID', () => messages.invalidSid(sid, kind));
  if (s.Principal !== undefined || s.NotPrincipal !== undefined)
    for (const el of PAIRS[2]) {
      if (s[el] === undefined) continue;
      if (rules.principal === 'forbidden') add(el, 'PRINCIPAL_NOT_ALLOWED', () => messages.principalForbidden(kind, el));
      else if (el === 'NotPrincipal' && (!rules.notPrincipal || (!read && s.Effect === 'Allow')))
        add(el, 'NOT_PRINCIPAL_NOT_ALLOWED', () => (rules.notPrincipal ? messages.allowNotPrincipal() : messages.notPrincipalForbidden(kind)));
    }
  if (rules.principal === 'required' && !s.Principal && !s.NotPrincipal) add('', 'PRINCIPAL_REQUIRED', () => messages.principalRequired(kind));
  if (rules.resource === 'forbidden')
    for (const el of PAIRS[1]) if (s[el] !== undefined) add(el, 'RESOURCE_NOT_ALLOWED', () => messages.resourceForbidden(el));
  if (rules.resource === 'required' && !s.Resource && !s.NotResource) add('', 'RESOURCE_REQUIRED', () => messages.resourceRequired());
  if (kind === 'trust') {
    for (const el of PAIRS[0])
      s[el]?.forEach((a, i) => {
        if (!isTrustAction(a)) add(`${el}[${i}]`, 'ACTION_NOT_ALLOWED', () => messages.trustAction(a));
      });
  }
  if (kind === 'rcp') {
    if (s.Effect === 'Allow' && !isRcpFullAccess(s)) add('Effect', 'EFFECT_NOT_ALLOWED', () => messages.rcpAllow());
    if (s.NotAction) add('NotAction', 'NOT_ACTION_NOT_ALLOWED', () => messages.rcpNotAction());
    if (s.Effect === 'Deny')
      s.Action?.forEach((a, i) => {
        if (a === '*') add(`Action[${i}]`, 'ACTION_NOT_ALLOWED', () => messages.rcpActionStar());
      });
    if (s.Principal && !isAnyone(s.Principal)) add('Principal', 'PRINCIPAL_MUST_BE_ANYONE', () => messages.rcpPrincipal());
  }
}

/**
 * What the builder checks when a statement is built, for a statement given as data
 * (`policy.identity({...})`): known condition operators, condition keys of the form `service:Key`
 * (`isConditionKey`), each value read by its operator's family (lint's TYPE_MISMATCH_* messages),
 * Resource entries that are ARNs or `"*"` and principal values in their type's form
 * (`isPrincipalValue`). Parse does not
 * call it: AWS stores such policies, and lint reports them.
 */
export function dataValueIssues(s: Statement, at: number): PolicyIssue[] {
  const issues: PolicyIssue[] = [];
  const base = `Statement[${at}]`;
  for (const [operator, block] of Object.entries(s.Condition ?? {})) {
    const op = parseOperator(operator);
    if (op === undefined) issues.push({ path: `${base}.Condition`, code: 'INVALID_CONDITION', message: messages.unknownOperator(messages.show(operator)) });
    // condition key names ignore case (IAM User Guide, Condition element): `.when` adds a second
    // casing to the first key's values; a block given as data with both is ambiguous (Access
    // Analyzer: DUPLICATE_KEYS_WITH_DIFFERENT_CASE, an error; evaluate refuses it)
    const firstOf = new Map<string, string>();
    for (const key of Object.keys(block)) {
      if (!isConditionKey(key)) issues.push({ path: `${base}.Condition.${operator}[${messages.show(key)}]`, code: 'INVALID_CONDITION', message: messages.badConditionKey(messages.show(key)), operator, key });
      const first = firstOf.get(key.toLowerCase());
      if (first === undefined) firstOf.set(key.toLowerCase(), key);
      else issues.push({ path: `${base}.Condition.${operator}[${messages.show(key)}]`, code: 'INVALID_CONDITION', message: messages.keyCaseTwice(first, key, operator), operator, key });
    }
    if (op !== undefined)
      for (const [key, values] of Object.entries(block))
        values.forEach((value, i) => {
          if (!isFamilyValue(op.family, value))
            issues.push({ path: `${base}.Condition.${operator}[${messages.show(key)}][${i}]`, code: 'INVALID_CONDITION_VALUE', message: messages.valueNeverMatches(value, operator, op.family), operator, key, value });
        });
  }
  for (const el of PAIRS[1])
    s[el]?.forEach((r, i) => {
      if (arnProblem(r) && !r.startsWith(API_SHORT_FORM)) issues.push({ path: `${base}.${el}[${i}]`, code: 'INVALID_RESOURCE', message: messages.badArn(r), value: r });
    });
  for (const el of PAIRS[2]) {
    const p = s[el];
    if (p !== undefined && p !== '*')
      for (const [t, values] of Object.entries(p) as [PrincipalType, readonly string[]][])
        values.forEach((v, i) => {
          if (!isPrincipalValue(t, v)) issues.push({ path: `${base}.${el}.${t}[${i}]`, code: 'INVALID_PRINCIPAL', message: messages.badPrincipalValue(t, v), value: v });
        });
  }
  return issues;
}

/**
 * Checks a whole document as read (parse, lint); returns every problem found (empty when valid).
 * Unlike the builder's check it accepts actions with stray whitespace, as AWS did (`strayAction`).
 */
export function validateDocument(doc: PolicyDocument, kind?: PolicyKind): PolicyIssue[] {
  const issues: PolicyIssue[] = [];
  checkDocument(doc, kind, allInto(issues));
  return issues;
}

/**
 * {@link validateDocument} into a sink, which decides which issues are made and which only
 * counted: the document's rules first, then each statement's in order.
 */
export function checkDocument(doc: PolicyDocument, kind: PolicyKind | undefined, sink: IssueSink): void {
  for (const issue of documentIssues(doc)) if (sink.wants(undefined)) sink.add(issue);
  else sink.count(undefined);
  // only the trust and RCP rules read the actions themselves: the others need no corrected copy
  // (asRead on every statement was 8% of parsing the managed-policy corpus)
  const fix = kind === 'trust' || kind === 'rcp';
  doc.Statement.forEach((s, i) => checkStatement(fix ? asRead(s) : s, i, i, sink, kind, true, true));
}

/**
 * Calls `found` for each statement whose Sid an earlier statement already has (an empty Sid is no
 * Sid), with its index, the Sid and the index of the first statement that has it. Sids compare
 * exactly, as lint's UNIQUE_SIDS_* rules and Access Analyzer do.
 */
export function eachRepeatedSid(statements: readonly Statement[], found: (index: number, sid: string, first: number) => void): void {
  const first = new Map<string, number>();
  statements.forEach((s, i) => {
    const sid = s.Sid;
    if (sid === undefined || sid === '') return;
    const at = first.get(sid);
    if (at === undefined) first.set(sid, i);
    else found(i, sid, at);
  });
}

/**
 * The Sids a policy of `kind` repeats, when its kind requires unique Sids (IAM: "the Sid value must
 * be unique within a JSON policy"; Organizations likewise for SCPs and RCPs). The policy factories
 * and `add` refuse them; parse reads them and lint reports them (UNIQUE_SIDS_REQUIRED). Only
 * statements from index `from` on are reported (`add` to a parsed policy reports what it adds).
 */
export function repeatedSidIssues(statements: readonly Statement[], kind: PolicyKind, from = 0): PolicyIssue[] {
  const issues: PolicyIssue[] = [];
  if (kindRules[kind].uniqueSids)
    eachRepeatedSid(statements, (i, sid, first) => {
      if (i >= from) issues.push({ path: `Statement[${i}].Sid`, code: 'INVALID_SID', message: messages.repeatedSid(sid, first, kind) });
    });
  return issues;
}

/** The rules of a document as a whole: a known Version and at least one statement. */
export function documentIssues(doc: PolicyDocument): PolicyIssue[] {
  const issues: PolicyIssue[] = [];
  if (!isPolicyVersion(doc.Version))
    issues.push({ path: 'Version', code: 'INVALID_VERSION', message: messages.invalidVersion(doc.Version) });
  if (doc.Statement.length === 0) issues.push({ path: 'Statement', code: 'MISSING_ELEMENT', message: messages.missingStatement() });
  return issues;
}
