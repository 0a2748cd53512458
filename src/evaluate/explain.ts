/**
 * Every sentence the evaluation engine writes, in one place. Prose counts policies and statements
 * from 1 (`identity policy 1` is the first); `MatchedStatement` indices count from 0.
 */
import type { ConditionOutcome } from './conditions.js';
import { POLICY_SET_KEYS } from './policy-set.js';
import type { MatchedStatement, PolicyType, ResourceType } from './types.js';
import { show } from '../model/messages.js';
import type { PolicyKind } from '../model/policy-document.js';
import type { PrincipalProblem } from './principal.js';

const MAX_SHOWN = 3;

function q(s: string): string {
  return `'${s}'`;
}

function list(values: readonly string[]): string {
  const shown = values.slice(0, MAX_SHOWN).map(q);
  const more = values.length > MAX_SHOWN ? ` and ${values.length - MAX_SHOWN} more` : '';
  if (shown.length <= 1) return (shown[0] ?? 'nothing') + more;
  return `${shown.slice(0, -1).join(', ')} or ${shown[shown.length - 1]}${more}`;
}

function requestValues(values: readonly string[]): string {
  return values.length === 1 ? q(values[0]!) : `[${values.slice(0, MAX_SHOWN).map(q).join(', ')}${values.length > MAX_SHOWN ? ', ...' : ''}]`;
}

/** Name of one policy of a type: `identity policy 1`, `the trust policy`, `SCP 2 at level 1`. */
export function policyName(type: PolicyType, resourceType: ResourceType, policyIndex: number, level?: number, count = 2): string {
  const n = policyIndex + 1;
  switch (type) {
    case 'identity':
      return `identity policy ${n}`;
    case 'resource': {
      const name = resourceType === 'role-trust' ? 'trust policy' : resourceType === 'kms-key' ? 'key policy' : 'resource policy';
      return count > 1 ? `${name} ${n}` : `the ${name}`;
    }
    case 'boundary':
      return 'the permissions boundary';
    case 'session':
      return count > 1 ? `session policy ${n}` : 'the session policy';
    case 'scp':
      return `SCP ${n} at level ${(level ?? 0) + 1}`;
    case 'rcp':
      return `RCP ${n} at level ${(level ?? 0) + 1}`;
    case 'endpoint':
      return count > 1 ? `VPC endpoint policy ${n}` : 'the VPC endpoint policy';
  }
}

/** Name of all policies of a type: `the identity policies`, `the SCPs at level 2`. */
export function policyGroupName(type: PolicyType, resourceType: ResourceType, level?: number): string {
  switch (type) {
    case 'identity':
      return 'the identity policies';
    case 'resource':
      return resourceType === 'role-trust' ? 'the trust policy' : resourceType === 'kms-key' ? 'the key policy' : 'the resource policy';
    case 'boundary':
      return 'the permissions boundary';
    case 'session':
      return 'the session policies';
    case 'scp':
      return `the SCPs at level ${(level ?? 0) + 1}`;
    case 'rcp':
      return `the RCPs at level ${(level ?? 0) + 1}`;
    case 'endpoint':
      return 'the VPC endpoint policy';
  }
}

/** `statement 'Sid' of identity policy 1` or `statement 3 of identity policy 1`. */
export function statementName(m: MatchedStatement, resourceType: ResourceType, count: number): string {
  const st = m.sid !== undefined && m.sid !== '' ? `statement ${q(m.sid)}` : `statement ${m.statementIndex + 1}`;
  return `${st} of ${policyName(m.policy, resourceType, m.policyIndex, m.level, count)}`;
}

