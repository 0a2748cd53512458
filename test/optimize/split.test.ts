import { describe, expect, it } from 'vitest';
import { allow, policy, principal, PolicyQuotaError, PolicySizeError, SIZE_TARGETS } from '../../src/index.js';
import { evaluate } from '../../src/evaluate/index.js';
import type { SizeTarget } from '../../src/emit/size-targets.js';
import type { Statement } from '../../src/model/policy-document.js';
import { createPolicy, type StatementSource } from '../../src/policy/policy.js';
import { fit, minimize, planRole, split } from '../../src/optimize/index.js';
import { expandActions } from '../../src/catalog/index.js';

const identity = (statements: Statement[]) => createPolicy('identity', { Version: '2012-10-17', Statement: statements });

/** Statements like those CDK adds to a role: actions on one bucket, one tag condition each. */
function cdkStatements(n: number, conditions = 1, arnLength = 0): StatementSource[] {
  return Array.from({ length: n }, (_, i) => {
    let s = allow.unchecked('s3:GetObject', 's3:PutObject', 's3:DeleteObject').on(
      `arn:aws:s3:::app-bucket-${i}${'x'.repeat(arnLength)}/*` as `arn:${string}`,
    );
    for (let c = 0; c < conditions; c++)
      s = s.whenUnchecked(['StringEquals', 'StringLike', 'StringNotLike'][c % 3]!, `aws:ResourceTag/Project${c}`, `project-${i}-${c}`);
    return s;
  });
}

