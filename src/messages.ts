/**
 * Every message of model validation, builder misuse and parsing, in one place. Messages say what is
 * wrong and what to do.
 */
import type { PolicyKind } from './model/policy-document.js';
import { TRUST_ACTIONS } from './model/syntax.js';

/** The tail of messages about characters: what IAM accepts. */
const CHARS = ', with only tab, line feed, carriage return and U+0020 to U+00FF as characters.';

/* Core messages: one export each, so bundlers drop the unused ones and shorten the names. */
export const missingStatement = () => 'A policy needs at least one statement.';
export const invalidEffect = (v: unknown) => `Effect must be "Allow" or "Deny" (case-sensitive), not ${show(v)}.`;
export const missingAction = () => 'A statement needs Action or NotAction.';
export const conflicting = (a: string, b: string) => `A statement cannot have both ${a} and ${b}; keep one.`;
export const invalidVersion = (v: unknown) => `Version must be "2012-10-17" (or legacy "2008-10-17"), not ${show(v)}.`;
export const invalidActionSyntax = (v: string) => `invalid action ${show(v)}: write "service:Action" (e.g. "s3:GetObject" or "s3:Get*") or "*".`;
export const variableInAction = (v: string) => `Policy variables are not allowed in Action: ${show(v)}.`;
export const emptyString = (what: string) => `${what} cannot be an empty string.`;
export const invalidSid = (sid: string, kind: PolicyKind) =>
    `Sid ${show(sid)} may only hold A-Z, a-z and 0-9 in ${article(kind)} ${kind} policy.`;
export const slotTwice = (slot: string, first: unknown, second: unknown) =>
  `${slot} is already ${show(first)}; not overwriting it with ${show(second)}.`;
export const principalForbidden = (kind: PolicyKind, el: string) =>
  `${el} is not allowed in ${article(kind)} ${kind} policy: its principal is whoever it is attached to.`;
export const principalRequired = (kind: PolicyKind) => `${article(kind, true)} ${kind} policy statement needs a Principal: add .by(...).`;
export const notPrincipalForbidden = (kind: PolicyKind) => `NotPrincipal is not allowed in ${article(kind)} ${kind} policy.`;
export const resourceForbidden = (el: string) => `${el} is not allowed in a trust policy: the resource is the role itself.`;
export const resourceRequired = () => 'This policy kind needs Resource or NotResource: add .on(...) ("*" for all).';
export const trustAction = (action: string) =>
  `Action ${show(action)} cannot be used in a trust policy; use one of ${TRUST_ACTIONS.join(', ')}.`;
export const rcpAllow = () => 'RCPs only take Deny statements (Allow is for the AWS-managed RCPFullAWSAccess).';
export const rcpNotAction = () => 'RCPs do not support NotAction; list the denied actions in Action.';
export const rcpActionStar = () => 'RCPs do not accept "*" alone as an action; name the service, e.g. "s3:*".';
export const rcpPrincipal = () => 'RCP statements must have Principal "*"; narrow them with conditions such as aws:PrincipalOrgID.';
export const emptyPrincipal = () => 'Principal must be "*" or name AWS, Service, Federated or CanonicalUser principals.';
export const invalidPrincipalType = (t: string) => `Unknown principal type ${show(t)}: use AWS, Service, Federated or CanonicalUser.`;
export const unknownOperator = (op: string) => `Unknown condition operator ${op}; operators are case-sensitive, e.g. "StringEquals".`;
export const badConditionKey = (key: string) => `Condition key ${key} must look like "service:Key", without variables.`;
export const badConditionValue = (v: string) => `Condition value ${v} must be a string, finite number, boolean or valid Date${CHARS}`;
export const emptyElement = (el: string) => `${el} needs at least one value.`;
export const badChar = (what: string, v: string) => `${what} ${show(v)} is not valid${CHARS}`;
export const invalidValue = (el: string, v: string) =>
  `${v} is not valid in ${el}: give ${el.endsWith('Resource') ? 'an ARN or "*"' : 'principal helpers'}${CHARS}`;


/** Messages only the parser uses (a separate object, so a builder-only bundle leaves them out). */
export const parseMessages = {
  invalidValueChar: (ch: string, what: string) =>
    `${what} contains ${show(ch)} (U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}), which IAM does not accept: only tab, line feed, carriage return and U+0020 to U+00FF.`,
  // parsing (src/parse)
  missingEffect: () => 'Every statement needs an Effect: "Allow" or "Deny".',
  jsonSyntax: (detail: string) => `Not valid JSON: ${detail}.`,
  duplicateKey: (key: string) =>
    `Key ${show(key)} appears more than once in this object; IAM rejects duplicate keys (JSON.parse would silently keep the last). Keep one.`,
  tooDeep: (max: number) => `The input nests objects and arrays more than ${max} levels deep; a policy needs at most 6.`,
  inputTooLarge: (length: number, max: number) =>
    `The input is ${length} characters, more than the ${max} allowed; raise the maxLength option if this is expected.`,
  objectTooLarge: (max: number) =>
    `The input object holds more than the ${max} characters of JSON (or array slots and references) allowed; raise the maxLength option if this is expected.`,
  tooManyIssues: (more: number, shown: number) =>
    `... and ${more} more problem${more === 1 ? '' : 's'} (the first ${shown} are listed; raise the maxIssues option to see more).`,
  invalidOption: (name: string, value: unknown, expected: string) => `Option ${name} must be ${expected}, not ${show(value)}.`,
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
  try {
    return JSON.stringify(v) ?? String(v);
  } catch {
    return String(v);
  }
}

function article(kind: PolicyKind, capital = false): string {
  // by sound: "an identity", "an SCP", "an RCP"
  const a = /^([aeiou]|scp|rcp)/.test(kind) ? 'an' : 'a';
  return capital ? a[0]!.toUpperCase() + a.slice(1) : a;
}