/** One condition outcome as a clause. */
export function conditionClause(o: ConditionOutcome): string {
  const key = o.key;
  const op = o.operator;
  const r = o.reason;
  switch (r.kind) {
    case 'missing': {
      const absent = r.empty ? `${key} holds an empty data set` : `${key} is absent`;
      if (o.matched) {
        if (o.op?.qualifier === 'ForAllValues') return `${absent} and ${op} is true for an empty set`;
        return `${absent} and ${op} treats a missing key as a match`;
      }
      return `${absent}, so ${op} does not match`;
    }
    case 'null': {
      const absent = r.empty ? `${key} holds an empty data set (null)` : `${key} is absent`;
      return r.present
        ? `${key} is present${o.matched ? ` and Null ${list(o.policyValues.map(String))} requires that` : `, but Null ${list(o.policyValues.map(String))} requires it absent`}`
        : `${absent}${o.matched ? ` and Null ${list(o.policyValues.map(String))} requires that` : `, but Null ${list(o.policyValues.map(String))} requires it present`}`;
    }
    case 'qualified-null':
      return `${op} ${o.matched ? 'always matches' : 'never matches'}, whatever ${key} holds (a set qualifier makes Null constant)`;
    case 'needs-qualifier':
      return `${key} has several values ${requestValues(r.values)}, which ${op} cannot compare without ForAnyValue: or ForAllValues:, so the condition is unknown, which never lets an Allow apply and never stops a Deny`;
    case 'compared': {
      const values = requestValues(r.values);
      const policy = list(o.policyValues.map(String));
      const unresolved =
        r.unresolved.length > 0 ? ` (${r.unresolved.join(', ')} cannot be resolved, so that value never matches)` : '';
      const negated = o.op?.negated === true;
      if (o.unknown)
        return `${key} ${values}: ${list(r.unreadable)} cannot be read by ${op} with one meaning (not ${o.op?.family ?? 'its'} text, or text with two readings: an IPv4-mapped address, an IPv6 policy address without a prefix length, a number past double precision, an ARN value whose variable holds a colon, a policy variable whose name has white space, whitespace around a number, date or boolean, a date without a time zone, base64 not in its canonical spelling, a '?' against a character outside the BMP, in the request or the policy), so the condition is unknown, which never lets an Allow apply and never stops a Deny`;
      if (o.op?.qualifier !== undefined) {
        return `${key} ${values} ${o.matched ? 'satisfies' : 'does not satisfy'} ${op} ${policy}${unresolved}`;
      }
      if (negated)
        return o.matched
          ? `${key} ${values} matches none of ${policy}, so ${op} matches`
          : `${key} ${values} matches ${q(r.hit ?? '')}, so ${op} does not match`;
      return o.matched
        ? `${key} ${values} matches ${q(r.hit ?? '')} under ${op}`
        : `${key} ${values} does not match ${policy} under ${op}${unresolved}`;
    }
  }
}

/** All condition clauses joined. */
export function conditionClauses(outcomes: readonly ConditionOutcome[]): string {
  return outcomes.map(conditionClause).join('; ');
}

/** The request in a phrase: `s3:PutObject on arn:aws:s3:::bucket/key`. */
export function requestPhrase(action: string, resource: string): string {
  return resource === '*' ? action : `${action} on ${resource}`;
}

