/** Invariants of the engine, checked with fast-check on generated policies and requests. */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { evaluate, type EvaluationRequest } from '../../src/evaluate/index.js';
import type { ConditionElement, PolicyDocument, Statement } from '../../src/model/policy-document.js';
import { createPolicy } from '../../src/policy/policy.js';
import { parsePolicy } from '../../src/parse/index.js';
import { ACCT, ROLE, SESSION, USER } from './helpers.js';

const ACTIONS = ['s3:GetObject', 's3:PutObject', 'ec2:RunInstances', 'iam:ListUsers', 'kms:Decrypt'];
const ACTION_PATTERNS = [...ACTIONS, 's3:Get*', 's3:*', '*', 'ec2:Run*', 'iam:?istUsers', 'S3:GETOBJECT'];
const RESOURCES = ['arn:aws:s3:::docs/a.txt', 'arn:aws:s3:::home/alice/x', `arn:aws:ec2:us-east-1:${ACCT}:instance/i-1`, '*'];
const RESOURCE_PATTERNS = ['*', 'arn:aws:s3:::docs/*', 'arn:aws:s3:::*', 'arn:aws:s3:::home/${aws:username}/*', `arn:aws:ec2:*:${ACCT}:instance/*`, 'arn:aws:s3:::Docs/*'];
const CONDITIONS: ConditionElement[] = [
  { Bool: { 'aws:MultiFactorAuthPresent': ['true'] } },
  { BoolIfExists: { 'aws:MultiFactorAuthPresent': ['false'] } },
  { StringEquals: { 'aws:PrincipalTag/team': ['eng'] } },
  { StringNotEquals: { 'aws:PrincipalTag/team': ['eng', 'ops'] } },
  { IpAddress: { 'aws:SourceIp': ['203.0.113.0/24'] } },
  { 'ForAllValues:StringEquals': { 'aws:TagKeys': ['env', 'team'] } },
  { 'ForAnyValue:StringLike': { 'aws:TagKeys': ['env*'] } },
  { Null: { 'aws:TokenIssueTime': ['true'] } },
  { NumericLessThan: { 's3:max-keys': [10] } },
  { DateGreaterThan: { 'aws:CurrentTime': ['2024-01-01T00:00:00Z'] } },
];

const some = <T>(values: readonly T[]) => fc.uniqueArray(fc.constantFrom(...values), { minLength: 1, maxLength: 3 });

const statementArb = (effect?: 'Allow' | 'Deny'): fc.Arbitrary<Statement> =>
  fc
    .record({
      effect: effect === undefined ? fc.constantFrom<'Allow' | 'Deny'>('Allow', 'Deny') : fc.constant(effect),
      notAction: fc.boolean(),
      actions: some(ACTION_PATTERNS),
      notResource: fc.boolean(),
      resources: some(RESOURCE_PATTERNS),
      condition: fc.option(fc.constantFrom(...CONDITIONS), { nil: undefined }),
    })
    .map(({ effect: e, notAction, actions, notResource, resources, condition }) => ({
      Effect: e,
      ...(notAction ? { NotAction: actions } : { Action: actions }),
      ...(notResource ? { NotResource: resources } : { Resource: resources }),
      ...(condition === undefined ? {} : { Condition: condition }),
    }));

const docArb = (effect?: 'Allow' | 'Deny') =>
  fc.array(statementArb(effect), { minLength: 1, maxLength: 5 }).map((Statement): PolicyDocument => ({ Version: '2012-10-17', Statement }));

const requestArb: fc.Arbitrary<EvaluationRequest> = fc.record({
  principal: fc.constantFrom(USER, SESSION, ROLE),
  action: fc.constantFrom(...ACTIONS),
  resource: fc.constantFrom(...RESOURCES),
  context: fc.record(
    {
      'aws:MultiFactorAuthPresent': fc.boolean(),
      'aws:PrincipalTag/team': fc.constantFrom('eng', 'ops', 'dev'),
      'aws:SourceIp': fc.constantFrom('203.0.113.9', '198.51.100.1'),
      'aws:TagKeys': fc.uniqueArray(fc.constantFrom('env', 'team', 'owner'), { maxLength: 3 }),
      'aws:TokenIssueTime': fc.constant('2024-05-01T00:00:00Z'),
      's3:max-keys': fc.integer({ min: 0, max: 20 }),
      'aws:CurrentTime': fc.constantFrom('2023-06-01T00:00:00Z', '2025-06-01T00:00:00Z'),
    },
    { requiredKeys: ['aws:CurrentTime'] },
  ),
});

