/**
 * minimize, fit and split never change what a policy allows or denies, on generated policies that
 * hold the shapes most likely to trip an optimizer: Deny, NotAction, NotResource, IfExists, Null,
 * set qualifiers, policy variables (with defaults and escapes), `?` wildcards, the same action or
 * ARN spelled in another case, repeated Sids, and statements that differ in one element only (the
 * shape merges look for). Checked twice: with `evaluate` on generated requests, and with
 * `typed-iam/analyze` (`compare`), which decides through evaluate and shares no code with optimize.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { compare } from '../../src/analyze/index.js';
import { evaluate, type EvaluationRequest, type PolicySet } from '../../src/evaluate/index.js';
import type { SizeTarget } from '../../src/emit/size-targets.js';
import type { ConditionElement, PolicyDocument, PolicyKind, PrincipalElement, Statement } from '../../src/model/policy-document.js';
import { createPolicy } from '../../src/policy/policy.js';
import type { Policy } from '../../src/policy/types.js';
import { fit, minimize, split } from '../../src/optimize/index.js';
import { PolicySizeError, PolicyValidationError } from '../../src/errors.js';

const ACCT = '111122223333';
const ACTIONS = ['s3:GetObject', 's3:PutObject', 's3:GetObjectAcl', 's3:ListBucket', 'iam:PassRole', 'kms:Decrypt', 'ec2:DescribeInstances'];
const ACTION_PATTERNS = [
  ...ACTIONS,
  'S3:GETOBJECT',
  's3:getobjectacl',
  's3:Get*',
  's3:G?tObject',
  's3:GetObject?cl',
  's3:*Object',
  's3:*',
  'IAM:Pass*',
  'kms:?ecrypt',
  'ec2:Describe*',
  '*',
];
const RESOURCES = [
  'arn:aws:s3:::docs/a.txt',
  'arn:aws:s3:::Docs/a.txt',
  'arn:aws:s3:::DOCS/A.TXT',
  'arn:aws:s3:::docs/ab.txt',
  'arn:aws:s3:::home/alice/x',
  'arn:aws:s3:::home/bob/x',
  'arn:aws:s3:::home/${aws:username}/x',
  'arn:aws:s3:::home/guest/x',
  'arn:aws:s3:::home/$/x',
  `arn:aws:iam::${ACCT}:role/eng`,
  `arn:aws:iam::${ACCT}:role/ops`,
  `arn:aws:kms:us-east-1:${ACCT}:key/k1`,
  '*',
];
const RESOURCE_PATTERNS = [
  '*',
  'arn:aws:s3:::docs/*',
  'arn:aws:s3:::Docs/*',
  'arn:aws:s3:::docs/a.txt',
  'arn:aws:s3:::DOCS/A.TXT',
  'ARN:AWS:S3:::docs/a.txt',
  'arn:aws:s3:::docs/?.txt',
  'arn:aws:s3:::docs/??.txt',
  'arn:aws:s3:::*',
  'arn:aws:s3:::home/${aws:username}/*',
  'arn:aws:s3:::home/${aws:username}/x',
  "arn:aws:s3:::home/${aws:username, 'guest'}/*",
  'arn:aws:s3:::home/${$}/x',
  'arn:aws:s3:::home/alice/*',
  'arn:aws:s3:::home/*',
  `arn:aws:iam::${ACCT}:role/\${aws:PrincipalTag/team}`,
  `arn:aws:iam::${ACCT}:role/*`,
  'arn:aws:kms:*:*:key/*',
  `arn:aws:kms:us-east-1:${ACCT}:key/k1`,
  // a wildcard in the service segment (AWS: "You can't use a wildcard in the service segment"):
  // grants nothing in an Allow, so it covers no other entry (docs/evaluation.md)
  'arn:aws:s3*:::docs/*',
  'arn:aws:*:*:*:*',
  // one value holding U+0000 between two ARNs: it matches neither, and equals no list of two
  'arn:aws:s3:::Docs/a.txt\u0000arn:aws:s3:::docs/a.txt',
];
// several spellings of one condition (key case, value order, repeats), and conditions that differ
// only by IfExists, a set qualifier or a value
const CONDITIONS: ConditionElement[] = [
  { StringEquals: { 'aws:PrincipalTag/team': ['eng'] } },
  { StringEquals: { 'AWS:PRINCIPALTAG/TEAM': ['eng', 'eng'] } },
  { StringEqualsIfExists: { 'aws:PrincipalTag/team': ['eng'] } },
  { StringEquals: { 'aws:PrincipalTag/team': ['ops', 'eng'] } },
  { StringEquals: { 'aws:PrincipalTag/team': ['eng\u0000string:ops'] } },
  { StringNotEquals: { 'aws:PrincipalTag/team': ['eng', 'ops'] } },
  { StringNotEqualsIfExists: { 'aws:principaltag/team': ['ops', 'eng'] } },
  { StringLike: { 's3:prefix': ['home/${aws:username}/*'] } },
  { StringNotLike: { 's3:prefix': ['home/${aws:username}/*'] } },
  { StringEquals: { 'aws:username': ['${aws:PrincipalTag/team}'] } },
  { Null: { 'aws:PrincipalTag/team': ['true'] } },
  { Null: { 'aws:PrincipalTag/team': ['false'] } },
  { Null: { 'aws:PrincipalTag/team': [true] } },
  { 'ForAllValues:StringEquals': { 'aws:TagKeys': ['env', 'team'] } },
  { 'ForAnyValue:StringEquals': { 'aws:TagKeys': ['env', 'team'] } },
  { 'ForAllValues:StringLike': { 'aws:TagKeys': ['t?am', 'env*'] } },
  { BoolIfExists: { 'aws:MultiFactorAuthPresent': ['true'] } },
  { Bool: { 'aws:MultiFactorAuthPresent': ['true'] } },
  { NumericLessThan: { 's3:max-keys': [10] } },
  { NumericLessThan: { 's3:max-keys': ['10'] } },
  { IpAddress: { 'aws:SourceIp': ['10.0.0.0/8'] } },
  { NotIpAddressIfExists: { 'aws:SourceIp': ['10.0.0.0/8'] } },
];
const PRINCIPALS: PrincipalElement[] = ['*', { AWS: [`arn:aws:iam::${ACCT}:user/alice`] }, { AWS: [ACCT] }, { AWS: ['*'] }, { Service: ['sns.amazonaws.com'] }];
const SIDS = ['A', 'B', 'Read'];

const some = <T>(values: readonly T[], max = 3) => fc.array(fc.constantFrom(...values), { minLength: 1, maxLength: max });

const statementArb = (principal: boolean, effect?: 'Deny'): fc.Arbitrary<Statement> =>
  fc
    .record({
      effect: effect === undefined ? fc.constantFrom<'Allow' | 'Deny'>('Allow', 'Allow', 'Deny') : fc.constant(effect),
      notAction: fc.nat(4).map((n) => n === 0),
      actions: some(ACTION_PATTERNS),
      notResource: fc.nat(4).map((n) => n === 0),
      resources: some(RESOURCE_PATTERNS),
      conditions: fc.uniqueArray(fc.nat(CONDITIONS.length - 1), { maxLength: 2 }),
      principal: fc.constantFrom(...PRINCIPALS),
      notPrincipal: fc.nat(6).map((n) => n === 0),
      sid: fc.option(fc.constantFrom(...SIDS), { nil: undefined, freq: 2 }),
    })
    .map((r) => {
      const st: { -readonly [K in keyof Statement]: Statement[K] } = { Effect: r.effect };
      if (r.sid !== undefined) st.Sid = r.sid;
      if (effect === 'Deny') {
        // an RCP: Principal "*", Action only, never "*" (Organizations RCP syntax)
        st.Principal = '*';
        st.Action = r.actions.filter((a) => a !== '*').concat(r.actions.includes('*') ? ['s3:*'] : []);
      } else if (principal) {
        if (r.notPrincipal && r.effect === 'Deny' && r.principal !== '*') st.NotPrincipal = r.principal;
        else st.Principal = r.principal;
      }
      if (effect === 'Deny') {
        // set above
      } else if (r.notAction) st.NotAction = r.actions;
      else st.Action = r.actions;
      if (r.notResource) st.NotResource = r.resources;
      else st.Resource = r.resources;
      const c: { [op: string]: { [k: string]: ConditionElement[string][string] } } = {};
      for (const i of r.conditions) {
        for (const [op, keys] of Object.entries(CONDITIONS[i]!)) {
          // one key given twice in one block (in any case) is refused by parse: keep the first
          const block = (c[op] ??= {});
          for (const [k, v] of Object.entries(keys)) if (!Object.keys(block).some((x) => x.toLowerCase() === k.toLowerCase())) block[k] = v;
        }
      }
      if (Object.keys(c).length > 0) st.Condition = c;
      return st;
    });

/** Statements, then copies of some with one element changed or only the Sid dropped: the shapes merges and dedup look for. */
const docArb = (principal: boolean, max: number, effect?: 'Deny') =>
  fc
    .array(statementArb(principal, effect), { minLength: 1, maxLength: max })
    .chain((base) =>
      fc
        .array(
          fc.record({ from: fc.nat(base.length - 1), actions: some(ACTION_PATTERNS, 2), resources: some(RESOURCE_PATTERNS, 2), which: fc.nat(3), sid: fc.option(fc.constantFrom(...SIDS), { nil: undefined }) }),
          { maxLength: 5 },
        )
        .map((edits) => [
          ...base,
          ...edits.map(({ from, actions, resources, which, sid }) => {
            const { Sid: _sid, ...s } = base[from]!;
            const out: Statement = sid === undefined ? s : { Sid: sid, ...s };
            if (which === 0 && s.Action !== undefined) return { ...out, Action: actions };
            if (which === 1 && s.Resource !== undefined) return { ...out, Resource: resources };
            if (which === 2 && s.Action !== undefined) return { ...out, Action: [...s.Action].reverse().map((a) => (a === '*' ? a : a.toUpperCase())) };
            return out;
          }),
        ]),
    )
    // in 2008-10-17 a policy variable is plain text
    .chain((Statement) => fc.constantFrom('2012-10-17', '2012-10-17', '2012-10-17', '2008-10-17').map((Version): PolicyDocument => ({ Version, Statement })));

