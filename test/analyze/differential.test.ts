/**
 * Differential audit of analyze against evaluate (session 32): random pairs of policies over a
 * wider vocabulary than generators.ts (IPv6 and IPv4-mapped blocks, `aws:EpochTime` beside
 * `aws:CurrentTime`, Binary, ArnLike on short ARNs, policy variables, Null, IfExists, set
 * operators, principals for resource policies), fixed seeds. Every witness must replay through
 * `evaluate` with the claimed decisions, and every proof (`pass`, `equivalent`, `narrower`,
 * `wider`) must hold on requests built from the policies' own literals and edge values (empty
 * text, absent key, case variants, values holding `*`, the other spelling of an address).
 */
import { afterAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { evaluate, type ContextValue, type EvaluationRequest, type PolicySet } from '../../src/evaluate/index.js';
import { checkNoNewAccess, compare } from '../../src/analyze/index.js';
import type { ConditionElement, PolicyDocument, PrincipalElement, Statement } from '../../src/model/policy-document.js';
import { statementArb as commonStatementArb } from './generators.js';

const ACCT = '111122223333';
const OTHER = '444455556666';
const ACTIONS = ['s3:GetObject', 's3:PutObject', 's3:Get*', '*', 's3:*Object', 'ec2:RunInstances', 'S3:getobject', 'iam:Pass?ole', 'ec2:*'];
const RESOURCES = [
  '*',
  'arn:aws:s3:::b/*',
  'arn:aws:s3:::b/x?',
  'arn:aws:s3:::b',
  'arn:aws:s3:::b/${aws:username}/*',
  `arn:aws:sqs:*:${ACCT}:q`,
  `arn:aws:iam::${ACCT}:role/*`,
  'arn:aws:ec2:us-east-1:*:instance/*',
];
const DIFF_CONDITIONS: ConditionElement[] = [
  { StringEquals: { 'aws:PrincipalTag/team': ['eng', 'ops'] } },
  { StringNotEqualsIgnoreCase: { 'aws:PrincipalTag/team': ['ENG'] } },
  { StringLike: { 's3:prefix': ['home/*', 'a?c', ''] } },
  { StringNotLikeIfExists: { 's3:prefix': ['home/*'] } },
  { StringEquals: { 's3:prefix': ['${aws:username}'] } },
  { StringLike: { 's3:prefix': ['home/${aws:username}/*'] } },
  { ArnLike: { 'aws:SourceArn': ['arn:aws:sns:*:*:topic-*'] } },
  { ArnNotEqualsIfExists: { 'aws:SourceArn': [`arn:aws:sns:us-east-1:${ACCT}:topic-a`] } },
  { ArnLike: { 'aws:SourceArn': ['arn:aws:sns*'] } },
  { NumericLessThan: { 's3:max-keys': ['10'] } },
  { NumericGreaterThanEqualsIfExists: { 's3:max-keys': ['5.5'] } },
  { NumericNotEquals: { 's3:max-keys': ['7'] } },
  { DateGreaterThan: { 'aws:CurrentTime': ['2024-01-01T00:00:00Z'] } },
  { DateLessThan: { 'aws:CurrentTime': ['2000-01-01T00:00:00Z'] } },
  { NumericGreaterThan: { 'aws:EpochTime': ['1700000000'] } },
  { DateLessThanEquals: { 'aws:EpochTime': ['1600000000'] } },
  { Bool: { 'aws:SecureTransport': ['true'] } },
  { BoolIfExists: { 'aws:MultiFactorAuthPresent': ['false'] } },
  { IpAddress: { 'aws:SourceIp': ['10.0.0.0/8', '2001:db8::/32'] } },
  { NotIpAddress: { 'aws:SourceIp': ['10.1.0.0/16'] } },
  { IpAddress: { 'aws:SourceIp': ['::ffff:192.0.2.0/120'] } },
  { NotIpAddressIfExists: { 'aws:SourceIp': ['2001:db8::/32', '192.0.2.0/24'] } },
  { IpAddress: { 'aws:SourceIp': ['::/0'] } },
  { Null: { 'aws:TokenIssueTime': ['true'] } },
  { Null: { 's3:prefix': ['false'] } },
  { 'ForAnyValue:StringEquals': { 'aws:TagKeys': ['env', 'team'] } },
  { 'ForAllValues:StringLike': { 'aws:TagKeys': ['env*', 'cost'] } },
  { 'ForAllValues:StringNotEquals': { 'aws:TagKeys': ['secret'] } },
  { 'ForAnyValue:StringNotLike': { 'aws:TagKeys': ['e*'] } },
  { StringEquals: { 'aws:PrincipalOrgID': ['o-abc'] } },
  { StringEquals: { 'aws:ResourceAccount': ['${aws:PrincipalAccount}'] } },
  { StringNotEquals: { 'aws:PrincipalAccount': [ACCT] } },
  { BinaryEquals: { 'custom:bin': ['AAE='] } },
  { StringEquals: { 'aws:PrincipalTag/team': ['eng'], 's3:prefix': ['home/'] } },
];
const PRINCIPALS: PrincipalElement[] = ['*', { AWS: [ACCT] }, { AWS: [`arn:aws:iam::${ACCT}:role/r`] }, { AWS: [`arn:aws:iam::${OTHER}:root`] }, { Service: ['sns.amazonaws.com'] }];

const hasVariable = (x: unknown) => JSON.stringify(x).includes('${');

/** Policy variables in half the pairs only: a variable often makes the answer `unknown`, which proves nothing to check. */
const statementArb = (withPrincipal: boolean, variables: boolean): fc.Arbitrary<Statement> =>
  commonStatementArb(withPrincipal, undefined, undefined, {
    actions: ACTIONS,
    resources: variables ? RESOURCES : RESOURCES.filter((r) => !hasVariable(r)),
    conditions: variables ? DIFF_CONDITIONS : DIFF_CONDITIONS.filter((c) => !hasVariable(c)),
    maxConditions: 3,
    principals: PRINCIPALS,
    notAction: fc.integer({ min: 0, max: 4 }).map((n) => n === 0),
  });

const policyArb = (withPrincipal: boolean, variables: boolean) =>
  fc.array(statementArb(withPrincipal, variables), { minLength: 1, maxLength: 3 }).map((Statement): PolicyDocument => ({ Version: '2012-10-17', Statement }));

/** A second policy: a random one, or the first with one statement changed (most real changes are small). */
const pairArb = (withPrincipal = false) =>
  fc.boolean().chain((variables) => fc.tuple(policyArb(withPrincipal, variables), policyArb(withPrincipal, variables), fc.nat(), fc.boolean())).map(([a, b, i, small]): [PolicyDocument, PolicyDocument] => {
    if (!small) return [a, b];
    const j = i % a.Statement.length;
    return [a, { ...a, Statement: a.Statement.map((s, k) => (k === j ? b.Statement[0]! : s)) }];
  });

// --- requests from the policies' own literals ----------------------------------------------------

/** Texts a pattern stands for: wildcards taken as nothing, as one letter, as `*` itself; case variants. */
function textsOf(pattern: string, user: string): string[] {
  const p = pattern.replaceAll('${aws:username}', user);
  const out = new Set([p.replace(/\*/g, '').replace(/\?/g, 'q'), p.replace(/\*/g, 'x').replace(/\?/g, 'Q'), p, p.toUpperCase(), p.toLowerCase()]);
  return [...out];
}

/** Values of one condition key: the literals of its policy values, edge values, other address spellings. */
function valuesOf(operator: string, raw: string, user: string): ContextValue[] {
  const out: ContextValue[] = ['', 'n/a', '*'];
  if (operator.includes('IpAddress')) {
    const [addr] = raw.split('/') as [string];
    out.push(addr, `::ffff:${addr}`, '::ffff:10.0.0.1', '::ffff:192.0.2.7', '10.1.2.3', '192.0.2.7', '2001:db8::1', '::1', '0.0.0.0');
    return out;
  }
  if (operator.includes('Numeric')) return [...out, raw, '4', '5', '5.5', '6', '7', '10', '11', '-1', '1e3'];
  if (operator.includes('Date') || operator.includes('Epoch')) {
    return [...out, raw, '1999-12-31T23:59:59Z', '2000-01-01T00:00:00Z', '2024-01-01T00:00:01Z', '2030-01-01T00:00:00Z', '1600000000', '1700000001', '1800000000', '946684799'];
  }
  if (operator.includes('Bool')) return [...out, 'true', 'false', 'TRUE', 'yes'];
  if (operator.includes('Binary')) return [...out, raw, 'AAE', 'AAI=', 'AA=='];
  return [...out, ...textsOf(raw, user), 'home/', `home/${user}/k`, 'abc', 'ENG', 'Eng'];
}

/** The context keys of a policy and the values worth trying for each. */
function contextValues(docs: readonly PolicyDocument[], user: string): Map<string, ContextValue[]> {
  const out = new Map<string, ContextValue[]>();
  for (const d of docs)
    for (const s of d.Statement)
      for (const [op, keys] of Object.entries(s.Condition ?? {}))
        for (const [k, values] of Object.entries(keys)) {
          const list = out.get(k) ?? [];
          for (const v of values) list.push(...valuesOf(op, String(v), user));
          out.set(k, list);
        }
  for (const [k, list] of out) out.set(k, [...new Set(list.map((v) => JSON.stringify(v)))].map((v) => JSON.parse(v) as ContextValue));
  return out;
}

const CALLERS = (user: string) => [`arn:aws:iam::${ACCT}:user/${user}`, `arn:aws:iam::${OTHER}:user/${user}`, `arn:aws:sts::${ACCT}:assumed-role/r/s`, `arn:aws:iam::${ACCT}:role/r`];

/** Requests from the policies' literals: `n` drawn by a seeded walk over the choices. */
function sampleRequests(docs: readonly PolicyDocument[], n: number, seed: number): EvaluationRequest[] {
  let x = seed >>> 0 || 1;
  const rnd = (k: number) => {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    return (x >>> 0) % k;
  };
  const pick = <T,>(list: readonly T[]) => list[rnd(list.length)]!;
  const users = ['u', 'b', 'x'];
  const out: EvaluationRequest[] = [];
  for (let i = 0; i < n; i++) {
    const user = pick(users);
    const actions = docs.flatMap((d) => d.Statement.flatMap((s) => [...(s.Action ?? []), ...(s.NotAction ?? [])])).flatMap((a) => textsOf(a, user)).filter((a) => /^[A-Za-z0-9-]+:[A-Za-z0-9]+$/.test(a));
    const resources = docs
      .flatMap((d) => d.Statement.flatMap((s) => [...(s.Resource ?? []), ...(s.NotResource ?? [])]))
      .flatMap((r) => textsOf(r, user))
      .filter((r) => r === '*' || r.startsWith('arn:'));
    const keys = contextValues(docs, user);
    const context: { [k: string]: ContextValue } = {};
    for (const [k, values] of keys) {
      const c = rnd(6);
      if (c === 0) continue; // absent
      if (c === 1 && (k === 'aws:TagKeys' || rnd(3) === 0)) context[k] = [pick(values), pick(values)].map(String);
      else if (c === 2 && (k === 'aws:TagKeys' || rnd(2) === 0)) context[k] = rnd(2) === 0 ? [] : [''];
      else context[k] = pick(values);
    }
    out.push({
      principal: pick(CALLERS(user)),
      action: actions.length > 0 && rnd(5) > 0 ? pick(actions) : pick(['s3:GetObject', 'sqs:SendMessage', 'iam:PassRole']),
      resource: resources.length > 0 && rnd(6) > 0 ? pick(resources) : pick(['arn:aws:s3:::c', `arn:aws:sqs:us-east-1:${OTHER}:q`]),
      ...(Object.keys(context).length === 0 ? {} : { context }),
      ...(rnd(2) === 0 ? { resourceAccount: pick([ACCT, OTHER]) } : {}),
    });
  }
  return out;
}

const STATS = new Map<string, number>();
const allowed = (set: PolicySet, r: EvaluationRequest) => evaluate(set, r).decision === 'allow';

/** Checks one compare answer on sets `x` and `y`; returns a description of the first disagreement. */
function audit(x: PolicySet, y: PolicySet, docs: readonly PolicyDocument[], seed: number, samples: number): string | undefined {
  const r = compare(x, y, { timeoutMs: 20_000 });
  if (process.env.DIFF_STATS !== undefined) STATS.set(r.relation, (STATS.get(r.relation) ?? 0) + 1);
  for (const w of r.aOnly) if (!(allowed(x, w) && !allowed(y, w))) return `aOnly witness does not replay: ${JSON.stringify(w)}`;
  for (const w of r.bOnly) if (!(allowed(y, w) && !allowed(x, w))) return `bOnly witness does not replay: ${JSON.stringify(w)}`;
  const c = checkNoNewAccess(x, y, { timeoutMs: 20_000 });
  for (const w of c.witnesses) if (!(allowed(y, w) && !allowed(x, w))) return `checkNoNewAccess witness does not replay: ${JSON.stringify(w)}`;
  // the two answers agree: a witness of one is a witness of the other's direction
  if (c.result === 'pass' && r.bOnly.length > 0) return `checkNoNewAccess pass but compare found b-only ${JSON.stringify(r.bOnly[0])}`;
  if (c.result === 'fail' && ['equivalent', 'wider'].includes(r.relation)) return `compare ${r.relation} but checkNoNewAccess found ${JSON.stringify(c.witnesses[0])}`;
  const aWider = r.relation === 'narrower' || r.relation === 'equivalent'; // proof: a allows nothing b does not
  const bWider = r.relation === 'wider' || r.relation === 'equivalent'; // proof: b allows nothing a does not
  const noNew = c.result === 'pass';
  if (!aWider && !bWider && !noNew) return undefined;
  for (const q of sampleRequests(docs, samples, seed)) {
    const types = x.resource === undefined && y.resource === undefined ? [undefined] : (['other', 'kms-key'] as const);
    for (const resourceType of types) {
      const req = resourceType === undefined ? q : { ...q, resourceType };
      const ax = allowed(x, req);
      const ay = allowed(y, req);
      if (aWider && ax && !ay) return `compare says ${r.relation} but a allows and b does not: ${JSON.stringify(req)}`;
      if ((bWider || noNew) && ay && !ax) return `${noNew ? 'checkNoNewAccess pass' : `compare ${r.relation}`} but b allows and a does not: ${JSON.stringify(req)}`;
    }
  }
  return undefined;
}

const RUNS = Number(process.env.DIFF_RUNS ?? 60);
const SAMPLES = Number(process.env.DIFF_SAMPLES ?? 300);
const SEED = Number(process.env.DIFF_SEED ?? 3201);

describe('analyze against evaluate, wide vocabulary', () => {
  if (process.env.DIFF_STATS !== undefined) afterAll(() => console.log(JSON.stringify([...STATS])));
  it('identity policies: witnesses replay, proofs hold on literal-built requests', () => {
    fc.assert(
      fc.property(pairArb(), fc.nat(), ([a, b], s) => {
        const bad = audit({ identity: a }, { identity: b }, [a, b], s, SAMPLES);
        expect(bad, JSON.stringify([a, b])).toBeUndefined();
      }),
      { numRuns: RUNS, seed: SEED },
    );
  });

  it('resource policies with principals: witnesses replay, proofs hold on literal-built requests', () => {
    fc.assert(
      fc.property(pairArb(true), fc.nat(), ([a, b], s) => {
        const bad = audit({ resource: a }, { resource: b }, [a, b], s, SAMPLES / 2);
        expect(bad, JSON.stringify([a, b])).toBeUndefined();
      }),
      { numRuns: Math.ceil(RUNS / 2), seed: SEED + 1 },
    );
  });
});

describe('cells the search missed (session 32 review of the cuts against evaluate)', () => {
  const allowAll = (condition: ConditionElement): Statement => ({ Effect: 'Allow', Action: ['*'], Resource: ['*'], Condition: condition });
  const doc = (...Statement: Statement[]): PolicyDocument => ({ Version: '2012-10-17', Statement });
  const user = `arn:aws:iam::${ACCT}:user/u`;

  it('an IPv4 block also cuts the IPv4-mapped IPv6 addresses (evaluate reads ::ffff:10.0.0.1 both ways)', () => {
    // docs/evaluation.md: an IPv4-mapped address is compared as written and in its other spelling, unknown when they differ;
    // an unknown condition never lets an Allow apply. `existing` allows every address but the mapped 10.x ones.
    const existing = doc(allowAll({ IpAddress: { 'aws:SourceIp': ['10.0.0.0/8'] } }), allowAll({ NotIpAddress: { 'aws:SourceIp': ['10.0.0.0/8'] } }));
    const updated = doc(allowAll({ NotIpAddress: { 'aws:SourceIp': ['2001:db8::/32'] } }));
    const mapped: EvaluationRequest = { principal: user, action: 's3:GetObject', context: { 'aws:SourceIp': '::ffff:10.0.0.1' } };
    expect(allowed({ identity: updated }, mapped) && !allowed({ identity: existing }, mapped)).toBe(true);
    const r = checkNoNewAccess(existing, updated);
    expect(r.result).toBe('fail');
    for (const w of r.witnesses) expect(allowed({ identity: updated }, w) && !allowed({ identity: existing }, w)).toBe(true);
    expect(compare(existing, updated).relation).toBe('incomparable');
    // and the reverse spelling: an IPv4-mapped IPv6 block cuts the IPv4 space
    const v6 = doc(allowAll({ IpAddress: { 'aws:SourceIp': ['::ffff:10.0.0.0/104'] } }), allowAll({ NotIpAddress: { 'aws:SourceIp': ['::ffff:10.0.0.0/104'] } }));
    const v4 = doc(allowAll({ NotIpAddress: { 'aws:SourceIp': ['2001:db8::/32'] } }));
    expect(checkNoNewAccess(v6, v4).result).toBe('fail');
  });

  it('aws:CurrentTime and aws:EpochTime tested together are each given a value (evaluate fills one from the other)', () => {
    // docs/evaluation.md: aws:CurrentTime and aws:EpochTime are now, or derived from each other when one is given
    const existing = doc({ Effect: 'Allow', Action: ['s3:GetObject'], Resource: ['*'] });
    const updated = doc(allowAll({ NumericGreaterThan: { 'aws:EpochTime': ['1700000000'] }, DateLessThan: { 'aws:CurrentTime': ['2000-01-01T00:00:00Z'] } }));
    const both: EvaluationRequest = { principal: user, action: 'sqs:SendMessage', context: { 'aws:EpochTime': '1800000000', 'aws:CurrentTime': '1999-01-01T00:00:00Z' } };
    expect(allowed({ identity: updated }, both)).toBe(true);
    const r = checkNoNewAccess(existing, updated);
    expect(r.result).toBe('fail');
    for (const w of r.witnesses) expect(allowed({ identity: updated }, w) && !allowed({ identity: existing }, w)).toBe(true);
    // a time key read through a policy variable while the other is tested: not modelled, unknown (was a wrong pass)
    const tied = doc(allowAll({ StringEquals: { 'aws:PrincipalTag/t': ['${aws:EpochTime}'] }, DateLessThan: { 'aws:CurrentTime': ['1970-01-02T00:00:00Z'] } }));
    const tag: EvaluationRequest = { principal: user, action: 'sqs:SendMessage', context: { 'aws:CurrentTime': '1970-01-01T00:00:00Z', 'aws:PrincipalTag/t': '0' } };
    expect(allowed({ identity: tied }, tag)).toBe(true);
    expect(checkNoNewAccess(existing, tied).result).not.toBe('pass');
  });

  it('tries the empty value: "" is missing to the set operators and Null, a value to the others', () => {
    // model/operators.ts isEmptyDataSet: the set operators and Null read an empty data set as a missing key
    const k = 'custom:n';
    const a = doc(
      allowAll({ 'ForAllValues:NumericLessThan': { [k]: ['10'] }, NumericLessThanIfExists: { [k]: ['10'] } }),
      allowAll({ 'ForAllValues:NumericLessThan': { [k]: ['10'] }, 'ForAnyValue:NumericLessThan': { [k]: ['10'] } }),
    );
    const b = doc(allowAll({ 'ForAllValues:NumericLessThan': { [k]: ['10'] } }));
    const empty: EvaluationRequest = { principal: user, action: 's3:GetObject', context: { [k]: '' } };
    expect([allowed({ identity: a }, empty), allowed({ identity: b }, empty)]).toEqual([false, true]);
    const r = compare(a, b);
    expect(r.relation).toBe('narrower');
    for (const w of r.bOnly) expect(allowed({ identity: b }, w) && !allowed({ identity: a }, w)).toBe(true);
  });

  it('tries an empty list: missing, also for a key evaluate fills when it is not given', () => {
    // docs/evaluation.md: aws:PrincipalAccount and aws:CurrentTime are filled only when the request does not give them;
    // an empty list given is a missing key (IfExists holds, a plain negated operator holds)
    const none = doc({ Effect: 'Allow', Action: ['s3:GetObject'], Resource: ['*'] });
    const missingOnly = doc(allowAll({ StringEqualsIfExists: { 'aws:PrincipalAccount': ['999999999999'] }, StringNotEquals: { 'aws:PrincipalAccount': ['999999999999'] } }));
    const r = checkNoNewAccess(none, missingOnly);
    expect(r.result).toBe('fail');
    for (const w of r.witnesses) expect(allowed({ identity: missingOnly }, w) && !allowed({ identity: none }, w)).toBe(true);
    const later = doc(allowAll({ DateGreaterThan: { 'aws:CurrentTime': ['2030-01-01T00:00:00Z'] } }));
    const laterIfExists = doc(allowAll({ DateGreaterThanIfExists: { 'aws:CurrentTime': ['2030-01-01T00:00:00Z'] } }));
    expect(compare(later, laterIfExists).relation).toBe('narrower');
  });

  it('tries a number beyond a bound past 2^53 and a date past year 9999 (one beyond each end was no step, or unreadable)', () => {
    // docs/evaluation.md: Numeric compares decimal numbers, Date ISO 8601 or epoch seconds; every cell the bounds cut is a request
    const none = doc({ Effect: 'Allow', Action: ['s3:GetObject'], Resource: ['*'] });
    const cases: [string, string, string, string][] = [
      ['NumericLessThan', 'custom:n', '100000000000000000000', '5'], // 1e20 - 1 === 1e20: nothing below was tried
      ['NumericGreaterThan', 'custom:n', '-100000000000000000000', '5'],
      ['DateLessThan', 'custom:d', '99999999999999999', '2020-01-01T00:00:00Z'], // one below, in ms, is no Date
      ['DateGreaterThan', 'custom:d', '300000000000', '300000000001'], // year 11476: toISOString wrote "+011476-...", unreadable
      ['NumericGreaterThan', 'custom:n', `1${'0'.repeat(308)}`, `1${'0'.repeat(400)}`], // above the largest double: Infinity
    ];
    for (const [operator, key, bound, probe] of cases) {
      const p = doc(allowAll({ [operator]: { [key]: [bound] } }));
      expect(allowed({ identity: p }, { principal: user, action: 'sqs:SendMessage', context: { [key]: probe } }), operator).toBe(true);
      const r = compare(none, p);
      expect(r.relation, `${operator} ${bound}`).toBe('incomparable');
      for (const w of r.bOnly) expect(allowed({ identity: p }, w) && !allowed({ identity: none }, w)).toBe(true);
    }
  });

  it('a key read by String and ARN operators is cut where ARN operators can read it (five colons)', () => {
    // docs/evaluation.md: a value an operator cannot read (an ARN operator on text without six components) is unknown,
    // which lets a Deny apply; "abc" is denied here, "abc:1:2:3:4:5" (an ARN that is not the topic) is allowed
    const none = doc({ Effect: 'Allow', Action: ['s3:GetObject'], Resource: ['*'] });
    const p = doc(allowAll({ StringLike: { 'custom:a': ['abc*'] } }), { Effect: 'Deny', Action: ['*'], Resource: ['*'], Condition: { ArnLike: { 'custom:a': ['arn:aws:sns:*:*:x'] } } });
    expect(allowed({ identity: p }, { principal: user, action: 'sqs:SendMessage', context: { 'custom:a': 'abc' } })).toBe(false);
    expect(allowed({ identity: p }, { principal: user, action: 'sqs:SendMessage', context: { 'custom:a': 'abc:1:2:3:4:5' } })).toBe(true);
    const r = checkNoNewAccess(none, p);
    expect(r.result).toBe('fail');
    for (const w of r.witnesses) expect(allowed({ identity: p }, w) && !allowed({ identity: none }, w)).toBe(true);
  });
});
