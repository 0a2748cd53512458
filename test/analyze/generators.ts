/** Random policies and requests over a vocabulary small enough that matches are frequent. */
import fc from 'fast-check';
import type { EvaluationRequest } from '../../src/evaluate/index.js';
import type { ConditionElement, PolicyDocument, PrincipalElement, Statement } from '../../src/model/policy-document.js';
import { unsureHead } from '../../src/model/arn.js';

export const ACCT = '111122223333';
export const ACTIONS = ['s3:GetObject', 's3:PutObject', 's3:GetBucketPolicy', 'ec2:RunInstances', 'iam:PassRole', 'sqs:SendMessage'];
export const ACTION_PATTERNS = [...ACTIONS, 's3:Get*', 's3:*', '*', 'ec2:*', 's3:?etObject', 'S3:PUT*', 's3:*Object', 'i*:Pass*'];
// the last two are matched by some patterns only through a `*` ending a head component, which reaches past colons
export const RESOURCES = ['arn:aws:s3:::b/x', 'arn:aws:s3:::b/y/z', 'arn:aws:s3:::c', `arn:aws:iam::${ACCT}:role/r`, '*', 'arn:aws:sqs:us-east-1:444455556666:q', 'arn:aws:sqs:a:b:444455556666:q', 'arn:aws:logs:us-east-1:444455556666:log-group:/g/x', 'arn:aws:s3:::\u{1F600}/x'];
export const RESOURCE_PATTERNS = ['*', 'arn:aws:s3:::b/*', 'arn:aws:s3:::b/x', 'arn:aws:s3:::*', `arn:aws:iam::${ACCT}:role/*`, 'arn:aws:*:*:*:*', 'arn:aws:s3:::?/*', 'arn:aws:s3:::??/*', 'arn:AWS:s3:::c', 'arn:aws:sqs:*:444455556666:*', 'arn:aws:logs:*:*:/g/*'];
export const CONDITIONS: ConditionElement[] = [
  { StringEquals: { 'aws:PrincipalTag/team': ['eng', 'ops'] } },
  { StringNotEquals: { 'aws:PrincipalTag/team': ['eng'] } },
  { StringEqualsIgnoreCase: { 'aws:PrincipalTag/team': ['ENG'] } },
  { StringLike: { 's3:prefix': ['home/*', 'pub?'] } },
  { StringNotLikeIfExists: { 's3:prefix': ['home/*'] } },
  { NumericLessThan: { 's3:max-keys': ['10'] } },
  { NumericGreaterThanEquals: { 's3:max-keys': ['5'] } },
  { DateGreaterThan: { 'aws:CurrentTime': ['2024-01-01T00:00:00Z'] } },
  { DateLessThanEquals: { 'aws:CurrentTime': ['2025-06-01T00:00:00Z'] } },
  { Bool: { 'aws:SecureTransport': ['true'] } },
  { BoolIfExists: { 'aws:MultiFactorAuthPresent': ['false'] } },
  { IpAddress: { 'aws:SourceIp': ['10.0.0.0/8', '2001:db8::/32'] } },
  { NotIpAddress: { 'aws:SourceIp': ['10.1.0.0/16'] } },
  { Null: { 'aws:TokenIssueTime': ['true'] } },
  { Null: { 's3:prefix': ['false'] } },
  { 'ForAnyValue:StringEquals': { 'aws:TagKeys': ['env', 'team'] } },
  { 'ForAllValues:StringLike': { 'aws:TagKeys': ['env*', 'cost'] } },
  { 'ForAllValues:StringNotEquals': { 'aws:TagKeys': ['secret'] } },
  { ArnLike: { 'aws:SourceArn': ['arn:aws:sns:*:*:topic-*'] } },
  { ArnNotEqualsIfExists: { 'aws:SourceArn': ['arn:aws:sns:us-east-1:111122223333:topic-a'] } },
  { StringEquals: { 'aws:PrincipalOrgID': ['o-abc'] } },
  { StringEquals: { 'aws:SourceAccount': [ACCT] } },
];
export const PRINCIPALS: PrincipalElement[] = [
  '*',
  { AWS: [ACCT] },
  { AWS: [`arn:aws:iam::${ACCT}:role/r`] },
  { AWS: ['arn:aws:iam::444455556666:root'] },
  { Service: ['sns.amazonaws.com'] },
  { AWS: ['*'] },
];

const some = <T>(values: readonly T[]) => fc.uniqueArray(fc.constantFrom(...values), { minLength: 1, maxLength: 2 });

/** What a generated statement is made of; each part defaults to this file's vocabulary. */
export interface Vocabulary {
  readonly actions?: readonly string[];
  readonly resources?: readonly string[];
  readonly conditions?: readonly ConditionElement[];
  /** At most this many condition blocks per statement (2). */
  readonly maxConditions?: number;
  readonly principals?: readonly PrincipalElement[];
  /** Whether a statement uses NotAction (half of them). */
  readonly notAction?: fc.Arbitrary<boolean>;
}