const requestArb: fc.Arbitrary<EvaluationRequest> = fc
  .record({
    principal: fc.constantFrom(`arn:aws:iam::${ACCT}:user/alice`, `arn:aws:iam::${ACCT}:user/bob`, `arn:aws:sts::${ACCT}:assumed-role/eng/s`, 'arn:aws:iam::444455556666:user/x'),
    action: fc.constantFrom(...ACTIONS, 'S3:GETOBJECT', 's3:GetObjectVersion', 's3:GotObject', 'kms:Encrypt', 'iam:ListUsers'),
    resource: fc.constantFrom(...RESOURCES),
    username: fc.option(fc.constantFrom('alice', 'bob', 'eng', '${aws:username}'), { nil: undefined }),
    team: fc.option(fc.constantFrom('eng', 'ENG', 'ops', 'alice'), { nil: undefined }),
    prefix: fc.option(fc.constantFrom('home/alice/a', 'home/bob/b', 'home/${aws:username}/c', 'x'), { nil: undefined }),
    tags: fc.option(fc.uniqueArray(fc.constantFrom('env', 'team', 'tiam', 'envx', 'other'), { maxLength: 3 }), { nil: undefined }),
    mfa: fc.option(fc.constantFrom('true', 'false'), { nil: undefined }),
    maxKeys: fc.option(fc.constantFrom('5', '10', '15'), { nil: undefined }),
    ip: fc.option(fc.constantFrom('10.1.2.3', '192.0.2.1'), { nil: undefined }),
  })
  .map((r) => ({
    principal: r.principal,
    action: r.action,
    resource: r.resource,
    context: {
      ...(r.username === undefined ? {} : { 'aws:username': r.username }),
      ...(r.team === undefined ? {} : { 'aws:PrincipalTag/team': r.team }),
      ...(r.prefix === undefined ? {} : { 's3:prefix': r.prefix }),
      ...(r.tags === undefined ? {} : { 'aws:TagKeys': r.tags }),
      ...(r.mfa === undefined ? {} : { 'aws:MultiFactorAuthPresent': r.mfa }),
      ...(r.maxKeys === undefined ? {} : { 's3:max-keys': r.maxKeys }),
      ...(r.ip === undefined ? {} : { 'aws:SourceIp': r.ip }),
    },
  }));
