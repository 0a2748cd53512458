/**
 * The element rules of the IAM grammar and of each policy kind (iam-reference §1 and §6). One place
 * for the builder and the parser: both call {@link validateDocument}.
 */
import type { PolicyIssue } from '../errors.js';
import { messages } from '../messages.js';
import type { PolicyDocument, PolicyKind, PrincipalElement, Statement } from './policy-document.js';
import { PRINCIPAL_TYPES } from './policy-document.js';
import { isBuilt } from '../internal/built.js';
import { firstInvalidChar, isActionSyntax, TRUST_ACTIONS, wildcardMatch, hasWildcard } from './syntax.js';

/** What a kind allows for each element. */
export interface KindRules {
  readonly principal: 'required' | 'forbidden' | 'optional';
  readonly notPrincipal: boolean;
  readonly resource: 'required' | 'forbidden' | 'optional';
  readonly alphanumericSid: boolean;
  readonly denyOnly: boolean;
}

/** Element rules per policy kind (iam-reference §6). */
export const kindRules: { readonly [K in PolicyKind]: KindRules } = {
  identity: { principal: 'forbidden', notPrincipal: false, resource: 'required', alphanumericSid: true, denyOnly: false },
  boundary: { principal: 'forbidden', notPrincipal: false, resource: 'required', alphanumericSid: true, denyOnly: false },
  session: { principal: 'forbidden', notPrincipal: false, resource: 'required', alphanumericSid: true, denyOnly: false },
  scp: { principal: 'forbidden', notPrincipal: false, resource: 'required', alphanumericSid: true, denyOnly: false },
  trust: { principal: 'required', notPrincipal: false, resource: 'forbidden', alphanumericSid: true, denyOnly: false },
  resource: { principal: 'required', notPrincipal: true, resource: 'optional', alphanumericSid: false, denyOnly: false },
  rcp: { principal: 'required', notPrincipal: false, resource: 'required', alphanumericSid: true, denyOnly: true },
  endpoint: { principal: 'required', notPrincipal: false, resource: 'required', alphanumericSid: false, denyOnly: false },
};

const ACTION_ELEMENTS = ['Action', 'NotAction'] as const;
const RESOURCE_ELEMENTS = ['Resource', 'NotResource'] as const;

function isAlphanumeric(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (!((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122))) return false;
  }
  return true;
}

function isAnyone(p: PrincipalElement): boolean {
  if (p === '*') return true;
  const keys = Object.keys(p);
  return keys.length === 1 && p.AWS !== undefined && p.AWS.length === 1 && p.AWS[0] === '*';
}

function isTrustAction(action: string): boolean {
  if (hasWildcard(action)) {
    if (!action.toLowerCase().startsWith('sts:')) return false;
    return TRUST_ACTIONS.some((a) => wildcardMatch(action, a));
  }
  const lower = action.toLowerCase();
  return TRUST_ACTIONS.some((a) => a.toLowerCase() === lower);
}

/** The RCPFullAWSAccess shape: the one Allow statement an RCP may hold. */
function isRcpFullAccess(s: Statement): boolean {
  return (
    s.Principal !== undefined &&
    isAnyone(s.Principal) &&
    s.Action?.length === 1 &&
    s.Action[0] === '*' &&
    s.Resource?.length === 1 &&
    s.Resource[0] === '*' &&
    s.Condition === undefined
  );
}

/**
 * Checks one statement against the language grammar and, when `kind` is given, the rules of that
 * policy kind. `at` is the statement's path (`Statement[3]`).
 */
export function validateStatement(s: Statement, at: string, kind?: PolicyKind): PolicyIssue[] {
  const issues: PolicyIssue[] = [];
  const add = (path: string, code: PolicyIssue['code'], message: string) => issues.push({ path, code, message });
  if (!isBuilt(s)) checkGrammar(s, at, add);
  if (kind === undefined) return issues;
  checkKind(s, at, kind, add);
  return issues;
}

type Add = (path: string, code: PolicyIssue['code'], message: string) => void;

/** Grammar of one statement: effect, element pairs, action syntax, non-empty values. */
function checkGrammar(s: Statement, at: string, add: Add): void {
  if (s.Effect !== 'Allow' && s.Effect !== 'Deny') add(`${at}.Effect`, 'INVALID_EFFECT', messages.invalidEffect(s.Effect));
  if (s.Action !== undefined && s.NotAction !== undefined)
    add(`${at}.NotAction`, 'CONFLICTING_ELEMENTS', messages.conflicting('Action', 'NotAction'));
  else if (s.Action === undefined && s.NotAction === undefined)
    add(at, 'MISSING_ELEMENT', messages.missingAction());
  if (s.Resource !== undefined && s.NotResource !== undefined)
    add(`${at}.NotResource`, 'CONFLICTING_ELEMENTS', messages.conflicting('Resource', 'NotResource'));
  if (s.Principal !== undefined && s.NotPrincipal !== undefined)
    add(`${at}.NotPrincipal`, 'CONFLICTING_ELEMENTS', messages.conflicting('Principal', 'NotPrincipal'));

  for (const el of ACTION_ELEMENTS) {
    const list = s[el];
    if (list === undefined) continue;
    for (let i = 0; i < list.length; i++) {
      const a = list[i]!;
      if (isActionSyntax(a)) continue;
      add(
        `${at}.${el}[${i}]`,
        'INVALID_ACTION',
        a.includes('${') ? messages.variableInAction(a) : messages.invalidActionSyntax(a),
      );
    }
  }
  for (const el of RESOURCE_ELEMENTS) {
    const list = s[el];
    if (list === undefined) continue;
    for (let i = 0; i < list.length; i++) {
      if (list[i] === '') add(`${at}.${el}[${i}]`, 'EMPTY_VALUE', messages.emptyString('A resource'));
    }
  }
  for (const el of ['Principal', 'NotPrincipal'] as const) {
    const p = s[el];
    if (p === undefined || p === '*') continue;
    const types = Object.keys(p);
    if (types.length === 0) add(`${at}.${el}`, 'INVALID_PRINCIPAL', messages.emptyPrincipal());
    for (const t of types) {
      if (!(PRINCIPAL_TYPES as readonly string[]).includes(t)) {
        add(`${at}.${el}[${JSON.stringify(t)}]`, 'INVALID_PRINCIPAL', messages.invalidPrincipalType(t));
        continue;
      }
      (p as Record<string, readonly string[]>)[t]!.forEach((v, i) => {
        if (v === '') add(`${at}.${el}.${t}[${i}]`, 'EMPTY_VALUE', messages.emptyString('A principal'));
      });
    }
  }

}