describe('split', () => {
  it('returns the policy itself when it fits', () => {
    const p = policy.identity(allow('s3:GetObject').on('*'));
    expect(split(p, 'managed')).toEqual([p]);
  });

  it('splits into parts that each fit, keeping order and every statement', () => {
    const p = identity(cdkStatements(200).map((s) => s.toStatement()));
    expect(p.size('managed').fits).toBe(false);
    const parts = split(p, 'managed');
    expect(parts.length).toBeGreaterThan(1);
    for (const part of parts) {
      expect(part.size('managed').fits).toBe(true);
      expect(part.kind).toBe('identity');
      expect(() => part.toString({ target: 'managed' })).not.toThrow();
    }
    expect(parts.flatMap((x) => x.statements)).toEqual(p.statements);
  });

  it('fills parts close to the limit (exact counting, no safety margin)', () => {
    const p = identity(cdkStatements(300).map((s) => s.toStatement()));
    const parts = split(p, 'managed');
    const statementLength = JSON.stringify(p.toJSON().Statement[0]).length;
    for (const part of parts.slice(0, -1)) expect(part.size('managed').headroom).toBeLessThanOrEqual(statementLength + 1);
  });

  it('is deterministic', () => {
    const p = identity(cdkStatements(120).map((s) => s.toStatement()));
    expect(split(p, 'managed').map((x) => x.toString())).toEqual(split(p, 'managed').map((x) => x.toString()));
  });

  it('gives repeated Sids a number so Sids are unique across parts', () => {
    const statements = cdkStatements(100).map((s, i) => ({ ...s.toStatement(), Sid: i % 2 === 0 ? 'Data' : `S${i}` }));
    const parts = split(identity(statements), 'managed');
    const sids = parts.flatMap((p) => p.statements.map((s) => s.Sid));
    expect(new Set(sids).size).toBe(sids.length);
    expect(sids.slice(0, 3)).toEqual(['Data', 'S1', 'Data2']);
  });

  it('counts bytes for byte targets', () => {
    const statements = Array.from({ length: 60 }, (_, i): Statement => ({
      Effect: 'Allow',
      Action: ['s3:GetObject'],
      Resource: [`arn:aws:s3:::bücket-é-${i}/${'ü'.repeat(40)}`],
    }));
    const target: SizeTarget = { name: 'sqs-queue', limit: 1500, unit: 'bytes', whitespaceCounts: true, aggregate: false };
    const parts = split(identity(statements), target);
    for (const part of parts) expect(part.size(target).fits).toBe(true);
    // counted in characters the parts would look smaller than they are
    expect(parts.some((p) => p.size({ ...target, unit: 'characters' }).length < p.size(target).length - 40)).toBe(true);
  });

  it('names a statement that cannot be divided small enough (NotResource lists are never divided)', () => {
    const huge: Statement = {
      Sid: 'Huge',
      Effect: 'Deny',
      Action: ['s3:GetObject'],
      NotResource: Array.from({ length: 400 }, (_, i) => `arn:aws:s3:::bucket-${i}/*`),
    };
    const p = identity([{ Effect: 'Allow', Action: ['s3:ListBucket'], Resource: ['*'] }, huge]);
    expect(() => split(p, 'managed')).toThrow(PolicySizeError);
    expect(() => split(p, 'managed')).toThrow(/Statement\[1\] \(Sid "Huge"\)/);
    const { Sid: _sid, ...noSid } = huge;
    expect(() => split(identity([noSid]), 'managed')).toThrow(/Statement\[0\]/);
  });

  it('says how much the smallest piece of an indivisible statement is over, not the whole statement', () => {
    // 400 NotAction entries are kept whole in every piece; the 100 ARNs divide down to one per piece
    const big: Statement = {
      Sid: 'Big',
      Effect: 'Deny',
      NotAction: Array.from({ length: 400 }, (_, i) => `ec2:Action${i}`),
      Resource: Array.from({ length: 100 }, (_, i) => `arn:aws:s3:::bucket-${i}/*`),
    };
    const piece = identity([{ ...big, Sid: 'Big1', Resource: ['arn:aws:s3:::bucket-10/*'] }]).size('managed');
    expect(piece.over).toBe(267);
    let error: PolicySizeError | undefined;
    try {
      split(identity([big]), 'managed');
    } catch (e) {
      error = e as PolicySizeError;
    }
    expect(error).toBeInstanceOf(PolicySizeError);
    // shortening the NotAction list by 267 characters makes it fit; the whole statement is 2,931 over
    expect(error!.over).toBe(piece.over);
    expect(error!.length).toBe(piece.length);
    expect(error!.message).toContain('smallest piece of Statement[0] (Sid "Big")');
  });

  it('refuses kinds that cannot be attached more than once', () => {
    const statements = Array.from({ length: 60 }, (_, i) =>
      allow('sts:AssumeRole').by(principal.aws(`arn:aws:iam::111122223333:role/role-number-${i}`)),
    );
    const trust = createPolicy('trust', { Version: '2012-10-17', Statement: statements.map((s) => s.toStatement()) });
    expect(() => split(trust, 'trust')).toThrow(/trust policy cannot be split/);
    // the article by sound, from the kind's name (was: "A endpoint policy cannot be split")
    const endpoint = policy.endpoint(allow('s3:GetObject').on('*').by(principal.anyone()));
    expect(() => split(endpoint, { ...SIZE_TARGETS['vpc-endpoint'], limit: 20 })).toThrow(/\. An endpoint policy cannot be split into several policies: /);
  });

  it('refuses aggregate targets when more than one part is needed', () => {
    const p = identity(cdkStatements(200).map((s) => s.toStatement()));
    expect(() => split(p, 'inline-role')).toThrow(/planRole/);
  });

  it('splits SCPs (several SCPs on one node act as their union)', () => {
    const scp = createPolicy('scp', {
      Version: '2012-10-17',
      Statement: Array.from({ length: 80 }, (_, i): Statement => ({
        Effect: 'Deny',
        Action: ['ec2:RunInstances'],
        Resource: ['*'],
        Condition: { StringNotEquals: { 'aws:RequestedRegion': [`region-${i}-${'x'.repeat(30)}`] } },
      })),
    });
    const parts = split(scp, 'scp');
    expect(parts.length).toBeGreaterThan(1);
    for (const part of parts) expect(part.size('scp').fits).toBe(true);
  });
});

