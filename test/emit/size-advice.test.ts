/**
 * A PolicySizeError says how to fit, and what helps depends on where the policy lives: a second
 * policy helps only where the entity can hold several (iam-reference §5, IAM and Organizations
 * quotas).
 */
import { describe, expect, it } from 'vitest';
import { fitAdvice } from '../../src/messages.js';
import { allow, deny, parsePolicy, policy, principal, PolicySizeError, SIZE_TARGETS, type Policy, type SizeTargetName } from '../../src/index.js';

const arns = (n: number) => Array.from({ length: n }, (_, i) => `arn:aws:s3:::bucket-number-${i}/*`);

function messageOf(p: Policy, options: Parameters<Policy['toString']>[0] = {}): string {
  try {
    p.toString(options);
  } catch (e) {
    expect(e).toBeInstanceOf(PolicySizeError);
    return (e as PolicySizeError).message;
  }
  throw new Error('expected a PolicySizeError');
}

describe('how to fit, by size target', () => {
  const big = policy.identity(allow('s3:GetObject').on(arns(400)));

  it('managed: several managed policies can be attached, so split', () => {
    // IAM quotas: managed policies per role or user, 10 by default
    expect(messageOf(big)).toMatch(/over the 6,144-character limit of target 'managed'\. Split it into several managed policies with split or fit/);
  });

  it('a permissions boundary is one managed policy: shorten it, do not split', () => {
    // IAM: an entity has at most one permissions boundary
    const m = messageOf(policy.boundary(allow('s3:GetObject').on(arns(400))));
    expect(m).toContain('A permissions boundary is one managed policy: shorten it with minimize');
    expect(m).not.toContain('Split');
  });

  it('inline targets count every inline policy of the entity together', () => {
    // IAM quotas: inline policy size is the sum over the user, group or role
    for (const t of ['inline-user', 'inline-group', 'inline-role'] as const) {
      const m = messageOf(big, { target: t });
      expect(m).toContain(`The limit counts all inline policies of the ${t.slice(7)} together`);
      expect(m).not.toContain('Split');
    }
    expect(messageOf(big, { target: 'inline-role' })).toContain('planRole');
  });

  it('a role has one trust policy: shorten it or raise the adjustable quota', () => {
    // IAM quotas: role trust policy length, adjustable (L-C07B4B0D)
    const trust = policy.trust(allow('sts:AssumeRole').by(Array.from({ length: 80 }, (_, i) => principal.account(String(111122223300 + i)))));
    const m = messageOf(trust);
    expect(m).toContain('A role has one trust policy');
    expect(m).toContain('L-C07B4B0D');
    expect(m).toContain('{ ...SIZE_TARGETS.trust, limit: <your quota> }');
    expect(trust.toString({ target: { ...SIZE_TARGETS.trust, limit: 4096 } })).toContain('sts:AssumeRole');
  });

  it('SCPs and RCPs: several attach to a root, OU or account, so split', () => {
    // Organizations quotas: 10 SCPs per root, OU or account since 15 May 2026 (was 5, doubled with
    // the SCP size quota; docs/size-limits.md), 5 RCPs
    const scp = messageOf(policy.scp(deny('s3:GetObject').on(arns(400))));
    expect(scp).toContain('Split it into several SCPs with split or fit (typed-iam/optimize; 10 attach to a root, OU or account)');
    const rcp = messageOf(policy.rcp(deny('s3:GetObject').by(principal.anyone()).on(arns(200))));
    expect(rcp).toContain('Split it into several RCPs with split or fit (typed-iam/optimize; 5 attach to a root, OU or account)');
  });

  it("the advice's counts are the targets' attachable counts (one table, emit/attachable.ts, for both)", () => {
    // split refuses more parts than SIZE_TARGETS[t].attachable; the advice must name the same number
    for (const t of ['managed', 'scp', 'rcp'] as const) {
      const n = SIZE_TARGETS[t].attachable;
      expect(n, t).toBeGreaterThan(0);
      expect(fitAdvice(t), t).toContain(t === 'managed' ? `a role or user takes ${n} by default` : `; ${n} attach to a root, OU or account`);
    }
  });

  it('a session takes one session policy; a resource has one resource policy', () => {
    // STS AssumeRole: one Policy parameter; a bucket, key, queue, ... has one policy
    const session = messageOf(policy.session(allow('s3:GetObject').on(arns(100))));
    expect(session).toContain('A session takes one session policy: shorten it');
    // STS AssumeRole, PolicyArns: "the plaintext that you use for both inline and managed session
    // policies can't exceed 2,048 characters": the ARNs passed beside the policy count too
    expect(session).toContain('PolicyArns');
    const resource = policy.resource(allow('s3:GetObject').by(principal.anyone()).on(arns(1000)));
    for (const t of ['s3-bucket', 'kms-key', 'sqs-queue', 'sns-topic', 'lambda', 'vpc-endpoint'] satisfies SizeTargetName[]) {
      const m = messageOf(resource, { target: t });
      expect(m, t).toContain('A resource has one resource policy: shorten it');
      expect(m, t).not.toContain('Split');
    }
  });

  it('a target of your own, or one an entity may hold several of, gets the general advice', () => {
    const mine = { name: 'mine' as SizeTargetName, limit: 100, unit: 'characters', whitespaceCounts: false, aggregate: false } as const;
    expect(messageOf(big, { target: mine })).toContain("target 'mine'. Split it into several policies with split or fit");
    expect(messageOf(big, { target: { ...mine, name: 'constructor' as SizeTargetName } })).toContain('Split it into several policies');
    expect(messageOf(big, { target: 'logs-resource-policy' })).toContain('Split it into several policies');
  });

  it('says to send the compact text when only the indentation is over a target that counts whitespace', () => {
    // Organizations counts an SCP as sent (whitespace included) through the CLI and SDKs
    const scp = policy.scp(deny('s3:GetObject').on(arns(265)));
    expect(scp.size().fits).toBe(true);
    const m = messageOf(scp, { pretty: true });
    // numbers grouped by thousands, as in the rest of the message (was "it is 10039 characters")
    expect(scp.size().length).toBeGreaterThan(999);
    expect(m).toContain(`Without indentation it is ${scp.size().length.toLocaleString('en-US')} characters and fits: call toString() without pretty.`);
    expect(m).not.toMatch(/\d{4}/);
    const parsed = parsePolicy(scp.toString({ pretty: true, target: 'iam-api' }), { kind: 'scp' });
    expect(messageOf(parsed, { pretty: true })).toContain('Without indentation it is');
    // over even without indentation: the target's advice
    expect(messageOf(policy.scp(deny('s3:GetObject').on(arns(400))), { pretty: true })).toContain('Split it into several SCPs');
  });

  it('a PolicySizeError made directly names the advice of its target', () => {
    const e = new PolicySizeError({ length: 3000, limit: 2048, target: 'trust', unit: 'characters' });
    expect(e.message).toBe(
      "Policy is 3,000 characters, 952 over the 2,048-character limit of target 'trust'. A role has one trust policy: shorten it with minimize (typed-iam/optimize) or remove statements, or raise the quota (Service Quotas L-C07B4B0D) and pass target: { ...SIZE_TARGETS.trust, limit: <your quota> }.",
    );
    expect(new PolicySizeError({ length: 3000, limit: 2048, target: 'trust', unit: 'characters', detail: 'Mine.' }).message).toMatch(/ Mine\.$/);
  });
});