const requestsArb = fc.array(requestArb, { minLength: 8, maxLength: 24 });

const ALLOW_ALL = createPolicy('identity', { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: ['*'], Resource: ['*'] }] });

/** Where a policy of each kind takes part in a decision; the others allow everything, so this one decides. */
const place = (kind: PolicyKind, ps: readonly Policy[]): PolicySet => {
  switch (kind) {
    case 'identity':
      return { identity: ps };
    case 'boundary':
      return { identity: ALLOW_ALL, boundary: ps[0]! };
    case 'scp':
      return { identity: ALLOW_ALL, scp: [ps] };
    case 'rcp':
      return { identity: ALLOW_ALL, rcp: [ps] };
    case 'resource':
      return { resource: ps };
    default:
      throw new Error(`no placement for ${kind}`);
  }
};

/** A policy of `kind` or undefined when the generated document breaks the kind's rules. */
const make = (kind: PolicyKind, d: PolicyDocument): Policy | undefined => {
  try {
    return createPolicy(kind, d);
  } catch (e) {
    if (e instanceof PolicyValidationError) return undefined;
    throw e;
  }
};

const SMALL: SizeTarget = { name: 'managed', limit: 600, unit: 'characters', whitespaceCounts: false, aggregate: false };
const RUNS = Number(process.env['MEANING_RUNS'] ?? 1);