describe('planRole: regression table of CDK cases', () => {
  // CDK splits by an estimate; on this machine 200 conditioned statements on a Role gave an inline
  // policy of 10,683 characters and managed policies of 6,338 to 6,446 characters, all over the
  // limits, without a warning. Every row here must come out within 10,240 / 6,144 exactly.
  const rows: { name: string; conditions: number; arnLength: number; count: number; withinQuota: boolean }[] = [
    { name: '200 statements, one condition each (the CDK report)', count: 200, conditions: 1, arnLength: 0, withinQuota: true },
    { name: '200 statements, three conditions each', count: 200, conditions: 3, arnLength: 0, withinQuota: true },
    { name: '200 statements, long ARNs: needs more than 10 managed policies', count: 200, conditions: 2, arnLength: 300, withinQuota: false },
    { name: '40 statements, one condition each: inline only', count: 40, conditions: 1, arnLength: 0, withinQuota: true },
  ];

  for (const row of rows) {
    it(row.name, () => {
      const statements = cdkStatements(row.count, row.conditions, row.arnLength);
      const plan = planRole(statements);
      expect(plan.inline).toBeDefined();
      expect(plan.inline!.size('inline-role').fits).toBe(true);
      expect(plan.inlineSize!.fits).toBe(true);
      for (const m of plan.managed) expect(m.size('managed').fits).toBe(true);
      expect(plan.managedSizes.every((r) => r.fits)).toBe(true);
      const all = [plan.inline!, ...plan.managed];
      expect(all.flatMap((p) => p.statements)).toEqual(statements.map((s) => s.toStatement()));
      expect(plan.withinQuota).toBe(row.withinQuota);
      if (!row.withinQuota) expect(plan.problem).toMatch(/managed policies, more than the 10 allowed/);
      // the union decides like one policy holding every statement
      const whole = identity(statements.map((s) => s.toStatement()));
      for (const i of [0, Math.floor(row.count / 3), row.count - 1]) {
        for (const tag of [`project-${i}-0`, 'other']) {
          const r = {
            principal: 'arn:aws:sts::111122223333:assumed-role/App/s',
            action: 's3:PutObject',
            resource: `arn:aws:s3:::app-bucket-${i}${'x'.repeat(row.arnLength)}/k`,
            context: { 'aws:ResourceTag/Project0': tag },
          };
          expect(evaluate({ identity: all }, r).decision).toBe(evaluate({ identity: whole }, r).decision);
        }
      }
    });
  }

  it('puts a statement too large for a managed policy into the inline policy', () => {
    const big: Statement = { Effect: 'Allow', Action: ['s3:GetObject'], Resource: Array.from({ length: 230 }, (_, i) => `arn:aws:s3:::bucket-${i}/*`) };
    const small = cdkStatements(3).map((s) => s.toStatement());
    expect(identity([big]).size('managed').fits).toBe(false);
    const plan = planRole([...small, big]);
    expect(plan.inline!.statements).toContainEqual(big);
    expect(plan.managed).toHaveLength(0);
  });

  it('respects inlineUsed, useInline and maxManagedPolicies', () => {
    const statements = cdkStatements(200);
    const a = planRole(statements, { inlineUsed: 9000 });
    expect(a.inline!.size('inline-role').length).toBeLessThanOrEqual(1240);
    const b = planRole(statements, { useInline: false });
    expect(b.inline).toBeUndefined();
    expect(b.managed.length).toBeGreaterThan(a.managed.length - 1);
    const c = planRole(statements, { useInline: false, maxManagedPolicies: 2 });
    expect(c.withinQuota).toBe(false);
    expect(c.problem).toContain('more than the 2 allowed');
  });

  it('accepts an identity policy and can minimize first', () => {
    const statements = cdkStatements(50).map((s) => s.toStatement());
    const doubled = identity([...statements, ...statements]);
    const plan = planRole(doubled, { minimize: true });
    expect([plan.inline!, ...plan.managed].flatMap((p) => p.statements)).toHaveLength(50);
  });
});

