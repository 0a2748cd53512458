/** `typed-iam diff` and `typed-iam check` as a subprocess: exit codes 0/1/2, --json, --sarif. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { evaluate } from '../../src/evaluate/index.js';
import { ensureBin, run } from './helpers.js';

const doc = (...Statement: object[]) => ({ Version: '2012-10-17', Statement });
const READ = doc({ Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::docs/*' });
const READ_WRITE = doc({ Effect: 'Allow', Action: ['s3:PutObject', 's3:GetObject'], Resource: 'arn:aws:s3:::docs/*' });
const READ_SPLIT = doc(
  { Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::docs/a*' },
  { Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::docs/*' },
);
const READ_GET_PUT = doc({ Effect: 'Allow', Action: ['s3:Get*', 's3:Put*'], Resource: 'arn:aws:s3:::docs/*' });
const BUCKET_PUBLIC = doc({ Effect: 'Allow', Principal: '*', Action: 's3:GetObject', Resource: 'arn:aws:s3:::b/*' });
const BUCKET_ORG = doc({
  Effect: 'Allow',
  Principal: '*',
  Action: 's3:GetObject',
  Resource: 'arn:aws:s3:::b/*',
  Condition: { StringEquals: { 'aws:PrincipalOrgID': 'o-abc123' } },
});

let dir: string;
const at = (f: string) => join(dir, f);

beforeAll(() => {
  ensureBin();
  dir = mkdtempSync(join(tmpdir(), 'typed-iam-analyze-'));
  for (const [name, d] of Object.entries({ READ, READ_WRITE, READ_SPLIT, READ_GET_PUT, BUCKET_PUBLIC, BUCKET_ORG })) writeFileSync(at(`${name}.json`), JSON.stringify(d));
  writeFileSync(at('bad.json'), '{"Version": "2012-10-17", "Statement": [}');
}, 600_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('typed-iam diff', () => {
  it('exits 1 and shows the added row with a replayable example', () => {
    const r = run(['diff', at('READ.json'), at('READ_WRITE.json'), '--json']);
    expect(r.code).toBe(1);
    const d = JSON.parse(r.stdout) as { added: { actions: string[]; example: Parameters<typeof evaluate>[1] }[]; removed: unknown[] };
    expect(d.added.map((row) => row.actions)).toEqual([['s3:PutObject']]);
    expect(d.removed).toEqual([]);
    expect(evaluate({ identity: READ_WRITE }, d.added[0]!.example).decision).toBe('allow');
    expect(evaluate({ identity: READ }, d.added[0]!.example).decision).not.toBe('allow');
  });

  it('exits 0 when only statements were split or access removed', () => {
    expect(run(['diff', at('READ.json'), at('READ_SPLIT.json')]).code).toBe(0);
    const r = run(['diff', at('READ_WRITE.json'), at('READ.json')]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/removed \(1\)/);
  });

  it('names the catalog actions of a row with --actions catalog, as --json lists them in cell', () => {
    const text = run(['diff', at('READ.json'), at('READ_GET_PUT.json'), '--actions', 'catalog']);
    const json = run(['diff', at('READ.json'), at('READ_GET_PUT.json'), '--actions', 'catalog', '--json']);
    expect([text.code, json.code]).toEqual([1, 1]);
    const rows = (JSON.parse(json.stdout) as { added: { cell: string[] }[] }).added;
    const shown = text.stdout.split('\n').filter((l) => l.includes('catalog actions ('));
    expect(shown).toHaveLength(rows.length);
    rows.forEach((row, i) => {
      expect(row.cell.length).toBeGreaterThan(8);
      expect(shown[i]).toContain(`catalog actions (${row.cell.length}): ${row.cell.slice(0, 8).join(', ')}, ... (${row.cell.length - 8} more; --json lists all)`);
    });
    // the open reading (default) has no cell
    expect(run(['diff', at('READ.json'), at('READ_GET_PUT.json')]).stdout).not.toContain('catalog actions');
  });

  it('exits 2 on input errors', () => {
    expect(run(['diff', at('READ.json')]).code).toBe(2);
    expect(run(['diff', at('READ.json'), at('bad.json')]).code).toBe(2);
    expect(run(['diff', at('READ.json'), at('READ.json'), '--actions', 'closed']).code).toBe(2);
  });
});

describe('typed-iam check', () => {
  it('no-new-access: 0 on a proof, 1 with a witness', () => {
    expect(run(['check', 'no-new-access', '--existing', at('READ_WRITE.json'), at('READ.json')]).code).toBe(0);
    const r = run(['check', 'no-new-access', '--existing', at('READ.json'), at('READ_WRITE.json')]);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/witness: .*s3:PutObject/);
  });

  it('access-not-granted with actions and resources; SARIF output', () => {
    expect(run(['check', 'access-not-granted', '--action', 'iam:PassRole', '--resource', '*', at('READ_WRITE.json')]).code).toBe(0);
    const r = run(['check', 'access-not-granted', '--action', 's3:Put*', at('READ_WRITE.json'), '--sarif']);
    expect(r.code).toBe(1);
    const s = JSON.parse(r.stdout) as { version: string; runs: { results: { ruleId: string; message: { text: string } }[] }[] };
    expect(s.version).toBe('2.1.0');
    expect(s.runs[0]!.results[0]!.ruleId).toBe('access-not-granted');
    expect(s.runs[0]!.results[0]!.message.text).toMatch(/s3:PutObject/);
  });

  it('no-public-access: an org condition keeps outsiders out, Principal * alone does not', () => {
    expect(run(['check', 'no-public-access', '--resource-type', 's3-bucket', at('BUCKET_ORG.json')]).code).toBe(0);
    const r = run(['check', 'no-public-access', '--resource-type', 's3-bucket', at('BUCKET_PUBLIC.json'), '--json']);
    expect(r.code).toBe(1);
    expect((JSON.parse(r.stdout) as { result: string }).result).toBe('fail');
  });

  it('exits 2 on usage errors', () => {
    expect(run(['check']).code).toBe(2);
    expect(run(['check', 'no-such-check', at('READ.json')]).code).toBe(2);
    expect(run(['check', 'no-new-access', at('READ.json')]).code).toBe(2);
    expect(run(['check', 'no-public-access', at('READ.json')]).code).toBe(2);
    expect(run(['check', 'no-public-access', '--resource-type', 's3bucket', at('READ.json')]).code).toBe(2);
  });

  it('access-not-granted: an --action that is not an action is a usage error (was: a vacuous pass, exit 0)', () => {
    for (const action of ['', 'garbage', 's3', 's3:']) {
      const r = run(['check', 'access-not-granted', '--action', action, at('READ_WRITE.json')]);
      expect(r.code, action).toBe(2);
      expect(r.stderr, action).toContain('is not an action or action pattern');
    }
    // patterns stay allowed
    expect(run(['check', 'access-not-granted', '--action', 's3:Put*', at('READ_WRITE.json')]).code).toBe(1);
  });
});