export const explain = {
  denied: (statement: string, action: string, resource: string, outcomes: readonly ConditionOutcome[], boundaryNotPrincipal: boolean) =>
    outcomes.length > 0
      ? `Denied by ${statement}: ${conditionClauses(outcomes)}.`
      : `Denied by ${statement}, which denies ${requestPhrase(action, resource)}${
          boundaryNotPrincipal ? ' (a Deny with NotPrincipal always applies to principals that have a permissions boundary)' : ''
        }.`,
  alsoDenied: (n: number) => ` ${n} more Deny statement${n === 1 ? '' : 's'} also match${n === 1 ? 'es' : ''}.`,

  noAllow: (group: string, action: string, resource: string) => `No statement of ${group} allows ${requestPhrase(action, resource)}.`,
  noAllowAtAll: (group: string) => `No ${group} were given.`,
  endpointFilter: () => ' A request through a VPC endpoint must be allowed by its endpoint policy too; the endpoint policy grants nothing itself.',
  everyLevel: (kind: 'SCP' | 'RCP', levels: number) =>
    levels === 1
      ? ` Every ${kind} level (root, OUs, account) must allow the request; one level was given.`
      : ` Every one of the ${levels} ${kind} levels (root, OUs, account) must allow the request.`,
  nearMiss: (statement: string, outcomes: readonly ConditionOutcome[]) => {
    const failed = outcomes.filter((o) => !o.matched);
    return ` ${statement[0]!.toUpperCase()}${statement.slice(1)} covers the request but its condition does not match: ${conditionClauses(failed.length > 0 ? failed : outcomes)}.`;
  },
  noResourcePolicyGiven: (group: string) => ` (${group[0]!.toUpperCase()}${group.slice(1)} was not given.)`,
  anonymous: (group: string, action: string, resource: string) =>
    `Anonymous request: only a resource policy can allow it, and no statement of ${group} allows ${requestPhrase(action, resource)} for anyone.`,
  nonAwsCaller: (caller: string, group: string, action: string, resource: string) =>
    `${caller} is not an IAM principal: only a resource policy can allow it, and no statement of ${group} allows it ${requestPhrase(action, resource)}.`,
  mustAllowItself: (resourceType: ResourceType, group: string, caller: string, action: string, resource: string) =>
    `No statement of ${group} allows ${caller} to call ${requestPhrase(action, resource)}; ${
      resourceType === 'role-trust' ? 'a role trust policy' : 'a KMS key policy'
    } must allow the principal itself (directly or through its account), identity policies alone never suffice.`,
  crossAccountResource: (group: string, caller: string, action: string, resource: string, from: string, to: string) =>
    `Cross-account request (principal account ${from}, resource account ${to}): no statement of ${group} allows ${caller} to call ${requestPhrase(action, resource)}; both the principal's policies and the resource policy must allow.`,
  crossAccountIdentity: (base: string, from: string, to: string) =>
    `${base} In a cross-account request (principal account ${from}, resource account ${to}) the principal's own policies must allow as well as the resource policy.`,
  unknownResourceAccount: (base: string, statement: string, account: string) =>
    `${base} ${statement[0]!.toUpperCase()}${statement.slice(1)} allows the caller, which is enough only when the resource is in the principal's account ${account}; the resource's account is not known (its ARN names none, as S3 ARNs do not), and in another account the principal's own policies must allow as well. Give resourceAccount to decide it.`,
  delegated: (statement: string, account: string) =>
    ` ${statement[0]!.toUpperCase()}${statement.slice(1)} allows the account ${account}, which delegates the decision to that account's identity policies.`,
  federationWithoutSession: () =>
    'A federated user session (GetFederationToken) without a session policy has no permissions.',

  allowedDirect: (statement: string, how: string) => `Allowed by ${statement}, which names ${how}.`,
  directNote: (kind: 'user' | 'session' | 'other') =>
    kind === 'user'
      ? ' A grant to the IAM user ARN is not limited by identity policies or the permissions boundary.'
      : kind === 'session'
        ? ' A grant to the session ARN is not limited by identity policies, the permissions boundary or session policies.'
        : '',
  allowedRole: (statement: string, role: string, caps: readonly string[]) =>
    `Allowed by ${statement}, which names the role ${role}${caps.length > 0 ? `; ${caps.join(' and ')} allow${caps.length === 1 ? 's' : ''} it too` : ''}.`,
  roleGrantCapped: (statement: string) =>
    `${statement[0]!.toUpperCase()}${statement.slice(1)} allows the role, but a grant to the role ARN is still limited by the permissions boundary and session policies:`,
  allowedAnyone: (statement: string) => `Allowed by ${statement}, which allows everyone.`,
  allowedIdentity: (statements: readonly string[], extra: readonly string[]) =>
    `Allowed by ${statements.join(' and ')}${extra.length > 0 ? `; also allowed by ${extra.join(', ')}` : ''}.`,
  rootDefault: () => 'the account root user, which is allowed by default',
  orgLevels: (kind: 'SCP' | 'RCP', levels: number) => `every ${kind} level (${levels})`,

  /** An Allow's Resource entry that grants nothing because AWS does not say how IAM reads it, though read the other way it would match. */
  unsureEntry: (statement: string, entry: string, why: 'capital' | 'service-wildcard' | 'spaced-variable') =>
    ` Note: ${statement} names ${q(entry)}, which would match read ${
      why === 'capital'
        ? 'ignoring the case of its head, but has a capital before the resource part'
        : why === 'service-wildcard'
          ? 'as a pattern, but has a wildcard in its service segment ("You can\'t use a wildcard in the service segment")'
          : 'with its variable named without the spaces, but has white space in a variable name'
    }; AWS does not say how IAM reads such an entry, so an Allow grants nothing through it. Write ${
      why === 'capital' ? 'the head in lower case' : why === 'service-wildcard' ? 'the service prefix in full' : 'the variable without spaces'
    }.`,
  unresolvedNote: (statement: string, variable: string) =>
    ` Note: policy variable ${q(variable)} in the NotResource of ${statement} cannot be resolved (its key is absent or multivalued), so that entry matches no resource and excludes nothing.`,
};

/** The form a request's principal should have had, by {@link PrincipalProblem}. */
/**
 * Where a policy of each kind goes in a set: a resource or trust policy decides with the caller's
 * identity policies, the guardrails (boundary, session, SCP, RCP, endpoint) only cap what other
 * policies allow, so evaluate does not decide a request on one of them alone.
 */
const ONE_POLICY_PLACE: { readonly [K in PolicyKind]: string } = {
  identity: '{ identity: policy }',
  resource: '{ resource: policy } (with the caller\'s identity policies as identity, when it has some)',
  trust: '{ resource: policy } (a trust policy is the role\'s resource policy, read as a trust policy)',
  boundary: '{ identity: ..., boundary: policy }: a permissions boundary only caps what identity policies allow',
  session: '{ identity: ..., session: policy }: a session policy only caps what the role\'s policies allow',
  scp: '{ identity: ..., scp: [[policy]] } (one list per level, root first): an SCP only caps what other policies allow',
  rcp: '{ identity: ..., rcp: [[policy]] } (one list per level, root first): an RCP only caps what other policies allow',
  endpoint: '{ identity: ..., endpoint: policy }: a VPC endpoint policy only caps what other policies allow',
};