describe('fit', () => {
  it('only minimizes when that is enough', () => {
    const s = cdkStatements(30).map((x) => x.toStatement());
    const r = fit(identity([...s, ...s]), 'managed');
    expect(r.steps.map((x) => x.step)).toEqual(['minimize']);
    expect(r.policies).toHaveLength(1);
    expect(r.before.fits).toBe(false);
    expect(r.after[0]!.fits).toBe(true);
  });

  it('compresses only when allowed and needed, then splits only when still needed', () => {
    const actions = ['ec2:Describe*', 'ec2:Get*', 'ec2:List*'].flatMap((p) => expandActions(p));
    const p = identity([{ Effect: 'Allow', Action: actions, Resource: ['*'] }]);
    expect(p.size('managed').fits).toBe(false);
    // without compression the one statement is divided along its Action list
    expect(fit(p, 'managed').steps.map((x) => x.step)).toEqual(['minimize', 'split']);
    const r = fit(p, 'managed', { compressActions: true });
    expect(r.steps.map((x) => x.step)).toEqual(['minimize', 'compress']);
    expect(r.after[0]!.fits).toBe(true);

    const many = identity(cdkStatements(200).map((x) => x.toStatement()));
    const r2 = fit(many, 'managed', { compressActions: true });
    expect(r2.steps.map((x) => x.step)).toEqual(['minimize', 'compress', 'split']);
    expect(r2.policies.length).toBeGreaterThan(1);
    expect(r2.after.every((x) => x.fits)).toBe(true);
    const last = r2.steps.at(-1)!;
    expect(last.step === 'split' && last.parts).toBe(r2.policies.length);
  });

  it('throws with split: false when minimizing is not enough, saying how much is over and how to fit', () => {
    const many = identity(cdkStatements(200).map((x) => x.toStatement()));
    expect(() => fit(many, 'managed', { split: false })).toThrow(/split: false/);
    const message = (f: () => unknown) => {
      try {
        f();
      } catch (e) {
        return (e as PolicySizeError).message;
      }
      return '';
    };
    // an identity policy: allowing the split, or compressActions (not yet tried), makes it fit
    const m = message(() => fit(many, 'managed', { split: false }));
    expect(m).toMatch(/^Policy is [\d,]+ characters, [\d,]+ over the 6,144-character limit of target 'managed'\./);
    expect(m).toContain('allow splitting');
    expect(m).toContain('compressActions');
    expect(message(() => fit(many, 'managed', { split: false, compressActions: true }))).not.toContain('compressActions (');
    // a trust policy cannot be split: the advice is the trust target's (one policy; a raised quota)
    const trust = createPolicy('trust', {
      Version: '2012-10-17',
      Statement: Array.from({ length: 60 }, (_, i) => allow('sts:AssumeRole').by(principal.aws(`arn:aws:iam::111122223333:role/role-number-${i}`)).toStatement()),
    });
    const t = message(() => fit(trust, 'trust', { split: false }));
    expect(t).toContain('L-C07B4B0D');
    expect(t).not.toContain('allow splitting');
  });

  describe('repeated Sids, as parse reads them', () => {
    // IAM: "the Sid value must be unique within a JSON policy" (identity policies, SCPs, RCPs);
    // resource policies such as S3 bucket policies do not require it (iam-reference, Sid row)
    const sids = (Statement: Statement[]) => ({ Version: '2012-10-17' as const, Statement });
    const twice = (extra: Partial<Statement> = {}): Statement[] => [
      { Sid: 'A', Effect: 'Allow', Action: ['s3:GetObject'], Resource: ['arn:aws:s3:::b/*'], ...extra },
      { Sid: 'A', Effect: 'Allow', Action: ['s3:PutObject'], Resource: ['arn:aws:s3:::b/*'], ...extra },
    ];
    const exactly = (length: number): SizeTarget => ({ name: 'managed', limit: length, unit: 'characters', whitespaceCounts: false, aggregate: false });

    it('fit reports the policies it returns: renaming a repeat past the limit is a split, with its sizes', () => {
      const p = identity(twice());
      const t = exactly(p.size('managed').length);
      const r = fit(p, t);
      expect(r.policies.flatMap((x) => x.statements.map((s) => s.Sid))).toEqual(['A', 'A2']);
      expect(r.after.map((x) => x.length)).toEqual(r.policies.map((x) => x.size(t).length));
      expect(r.after.every((x) => x.fits)).toBe(true);
      expect(r.steps.map((x) => x.step)).toEqual(['minimize', 'split']);
      expect(() => fit(p, t, { split: false })).toThrow(PolicySizeError);
      // with one character more, the renamed policy fits whole
      const one = fit(p, exactly(t.limit + 1));
      expect(one.policies).toHaveLength(1);
      expect(one.after[0]!.length).toBe(t.limit + 1);
    });

    it('a resource policy that fits comes back as it is: its Sids need not be unique', () => {
      const p = createPolicy('resource', sids(twice({ Principal: '*' })));
      const t = exactly(p.size('managed').length);
      expect(split(p, t)).toEqual([p]);
      expect(fit(p, t).policies[0]!.toString()).toBe(p.toString());
    });
  });
});

