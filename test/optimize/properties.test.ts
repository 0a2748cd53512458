/**
 * The optimizer's promises, checked with fast-check against the evaluation engine: minimize and
 * split never change a decision, and every part of a split fits its target.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { evaluate, type EvaluationRequest } from '../../src/evaluate/index.js';
import type { SizeTarget } from '../../src/emit/size-targets.js';
import type { ConditionElement, PolicyDocument, PrincipalElement, Statement } from '../../src/model/policy-document.js';
import { createPolicy } from '../../src/policy/policy.js';
import type { Policy } from '../../src/policy/types.js';
import { minimize, split } from '../../src/optimize/index.js';

const ACCT = '111122223333';
const USER = `arn:aws:iam::${ACCT}:user/alice`;
const ROLE = `arn:aws:iam::${ACCT}:role/Dev`;
const SESSION = `arn:aws:sts::${ACCT}:assumed-role/Dev/s1`;
const OTHER = 'arn:aws:iam::444455556666:role/Partner';

const ACTIONS = ['s3:GetObject', 's3:PutObject', 's3:GetObjectAcl', 's3:ListBucket', 'ec2:RunInstances', 'ec2:DescribeImages', 'kms:Decrypt'];
// wildcards that cover other entries, and case variants that are duplicates
const ACTION_PATTERNS = [...ACTIONS, 's3:Get*', 's3:GetObject*', 's3:*', 'ec2:Describe*', 'S3:GETOBJECT', 's3:?etObject', '*'];
const RESOURCES = [
  'arn:aws:s3:::docs/a.txt',
  'arn:aws:s3:::docs/b/c.txt',
  'arn:aws:s3:::home/alice/x',
  'arn:aws:s3:::Docs/a.txt',
  `arn:aws:ec2:us-east-1:${ACCT}:instance/i-1`,
  `arn:aws:kms:us-east-1:${ACCT}:key/k1`,
  '*',
];
const RESOURCE_PATTERNS = [
  '*',
  'arn:aws:s3:::docs/*',
  'arn:aws:s3:::docs/a.txt',
  'arn:aws:s3:::docs/?.txt',
  'arn:aws:s3:::*',
  'arn:aws:s3:::home/${aws:username}/*',
  'arn:aws:s3:::home/alice/x',
  `arn:aws:ec2:*:${ACCT}:instance/*`,
  `arn:aws:ec2:us-east-1:${ACCT}:instance/i-1`,
  `arn:aws:kms:*:*:key/*`,
  'arn:aws:s3:::Docs/*',
  // a wildcard in the service segment: grants nothing in an Allow, matches in a Deny (docs/evaluation.md)
  'arn:aws:s3*:::docs/*',
  'arn:aws:*:*:*:*',
];
// equal conditions written differently (key case, value order, duplicates) must count as equal
const CONDITIONS: ConditionElement[] = [
  { StringEquals: { 'aws:PrincipalTag/team': ['eng'] } },
  { StringEquals: { 'AWS:PrincipalTag/Team': ['eng', 'eng'] } },
  { StringNotEquals: { 'aws:PrincipalTag/team': ['eng', 'ops'] } },
  { StringNotEquals: { 'aws:principaltag/team': ['ops', 'eng'] } },
  { Bool: { 'aws:MultiFactorAuthPresent': ['true'] } },
  { 'ForAllValues:StringEquals': { 'aws:TagKeys': ['env', 'team'] } },
  { NumericLessThan: { 's3:max-keys': [10] } },
  { NumericLessThan: { 's3:max-keys': ['10'] } },
];
const PRINCIPALS: PrincipalElement[] = ['*', { AWS: [USER] }, { AWS: [ROLE, USER] }, { AWS: [USER, ROLE, USER] }, { AWS: [`arn:aws:iam::${ACCT}:root`] }];
const SIDS = ['A', 'B', 'C'];

const some = <T>(values: readonly T[], max = 4) => fc.array(fc.constantFrom(...values), { minLength: 1, maxLength: max });

const statementArb = (withPrincipal: boolean): fc.Arbitrary<Statement> =>
  fc
    .record({
      effect: fc.constantFrom<'Allow' | 'Deny'>('Allow', 'Allow', 'Deny'),
      notAction: fc.nat(9).map((n) => n === 0),
      actions: some(ACTION_PATTERNS),
      notResource: fc.nat(5).map((n) => n === 0),
      resources: some(RESOURCE_PATTERNS),
      condition: fc.option(fc.constantFrom(...CONDITIONS), { nil: undefined, freq: 2 }),
      principal: fc.constantFrom(...PRINCIPALS),
      sid: fc.option(fc.constantFrom(...SIDS), { nil: undefined, freq: 2 }),
    })
    .map(({ effect, notAction, actions, notResource, resources, condition, principal, sid }) => ({
      ...(sid === undefined ? {} : { Sid: sid }),
      Effect: effect,
      ...(withPrincipal ? { Principal: principal } : {}),
      ...(notAction ? { NotAction: actions } : { Action: actions }),
      ...(notResource ? { NotResource: resources } : { Resource: resources }),
      ...(condition === undefined ? {} : { Condition: condition }),
    }));

/** Mostly positive elements, often repeating one another so merges happen. */
const docArb = (withPrincipal: boolean, max = 8) =>
  fc
    .array(statementArb(withPrincipal), { minLength: 1, maxLength: max })
    .chain((base) =>
      // copy some statements with one element changed, the shape merges look for
      fc.array(fc.record({ from: fc.nat(base.length - 1), actions: some(ACTION_PATTERNS, 2), resources: some(RESOURCE_PATTERNS, 2), which: fc.boolean() }), { maxLength: 4 }).map((edits) => [
        ...base,
        ...edits.map(({ from, actions, resources, which }) => {
          const s = base[from]!;
          const { Sid: _sid, ...rest } = s;
          if (which && s.Action !== undefined) return { ...rest, Action: actions };
          if (!which && s.Resource !== undefined) return { ...rest, Resource: resources };
          return { ...rest };
        }),
      ]),
    )
    .map((Statement): PolicyDocument => ({ Version: '2012-10-17', Statement }));

