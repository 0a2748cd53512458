/**
 * Commands and flags that take one policy (`fit`, `diff`, `check`, each policy flag of
 * `simulate`) given a directory or glob naming several files: they read the first file only and
 * dropped the rest unseen, which failed open (a Deny SCP ignored: allow, exit 0). And `fit`'s
 * exit codes for a policy that cannot be made to fit because of a quota (it was exit 2, an input
 * error, while `size` gives exit 1 for the same policy).
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureBin, run } from './helpers.js';

const doc = (...Statement: object[]) => JSON.stringify({ Version: '2012-10-17', Statement });
const FULL = doc({ Effect: 'Allow', Action: '*', Resource: '*' });
const DENY_S3 = doc({ Effect: 'Deny', Action: 's3:*', Resource: '*' });
const READ = doc({ Effect: 'Allow', Action: 's3:GetObject', Resource: '*' });
const PASS_ROLE = doc({ Effect: 'Allow', Action: 'iam:PassRole', Resource: '*' });

let dir: string;
const at = (...names: string[]) => join(dir, ...names);

beforeAll(() => {
  ensureBin();
  dir = mkdtempSync(join(tmpdir(), 'typed-iam-single-'));
  mkdirSync(at('scps'));
  writeFileSync(at('scps', 'a-full.json'), FULL);
  writeFileSync(at('scps', 'b-deny.json'), DENY_S3);
  mkdirSync(at('pols'));
  writeFileSync(at('pols', 'a.json'), READ);
  writeFileSync(at('pols', 'b.json'), PASS_ROLE);
  mkdirSync(at('one'));
  writeFileSync(at('one', 'only.json'), DENY_S3);
  writeFileSync(at('admin.json'), FULL);
  writeFileSync(at('read.json'), READ);
  // 3,000 bucket ARNs in one statement: 27 managed policies, more than the 10 a role can have attached
  writeFileSync(at('big.json'), doc({ Effect: 'Allow', Action: 's3:GetObject', Resource: Array.from({ length: 3000 }, (_, i) => `arn:aws:s3:::bucket-number-${i}/some/long/prefix/*`) }));
  // 21 statements that do not merge (each its own principal and condition): SQS takes 20 (iam-reference §5)
  writeFileSync(
    at('queue.json'),
    doc(
      ...Array.from({ length: 21 }, (_, i) => ({
        Effect: 'Allow',
        Principal: { AWS: `arn:aws:iam::123456789012:role/r${i}` },
        Action: 'sqs:SendMessage',
        Resource: 'arn:aws:sqs:us-east-1:123456789012:q',
        Condition: { StringEquals: { 'aws:SourceArn': `arn:aws:sns:us-east-1:123456789012:t${i}` } },
      })),
    ),
  );
}, 600_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

const S3_REQUEST = ['--action', 's3:GetObject', '--resource', 'arn:aws:s3:::b/k'];

describe('a directory or glob naming several files where one policy is taken', () => {
  it('simulate --scp scps/ (FullAWSAccess and a Deny) is a usage error listing both (it allowed, exit 0: the Deny SCP was never read)', () => {
    for (const scp of [at('scps'), join(at('scps'), '*.json')]) {
      const r = run(['simulate', '--policy', at('admin.json'), '--scp', scp, ...S3_REQUEST, '--expect', 'allow']);
      expect(r.code).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toContain('--scp');
      expect(r.stderr).toContain('names 2 files');
      expect(r.stderr).toContain('a-full.json');
      expect(r.stderr).toContain('b-deny.json');
    }
    // the same SCPs given one per flag: the Deny decides
    const each = run(['simulate', '--policy', at('admin.json'), '--scp', at('scps', 'a-full.json'), '--scp', at('scps', 'b-deny.json'), ...S3_REQUEST]);
    expect(each.code).toBe(1);
    expect(each.stdout).toContain('explicit-deny');
  });

  it('simulate --policy with a glob of several identity policies, --json: exit 2 and the error document', () => {
    const r = run(['simulate', '--policy', join(at('pols'), '*.json'), '--action', 'iam:PassRole', '--json']);
    expect(r.code).toBe(2);
    expect(JSON.parse(r.stdout).error.message).toContain('names 2 files');
  });

  it('a directory holding one policy file is still that file', () => {
    const r = run(['simulate', '--policy', at('admin.json'), '--scp', at('one'), ...S3_REQUEST]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('explicit-deny');
  });

  it('check access-not-granted pols/ is a usage error (it passed, exit 0, while pols/b.json grants iam:PassRole)', () => {
    const r = run(['check', 'access-not-granted', '--action', 'iam:PassRole', at('pols')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('names 2 files');
    expect(run(['check', 'access-not-granted', '--action', 'iam:PassRole', at('pols', 'b.json')]).code).toBe(1);
  });

  it('check no-new-access --existing and diff take one file per argument', () => {
    const existing = run(['check', 'no-new-access', '--existing', at('pols'), at('read.json')]);
    expect(existing.code).toBe(2);
    expect(existing.stderr).toContain('--existing');
    // pols/ read as its first file (a.json, the same as read.json): "no access added", exit 0
    const d = run(['diff', at('read.json'), at('pols')]);
    expect(d.code).toBe(2);
    expect(d.stderr).toContain('names 2 files');
  });

  it('fit pols/ is a usage error (it fitted pols/a.json alone, exit 0)', () => {
    const r = run(['fit', at('pols')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('names 2 files');
  });
});

describe('fit: a policy that a quota keeps from fitting is exit 1, as documented', () => {
  it('more parts than can be attached: exit 1 (was 2) and --max-parts for a raised quota', () => {
    const r = run(['fit', at('big.json')]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('27 policies');
    expect(r.stderr).toContain('--max-parts');
    const raised = run(['fit', at('big.json'), '--max-parts', '30', '--compact']);
    expect(raised.code).toBe(0);
    expect(JSON.parse(raised.stdout)).toHaveLength(27);
    for (const bad of ['0', '-1', '2.5', 'ten', ''])
      expect(run(['fit', at('big.json'), `--max-parts=${bad}`]).code, bad).toBe(2);
  });

  it('an SQS queue policy of 21 statements: exit 1 as size gives (was 2)', () => {
    expect(run(['size', '--target', 'sqs-queue', at('queue.json')]).code).toBe(1);
    const r = run(['fit', '--target', 'sqs-queue', at('queue.json')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('21 statements');
  });
});

describe('size --json lists an input it could not measure (it was left out: size --json bad.json printed [])', () => {
  it('not JSON, not UTF-8, not a policy: a row with fits false and the error, beside the measured rows', () => {
    writeFileSync(at('bad.json'), '{"Version":"2012-10-17","Statement":[}');
    writeFileSync(at('latin.json'), Buffer.from('{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:GetObject","Resource":"arn:aws:s3:::caf\xe9"}]}', 'latin1'));
    writeFileSync(at('empty.json'), '{}');
    const r = run(['size', '--json', at('read.json'), at('bad.json'), at('latin.json'), at('empty.json')]);
    expect(r.code).toBe(2);
    const rows = JSON.parse(r.stdout) as { file: string; fits: boolean; error?: { code: string; line?: number } }[];
    expect(rows.map((x) => [x.file.slice(dir.length + 1), x.fits, x.error?.code])).toEqual([
      ['read.json', true, undefined],
      ['bad.json', false, 'JSON_SYNTAX'],
      ['latin.json', false, 'INVALID_ENCODING'],
      ['empty.json', false, 'MISSING_ELEMENT'],
    ]);
    expect(rows[1]!.error!.line).toBe(1);
    // every input unreadable: still one row each, never an empty array that "all fit"
    const alone = run(['size', '--json', at('bad.json')]);
    expect(alone.code).toBe(2);
    expect(JSON.parse(alone.stdout)).toEqual([expect.objectContaining({ fits: false })]);
    // text output unchanged: the measured row on stdout, the error on stderr
    const text = run(['size', at('read.json'), at('bad.json')]);
    expect(text.stdout.trim().split('\n')).toHaveLength(1);
    expect(text.stderr).toContain('JSON_SYNTAX');
  });
});

describe('simulate and check refuse a request entry that names nothing AWS has (a typo made --expect deny and access-not-granted pass)', () => {
  // read as typed-iam/lint reads them in a policy: the catalog's actions and condition keys, the ARN rules
  it('simulate --expect deny on s3:GetObjekt, aws:SecureTransprt or arn:aws:s3::docs is a usage error naming lint\'s finding (it passed: exit 0)', () => {
    for (const [extra, says] of [
      [['--action', 's3:GetObjekt'], 'Did you mean "s3:GetObject"'],
      [['--action', 's3:GetObject', '--context', 'aws:SecureTransprt=false'], 'aws:SecureTransport'],
      [['--action', 's3:GetObject', '--resource', 'arn:aws:s3::docs'], 'is not an ARN'],
    ] as const) {
      const r = run(['simulate', '--policy', at('read.json'), ...extra, '--expect', 'deny']);
      expect(r.code, extra.join(' ')).toBe(2);
      expect(r.stderr).toContain('names nothing AWS has');
      expect(r.stderr).toContain(says);
    }
    // the same requests spelt right decide as before
    expect(run(['simulate', '--policy', at('read.json'), '--action', 's3:PutObject', '--expect', 'deny']).code).toBe(0);
    expect(run(['simulate', '--policy', at('read.json'), '--action', 's3:GetObject', '--context', 'aws:SecureTransport=false', '--resource', 'arn:aws:s3:::docs/a']).code).toBe(0);
  });

  it('--uncataloged takes an action or key newer than the catalog as written', () => {
    const r = run(['simulate', '--policy', at('admin.json'), '--action', 's3:BrandNewAction', '--context', 's3:brand-new-key=x', '--uncataloged', 's3:BrandNewAction', '--uncataloged', 'S3:Brand-New-Key']);
    expect(r.code).toBe(0);
    expect(run(['simulate', '--policy', at('admin.json'), '--action', 's3:BrandNewAction']).stderr).toContain('--uncataloged "s3:BrandNewAction"');
  });

  it('context keys in two cases are still evaluate\'s error, not a lint finding on the probe', () => {
    const r = run(['simulate', '--policy', at('read.json'), '--action', 's3:GetObject', '--context', 'aws:username=a', '--context', 'AWS:username=b']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('differ only in case');
  });

  it('check access-not-granted --action s3:GetObjekt is a usage error (it passed on a policy granting s3:GetObject)', () => {
    const r = run(['check', 'access-not-granted', '--action', 's3:GetObjekt', at('read.json')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('Did you mean "s3:GetObject"');
    expect(run(['check', 'access-not-granted', '--action', 's3:GetObject', '--resource', 'arn:aws:s3:::docs', at('read.json')]).code).toBe(1);
    expect(run(['check', 'access-not-granted', '--action', 's3:GetObject', '--resource', 'arn:aws:s3::docs', at('read.json')]).code).toBe(2);
    expect(run(['check', 'access-not-granted', '--action', 's3:BrandNewAction', '--uncataloged', 's3:BrandNewAction', at('read.json')]).code).toBe(0);
  });
});