/** The rules of a policy kind for one statement. */
function checkKind(s: Statement, at: string, kind: PolicyKind, add: Add): void {
  const rules = kindRules[kind];
  if (s.Sid !== undefined && rules.alphanumericSid && !isAlphanumeric(s.Sid))
    add(`${at}.Sid`, 'INVALID_SID', messages.invalidSid(s.Sid, kind));
  if (rules.principal === 'forbidden') {
    if (s.Principal !== undefined) add(`${at}.Principal`, 'PRINCIPAL_NOT_ALLOWED', messages.principalForbidden(kind, 'Principal'));
    if (s.NotPrincipal !== undefined)
      add(`${at}.NotPrincipal`, 'PRINCIPAL_NOT_ALLOWED', messages.principalForbidden(kind, 'NotPrincipal'));
  } else {
    if (!rules.notPrincipal && s.NotPrincipal !== undefined)
      add(`${at}.NotPrincipal`, 'NOT_PRINCIPAL_NOT_ALLOWED', messages.notPrincipalForbidden(kind));
    else if (rules.principal === 'required' && s.Principal === undefined && s.NotPrincipal === undefined)
      add(at, 'PRINCIPAL_REQUIRED', messages.principalRequired(kind));
  }
  if (rules.resource === 'forbidden') {
    if (s.Resource !== undefined) add(`${at}.Resource`, 'RESOURCE_NOT_ALLOWED', messages.resourceForbidden('Resource'));
    if (s.NotResource !== undefined)
      add(`${at}.NotResource`, 'RESOURCE_NOT_ALLOWED', messages.resourceForbidden('NotResource'));
  } else if (rules.resource === 'required' && s.Resource === undefined && s.NotResource === undefined) {
    add(at, 'RESOURCE_REQUIRED', messages.resourceRequired());
  }
  if (kind === 'trust') {
    for (const el of ['Action', 'NotAction'] as const)
      s[el]?.forEach((a, i) => {
        if (!isTrustAction(a)) add(`${at}.${el}[${i}]`, 'ACTION_NOT_ALLOWED', messages.trustAction(a));
      });
  }
  if (kind === 'rcp') {
    if (s.Effect === 'Allow' && !isRcpFullAccess(s)) add(`${at}.Effect`, 'EFFECT_NOT_ALLOWED', messages.rcpAllow());
    if (s.NotAction !== undefined) add(`${at}.NotAction`, 'NOT_ACTION_NOT_ALLOWED', messages.rcpNotAction());
    if (s.Effect === 'Deny')
      s.Action?.forEach((a, i) => {
        if (a === '*') add(`${at}.Action[${i}]`, 'ACTION_NOT_ALLOWED', messages.rcpActionStar());
      });
    if (s.Principal !== undefined && !isAnyone(s.Principal))
      add(`${at}.Principal`, 'PRINCIPAL_MUST_BE_ANYONE', messages.rcpPrincipal());
  }
}

/**
 * Fast path for builder-made statements (grammar-valid by construction): true when the common
 * kind rules surely hold; anything else goes through the full check, which names the problem.
 */
function fitsKindQuickly(s: Statement, kind: PolicyKind): boolean {
  const rules = kindRules[kind];
  if (kind === 'trust' || kind === 'rcp') return false;
  if (s.Sid !== undefined && rules.alphanumericSid && !isAlphanumeric(s.Sid)) return false;
  const hasPrincipal = s.Principal !== undefined || s.NotPrincipal !== undefined;
  if (rules.principal === 'forbidden' ? hasPrincipal : rules.principal === 'required' && !hasPrincipal) return false;
  if (s.NotPrincipal !== undefined && !rules.notPrincipal) return false;
  const hasResource = s.Resource !== undefined || s.NotResource !== undefined;
  return rules.resource === 'required' ? hasResource : rules.resource === 'forbidden' ? !hasResource : true;
}

/** Checks a whole document; returns every problem found (empty when valid). */
export function validateDocument(doc: PolicyDocument, kind?: PolicyKind): PolicyIssue[] {
  const issues: PolicyIssue[] = [];
  if (doc.Version !== '2012-10-17' && doc.Version !== '2008-10-17')
    issues.push({ path: 'Version', code: 'INVALID_VERSION', message: messages.invalidVersion(doc.Version) });
  if (doc.Statement.length === 0)
    issues.push({ path: 'Statement', code: 'MISSING_ELEMENT', message: messages.missingStatement() });
  const statements = doc.Statement;
  for (let i = 0; i < statements.length; i++) {
    const s = statements[i]!;
    if (kind !== undefined && isBuilt(s) && fitsKindQuickly(s, kind)) continue;
    const found = validateStatement(s, `Statement[${i}]`, kind);
    for (const f of found) issues.push(f);
  }
  return issues;
}

export { firstInvalidChar };