const PRINCIPAL_FORMS: { readonly [P in PrincipalProblem]: (principal: string) => string } = {
  'service': () => 'a service principal name (name.amazonaws.com)',
  'not-a-service': (p) =>
    `an ARN, account id, service principal name (name.amazonaws.com), canonical user id or web identity provider (read as a service, it is none); write its ARN (such as arn:aws:iam::111122223333:user/${p}), or set principalType`,
  'canonical': () => 'a canonical user id (64 or 96 hexadecimal digits)',
  'federated': () => 'an identity provider (accounts.google.com, arn:aws:iam::111122223333:saml-provider/Name)',
  'aws': () =>
    'an account id or the ARN of a root user, IAM user, role, role session or federated user (arn:aws:iam::111122223333:user/alice, arn:aws:sts::111122223333:assumed-role/Role/session)',
};

/** Messages of the errors evaluate throws for input it cannot read (a policy's conditions, the request context). */
export const inputMessages = {
  contextKeyCase: (first: string, key: string) =>
    `Context keys ${show(first)} and ${show(key)} differ only in case; condition keys are case-insensitive in IAM, so give the key once.`,
  contextShape: (what: string) => `The request context must be an object of condition keys, not ${what}.`,
  contextValue: (key: string, what: string) =>
    `Context key ${show(key)} holds ${what}; a value is a string, a finite number, a boolean, a valid Date or an array of those (omit the key when it is absent), so evaluate does not guess what it means.`,
  requestField: (field: string, want: string) => `evaluate: ${field} must be ${want}; a request it cannot read is not decided.`,
  unknownRequestFields: (fields: readonly string[], known: readonly string[]) =>
    `evaluate: the request has ${fields.map(show).join(', ')}, which no request has: read as absent, it would ask about another request than the one written (a misspelt resource is read as "*"). The fields: ${known.join(', ')}.`,
  principalForm: (principal: string, problem: PrincipalProblem) =>
    `evaluate: principal ${show(principal)} is not ${PRINCIPAL_FORMS[problem](principal)}; omit it (or set anonymous) for an anonymous request. A request it cannot read is not decided.`,
  resourceForm: (resource: string) =>
    `evaluate: resource ${show(resource)} is not the ARN of a resource (arn:partition:service:region:account:resource, no white space around it); give the ARN, such as arn:aws:s3:::bucket/key, or "*" for an action that names none. A request it cannot read is not decided.`,
  accountContradicted: (account: string, principal: string) =>
    `evaluate: principalAccount ${show(account)} is not the account of principal ${show(principal)}; leave principalAccount out (it is read from the ARN) or make them agree.`,
  onePolicy: (kind: PolicyKind) =>
    `evaluate: policies is one ${kind} policy, not a set of policies by type; pass ${ONE_POLICY_PLACE[kind]}. A set it cannot read is not decided.`,
  unknownPolicyTypes: (keys: readonly string[]) =>
    `evaluate: policies holds ${keys.map(show).join(', ')}, which ${keys.length === 1 ? 'names' : 'name'} no policy type; the types are ${[...POLICY_SET_KEYS].join(', ')} (a policy alone is { identity: policy } or { resource: policy }). A set it cannot read is not decided.`,
  conditionKeyCase: (first: string, key: string, operator: string) =>
    `Condition keys ${show(first)} and ${show(key)} under ${operator} differ only in case; condition keys are case-insensitive in IAM (Access Analyzer: "Duplicate keys with different case"), so give the key once with all its values.`,
  unknownOperator: (operator: string) =>
    `Unknown condition operator ${show(operator)}: IAM rejects it (operator names are case-sensitive, e.g. "StringEquals", "ForAnyValue:StringLike"), so evaluate does not guess what it means.`,
  noValues: (key: string) => `Condition key ${show(key)} has no values.`,
  emptyNot: (element: string) =>
    `${element} excludes nothing (an empty list): Access Analyzer reports such a statement as having no effect, read literally it matches everything, so evaluate does not guess; list what it excludes or remove it.`,
  unreadableValue: (v: unknown, family: string, operator: string) =>
    `${show(v)} is not a valid ${family} value for ${operator}; evaluate cannot decide a condition it cannot read.`,
} as const;
