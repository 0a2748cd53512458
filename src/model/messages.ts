/**
 * Messages of model validation (`validateDocument`, the grammar and the rules of each kind), and
 * `show`, the one way a message quotes a value. The builder and the parser reuse these; their own
 * messages are in src/messages.ts.
 */
import { POLICY_KINDS, type PolicyKind } from './policy-document.js';
import { actionSlip, TRUST_ACTIONS } from './syntax.js';
import type { OperatorFamily } from './operators.js';

/* One export each, so bundlers drop the unused ones and shorten the names. */
export const missingStatement = () => 'A policy needs at least one statement.';
export const invalidEffect = (v: unknown) => `Effect must be "Allow" or "Deny" (case-sensitive), not ${show(v)}.`;
export const missingAction = () => 'A statement needs Action or NotAction.';
export const conflicting = (a: string, b: string) => `A statement cannot have both ${a} and ${b}; keep one.`;
export const invalidVersion = (v: unknown) => `Version must be "2012-10-17" (or legacy "2008-10-17"), not ${show(v)}.`;
export const invalidActionSyntax = (v: unknown) => {
  const slip = typeof v === 'string' ? actionSlip(v) : undefined;
  if (slip?.kind === 'list') return `invalid action ${show(v)}: it holds ${slip.meant.length} actions; write each as its own entry: ${slip.meant.map(show).join(', ')}.`;
  const why = slip === undefined ? '' : slip.kind === 'one' ? `did you mean ${show(slip.meant)}? ` : 'an ARN names a resource and belongs in Resource; ';
  return `invalid action ${show(v)}: ${why}write "service:Action" (e.g. "s3:GetObject" or "s3:Get*") or "*".`;
};
export const variableInAction = (v: string) => `Policy variables are not allowed in Action: ${show(v)}.`;
export const emptyString = (what: string) => `${what} cannot be an empty string.`;
export const invalidSid = (sid: string, kind: PolicyKind) =>
  `Sid ${show(sid)} may only hold A-Z, a-z and 0-9 in ${article(kind)} ${kind} policy; try ${show(sid.replace(/[^A-Za-z0-9]/g, ''))}.`;
export const repeatedSid = (sid: string, first: number, kind: PolicyKind) =>
  `Sid ${show(sid)} is already used by Statement[${first}]; ${article(kind)} ${kind} policy needs a different Sid on each statement.`;
export const principalForbidden = (kind: PolicyKind, el: string) =>
  `${el} is not allowed in ${article(kind)} ${kind} policy: its principal is whoever it is attached to.`;
// parse and lint read policy JSON, the builder builds: each advice names the element, then the builder's call
export const principalRequired = (kind: PolicyKind) => `${article(kind, true)} ${kind} policy statement needs a Principal element (the builder's .by(...)).`;
export const notPrincipalForbidden = (kind: PolicyKind) => `NotPrincipal is not allowed in ${article(kind)} ${kind} policy.`;
export const allowNotPrincipal = () => 'NotPrincipal needs Deny: with Allow it grants everyone not listed, anonymous callers included.';
export const resourceForbidden = (el: string) => `${el} is not allowed in a trust policy: the resource is the role itself.`;
export const resourceRequired = () => 'This policy kind needs Resource or NotResource ("*" for all; the builder\'s .on(...)).';
export const trustAction = (action: string) =>
  `Action ${show(action)} cannot be used in a trust policy; use one of ${TRUST_ACTIONS.join(', ')}.`;
export const rcpAllow = () => 'RCPs only take Deny statements (Allow is for the AWS-managed RCPFullAWSAccess).';
export const rcpNotAction = () => 'RCPs do not support NotAction; list the denied actions in Action.';
export const rcpActionStar = () => 'RCPs do not accept "*" alone as an action; name the service, e.g. "s3:*".';
export const rcpPrincipal = () => 'RCP statements must have Principal "*"; narrow them with conditions such as aws:PrincipalOrgID.';
export const notModelList = (path: string) => `${path} must be an array (the model form); for policy JSON use parsePolicy.`;
export const emptyPrincipal = () => 'Principal must be "*" or name AWS, Service, Federated or CanonicalUser principals.';
/** The principal helper that makes values of each principal type. */
const PRINCIPAL_HELPER = { AWS: 'aws', Service: 'service', Federated: 'federated', CanonicalUser: 'canonicalUser' } as const;
/** A principal written by hand or as data in no form IAM reads under its type (`isPrincipalValue`): its helper says which form. */
export const badPrincipalValue = (type: keyof typeof PRINCIPAL_HELPER, v: string) =>
  `${show(v)} is in no form IAM reads in Principal.${type}; make it with principal.${PRINCIPAL_HELPER[type]}(...), which says what to write.`;