describe('element-count quotas of the target', () => {
  // Amazon SQS policy quotas: 20 statements, 7 actions per statement (iam-reference §5)
  const QUEUE = 'arn:aws:sqs:us-east-1:111122223333:q';
  const grant = (...Action: string[]): Statement => ({ Effect: 'Allow', Principal: { AWS: ['arn:aws:iam::444455556666:root'] }, Action, Resource: [QUEUE] });
  const queue = (...Statement: Statement[]) => createPolicy('resource', { Version: '2012-10-17', Statement }, 'sqs-queue');
  const four = grant('sqs:SendMessage', 'sqs:ReceiveMessage', 'sqs:DeleteMessage', 'sqs:GetQueueUrl');
  const fourMore = grant('sqs:GetQueueAttributes', 'sqs:ChangeMessageVisibility', 'sqs:PurgeQueue', 'sqs:ListQueueTags');

  it('minimize and fit never merge two statements into one with more actions than the target takes', () => {
    const p = queue(four, fourMore, grant('sqs:SendMessage'));
    const r = fit(p, 'sqs-queue');
    expect(r.policies[0]!.statements.map((s) => s.Action)).toEqual([four.Action, fourMore.Action]);
    expect(() => r.policies[0]!.toString()).not.toThrow();
    expect(minimize(p).statements).toHaveLength(2);
    // the managed-policy target has no such quota: one statement of 8 actions
    expect(minimize(p, { target: 'managed' }).statements).toHaveLength(1);
    // a statement over the quota already still takes its repeats
    const eight = grant(...four.Action!, ...fourMore.Action!);
    expect(minimize(queue(eight, eight)).statements).toEqual([eight]);
  });

  it('fit compresses a statement over the action quota when allowed, else says it cannot fit', () => {
    const p = queue(grant('sqs:SendMessage', 'sqs:DeleteMessage', ...expandActions('sqs:Get*'), ...expandActions('sqs:List*')));
    expect(p.statements[0]!.Action!.length).toBeGreaterThan(7);
    expect(() => fit(p, 'sqs-queue')).toThrow(PolicyQuotaError);
    const r = fit(p, 'sqs-queue', { compressActions: true });
    expect(r.steps.map((x) => x.step)).toEqual(['minimize', 'compress']);
    expect(r.policies[0]!.statements[0]!.Action!.length).toBeLessThanOrEqual(7);
    expect(() => r.policies[0]!.toString()).not.toThrow();
  });
});

describe('split refuses aggregate targets in their own unit', () => {
  it('names the limit in bytes for a byte-counted aggregate target (it said characters)', () => {
    const target: SizeTarget = { name: 'inline-role', limit: 120, unit: 'bytes', whitespaceCounts: false, aggregate: true };
    const p = policy.identity(allow('s3:GetObject').on('arn:aws:s3:::a-bucket-with-a-long-name/*').sid('A'), allow('s3:PutObject').on('arn:aws:s3:::another-bucket-with-a-long-name/*').sid('B'));
    let message = '';
    try {
      split(p, target);
    } catch (e) {
      expect(e).toBeInstanceOf(PolicySizeError);
      message = (e as Error).message;
    }
    expect(message).toContain('(120 bytes)');
    expect(message).not.toContain('120 characters');
  });
});