const requestArb: fc.Arbitrary<EvaluationRequest> = fc.record({
  principal: fc.constantFrom(USER, ROLE, SESSION, OTHER),
  action: fc.constantFrom(...ACTIONS, 's3:GetObjectVersion', 'ec2:DescribeInstances', 'iam:ListUsers'),
  resource: fc.constantFrom(...RESOURCES),
  context: fc.record(
    {
      'aws:PrincipalTag/team': fc.constantFrom('eng', 'ops', 'dev'),
      'aws:MultiFactorAuthPresent': fc.boolean(),
      'aws:TagKeys': fc.uniqueArray(fc.constantFrom('env', 'team', 'owner'), { maxLength: 3 }),
      's3:max-keys': fc.integer({ min: 0, max: 20 }),
      'aws:username': fc.constantFrom('alice', 'bob'),
    },
    { requiredKeys: [] },
  ),
});

const requestsArb = fc.array(requestArb, { minLength: 4, maxLength: 12 });

/** A small target so that generated policies need splitting. */
const SMALL: SizeTarget = { name: 'managed', limit: 700, unit: 'characters', whitespaceCounts: false, aggregate: false };
const SMALL_BYTES: SizeTarget = { ...SMALL, limit: 650, unit: 'bytes' };

const decide = (identity: Policy | readonly Policy[], r: EvaluationRequest) => evaluate({ identity }, r).decision;