/** IAM JSON -> model: every string-or-array element becomes an array. */
function normalise(json: unknown): PolicyDocument {
  const j = json as { Version: '2012-10-17'; Statement: Record<string, unknown>[] };
  const arr = (v: unknown) => (v === undefined ? undefined : Array.isArray(v) ? v : [v]);
  return {
    Version: j.Version,
    Statement: j.Statement.map((s) => {
      const out: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(s)) {
        if (k === 'Condition') {
          const c: Record<string, Record<string, unknown>> = {};
          for (const [op, keys] of Object.entries(v as Record<string, Record<string, unknown>>))
            c[op] = Object.fromEntries(Object.entries(keys).map(([key, vals]) => [key, arr(vals)]));
          out[k] = c;
        } else out[k] = ['Action', 'NotAction', 'Resource', 'NotResource'].includes(k) ? arr(v) : v;
      }
      return out as unknown as Statement;
    }),
  };
}

const denied = (d: string) => d !== 'allow';

describe('properties', () => {
  it('an added Deny never turns a deny into an allow', () => {
    fc.assert(
      fc.property(docArb(), docArb(), statementArb('Deny'), fc.constantFrom('identity', 'boundary', 'session') , requestArb, (idDoc, boundaryDoc, extra, where, request) => {
        const base = { identity: createPolicy('identity', idDoc), boundary: createPolicy('boundary', boundaryDoc) };
        const before = evaluate(base, request);
        const target = where === 'session' ? { Version: '2012-10-17' as const, Statement: [{ Effect: 'Allow' as const, Action: ['*'], Resource: ['*'] }] } : where === 'identity' ? idDoc : boundaryDoc;
        const widened = createPolicy(where, { ...target, Statement: [...target.Statement, extra] });
        const after = evaluate({ ...base, [where]: widened }, request);
        if (denied(before.decision)) expect(after.decision, after.explanation).not.toBe('allow');
        if (before.decision === 'explicit-deny') expect(after.decision).toBe('explicit-deny');
      }),
      { numRuns: 400, seed: 2001 },
    );
  });

  it('an Allow with NotAction X never allows X', () => {
    fc.assert(
      fc.property(fc.array(statementArb('Allow'), { minLength: 1, maxLength: 4 }), requestArb, (statements, request) => {
        const policy = createPolicy('identity', {
          Version: '2012-10-17',
          Statement: statements.map((s) => {
            const { Action, NotAction, ...rest } = s;
            return { ...rest, NotAction: [request.action, ...(Action ?? NotAction ?? [])] };
          }),
        });
        const r = evaluate({ identity: policy }, request);
        expect(r.decision).not.toBe('allow');
      }),
      { numRuns: 400, seed: 2002 },
    );
  });

  it('a document and its JSON deep copy decide the same', () => {
    fc.assert(
      fc.property(docArb(), requestArb, (d, request) => {
        const p = createPolicy('identity', d);
        const copy = createPolicy('identity', normalise(JSON.parse(JSON.stringify(p.toJSON()))));
        const a = evaluate({ identity: p }, request);
        const b = evaluate({ identity: copy }, request);
        expect(b.decision).toBe(a.decision);
        expect(b.explanation).toBe(a.explanation);
        const plain = evaluate({ identity: JSON.parse(JSON.stringify(p.toJSON())) }, request);
        expect(plain.decision).toBe(a.decision);
      }),
      { numRuns: 400, seed: 2003 },
    );
  });

  it('a document and its parsed text decide the same', () => {
    fc.assert(
      fc.property(docArb(), requestArb, (d, request) => {
        const p = createPolicy('identity', d);
        const parsed = parsePolicy(p.toString(), { kind: 'identity' });
        expect(evaluate({ identity: parsed }, request).decision).toBe(evaluate({ identity: p }, request).decision);
      }),
      { numRuns: 300, seed: 2004 },
    );
  });
});
