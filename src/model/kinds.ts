/**
 * The element rules of the IAM grammar and of each policy kind (iam-reference §1 and §6). One place
 * for the builder and the parser: both call {@link validateDocument}.
 */
import type { PolicyIssue } from '../errors.js';
import { messages } from '../messages.js';
import type { PolicyDocument, PolicyKind, PrincipalElement, Statement } from './policy-document.js';
import { PRINCIPAL_TYPES } from './policy-document.js';
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

  if (s.Effect !== 'Allow' && s.Effect !== 'Deny') add(`${at}.Effect`, 'INVALID_EFFECT', messages.invalidEffect(s.Effect));
  if (s.Action !== undefined && s.NotAction !== undefined)
    add(`${at}.NotAction`, 'CONFLICTING_ELEMENTS', messages.conflicting('Action', 'NotAction'));
  else if (s.Action === undefined && s.NotAction === undefined)
    add(at, 'MISSING_ELEMENT', messages.missingAction());
  if (s.Resource !== undefined && s.NotResource !== undefined)
    add(`${at}.NotResource`, 'CONFLICTING_ELEMENTS', messages.conflicting('Resource', 'NotResource'));
  if (s.Principal !== undefined && s.NotPrincipal !== undefined)
    add(`${at}.NotPrincipal`, 'CONFLICTING_ELEMENTS', messages.conflicting('Principal', 'NotPrincipal'));

  for (const el of ['Action', 'NotAction'] as const) {
    s[el]?.forEach((a, i) => {
      if (a.includes('${')) add(`${at}.${el}[${i}]`, 'INVALID_ACTION', messages.variableInAction(a));
      else if (!isActionSyntax(a)) add(`${at}.${el}[${i}]`, 'INVALID_ACTION', messages.invalidActionSyntax(a));
    });
  }
  for (const el of ['Resource', 'NotResource'] as const) {
    s[el]?.forEach((r, i) => {
      if (r === '') add(`${at}.${el}[${i}]`, 'EMPTY_VALUE', messages.emptyString('A resource'));
    });
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

  if (kind === undefined) return issues;
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
  return issues;
}

/** Checks a whole document; returns every problem found (empty when valid). */
export function validateDocument(doc: PolicyDocument, kind?: PolicyKind): PolicyIssue[] {
  const issues: PolicyIssue[] = [];
  if (doc.Version !== '2012-10-17' && doc.Version !== '2008-10-17')
    issues.push({ path: 'Version', code: 'INVALID_VERSION', message: messages.invalidVersion(doc.Version) });
  if (doc.Statement.length === 0)
    issues.push({ path: 'Statement', code: 'MISSING_ELEMENT', message: messages.missingStatement() });
  doc.Statement.forEach((s, i) => issues.push(...validateStatement(s, `Statement[${i}]`, kind)));
  return issues;
}

export { firstInvalidChar };