describe('minimize never changes a decision', () => {
  it('identity policies', () => {
    fc.assert(
      fc.property(docArb(false), requestsArb, (d, requests) => {
        const original = createPolicy('identity', d);
        const small = minimize(original);
        expect(small.kind).toBe('identity');
        expect(small.size('managed').length).toBeLessThanOrEqual(original.size('managed').length);
        for (const r of requests) expect(decide(small, r), JSON.stringify({ r, original: original.toJSON(), small: small.toJSON() })).toBe(decide(original, r));
      }),
      { numRuns: 500, seed: 2010 },
    );
  });

  it('resource policies (principals take part)', () => {
    fc.assert(
      fc.property(docArb(true), requestsArb, (d, requests) => {
        const original = createPolicy('resource', d);
        const small = minimize(original);
        for (const r of requests) {
          const a = evaluate({ resource: original }, r).decision;
          expect(evaluate({ resource: small }, r).decision, JSON.stringify({ r, original: original.toJSON(), small: small.toJSON() })).toBe(a);
        }
      }),
      { numRuns: 400, seed: 2011 },
    );
  });

  it('is idempotent', () => {
    fc.assert(
      fc.property(docArb(false), (d) => {
        const once = minimize(createPolicy('identity', d));
        expect(minimize(once).toJSON()).toEqual(once.toJSON());
      }),
      { numRuns: 200, seed: 2012 },
    );
  });
});

describe('split never changes a decision and every part fits', () => {
  it('identity policies against a small character target', () => {
    fc.assert(
      fc.property(docArb(false, 14), requestsArb, (d, requests) => {
        const original = createPolicy('identity', d);
        let parts: Policy<'identity'>[];
        try {
          parts = split(original, SMALL);
        } catch (e) {
          // only a statement too large on its own may stop a split
          expect((e as Error).name).toBe('PolicySizeError');
          expect((e as Error).message).toMatch(/Statement\[\d+\]/);
          return;
        }
        for (const p of parts) expect(p.size(SMALL).fits).toBe(true);
        // a statement too large for a part is divided into several
        expect(parts.flatMap((p) => p.statements).length).toBeGreaterThanOrEqual(original.statements.length);
        const sids = parts.flatMap((p) => p.statements.map((s) => s.Sid)).filter((s) => s !== undefined);
        expect(new Set(sids).size).toBe(sids.length);
        for (const r of requests) expect(decide(parts, r)).toBe(decide(original, r));
      }),
      { numRuns: 400, seed: 2013 },
    );
  });

  it('minimize then split, against a byte target with non-ASCII text', () => {
    fc.assert(
      fc.property(docArb(false, 14), fc.constantFrom('é', 'ü', 'x'), requestsArb, (d, ch, requests) => {
        const doc: PolicyDocument = {
          ...d,
          Statement: d.Statement.map((s) => (s.Resource === undefined ? s : { ...s, Resource: [...s.Resource, `arn:aws:s3:::caf${ch}/*`] })),
        };
        const original = createPolicy('identity', doc);
        const parts = split(minimize(original), SMALL_BYTES);
        for (const p of parts) expect(p.size(SMALL_BYTES).fits).toBe(true);
        for (const r of requests) expect(decide(parts, r)).toBe(decide(original, r));
      }),
      { numRuns: 200, seed: 2014 },
    );
  });

  it('appending statements changes only the last part (next-fit)', () => {
    fc.assert(
      fc.property(docArb(false, 12), fc.array(statementArb(false), { minLength: 1, maxLength: 5 }), (d, extra) => {
        const noSid = (s: Statement): Statement => {
          const { Sid: _s, ...rest } = s;
          return rest;
        };
        const base = createPolicy('identity', { ...d, Statement: d.Statement.map(noSid) });
        const grown = createPolicy('identity', { ...d, Statement: [...d.Statement, ...extra].map(noSid) });
        let a: Policy<'identity'>[];
        let b: Policy<'identity'>[];
        try {
          a = split(base, SMALL);
          b = split(grown, SMALL);
        } catch {
          return; // a statement too large on its own: covered above
        }
        a.forEach((part, i) => {
          const next = b[i]!.statements;
          // parts before the last are unchanged; the last one is a prefix of its new version
          if (i < a.length - 1) expect(next).toEqual(part.statements);
          else expect(next.slice(0, part.statements.length)).toEqual(part.statements);
        });
      }),
      { numRuns: 200, seed: 2015 },
    );
  });
});