export const invalidPrincipalType = (t: string) => `Unknown principal type ${show(t)}: use AWS, Service, Federated or CanonicalUser.`;

/** What to write instead of a Resource entry that `arnProblem` rejects (lint and builder share it). */
export const keyCaseTwice = (first: string, key: string, operator: string) =>
  `Condition key ${show(key)} repeats ${show(first)} in the ${operator} block; key names ignore case, so give the key once with all its values.`;
export const badConditionKey = (key: string) => `Condition key ${key} must look like "service:Key", without variables.`;
export const unknownOperator = (op: string) => `Unknown condition operator ${op}; operators are case-sensitive, e.g. "StringEquals".`;
export const badArn = (r: string) => `Resource ${show(r)} is not an ARN; write "arn:partition:service:region:account:resource" or "*".`;

const TRUE_FALSE = 'write "true" or "false".';

/** How to write a value of each operator family that has a syntax of its own. */
const VALUE_ADVICE: { readonly [F in OperatorFamily]?: string } = {
  Numeric: 'write a number ("3600").',
  Date: 'write an ISO 8601 date ("2026-01-31T00:00:00Z") or epoch seconds.',
  Bool: TRUE_FALSE,
  Null: TRUE_FALSE,
  IPAddress: 'write an IP address or CIDR block ("203.0.113.0/24").',
  Binary: 'write base64.',
  ARN: 'write an ARN ("arn:aws:s3:::b/*") or "*".',
};

/** A condition value its operator family cannot read (lint's TYPE_MISMATCH_* rules and the builder). */
export const valueNeverMatches = (v: unknown, operator: string, family: OperatorFamily) =>
  `Value ${show(v)} under ${show(operator)} never matches: ${VALUE_ADVICE[family] ?? ''}`;

/** A policy kind argument that names no kind (plain JavaScript, configuration). */
export const notAKind = (kind: unknown) => `The policy kind must be one of ${POLICY_KINDS.join(', ')}, not ${show(kind)}.`;

/** What kind of value `x` is, for messages about a value of the wrong type: `null`, `undefined`, `an array`, `a number`, ... */
export const sayType = (x: unknown): string => (x === null || x === undefined ? String(x) : Array.isArray(x) ? 'an array' : `a ${typeof x}`);

/** JSON-ish display of a value inside a message. */
export function show(v: unknown): string {
  // JSON writes NaN and Infinity as null
  if (typeof v === 'number' && !Number.isFinite(v)) return String(v);
  // JSON cannot write a BigInt, and its String() (10) would seem a number refused
  if (typeof v === 'bigint') return `${v}n`;
  // a boxed primitive would show as the primitive it wraps ("*"), so a message refusing it would
  // seem to refuse a valid value
  const boxed = typeof v === 'object' && v !== null ? unbox(v) : undefined;
  if (boxed !== undefined) return `new ${boxed.type}(${show(boxed.value)})`;
  try {
    return JSON.stringify(v) ?? String(v);
  } catch {
    // a toJSON or getter that throws, a BigInt, a cycle: then the value's own text, and failing that its type
    // (a message about a bad value must never throw in its place)
    try {
      return String(v);
    } catch {
      return `(${typeof v})`;
    }
  }
}

const BOXES = [
  ['String', String.prototype.valueOf],
  ['Number', Number.prototype.valueOf],
  ['Boolean', Boolean.prototype.valueOf],
] as const;

/** The primitive inside a `new String(...)`, `new Number(...)` or `new Boolean(...)` (any realm), else undefined. */
function unbox(v: object): { type: string; value: unknown } | undefined {
  for (const [type, valueOf] of BOXES) {
    try {
      // throws for anything but a real box of this type, whatever its Symbol.toStringTag says
      return { type, value: (valueOf as (this: unknown) => unknown).call(v) };
    } catch {
      // not this type
    }
  }
  return undefined;
}

/**
 * The article of a policy kind's name, by sound: "an identity", "an scp", "an rcp", "a trust".
 *
 * @example
 * ```ts
 * import { article } from './messages.js';
 * `${article('scp')} scp policy`; // 'an scp policy'
 * ```
 */
export function article(kind: PolicyKind | (string & {}), capital = false): string {
  const a = /^([aeiou]|scp|rcp)/.test(kind) ? 'an' : 'a';
  return capital ? a[0]!.toUpperCase() + a.slice(1) : a;
}