describe('a parsed policy over its target in source form only', () => {
  // docs/parsing.md: toString() sends the source form; { canonical: true } drops repeated values and
  // writes a single value as a string. When only the source form is over, the error says so.
  const arns = Array.from({ length: 60 }, (_, i) => `arn:aws:s3:::bucket-${i}-${'x'.repeat(40)}/*`);
  const source = JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: ['s3:GetObject'], Resource: [...arns, ...arns] }] });
  const p = parsePolicy(source, { kind: 'identity' });
  it('the error gives the canonical length and how to send it', () => {
    const canonical = p.toString({ canonical: true, target: 'managed' });
    expect(canonical.length).toBeLessThanOrEqual(6144);
    expect(source.length).toBeGreaterThan(6144);
    expect(messageOf(p, { target: 'managed' })).toContain(
      `Written canonically (single values as strings, repeated values dropped) it is ${canonical.length.toLocaleString('en-US')} characters and fits: call toString({ canonical: true }).`,
    );
  });
  it('not when the canonical form is over too, nor for the canonical form itself', () => {
    const big = parsePolicy(JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: ['s3:GetObject'], Resource: [...arns, ...arns.map((a) => `${a}y`)] }] }), { kind: 'identity' });
    expect(messageOf(big, { target: 'managed' })).not.toContain('canonically');
    expect(messageOf(big, { target: 'managed', canonical: true })).not.toContain('canonically');
  });
});

describe('a parsed resource policy over s3-bucket, its kind\'s default target, whose actions are of another service', () => {
  // docs/size-limits.md: a resource policy's default target is s3-bucket (20,480 bytes); a KMS key
  // policy takes 32,768 bytes (AWS KMS quotas, "Key policy document size"), so a valid 25 KB key
  // policy is over only the default. The error names the target of the service its actions are of.
  const statements = (action: string, n: number) =>
    Array.from({ length: n }, (_, i) => ({ Sid: `S${i}`, Effect: 'Allow', Principal: { AWS: `arn:aws:iam::111122223333:role/role-number-${i}-${'x'.repeat(60)}` }, Action: [action], Resource: '*' }));
  const parsed = (st: object[]) => parsePolicy(JSON.stringify({ Version: '2012-10-17', Statement: st }));
  it('a 25 KB KMS key policy: the error names kms-key, where it fits', () => {
    const p = parsed(statements('kms:Decrypt', 150));
    expect(p.defaultTarget).toBe('s3-bucket');
    const length = p.size('kms-key').length;
    expect(messageOf(p)).toContain(
      `Its actions are all kms actions: if it is that resource's policy, its target is 'kms-key' (32,768 bytes), where it is ${length.toLocaleString('en-US')} bytes and fits: pass { target: 'kms-key' } to toString(), or call withTarget('kms-key').`,
    );
    expect(p.withTarget('kms-key').toString()).toHaveLength(length);
  });
  it('not for actions of several services, of S3, or when the other target is too small (sqs-queue: 8,192 bytes)', () => {
    const mixed = parsed([...statements('kms:Decrypt', 100), ...statements('sns:Publish', 50)]);
    expect(messageOf(mixed)).not.toContain('Its actions are all');
    expect(messageOf(parsed(statements('s3:GetObject', 150)))).not.toContain('Its actions are all');
    expect(messageOf(parsed(statements('sqs:SendMessage', 150)))).not.toContain('Its actions are all');
  });
});
