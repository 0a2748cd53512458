/**
 * Adversarial review of analyze against evaluate: random policy sets (identity policies with a
 * permissions boundary, SCPs and a resource policy; Deny, NotAction, NotResource, conditions with
 * IfExists, policy variables), fixed seeds. Every witness must replay through `evaluate`, and a
 * proof (`pass`, `equivalent`, `narrower`, `wider`) must hold on sampled requests.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { evaluate, type EvaluationRequest, type PolicySet } from '../../src/evaluate/index.js';
import { checkNoNewAccess, compare } from '../../src/analyze/index.js';
import type { PolicyDocument, Statement } from '../../src/model/policy-document.js';
import { ACCT, policyArb, requestArb } from './generators.js';

const allowed = (set: PolicySet, r: EvaluationRequest) => evaluate(set, r).decision === 'allow';

/** Statements that read policy variables (in Resource, in conditions, tied keys). */
const VARIABLE_STATEMENTS: Statement[] = [
  { Effect: 'Allow', Action: ['s3:*'], Resource: ['arn:aws:s3:::b/${aws:username}/*'] },
  { Effect: 'Allow', Action: ['s3:GetObject'], Resource: ['*'], Condition: { StringLike: { 's3:prefix': ['${aws:username}/*'] } } },
  { Effect: 'Deny', Action: ['s3:PutObject'], Resource: ['*'], Condition: { StringNotEquals: { 'aws:ResourceAccount': ['${aws:PrincipalAccount}'] } } },
  { Effect: 'Allow', Action: ['sqs:*'], Resource: ['*'], Condition: { StringEqualsIfExists: { 'aws:ResourceTag/team': ['${aws:PrincipalTag/team}'] } } },
  { Effect: 'Deny', NotAction: ['s3:Get*'], NotResource: ['arn:aws:s3:::b/${aws:username}/*'] },
];

const withVariables = (p: fc.Arbitrary<PolicyDocument>) =>
  fc.tuple(p, fc.subarray(VARIABLE_STATEMENTS, { maxLength: 2 })).map(([d, extra]): PolicyDocument => ({ ...d, Statement: [...d.Statement, ...extra] }));

/** A policy set: identity policies and, some of the time, a boundary, an SCP, a resource policy. */
const setArb = fc
  .record({
    identity: withVariables(policyArb()),
    boundary: fc.option(policyArb(), { nil: undefined, freq: 2 }),
    scp: fc.option(policyArb(), { nil: undefined, freq: 2 }),
    resource: fc.option(policyArb(true), { nil: undefined, freq: 2 }),
  })
  .map((r): PolicySet => ({
    identity: r.identity,
    ...(r.boundary === undefined ? {} : { boundary: r.boundary }),
    ...(r.scp === undefined ? {} : { scp: [[r.scp]] }),
    ...(r.resource === undefined ? {} : { resource: r.resource }),
  }));

/** A second set sharing some of the first's policies (changes are mostly small). */
const pairArb = fc.tuple(setArb, setArb, fc.array(fc.boolean(), { minLength: 4, maxLength: 4 })).map(([a, b, keep]): [PolicySet, PolicySet] => {
  const parts = ['identity', 'boundary', 'scp', 'resource'] as const;
  const c: Record<string, unknown> = {};
  parts.forEach((k, i) => {
    const v = keep[i] ? a[k] : b[k];
    if (v !== undefined) c[k] = v;
  });
  c.identity ??= a.identity;
  return [a, c as PolicySet];
});

/** Requests with callers whose names and accounts meet the variables, and resources of the variables. */
const requestsArb = fc.array(
  fc.tuple(requestArb, fc.constantFrom('u', 'b', 'x'), fc.integer({ min: 0, max: 3 }), fc.constantFrom(ACCT, '444455556666')).map(([q, user, v, account]): EvaluationRequest => {
    if (v === 0) return q;
    const principal = `arn:aws:iam::${account}:user/${user}`;
    return {
      ...q,
      principal,
      resource: v === 1 ? `arn:aws:s3:::b/${user}/k` : (q.resource ?? '*'),
      resourceAccount: v === 3 ? '444455556666' : ACCT,
      context: { ...q.context, 's3:prefix': `${user}/k`, ...(v === 2 ? { 'aws:ResourceTag/team': 'eng', 'aws:PrincipalTag/team': 'eng' } : {}) },
    };
  }),
  { minLength: 12, maxLength: 12 },
);

describe('analyze against evaluate on random policy sets', () => {
  it('compare: witnesses replay; a proved relation holds on sampled requests', () => {
    fc.assert(
      fc.property(pairArb, requestsArb, ([a, b], reqs) => {
        const r = compare(a, b, { maxWitnesses: 3 });
        for (const w of r.aOnly) expect(allowed(a, w) && !allowed(b, w), JSON.stringify(w)).toBe(true);
        for (const w of r.bOnly) expect(allowed(b, w) && !allowed(a, w), JSON.stringify(w)).toBe(true);
        for (const q of reqs) {
          const [x, y] = [allowed(a, q), allowed(b, q)];
          if (r.relation === 'equivalent') expect([x, y], JSON.stringify(q)).toEqual([x, x]);
          if (r.relation === 'narrower') expect(x && !y, JSON.stringify(q)).toBe(false);
          if (r.relation === 'wider') expect(y && !x, JSON.stringify(q)).toBe(false);
        }
      }),
      { numRuns: 40, seed: 2801 },
    );
  });

  it('checkNoNewAccess: witnesses replay; pass holds on sampled requests', () => {
    fc.assert(
      fc.property(pairArb, requestsArb, ([a, b], reqs) => {
        const r = checkNoNewAccess(a, b, { maxWitnesses: 3 });
        for (const w of r.witnesses) expect(allowed(b, w) && !allowed(a, w), JSON.stringify(w)).toBe(true);
        if (r.result === 'pass') for (const q of reqs) expect(allowed(b, q) && !allowed(a, q), JSON.stringify(q)).toBe(false);
      }),
      { numRuns: 40, seed: 2802 },
    );
  });
});
