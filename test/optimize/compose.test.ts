import { describe, expect, it } from 'vitest';
import { allow, deny, policy, principal, PolicyArgumentError, PolicyValidationError } from '../../src/index.js';
import { createPolicy } from '../../src/policy/policy.js';
import { combine, override } from '../../src/optimize/index.js';

const read = allow('s3:GetObject').on('arn:aws:s3:::b/*').sid('Read');
const write = allow('s3:PutObject').on('arn:aws:s3:::b/*').sid('Write');
const noSid = deny('s3:DeleteBucket').on('*');

describe('combine (Terraform source_policy_documents)', () => {
  it('keeps every statement of every policy, in order', () => {
    const c = combine(policy.identity(read, noSid), policy.identity(write, noSid));
    expect(c.statements.map((s) => s.Sid ?? '-')).toEqual(['Read', '-', 'Write', '-']);
    expect(c.kind).toBe('identity');
  });

  it('rejects two statements with the same non-empty Sid, naming both', () => {
    const other = allow('sqs:SendMessage').on('*').sid('Read');
    let error: unknown;
    try {
      combine(policy.identity(read), policy.identity(write), policy.identity(other));
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(PolicyValidationError);
    const issue = (error as PolicyValidationError).issues[0];
    expect(issue.code).toBe('INVALID_SID');
    expect(issue.path).toBe('policies[2].Statement[0].Sid');
    expect(issue.message).toContain('policies[0].Statement[0]');
    expect(issue.message).toContain('override()');
  });

  it('takes Id and default target from the first policy and checks the kind', () => {
    const a = createPolicy('identity', { Version: '2012-10-17', Id: 'first', Statement: [read.toStatement()] }, 'inline-role');
    const c = combine(a, policy.identity(write));
    expect(c.document.Id).toBe('first');
    expect(c.defaultTarget).toBe('inline-role');
    const trust = policy.trust(allow('sts:AssumeRole').by(principal.service('ec2.amazonaws.com')));
    // a trust policy's statements do not go into an identity policy
    expect(() => combine(policy.identity(read), trust)).toThrow(PolicyArgumentError);
  });

  it('refuses to mix policy language versions', () => {
    const old = createPolicy('identity', { Version: '2008-10-17', Statement: [write.toStatement()] });
    expect(() => combine(policy.identity(read), old)).toThrow(/Version/);
  });
});

describe('override (Terraform override_policy_documents)', () => {
  it('replaces statements with the same Sid in place and appends the rest', () => {
    const base = policy.identity(allow('s3:*').on('*').sid('S3'), allow('sqs:*').on('*').sid('Sqs'), noSid);
    const o = override(base, policy.identity(allow('s3:GetObject').on('arn:aws:s3:::b/*').sid('S3'), allow('sns:Publish').on('*').sid('Sns'), noSid));
    expect(o.statements.map((s) => [s.Sid ?? '-', s.Action?.[0]])).toEqual([
      ['S3', 's3:GetObject'],
      ['Sqs', 'sqs:*'],
      ['-', 's3:DeleteBucket'],
      ['Sns', 'sns:Publish'],
      ['-', 's3:DeleteBucket'],
    ]);
  });

  it('lets later overrides win over earlier ones, including statements an override added', () => {
    const base = policy.identity(read);
    const o = override(
      base,
      policy.identity(allow('sns:Publish').on('*').sid('Extra')),
      policy.identity(allow('s3:GetObjectAcl').on('*').sid('Read'), allow('sns:Subscribe').on('*').sid('Extra')),
    );
    expect(o.statements.map((s) => [s.Sid, s.Action?.[0]])).toEqual([
      ['Read', 's3:GetObjectAcl'],
      ['Extra', 'sns:Subscribe'],
    ]);
  });

  it('with no overrides returns an equal policy', () => {
    const base = policy.identity(read, write);
    expect(override(base).toJSON()).toEqual(base.toJSON());
  });
});

describe('combine and override take policies of one kind', () => {
  // IAM User Guide, "Policy evaluation logic": an identity policy's Allow grants, while a permissions
  // boundary's or an SCP's Allow only sets the most that can be granted. Composing across kinds
  // would give the result the first kind and change what the other's statements do.
  const id = policy.identity(allow('s3:GetObject').on('*').sid('Read'));
  const boundary = policy.boundary(allow('s3:*').on('*').sid('Cap'));
  const scp = createPolicy('scp', { Version: '2012-10-17', Statement: [{ Sid: 'All', Effect: 'Allow', Action: ['*'], Resource: ['*'] }] });
  const caught = (f: () => unknown) => {
    try {
      f();
    } catch (e) {
      return e;
    }
    throw new Error('expected an error');
  };
  it.each([
    ['combine(boundary, identity)', () => combine(boundary, id), 'policies[1]'],
    ['combine(scp, identity)', () => combine(scp, id), 'policies[1]'],
    ['override(identity, scp)', () => override(id, scp), 'policies[1]'],
    ['combine(identity, identity, boundary)', () => combine(id, id, boundary), 'policies[2]'],
  ])('%s is a PolicyArgumentError naming the policy', (_name, f, argument) => {
    const e = caught(f);
    expect(e).toBeInstanceOf(PolicyArgumentError);
    expect((e as PolicyArgumentError).argument).toBe(argument);
  });
  it('the message says why', () => {
    expect((caught(() => override(id, scp)) as Error).message).toBe(
      'An identity policy cannot be composed with an scp policy: the result would be an identity policy holding statements written for an scp policy, which grant there. Compose policies of one kind.',
    );
  });
});
