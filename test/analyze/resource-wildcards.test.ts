/**
 * Resource entries whose head component ends in `*`: IAM User Guide, Resource element, "If the *
 * wildcard is the last character of a resource ARN segment, it can expand to match beyond the
 * colon boundaries." The analyzer reads them as evaluate does (model/match.ts `resourceArnMatch`),
 * so what it proves holds for AWS's reading, and its witnesses are requests evaluate decides so.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { checkAccessNotGranted, checkNoNewAccess, compare } from '../../src/analyze/index.js';
import { evaluate, type EvaluationRequest, type PolicySet } from '../../src/evaluate/index.js';
import { isRequestArn } from '../../src/model/arn.js';
import { arnComponentsMatch, plainPattern, resourceArnMatch, splitPattern } from '../../src/model/match.js';
import { newAccessSearch } from '../../src/analyze/reduce.js';
import { callMemo } from '../../src/analyze/space.js';
import type { PolicyDocument, Statement } from '../../src/model/policy-document.js';

const ACCT = '111122223333';
const allowOn = (action: string, ...Resource: string[]): PolicyDocument => ({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: [action], Resource }] });

describe('analyze: a * ending a head component of a Resource ARN reaches past colons', () => {
  it('counts what such an entry covers beyond its own components', () => {
    const crossing = allowOn('sqs:SendMessage', `arn:aws:sqs:*:${ACCT}:q`);
    const odd = allowOn('sqs:SendMessage', `arn:aws:sqs:a:b:${ACCT}:q`);
    // the region `*` takes `a:b`: no new access
    expect(checkNoNewAccess(crossing, odd).result).toBe('pass');
    const wider = checkNoNewAccess(odd, crossing);
    expect(wider.result).toBe('fail');
    expect(compare(crossing, odd).relation).toBe('wider');
  });

  it('answers checkAccessNotGranted for the documented AWSGlueServiceRole entry', () => {
    const glue = allowOn('logs:PutLogEvents', 'arn:aws:logs:*:*:/aws-glue/*');
    const q = { actions: ['logs:PutLogEvents'], resources: [`arn:aws:logs:us-east-1:${ACCT}:log-group:/aws-glue/jobs`] };
    expect(checkAccessNotGranted(glue, q).result).toBe('fail');
    expect(evaluate({ identity: glue }, { principal: `arn:aws:iam::${ACCT}:user/u`, action: 'logs:PutLogEvents', resource: q.resources[0]! }).decision).toBe('allow');
  });

  it('finds access through another service when a partition `*` crosses into it (many entries: one walk per service)', () => {
    // existing: every text of service s3 (no entry of it crosses: each ends in `?` or is empty),
    // and a dozen entries of another service
    const s3 = ['', '*?'].flatMap((p) => ['', '*?'].flatMap((r) => ['', '*?'].map((a) => `arn:${p}:s3:${r}:${a}:*`)));
    const others = Array.from({ length: 13 }, (_, i) => `arn:aws:sns:us-east-1:${ACCT}:t${i}`);
    const existing = allowOn('sqs:SendMessage', ...s3, ...others);
    const updated = allowOn('sqs:SendMessage', ...s3, ...others, 'arn:*:s3:::b');
    const r = checkNoNewAccess(existing, updated);
    expect(r.result).toBe('fail');
    // the witness: a text of another service, which the partition `*` reaches (arn:x:y:s3:::b)
    const w = r.witnesses[0]!;
    expect(w.resource!.split(':')[2]).not.toBe('s3');
    expect(arnComponentsMatch(splitPattern(plainPattern('arn:*:s3:::b'))!, w.resource!, true)).toBe(false);
    expect(evaluate({ identity: updated }, w).decision).toBe('allow');
    expect(evaluate({ identity: existing }, w).decision).not.toBe('allow');
  });

  it('ends on hostile entries of 70,000 characters: no RangeError from the pruning, a witness evaluate replays', () => {
    // the pruning compared the two long entries pair of positions by pair (4.9 GB) and threw
    const long = `arn:aws:s3:::${'a'.repeat(70_000)}`;
    const allowBoth = { Effect: 'Allow' as const, Action: ['s3:GetObject'], Resource: [`${long}*`, 'arn:aws:s3:::b*'] };
    const existing: PolicyDocument = { Version: '2012-10-17', Statement: [allowBoth, { Effect: 'Deny', Action: ['s3:GetObject'], Resource: [`${long}x*`] }] };
    const updated: PolicyDocument = { Version: '2012-10-17', Statement: [allowBoth] };
    const r = checkNoNewAccess(existing, updated);
    expect(r.result).toBe('fail');
    expect(evaluate({ identity: updated }, r.witnesses[0]!).decision).toBe('allow');
    expect(evaluate({ identity: existing }, r.witnesses[0]!).decision).toBe('explicit-deny');
  });

  it('answers for a literal entry of 20,000 characters (an S3 bucket policy holds 20 KB): its text is read in one pass', () => {
    // the walk read a wildcard-free entry's text counting the separators before each character
    // again: 20,000 characters took 14.5 s and ended 'unknown' (timeoutMs), 200,000 took minutes
    const existing: PolicyDocument = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: ['s3:GetObject'], Resource: [`arn:aws:s3:::b/${'x'.repeat(20_000)}`] }] };
    const updated: PolicyDocument = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: ['s3:GetObject'], Resource: ['*'] }] };
    const r = checkNoNewAccess(existing, updated);
    expect(r.result).toBe('fail');
    expect(evaluate({ identity: updated }, r.witnesses[0]!).decision).toBe('allow');
    expect(evaluate({ identity: existing }, r.witnesses[0]!).decision).toBe('implicit-deny');
  });

  it('still finds new access when the entries of many statements meet in too many contrived texts', () => {
    // 20 statements on arn:aws:glue:*:*:type<i>/*, each under its own condition: through stars
    // that reach past colons one text can match any subset of them (2^20 cells). A witness among
    // the aligned texts is still a witness (evaluate decides it); without one the answer would be unknown
    const st = (i: number) => ({ Effect: 'Allow' as const, Action: ['glue:GetTable'], Resource: [`arn:aws:glue:*:*:type${i}/*`], Condition: { StringEquals: { 'aws:PrincipalTag/t': [`v${i}`] } } });
    const existing: PolicyDocument = { Version: '2012-10-17', Statement: Array.from({ length: 20 }, (_, i) => st(i)) };
    const updated: PolicyDocument = { Version: '2012-10-17', Statement: [...existing.Statement, { Effect: 'Allow', Action: ['glue:GetTable'], Resource: ['arn:aws:glue:*:*:typeX/*'] }] };
    const r = checkNoNewAccess(existing, updated, { timeoutMs: 2000 });
    expect(r.result).toBe('fail');
    expect(evaluate({ identity: updated }, r.witnesses[0]!).decision).toBe('allow');
    expect(evaluate({ identity: existing }, r.witnesses[0]!).decision).not.toBe('allow');
  });

  it('searches the cells of stars that reach past colons only when the aligned cells do not give the witnesses asked for', () => {
    // four statements on arn:aws:s3:*:<acct>:thing-<i>/* meet in contrived texts (a cell per
    // subset of them); the new access (other/ for home/) shows in aligned texts
    const doc = (home: string): PolicyDocument => ({
      Version: '2012-10-17',
      Statement: [0, 1, 2, 3].map((i) => ({ Effect: 'Allow', Action: ['s3:GetObject'], Resource: [`arn:aws:s3:*:${ACCT}:thing-${i}/*`, `arn:aws:s3:::b-${i}/${home}/*`] })),
    });
    const [existing, updated] = [{ identity: doc('home') }, { identity: doc('other') }];
    const kinds = (memo: ReturnType<typeof callMemo>) => [...memo.walks.keys()].map((k) => (JSON.parse(k) as [string])[0]);
    for (const [maxWitnesses, crossingWalks] of [
      [1, 0],
      [4, 0],
      // more than the aligned cells hold: every search runs to its end, over the crossing cells too
      [50, 4],
    ] as const) {
      const memo = callMemo();
      const r = newAccessSearch(existing, updated, { maxWitnesses }, memo)!;
      expect(r.unknown).toEqual([]);
      expect(r.witnesses[0]!.length).toBe(Math.min(maxWitnesses, 4));
      for (const w of r.witnesses[0]!) expect([evaluate(updated, w.request).decision, evaluate(existing, w.request).decision]).toEqual(['allow', 'implicit-deny']);
      expect(kinds(memo).filter((k) => k === 'resources').length).toBe(crossingWalks);
      expect(kinds(memo).filter((k) => k === 'aligned resources').length).toBe(maxWitnesses === 1 ? 1 : 4);
    }
  });

  it('finds new access that only a contrived text shows: the crossing cells are searched when the aligned ones show none', () => {
    // the Deny of existing applies only where b matches, and no aligned text matches both a and b
    const a = `arn:aws:s3:*:${ACCT}:a/*`;
    const b = `arn:aws:s3:*:${ACCT}:b/*`;
    const allowA: Statement = { Effect: 'Allow', Action: ['s3:GetObject'], Resource: [a] };
    const existing: PolicyDocument = { Version: '2012-10-17', Statement: [allowA, { Effect: 'Deny', Action: ['s3:GetObject'], Resource: [b] }] };
    const updated: PolicyDocument = { Version: '2012-10-17', Statement: [allowA] };
    const r = checkNoNewAccess(existing, updated);
    expect(r.result).toBe('fail');
    const w = r.witnesses[0]!;
    expect(evaluate({ identity: updated }, w).decision).toBe('allow');
    expect(evaluate({ identity: existing }, w).decision).toBe('explicit-deny');
    // b matches the witness only through its region `*` taking colons
    const parts = splitPattern(plainPattern(b))!;
    expect(resourceArnMatch(parts, w.resource!)).toBe(true);
    expect(arnComponentsMatch(parts, w.resource!, true)).toBe(false);
    expect(compare(existing, updated).relation).toBe('narrower');
    // the other way round nothing is new, which only a search of the crossing cells proves
    expect(checkNoNewAccess(updated, existing).result).toBe('pass');
  });

  it('pass and equivalent hold on requests whose resources a head star reaches past colons (identity, resource policy, SCP; Deny, NotResource, short ARNs)', () => {
    // policies of entries built to cross colons, and the same policy changed a little (a statement
    // dropped or split, an entry added or narrowed, a Deny added): what checkNoNewAccess passes
    // and compare calls equivalent or narrower, evaluate confirms on texts filled from the entries
    // a wildcard or a capital in the service is an unsure head: analyze proves nothing that rests
    // on it (docs/analyze.md, "What gives unknown"), so such services are rarer, for proofs to check
    const service = fc.oneof({ weight: 6, arbitrary: fc.constantFrom('sqs', 'sns') }, { weight: 1, arbitrary: fc.constantFrom('s*', '*', 'SQS') });
    const entry = fc.oneof(
      { weight: 8, arbitrary: fc.tuple(fc.constantFrom('arn', 'arn', 'arn*'), fc.constantFrom('aws', 'aws*', '*', ''), service, fc.constantFrom('', '*', 'r*', '?*', 'r?'), fc.constantFrom('', '*', '1*', ACCT), fc.constantFrom('q', '*', 'q*', ':q', 'a:*', '*:q', '?', 'Q')).map((c) => c.join(':')) },
      { weight: 1, arbitrary: fc.constantFrom('arn:aws:sqs', 'arn:aws:*', 'arn:aws:sqs:r*', 'arn:aws:sqs:r:1*') },
    );
    const statement = fc
      .record({ deny: fc.integer({ min: 0, max: 2 }).map((n) => n === 0), not: fc.integer({ min: 0, max: 4 }).map((n) => n === 0), res: fc.uniqueArray(entry, { minLength: 1, maxLength: 3 }), act: fc.constantFrom(['sqs:SendMessage'], ['sqs:*'], ['sqs:SendMessage', 'sns:Publish']) })
      .map((r): Statement => ({ Effect: r.deny ? 'Deny' : 'Allow', Action: r.act, ...(r.not ? { NotResource: r.res } : { Resource: r.res }) }));
    const fill = (p: string, f: readonly string[]) => {
      let n = 0;
      return p.replace(/\*/g, () => f[n++ % f.length]!).replace(/\?/g, 'r');
    };
    const fills = fc.array(fc.constantFrom('', 'a', ':', 'r:1', 'q', ':q', 'sqs', 'x:sqs', '1:', 'Q'), { minLength: 6, maxLength: 6 });
    const changed = (a: readonly Statement[], mut: number, k: number, extra: string, f: readonly string[]): Statement[] => {
      const out = [...a];
      const i = k % out.length;
      const s = out[i]!;
      const key = s.Resource !== undefined ? 'Resource' : 'NotResource';
      const list = s[key]!;
      if (mut === 0) out.splice(i, 1);
      else if (mut === 1) out[i] = { ...s, [key]: [...list, extra] };
      else if (mut === 2) out[i] = { ...s, [key]: list.map((e, j) => (j === k % list.length ? fill(e, f.map((x) => `${x}*`)) : e)) };
      else if (mut === 3) out.push({ Effect: 'Deny', Action: ['sqs:SendMessage'], Resource: [extra] });
      else out.splice(i, 1, ...list.map((e) => ({ ...s, [key]: [e] })));
      return out;
    };
    const ALL: PolicyDocument = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: ['*'], Resource: ['*'] }] };
    const setOf = (kind: number, sts: readonly Statement[]): PolicySet => {
      const doc: PolicyDocument = { Version: '2012-10-17', Statement: kind === 1 ? sts.map((s) => ({ ...s, Principal: { AWS: [ACCT] } })) : sts };
      return kind === 0 ? { identity: doc } : kind === 1 ? { resource: doc } : { identity: ALL, scp: [[doc]] };
    };
    const allowed = (set: PolicySet, q: EvaluationRequest) => evaluate(set, q).decision === 'allow';
    let proofs = 0;
    fc.assert(
      fc.property(
        fc.array(statement, { minLength: 1, maxLength: 3 }),
        fc.integer({ min: 0, max: 2 }),
        fc.integer({ min: 0, max: 4 }),
        fc.nat(100),
        entry,
        fills,
        fc.array(fc.tuple(fc.nat(20), fills, fc.constantFrom('sqs:SendMessage', 'sns:Publish')), { minLength: 20, maxLength: 20 }),
        (sts, kind, mut, k, extra, f, samples) => {
          const after = changed(sts, mut, k, extra, f);
          if (after.length === 0) return;
          const [a, b] = [setOf(kind, sts), setOf(kind, after)];
          const r = checkNoNewAccess(a, b, { timeoutMs: 400, maxWitnesses: 1 });
          const c = compare(a, b, { timeoutMs: 400, maxWitnesses: 1 });
          if (r.result === 'pass' || c.relation === 'equivalent' || c.relation === 'narrower') proofs++;
          const entries = [...sts, ...after].flatMap((s) => [...(s.Resource ?? []), ...(s.NotResource ?? [])]);
          for (const [e, g, action] of samples) {
            const q: EvaluationRequest = { principal: `arn:aws:iam::${ACCT}:user/u`, action, resource: fill(entries[e % entries.length]!, g) };
            // a request names a resource by its ARN (evaluate refuses other text; the analyzer proves over ARNs)
            if (!isRequestArn(q.resource!)) continue;
            if (r.result === 'pass') expect(allowed(b, q) && !allowed(a, q)).toBe(false);
            if (c.relation === 'equivalent') expect(allowed(a, q)).toBe(allowed(b, q));
            if (c.relation === 'narrower') expect(allowed(a, q) && !allowed(b, q)).toBe(false);
          }
        },
      ),
      { numRuns: 25, seed: 2828 },
    );
    expect(proofs).toBeGreaterThan(5);
  });
});
