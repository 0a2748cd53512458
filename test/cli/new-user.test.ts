/**
 * `simulate` with identity policies and no --principal evaluates as the caller holding them (as
 * `aws iam simulate-custom-policy` does: "the policies ... are treated as if attached to the
 * caller"), and a trust policy is inferred as one.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureBin, run } from './helpers.js';
import { parsePolicy } from '../../src/index.js';

const doc = (...statements: object[]) => JSON.stringify({ Version: '2012-10-17', Statement: statements });
let dir: string;
const at = (name: string) => join(dir, name);

beforeAll(() => {
  ensureBin();
  dir = mkdtempSync(join(tmpdir(), 'typed-iam-new-user-'));
  writeFileSync(at('allow-s3.json'), doc({ Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::b/*' }));
  writeFileSync(
    at('trust.json'),
    doc({ Effect: 'Allow', Principal: { Service: 'lambda.amazonaws.com' }, Action: ['sts:AssumeRole', 'sts:TagSession'] }),
  );
  writeFileSync(at('bucket.json'), doc({ Effect: 'Allow', Principal: '*', Action: 's3:GetObject', Resource: 'arn:aws:s3:::b/*' }));
}, 600_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('simulate without --principal', () => {
  it('evaluates identity policies as their holder (same account) and says so', () => {
    const r = run(['simulate', '--policy', at('allow-s3.json'), '--action', 's3:GetObject', '--resource', 'arn:aws:s3:::b/k']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('decision: allow');
    expect(r.stdout).toMatch(/caller: arn:aws:iam::123456789012:role\/simulated-caller \(no --principal: a same-account role/);
  });

  it('still denies what the policies do not allow', () => {
    const r = run(['simulate', '--policy', at('allow-s3.json'), '--action', 's3:PutObject', '--resource', 'arn:aws:s3:::b/k']);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('implicit-deny');
  });

  it('takes the account from --resource-account or the resource ARN, and reports the caller in --json', () => {
    const r = run(['simulate', '--policy', at('allow-s3.json'), '--action', 's3:GetObject', '--resource', 'arn:aws:s3:::b/k', '--resource-account', '111122223333', '--json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ decision: 'allow', caller: 'arn:aws:iam::111122223333:role/simulated-caller' });
  });

  it('refuses an account that is no 12-digit id (exit 2), as evaluate refuses it', () => {
    for (const flag of ['--principal-account', '--resource-account']) {
      const r = run(['simulate', '--policy', at('allow-s3.json'), '--action', 's3:GetObject', '--resource', 'arn:aws:s3:::b/k', flag, 'abc']);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain('must be a 12-digit account id');
    }
  });

  it('a request with only a resource policy stays anonymous', () => {
    const r = run(['simulate', '--resource-policy', at('bucket.json'), '--action', 's3:GetObject', '--resource', 'arn:aws:s3:::b/k']);
    expect(r.stdout).not.toContain('caller:');
  });
});

describe('kind inference', () => {
  it('a file whose statements all have a Principal and only sts:AssumeRole*/TagSession/SetSourceIdentity is a trust policy', () => {
    const r = run(['size', at('trust.json')]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('trust');
    expect(r.stdout).toContain('(kind trust, inferred)');
    expect(r.stdout).not.toContain('s3-bucket');
  });

  it('a bucket policy stays a resource policy', () => {
    expect(run(['size', at('bucket.json')]).stdout).toContain('(kind resource, inferred)');
  });

  it('parsePolicy infers the same kinds', () => {
    const trust = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { Federated: 'arn:aws:iam::111122223333:oidc-provider/token.actions.githubusercontent.com' }, Action: 'sts:AssumeRoleWithWebIdentity' }] };
    expect(parsePolicy(trust).kind).toBe('trust');
    expect(parsePolicy({ ...trust, Statement: [{ ...trust.Statement[0], Action: ['sts:AssumeRole', 'sts:SetSourceIdentity'] }] }).kind).toBe('trust');
    // one statement without a Principal, or another action: not a trust policy
    expect(parsePolicy({ ...trust, Statement: [...trust.Statement, { Effect: 'Allow', Principal: '*', Action: 's3:GetObject', Resource: '*' }] }).kind).toBe('resource');
    expect(parsePolicy({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 'sts:AssumeRole', Resource: '*' }] }).kind).toBe('identity');
  });
});
