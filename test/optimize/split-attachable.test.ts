/**
 * `split` refuses to return more parts than one entity can have attached: IAM quotas, "Managed
 * policies per role" / "per user": 10 by default (adjustable); Organizations quotas: SCPs attached
 * to a root, OU or account 10 since 15 May 2026 (5 before), RCPs 5 (iam-reference §5), one of
 * them taken by the policy that stays attached (RCPFullAWSAccess; FullAWSAccess beside SCPs that
 * only deny). Parts that cannot all be attached do not decide like the original.
 */
import { describe, expect, it } from 'vitest';
import { PolicyQuotaError, SIZE_TARGETS } from '../../src/index.js';
import type { SizeTarget } from '../../src/emit/size-targets.js';
import type { Statement } from '../../src/model/policy-document.js';
import { createPolicy } from '../../src/policy/policy.js';
import { fit, split } from '../../src/optimize/index.js';

const statement = (i: number, effect: 'Allow' | 'Deny'): Statement => ({
  Sid: `S${i}`,
  Effect: effect,
  Action: ['s3:GetObject', 's3:PutObject'],
  Resource: [`arn:aws:s3:::bucket-${i}-${'x'.repeat(150)}/*`],
  Condition: { StringEquals: { 'aws:ResourceTag/Project': [`project-${i}`] } },
});
const make = (kind: 'identity' | 'scp' | 'rcp', n: number) =>
  createPolicy(kind, {
    Version: '2012-10-17',
    Statement: Array.from({ length: n }, (_, i) => (kind === 'identity' ? statement(i, 'Allow') : kind === 'scp' ? statement(i, 'Deny') : { ...statement(i, 'Deny'), Principal: '*' as const })),
  });
const excessOf = (f: () => unknown) => {
  try {
    f();
  } catch (e) {
    if (e instanceof PolicyQuotaError) return e;
    throw e;
  }
  throw new Error('expected a PolicyQuotaError');
};

describe('split: more parts than can be attached', () => {
  it('managed: more than the 10 policies a role or user can have attached is a PolicyQuotaError with the numbers', () => {
    const p = make('identity', 300);
    const n = split(p, 'managed', { maxParts: Infinity }).length;
    expect(n).toBeGreaterThan(10);
    const e = excessOf(() => split(p, 'managed'));
    expect(e.code).toBe('QUOTA');
    expect(e.excesses).toEqual([{ quota: 'attachedPolicies', count: n, limit: 10, path: '' }]);
    expect(e.message).toContain(`${n} policies of target 'managed', ${n - 10} more than the 10`);
    expect(e.message).toContain('maxParts');
    // a raised quota (roles and users: up to 20) is passed as maxParts
    expect(split(p, 'managed', { maxParts: 20 })).toHaveLength(n);
  });

  it('scp: 10 per root, OU or account; rcp: 5; each less the one policy that stays attached beside the parts', () => {
    // Organizations User Guide, "RCP evaluation": RCPFullAWSAccess is attached to every root, OU and
    // account and "You cannot detach this policy"; DetachPolicy: "Every root, OU, and account must have
    // at least one SCP attached", and beside SCPs that only deny that is one that allows (FullAWSAccess)
    expect(SIZE_TARGETS.scp.attachable).toBe(10);
    expect(SIZE_TARGETS.rcp.attachable).toBe(5);
    expect(SIZE_TARGETS.managed.attachable).toBe(10);
    const scps = make('scp', 600);
    const n = split(scps, 'scp', { maxParts: Infinity }).length;
    expect(n).toBeGreaterThan(10);
    const e = excessOf(() => split(scps, 'scp'));
    expect(e.excesses).toEqual([{ quota: 'attachedPolicies', count: n, limit: 9, path: '', kept: 'FullAWSAccess' }]);
    expect(e.message).toContain(`${n - 9} more than the 9 one entity can have attached beside FullAWSAccess, which stays attached`);
    const rcps = make('rcp', 150);
    const m = split(rcps, 'rcp', { maxParts: Infinity }).length;
    expect(m).toBeGreaterThan(5);
    expect(excessOf(() => split(rcps, 'rcp')).excesses[0]).toMatchObject({ count: m, limit: 4, kept: 'RCPFullAWSAccess' });
    expect(split(make('rcp', 20), 'rcp').length).toBeLessThanOrEqual(4);
  });

  it('a Deny-only SCP of exactly 10 parts is refused (FullAWSAccess makes 11); with an Allow its parts replace FullAWSAccess', () => {
    // the fewest Deny statements that make 10 parts
    let lo = 1;
    let hi = 600;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (split(make('scp', mid), 'scp', { maxParts: Infinity }).length >= 10) hi = mid;
      else lo = mid + 1;
    }
    const denyOnly = make('scp', lo);
    expect(split(denyOnly, 'scp', { maxParts: Infinity })).toHaveLength(10);
    expect(excessOf(() => split(denyOnly, 'scp')).excesses[0]).toMatchObject({ count: 10, limit: 9, kept: 'FullAWSAccess' });
    // an allow list: the parts that allow are the node's SCPs that allow, so all 10 places are theirs
    const allowList = createPolicy('scp', { Version: '2012-10-17', Statement: [...denyOnly.document.Statement.slice(1), { ...denyOnly.document.Statement[0]!, Effect: 'Allow' }] });
    expect(split(allowList, 'scp')).toHaveLength(10);
    // maxParts given: the caller's number, nothing taken off
    expect(split(denyOnly, 'scp', { maxParts: 10 })).toHaveLength(10);
  });

  it('fit says so too, and takes maxParts', () => {
    const p = make('identity', 300);
    expect(excessOf(() => fit(p, 'managed')).excesses[0]).toMatchObject({ quota: 'attachedPolicies', limit: 10 });
    expect(fit(p, 'managed', { maxParts: 20 }).policies.length).toBeGreaterThan(10);
  });

  it('a target of your own without attachable sets no limit', () => {
    const mine: SizeTarget = { name: 'managed', limit: 1500, unit: 'characters', whitespaceCounts: false, aggregate: false };
    expect(split(make('identity', 300), mine).length).toBeGreaterThan(10);
  });
});
