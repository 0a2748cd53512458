/**
 * planRole refuses what would plan policies IAM does not take or grants nobody meant: a negative
 * `inlineUsed` (the inline budget grew past 10,240 characters), counts that are no whole number,
 * and a policy of another kind (a boundary's statements became the role's grants).
 */
import { describe, expect, it } from 'vitest';
import { PolicyArgumentError, SIZE_TARGETS } from '../../src/index.js';
import { createPolicy } from '../../src/policy/policy.js';
import type { Statement } from '../../src/model/policy-document.js';
import { planRole } from '../../src/optimize/index.js';

const statements: Statement[] = Array.from({ length: 300 }, (_, i) => ({ Effect: 'Allow', Action: ['s3:GetObject'], Resource: [`arn:aws:s3:::bucket-${i}/*`] }));

describe('planRole options from plain JavaScript', () => {
  it('inlineUsed: -5000 is refused (it planned a 15,180-character inline policy as fitting; IAM takes 10,240 for all inline policies of a role)', () => {
    expect(() => planRole(statements, { inlineUsed: -5000 })).toThrow(PolicyArgumentError);
    for (const bad of [NaN, Infinity, 2.5, '100', null]) expect(() => planRole(statements, { inlineUsed: bad as number }), String(bad)).toThrow(/inlineUsed must be a whole number/);
    const ok = planRole(statements, { inlineUsed: 9000 });
    expect(ok.inline === undefined || ok.inline.size('inline-role').length <= SIZE_TARGETS['inline-role'].limit - 9000).toBe(true);
    expect(planRole(statements, { inlineUsed: 20_000 }).inline).toBeUndefined();
  });

  it('maxManagedPolicies must be a whole number 0 or more, or Infinity (NaN reported maxManagedPolicies NaN)', () => {
    for (const bad of [NaN, -1, 2.5, '10']) expect(() => planRole(statements, { maxManagedPolicies: bad as number }), String(bad)).toThrow(/maxManagedPolicies must be a whole number/);
    expect(planRole(statements, { maxManagedPolicies: Infinity }).withinQuota).toBe(true);
    expect(planRole(statements, { maxManagedPolicies: 0 }).withinQuota).toBe(false);
  });

  it('minimize must be true, false or the options of minimize (null was a TypeError from inside minimize)', () => {
    for (const bad of [null, 'yes', 1, ['merge']]) {
      expect(() => planRole(statements, { minimize: bad as never }), String(bad)).toThrow(PolicyArgumentError);
      expect(() => planRole(statements, { minimize: bad as never }), String(bad)).toThrow(/^Option minimize must be true, false or the options of minimize/);
    }
    const merged = planRole(statements, { minimize: {} });
    expect(merged.withinQuota).toBe(true);
    expect(planRole(statements, { minimize: true }).managed.length).toBe(merged.managed.length);
    // useInline: 'no' read as true (anything but false)
    expect(() => planRole(statements, { useInline: 'no' as never })).toThrow(/^Option useInline must be true or false/);
  });

  it('a permissions boundary or SCP is refused: its Allow * became an inline identity policy granting *', () => {
    const doc = { Version: '2012-10-17' as const, Statement: [{ Effect: 'Allow' as const, Action: ['*'], Resource: ['*'] }] };
    for (const kind of ['boundary', 'scp', 'session'] as const) expect(() => planRole(createPolicy(kind, doc)), kind).toThrow(/not an? (boundary|scp|session) policy/);
    expect(planRole(createPolicy('identity', doc)).inline?.kind).toBe('identity');
  });
});
