/**
 * Every message of model validation, builder misuse and parsing, in one place. Messages say what is
 * wrong and what to do.
 */
import type { PolicyKind } from './model/policy-document.js';

export const messages = {
  missingStatement: () => 'A policy needs at least one statement.',
  invalidEffect: (v: unknown) => `Effect must be "Allow" or "Deny" (case-sensitive), not ${show(v)}.`,
  missingEffect: () => 'Every statement needs an Effect: "Allow" or "Deny".',
  missingAction: () => 'A statement needs Action or NotAction.',
  conflicting: (a: string, b: string) => `${a} and ${b} cannot both appear in one statement; keep one.`,
  invalidVersion: (v: unknown) => `Version must be "2012-10-17" (or the legacy "2008-10-17"), not ${show(v)}.`,
  invalidActionSyntax: (v: string) =>
    `invalid action ${show(v)}: write "service:Action" (for example "s3:GetObject"), a wildcard such as "s3:Get*", or "*".`,
  variableInAction: (v: string) => `Policy variables are not allowed in Action: ${show(v)}.`,
  emptyString: (what: string) => `${what} cannot be an empty string.`,
  invalidSid: (sid: string, kind: PolicyKind) =>
    `Sid ${show(sid)} may only hold letters A-Z, a-z and digits 0-9 in ${article(kind)} ${kind} policy.`,
  slotTwice: (slot: string, first: unknown, second: unknown) =>
    `${slot} is already set to ${show(first)}; refusing to overwrite it with ${show(second)}. Build a new statement instead.`,
  principalForbidden: (kind: PolicyKind, el: string) =>
    `${el} is not allowed in ${article(kind)} ${kind} policy: the principal is whoever the policy is attached to.`,
  principalRequired: (kind: PolicyKind) =>
    `${article(kind, true)} ${kind} policy statement needs a Principal: say who the statement applies to with .by(...).`,
  notPrincipalForbidden: (kind: PolicyKind) => `NotPrincipal is not allowed in ${article(kind)} ${kind} policy.`,
  resourceForbidden: (el: string) =>
    `${el} is not allowed in a trust policy: the resource is the role itself. Remove it.`,
  resourceRequired: () => 'A statement of this policy kind needs Resource or NotResource: add .on(...) (use "*" for all).',
  trustAction: (action: string) =>
    `Action ${show(action)} cannot be used in a trust policy; use sts:AssumeRole, sts:AssumeRoleWithSAML, sts:AssumeRoleWithWebIdentity, sts:TagSession, sts:SetSourceIdentity or sts:SetContext.`,
  rcpAllow: () =>
    'Resource control policies only take Deny statements (Allow is reserved for the AWS-managed RCPFullAWSAccess).',
  rcpNotAction: () => 'Resource control policies do not support NotAction; list the denied actions in Action.',
  rcpActionStar: () => 'Resource control policies do not accept "*" alone as an action; name the service, e.g. "s3:*".',
  rcpPrincipal: () => 'Resource control policy statements must have Principal "*"; narrow with conditions such as aws:PrincipalOrgID.',
  emptyPrincipal: () => 'Principal must be "*" or a map with at least one of AWS, Service, Federated, CanonicalUser.',
  invalidPrincipalType: (t: string) => `Unknown principal type ${show(t)}: use AWS, Service, Federated or CanonicalUser.`,
  invalidCondition: (detail: string) => `Malformed condition: ${detail}`,
  invalidValueChar: (ch: string, what: string) =>
    `${what} contains ${show(ch)} (U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}), which IAM does not accept: only tab, line feed, carriage return and U+0020 to U+00FF.`,
  // parsing (src/parse)
} as const;

/** Messages only the parser uses (a separate object, so a builder-only bundle leaves them out). */
export const parseMessages = {
  jsonSyntax: (detail: string) => `Not valid JSON: ${detail}.`,
  duplicateKey: (key: string) =>
    `Key ${show(key)} appears more than once in this object; IAM rejects duplicate keys (JSON.parse would silently keep the last). Keep one.`,
  tooDeep: (max: number) => `The input nests objects and arrays more than ${max} levels deep; a policy needs at most 6.`,
  inputTooLarge: (length: number, max: number) =>
    `The input is ${length} characters, more than the ${max} allowed; raise the maxLength option if this is expected.`,
  invalidEncoding: (detail: string) => `The URL-encoded policy cannot be decoded: ${detail}.`,
  invalidType: (path: string, expected: string, got: string) => `${path || 'The policy'} must be ${expected}, not ${got}.`,
  unknownElement: (key: string, where: string) =>
    `Unknown element ${show(key)} in ${where}; element names are case-sensitive (Version, Id, Statement; Sid, Effect, Principal, NotPrincipal, Action, NotAction, Resource, NotResource, Condition).`,
  emptyStatement: () => 'A statement cannot be empty: give it an Effect, an Action (or NotAction) and what else its policy kind needs.',
  principalString: (v: string, el: string) => `${el} must be "*" or an object such as {"AWS": "arn:aws:iam::123456789012:root"}, not ${show(v)}.`,
  emptyCondition: () => 'Condition is empty; remove it or add an operator block such as {"StringEquals": {"aws:PrincipalOrgID": "o-abc123"}}.',
  emptyConditionOperator: (op: string) => `Condition operator ${show(op)} has no condition keys; remove it or add a key and its values.`,
  emptyConditionValues: (key: string) => `Condition key ${show(key)} has an empty list of values; give at least one value or remove the key.`,
  inexactNumber: (literal: string) =>
    `The number ${literal} cannot be held exactly by a JavaScript number (or is out of range); write it as a string ("${literal}") so it is kept as written.`,
  unreadableValue: (what: string) => `This value cannot be read as JSON: ${what}.`,
} as const;

/** JSON-ish display of a value inside a message. */
export function show(v: unknown): string {
  if (typeof v === 'string') return JSON.stringify(v);
  if (v === undefined) return 'nothing';
  try {
    return JSON.stringify(v) ?? String(v);
  } catch {
    return String(v);
  }
}

function article(kind: PolicyKind, capital = false): string {
  const a = /^[aeiou]/.test(kind) ? 'an' : 'a';
  return capital ? a[0]!.toUpperCase() + a.slice(1) : a;
}
