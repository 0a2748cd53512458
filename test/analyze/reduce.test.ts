/**
 * The cut of reduce.ts (shared statements set aside, one fresh statement at a time, statements
 * that cannot meet it dropped) answers exactly as the plain search of space.ts.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { evaluate, type EvaluationResult, type PolicySet } from '../../src/evaluate/index.js';
import { globsMeet, newAccessSearch } from '../../src/analyze/reduce.js';
import { search } from '../../src/analyze/space.js';
import { wildcardMatch } from '../../src/model/match.js';
import type { PolicyDocument } from '../../src/model/policy-document.js';
import { ACTION_PATTERNS, policyArb, statementArb } from './generators.js';

const allows = (r: EvaluationResult) => r.decision === 'allow';
const verdict = (a: { witnesses: readonly (readonly unknown[])[]; unknown: readonly string[] }) =>
  a.witnesses[0]!.length > 0 ? 'fail' : a.unknown.length > 0 ? 'unknown' : 'pass';

/** `updated`: some statements of `existing` (shuffled), some new ones. */
const pairArb = fc
  .tuple(policyArb(), fc.array(statementArb(false), { maxLength: 2 }), fc.array(fc.boolean(), { minLength: 3, maxLength: 3 }), fc.boolean())
  .map(([a, extra, keep, reverse]): [PolicyDocument, PolicyDocument] => {
    const kept = a.Statement.filter((_, i) => keep[i] !== false);
    const Statement = [...(reverse ? [...kept].reverse() : kept), ...extra];
    return [a, { Version: '2012-10-17', Statement: Statement.length > 0 ? Statement : a.Statement }];
  });

describe('newAccessSearch', () => {
  it('agrees with the plain search on every pair neither leaves unknown; witnesses replay', () => {
    let decided = 0;
    fc.assert(
      fc.property(fc.oneof(pairArb, fc.tuple(policyArb(), policyArb())), fc.boolean(), ([a, b], swap) => {
        const [x, y]: [PolicySet, PolicySet] = swap ? [{ identity: b }, { identity: a }] : [{ identity: a }, { identity: b }];
        const plain = search({ sets: [x, y], directions: 1, witness: ([e, u]) => (allows(u!) && !allows(e!) ? 0 : undefined), options: {} });
        const cut = newAccessSearch(x, y, {})!;
        for (const w of cut.witnesses[0]!) expect(allows(evaluate(y, w.request)) && !allows(evaluate(x, w.request))).toBe(true);
        const p = verdict(plain);
        const c = verdict(cut);
        if (p !== 'unknown' && c !== 'unknown') {
          decided++;
          expect(c).toBe(p);
        }
        // the cut never leaves unknown what the plain search decides
        if (p !== 'unknown') expect(c).toBe(p);
      }),
      { numRuns: 300, seed: 1420 },
    );
    expect(decided).toBeGreaterThan(200);
  });

  it('is not used for sets with other policy types', () => {
    expect(newAccessSearch({ resource: { Version: '2012-10-17', Statement: [] } }, { identity: [] }, {})).toBeUndefined();
  });
});

describe('globsMeet', () => {
  const texts = ['s3:GetObject', 's3:getobject', 's3:Get', 's3:', 'ec2:Run', 'a:b:c', 'iam:PassRole', 'S3:PUTX', 'x', ''];
  it('is true whenever some text matches both patterns (the engine matcher decides)', () => {
    fc.assert(
      fc.property(fc.constantFrom(...ACTION_PATTERNS, 's3*', '*:*', '?', '??*', 'a:*:c'), fc.constantFrom(...ACTION_PATTERNS, 'x*', '*Object', 's3:'), (p, q) => {
        for (const t of texts) if (wildcardMatch(p, t) && wildcardMatch(q, t)) expect(globsMeet(p, q)).toBe(true);
      }),
      { numRuns: 200, seed: 1421 },
    );
  });
  it('is false for disjoint patterns', () => {
    expect(globsMeet('s3:Get*', 'ec2:*')).toBe(false);
    expect(globsMeet('s3:?et', 's3:Put')).toBe(false);
    expect(globsMeet('a*b', 'a*c')).toBe(false);
    expect(globsMeet('a*b', '*x*')).toBe(true);
    expect(globsMeet('S3:GET*', 's3:g?t')).toBe(true);
  });
});