const cases: [PolicyKind, boolean, 'Deny' | undefined, number][] = [
  ['identity', false, undefined, 300],
  ['boundary', false, undefined, 150],
  ['scp', false, undefined, 150],
  ['rcp', true, 'Deny', 150],
  ['resource', true, undefined, 300],
];

describe('optimize keeps every decision on generated policies (evaluate)', () => {
  for (const [kind, principal, effect, runs] of cases) {
    it(`${kind}: minimize${kind === 'identity' || kind === 'scp' || kind === 'rcp' ? ', fit and split' : ''}`, () => {
      let checked = 0;
      fc.assert(
        fc.property(docArb(principal, 8, effect), requestsArb, (d, requests) => {
          const original = make(kind, d);
          if (original === undefined) return;
          checked++;
          const outputs: [string, readonly Policy[]][] = [['minimize', [minimize(original)]]];
          if (kind === 'identity' || kind === 'scp' || kind === 'rcp') {
            for (const [what, run] of [
              ['split', () => split(original, SMALL)],
              ['fit', () => fit(original, SMALL).policies],
            ] as const) {
              try {
                const parts = run();
                // every part fits, and Sids are unique across the parts (IAM and Organizations policies)
                for (const p of parts) expect(p.size(SMALL).fits).toBe(true);
                const sids = parts.flatMap((p) => p.statements.flatMap((x) => (x.Sid === undefined ? [] : [x.Sid])));
                expect(new Set(sids).size, JSON.stringify(sids)).toBe(sids.length);
                outputs.push([what, parts]);
              } catch (e) {
                if (!(e instanceof PolicySizeError)) throw e;
              }
            }
          }
          for (const [what, ps] of outputs) {
            for (const r of requests) {
              const want = evaluate(place(kind, [original]), r).decision;
              expect(evaluate(place(kind, ps), r).decision, `${what} ${JSON.stringify({ r, original: original.toJSON(), out: ps.map((p) => p.toJSON()) })}`).toBe(want);
            }
          }
        }),
        { numRuns: runs * RUNS, seed: 3101 },
      );
      expect(checked).toBeGreaterThan(runs / 3);
    }, 120_000 * RUNS);
  }
});

describe('optimize keeps what a policy allows and denies (analyze)', () => {
  it('identity: minimize is equivalent, alone and beside a policy that allows everything', () => {
    const relations: Record<string, number> = {};
    fc.assert(
      fc.property(docArb(false, 6), (d) => {
        const original = make('identity', d);
        if (original === undefined) return;
        const small = minimize(original);
        for (const [a, b] of [[[original], [small]], [[original, ALLOW_ALL], [small, ALLOW_ALL]]] as const) {
          const { relation } = compare({ identity: a }, { identity: b }, { timeoutMs: 4_000 });
          relations[relation] = (relations[relation] ?? 0) + 1;
          expect(['equivalent', 'unknown'], JSON.stringify({ relation, original: original.toJSON(), small: small.toJSON() })).toContain(relation);
        }
      }),
      { numRuns: 60 * RUNS, seed: 3102 },
    );
    expect(relations['equivalent']).toBeGreaterThan(60);
  }, 120_000 * RUNS);
});

describe('optimize output does not depend on how the input is written', () => {
  it('minimize gives the same text for the same input', () => {
    fc.assert(
      fc.property(docArb(false, 8), (d) => {
        const original = make('identity', d);
        if (original === undefined) return;
        expect(JSON.stringify(minimize(original).toJSON())).toBe(JSON.stringify(minimize(make('identity', structuredClone(d))!).toJSON()));
      }),
      { numRuns: 100, seed: 3103 },
    );
  });
});