export const statementArb = (withPrincipal: boolean, effect?: 'Allow' | 'Deny', conditions: readonly ConditionElement[] = CONDITIONS, vocabulary: Vocabulary = {}): fc.Arbitrary<Statement> =>
  fc
    .record({
      effect: effect === undefined ? fc.constantFrom<'Allow' | 'Deny'>('Allow', 'Allow', 'Deny') : fc.constant(effect),
      notAction: vocabulary.notAction ?? fc.boolean(),
      actions: some(vocabulary.actions ?? ACTION_PATTERNS),
      notResource: fc.integer({ min: 0, max: 4 }).map((n) => n === 0),
      resources: some(vocabulary.resources ?? RESOURCE_PATTERNS),
      conditions: fc.uniqueArray(fc.constantFrom(...(vocabulary.conditions ?? conditions)), { maxLength: vocabulary.maxConditions ?? 2 }),
      principal: fc.constantFrom(...(vocabulary.principals ?? PRINCIPALS)),
      notPrincipal: fc.integer({ min: 0, max: 5 }).map((n) => n === 0),
    })
    .map((r) => {
      const st: { -readonly [K in keyof Statement]: Statement[K] } = { Effect: r.effect };
      if (r.notAction) st.NotAction = r.actions;
      else st.Action = r.actions;
      if (r.notResource) st.NotResource = r.resources;
      else st.Resource = r.resources;
      if (r.conditions.length > 0) {
        const c: { [op: string]: { [k: string]: readonly string[] } } = {};
        for (const block of r.conditions)
          for (const [op, keys] of Object.entries(block)) c[op] = { ...(c[op] ?? {}), ...(keys as { [k: string]: string[] }) };
        st.Condition = c;
      }
      if (withPrincipal) {
        if (r.notPrincipal && r.effect === 'Deny' && r.principal !== '*') st.NotPrincipal = r.principal;
        else st.Principal = r.principal;
      }
      return st;
    });

export const policyArb = (withPrincipal = false, conditions: readonly ConditionElement[] = CONDITIONS): fc.Arbitrary<PolicyDocument> =>
  fc.array(statementArb(withPrincipal, undefined, conditions), { minLength: 1, maxLength: 3 }).map((Statement) => ({ Version: '2012-10-17', Statement }));

export const requestArb: fc.Arbitrary<EvaluationRequest> = fc
  .record({
    principal: fc.constantFrom(`arn:aws:iam::${ACCT}:user/u`, `arn:aws:sts::${ACCT}:assumed-role/r/s`, 'arn:aws:iam::444455556666:user/x', `arn:aws:iam::${ACCT}:role/r`),
    action: fc.constantFrom(...ACTIONS, 's3:GETOBJECT', 'lambda:Invoke'),
    resource: fc.constantFrom(...RESOURCES),
    team: fc.option(fc.constantFrom('eng', 'Eng', 'ops', 'x'), { nil: undefined }),
    prefix: fc.option(fc.constantFrom('home/a', 'pubx', 'pub', 'z'), { nil: undefined }),
    maxKeys: fc.option(fc.constantFrom('4', '5', '9', '10', '11'), { nil: undefined }),
    time: fc.constantFrom('2023-01-01T00:00:00Z', '2024-06-01T00:00:00Z', '2026-01-01T00:00:00Z'),
    secure: fc.option(fc.constantFrom('true', 'false'), { nil: undefined }),
    ip: fc.option(fc.constantFrom('10.0.0.1', '10.1.2.3', '192.0.2.1', '2001:db8::1'), { nil: undefined }),
    tags: fc.option(fc.uniqueArray(fc.constantFrom('env', 'team', 'cost', 'secret', 'envx'), { maxLength: 3 }), { nil: undefined }),
  })
  .map((r) => ({
    principal: r.principal,
    action: r.action,
    resource: r.resource,
    context: {
      'aws:CurrentTime': r.time,
      ...(r.team === undefined ? {} : { 'aws:PrincipalTag/team': r.team }),
      ...(r.prefix === undefined ? {} : { 's3:prefix': r.prefix }),
      ...(r.maxKeys === undefined ? {} : { 's3:max-keys': r.maxKeys }),
      ...(r.secure === undefined ? {} : { 'aws:SecureTransport': r.secure }),
      ...(r.ip === undefined ? {} : { 'aws:SourceIp': r.ip }),
      ...(r.tags === undefined ? {} : { 'aws:TagKeys': r.tags }),
    },
  }));

/**
 * True when a Resource / NotResource entry of the policy has an unsure head (model/arn.ts
 * `unsureHead`: `arn:AWS:s3:::c`, `arn:aws:*:*:*:*`): analyze gives no proof that rests on how it is
 * read (docs/analyze.md, "What gives unknown"), so properties allow `unknown` for such inputs only.
 */
export const hasUnsureEntry = (p: PolicyDocument): boolean => p.Statement.some((s) => [...(s.Resource ?? []), ...(s.NotResource ?? [])].some((e) => unsureHead(e, p.Version)));
