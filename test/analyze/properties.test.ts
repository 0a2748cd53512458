/** Witness replay, soundness of `pass` against sampled requests, and the algebra of compare. */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { evaluate, type PolicySet } from '../../src/evaluate/index.js';
import { checkNoNewAccess, compare, checkAccessNotGranted } from '../../src/analyze/index.js';
import { minimize } from '../../src/optimize/index.js';
import { createPolicy } from '../../src/policy/policy.js';
import type { PolicyDocument } from '../../src/model/policy-document.js';
import { hasUnsureEntry, policyArb, requestArb, statementArb } from './generators.js';

const RUNS = { numRuns: 80, seed: 1414 };
const allowed = (set: PolicySet, r: Parameters<typeof evaluate>[1]) => evaluate(set, r).decision === 'allow';
const MIRROR = { equivalent: 'equivalent', narrower: 'wider', wider: 'narrower', incomparable: 'incomparable', unknown: 'unknown' } as const;

describe('witness replay (identity policies)', () => {
  it('every witness of compare shows the claimed difference through evaluate', () => {
    fc.assert(
      fc.property(policyArb(), policyArb(), (a, b) => {
        const r = compare(a, b);
        for (const w of r.aOnly) expect(allowed({ identity: a }, w) && !allowed({ identity: b }, w)).toBe(true);
        for (const w of r.bOnly) expect(allowed({ identity: b }, w) && !allowed({ identity: a }, w)).toBe(true);
      }),
      RUNS,
    );
  });

  it('pass is a proof: no sampled request is allowed by updated and denied by existing', () => {
    fc.assert(
      fc.property(policyArb(), policyArb(), fc.array(requestArb, { minLength: 20, maxLength: 20 }), (a, b, reqs) => {
        const r = checkNoNewAccess(a, b);
        if (r.result !== 'pass') return;
        for (const q of reqs) expect(allowed({ identity: b }, q) && !allowed({ identity: a }, q)).toBe(false);
      }),
      RUNS,
    );
  });
});

describe('witness replay (resource policies and principals)', () => {
  it('every witness replays, and pass holds on sampled requests', () => {
    fc.assert(
      fc.property(policyArb(true), policyArb(true), fc.array(requestArb, { minLength: 10, maxLength: 10 }), (a, b, reqs) => {
        const r = compare({ resource: a }, { resource: b });
        for (const w of r.aOnly) expect(allowed({ resource: a }, w) && !allowed({ resource: b }, w)).toBe(true);
        for (const w of r.bOnly) expect(allowed({ resource: b }, w) && !allowed({ resource: a }, w)).toBe(true);
        if (r.relation === 'equivalent')
          for (const q of reqs)
            for (const resourceType of ['other', 'kms-key'] as const) {
              const x = { ...q, resourceType };
              expect(allowed({ resource: a }, x)).toBe(allowed({ resource: b }, x));
            }
      }),
      { numRuns: 40, seed: 1415 },
    );
  });
});

describe('algebra', () => {
  it('compare(p, p) is equivalent', () => {
    fc.assert(
      fc.property(policyArb(), (p) => {
        expect(compare(p, p).relation).toBe('equivalent');
      }),
      RUNS,
    );
  });

  it('compare(a, b) mirrors compare(b, a)', () => {
    fc.assert(
      fc.property(policyArb(), policyArb(), (a, b) => {
        expect(compare(b, a).relation).toBe(MIRROR[compare(a, b).relation]);
      }),
      RUNS,
    );
  });

  it('adding an Allow never narrows, adding a Deny never widens', () => {
    fc.assert(
      fc.property(policyArb(), statementArb(false, 'Allow'), statementArb(false, 'Deny'), (p, allow, deny) => {
        const more: PolicyDocument = { ...p, Statement: [...p.Statement, allow] };
        const less: PolicyDocument = { ...p, Statement: [...p.Statement, deny] };
        // an unsure entry (either side: each direction rests on its own) may leave the relation unknown
        const unsure = (x: PolicyDocument): string[] => (hasUnsureEntry(x) || hasUnsureEntry(p) ? ['unknown'] : []);
        expect(['equivalent', 'wider', ...unsure(more)]).toContain(compare(more, p).relation);
        expect(['equivalent', 'narrower', ...unsure(less)]).toContain(compare(less, p).relation);
      }),
      RUNS,
    );
  });

  it('compare(p, minimize(p)) is equivalent', () => {
    fc.assert(
      fc.property(policyArb(), (p) => {
        let policy;
        try {
          policy = createPolicy('identity', p);
        } catch {
          fc.pre(false);
          return;
        }
        // an unsure entry may leave the relation unknown (docs/analyze.md), never another relation
        expect(hasUnsureEntry(p) ? ['equivalent', 'unknown'] : ['equivalent']).toContain(compare(policy, minimize(policy)).relation);
      }),
      { numRuns: 80, seed: 1416 },
    );
  });

  it('checkAccessNotGranted witnesses are allowed and asked for', () => {
    fc.assert(
      fc.property(policyArb(), (p) => {
        const r = checkAccessNotGranted(p, { actions: ['s3:Put*', 'iam:PassRole'], resources: ['arn:aws:s3:::b/*', '*'] });
        for (const w of r.witnesses) expect(allowed({ identity: p }, w)).toBe(true);
      }),
      RUNS,
    );
  });
});

describe('policy variables in statements both policies share', () => {
  const VARIABLE = { Effect: 'Allow', Action: ['s3:*'], Resource: ['arn:aws:s3:::b/${aws:username}/*'], Condition: { StringLike: { 's3:prefix': ['${aws:username}/*'] } } } as const;
  const allowOnly = policyArb().map((p) => ({ ...p, Statement: p.Statement.map((st) => ({ ...st, Effect: 'Allow' as const })) }));
  it('decides them; pass holds on sampled requests (with user names that meet the variables) and witnesses replay', () => {
    fc.assert(
      fc.property(allowOnly, allowOnly, fc.array(requestArb, { minLength: 10, maxLength: 10 }), fc.constantFrom('u', 'b', 'x'), (a0, b0, reqs, user) => {
        const a: PolicyDocument = { ...a0, Statement: [...a0.Statement, VARIABLE] };
        const b: PolicyDocument = { ...b0, Statement: [VARIABLE, ...b0.Statement] };
        const r = checkNoNewAccess(a, b);
        // only updated's unsure entries can make a pass unknown (docs/analyze.md)
        if (!hasUnsureEntry(b)) expect(r.result).not.toBe('unknown');
        for (const w of r.witnesses) expect(allowed({ identity: b }, w) && !allowed({ identity: a }, w)).toBe(true);
        if (r.result === 'pass')
          for (const q of reqs) {
            const x = { ...q, principal: `arn:aws:iam::111122223333:user/${user}`, resource: `arn:aws:s3:::b/${user}/k` };
            for (const y of [q, x]) expect(allowed({ identity: b }, y) && !allowed({ identity: a }, y)).toBe(false);
          }
        const c = compare(a, b);
        if (!hasUnsureEntry(a) && !hasUnsureEntry(b)) expect(c.relation).not.toBe('unknown');
        expect(compare(b, a).relation).toBe(MIRROR[c.relation]);
      }),
      { numRuns: 60, seed: 1419 },
    );
  });
});
