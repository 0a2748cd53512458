/**
 * The typed-iam bin as a subprocess: every subcommand, every exit code, stdin, a directory of AWS
 * managed policies, bad JSON, unknown flags, colour, build of .ts and .js modules, fit parts.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureBin, overManaged, ROOT, run, someManagedPolicies } from './helpers.js';

const doc = (...statements: object[]) => JSON.stringify({ Version: '2012-10-17', Statement: statements });
const READ = { Sid: 'Read', Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::docs/*' };
const OK = doc(READ);
const PASS_ROLE = doc({ Effect: 'Allow', Action: 'iam:PassRole', Resource: '*' });
const TYPO = doc({ Effect: 'Allow', Action: 's3:GetObjekt', Resource: '*' });
const BAD_JSON = '{\n  "Version": "2012-10-17",\n  "Statement": [}\n';
const ESC = '\u001b[';

let dir: string;
let managed: string;
const at = (...p: string[]) => join(dir, ...p);

beforeAll(() => {
  ensureBin();
  dir = mkdtempSync(join(tmpdir(), 'typed-iam-cli-'));
  writeFileSync(at('ok.json'), OK);
  writeFileSync(at('pass-role.json'), PASS_ROLE);
  writeFileSync(at('typo.json'), TYPO);
  writeFileSync(at('bad.json'), BAD_JSON);
  managed = at('managed');
  mkdirSync(join(managed, 'nested'), { recursive: true });
  someManagedPolicies(50).forEach(([name, document], i) =>
    writeFileSync(join(managed, i % 5 === 0 ? 'nested' : '', `${name}.json`), JSON.stringify(document, null, 4)),
  );
}, 600_000);

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('typed-iam', () => {
  it('prints an overview with --help (exit 0) and on no arguments (exit 2)', () => {
    const help = run(['--help']);
    expect(help.code).toBe(0);
    for (const c of ['lint', 'size', 'fmt', 'expand', 'simulate', 'fit', 'build']) expect(help.stdout).toContain(`  ${c} `);
    const none = run([]);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('Usage: typed-iam <command>');
  });

  it('prints the package version', () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
    expect(run(['--version']).stdout.trim()).toBe(pkg.version);
  });

  it('rejects an unknown command with exit 2', () => {
    const r = run(['lnit', 'x.json']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('unknown command "lnit"');
  });

  it.each(['lint', 'size', 'fmt', 'expand', 'simulate', 'fit', 'build'])('%s --help shows usage, exit codes and examples', (name) => {
    const r = run([name, '--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`Usage: typed-iam ${name}`);
    expect(r.stdout).toContain('Exit codes:');
    expect(r.stdout).toContain('Examples:');
    expect(run(['help', name]).stdout).toBe(r.stdout);
  });

  it('writes every line of every help text within 100 columns (the cdk help had a line of 181)', async () => {
    const { HELP } = await import('../../src/cli/help.js');
    const long = Object.entries(HELP).flatMap(([name, text]) => text.split('\n').filter((l) => l.length > 100).map((l) => `${name}: ${l}`));
    expect(long).toEqual([]);
  });

  it.each(['lint', 'size', 'fmt', 'expand', 'simulate', 'fit', 'build'])('%s rejects an unknown flag with exit 2', (name) => {
    const r = run([name, '--nope', 'x']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("Unknown option '--nope'");
    expect(r.stderr).toContain(`typed-iam ${name} --help`);
    expect(r.stdout).toBe('');
  });
});

describe('lint', () => {
  it('exits 0 without findings', () => {
    const r = run(['lint', at('ok.json')]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('no findings');
  });

  it('exits 1 on an error finding and prints file:line:column', () => {
    const r = run(['lint', at('typo.json')]);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/typo\.json:1:\d+ error INVALID_ACTION Statement\[0\]\.Action\[0\]: /);
  });

  it('fails on security findings by default (iam:PassRole on "*") and applies --fail-on', () => {
    const r = run(['lint', at('pass-role.json')]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('security PASS_ROLE_WITH_STAR_IN_RESOURCE');
    expect(run(['lint', '--fail-on', 'security', at('pass-role.json')]).code).toBe(1);
    expect(run(['lint', '--fail-on', 'error', at('pass-role.json')]).code).toBe(0);
    expect(run(['lint', '--fail-on', 'fatal', at('ok.json')]).code).toBe(2);
  });

  it('--attached-to: a managed policy only roles have never sees aws:username (lint option attachedTo)', () => {
    // IAM User Guide, global condition keys, aws:username: "requests that are made using ... IAM roles don't include this key"
    const home = doc({ Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::docs/home/${aws:username}/*' });
    const r = run(['lint', '--attached-to', 'role', '-'], { input: home });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('error UNRESOLVABLE_VARIABLE Statement[0].Resource[0]: ');
    expect(run(['lint', '--attached-to', 'role,user', '-'], { input: home }).code).toBe(0);
    expect(run(['lint', '-'], { input: home }).code).toBe(0);
    const bad = run(['lint', '--attached-to', 'roles', '-'], { input: home });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--attached-to');
  });

  it('reads stdin', () => {
    const r = run(['lint', '-'], { input: TYPO });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('<stdin>:1:');
  });

  it('prints JSON syntax errors as file:line:column: message and exits 2', () => {
    const r = run(['lint', at('bad.json'), at('ok.json')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`${at('bad.json')}:3:17: Not valid JSON`);
  });

  it('writes JSON with the file of each finding', () => {
    const r = run(['lint', '--format', 'json', at('typo.json'), at('pass-role.json')]);
    expect(r.code).toBe(1);
    const findings = JSON.parse(r.stdout) as { file: string; code: string; line?: number }[];
    expect(findings.map((f) => [f.file, f.code])).toEqual([
      [at('typo.json'), 'INVALID_ACTION'],
      [at('pass-role.json'), 'PASS_ROLE_WITH_STAR_IN_RESOURCE'],
    ]);
    expect(findings[0]!.line).toBe(1);
  });

  it('writes one SARIF 2.1.0 log for several files', () => {
    const r = run(['lint', '--format', 'sarif', at('typo.json'), at('pass-role.json')]);
    const log = JSON.parse(r.stdout) as {
      version: string;
      runs: { tool: { driver: { rules: { id: string }[] } }; results: { ruleId: string; ruleIndex: number; locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }[] }[];
    };
    expect(log.version).toBe('2.1.0');
    expect(log.runs).toHaveLength(1);
    const run0 = log.runs[0]!;
    expect(run0.results.map((x) => x.locations[0]!.physicalLocation.artifactLocation.uri)).toEqual([at('typo.json'), at('pass-role.json')]);
    for (const res of run0.results) expect(run0.tool.driver.rules[res.ruleIndex]!.id).toBe(res.ruleId);
  });

  it('checks kind rules with --kind and rejects an unknown kind', () => {
    const r = run(['lint', '--kind', 'trust', at('ok.json')]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('error');
    const bad = run(['lint', '--kind', 'role', at('ok.json')]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--kind "role" is not valid; use one of: identity, ');
  });

  it('lints a directory of AWS managed policies recursively', () => {
    const r = run(['lint', '--format', 'json', managed]);
    expect([0, 1]).toContain(r.code);
    expect(r.stderr).toContain('50 files');
    const findings = JSON.parse(r.stdout) as { file: string; code: string }[];
    expect(findings.every((f) => f.file.startsWith(managed))).toBe(true);
    expect(findings.some((f) => f.code === 'JSON_SYNTAX')).toBe(false);
  });

  it('expands quoted globs itself', () => {
    const r = run(['lint', '--format', 'json', 'managed/**/*.json'], { cwd: dir });
    expect(r.stderr).toContain('50 files');
    expect(run(['lint', 'managed/*.json'], { cwd: dir }).stderr).toContain('40 files');
    const none = run(['lint', 'nothing/*.json'], { cwd: dir });
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('nothing/*.json: no file matches this pattern');
  });

  it('exits 2 for a missing file', () => {
    const r = run(['lint', at('missing.json')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('missing.json: file not found.');
  });
});

describe('colour', () => {
  it('is plain on a pipe, coloured with FORCE_COLOR, plain with NO_COLOR', () => {
    expect(run(['lint', at('typo.json')]).stdout).not.toContain(ESC);
    expect(run(['lint', at('typo.json')], { env: { FORCE_COLOR: '1' } }).stdout).toContain(`${ESC}31merror`);
    expect(run(['lint', at('typo.json')], { env: { NO_COLOR: '1' } }).stdout).not.toContain(ESC);
    expect(run(['size', at('ok.json')], { env: { FORCE_COLOR: '0' } }).stdout).not.toContain(ESC);
  });
});

describe('size', () => {
  it('prints length, limit and headroom (exit 0)', () => {
    const r = run(['size', at('ok.json')]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/ok\.json\s+\d+ \/ 6144 characters\s+managed\s+headroom \d+/);
  });

  it('exits 1 when a policy is over the target', () => {
    const big = doc(...Array.from({ length: 40 }, (_, i) => ({ ...READ, Sid: `S${i}`, Resource: `arn:aws:s3:::bucket-${i}/*` })));
    writeFileSync(at('big.json'), big);
    const r = run(['size', '--target', 'inline-user', at('big.json')]);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/\d+ \/ 2048 characters\s+inline-user\s+over by \d+/);
  });

  it('writes JSON and reads stdin', () => {
    const r = run(['size', '--json', '--target', 's3-bucket', '-'], { input: OK });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual([
      expect.objectContaining({ file: '<stdin>', kind: 'identity', target: 's3-bucket', limit: 20480, unit: 'bytes', fits: true }),
    ]);
  });

  it('measures the 50 managed policies (AWS may exceed the customer limit: exit 1)', () => {
    const r = run(['size', '--json', managed]);
    const rows = JSON.parse(r.stdout) as { file: string; length: number; limit: number; fits: boolean; over: number }[];
    expect(rows).toHaveLength(50);
    expect(new Set(rows.map((x) => x.file)).size).toBe(50);
    for (const x of rows) expect(x.fits).toBe(x.length <= x.limit);
    expect(r.code).toBe(rows.every((x) => x.fits) ? 0 : 1);
  });

  it('measures the text as written where the target counts whitespace (Organizations counts the text sent)', () => {
    const statement = (i: number) => ({ Sid: `Deny${i}`, Effect: 'Deny', Action: 'ec2:RunInstances', Resource: '*', Condition: { StringNotEquals: { 'aws:RequestedRegion': 'eu-west-1' } } });
    const scp = { Version: '2012-10-17', Statement: Array.from({ length: 60 }, (_, i) => statement(i)) };
    const indented = JSON.stringify(scp, null, 2);
    const compact = JSON.stringify(scp);
    expect(compact.length).toBeLessThan(10240);
    expect(indented.length).toBeGreaterThan(10240);
    writeFileSync(at('scp.json'), indented);
    const rows = (args: string[]) => JSON.parse(run(['size', '--json', '--kind', 'scp', ...args, at('scp.json')]).stdout) as { length: number; fits: boolean; measured: string }[];
    expect(rows([])).toEqual([expect.objectContaining({ length: indented.length, fits: false, measured: 'as written' })]);
    expect(rows(['--compact'])).toEqual([expect.objectContaining({ length: compact.length, fits: true, measured: 'compact' })]);
    expect(rows(['--pretty'])[0]?.measured).toBe('pretty');
    // a target that ignores whitespace measures the compact text whatever the file holds
    expect(rows(['--target', 'managed'])).toEqual([expect.objectContaining({ length: compact.length, measured: 'compact' })]);
    expect(run(['size', '--kind', 'scp', at('scp.json')]).code).toBe(1);
    expect(run(['size', '--compact', '--pretty', at('scp.json')]).code).toBe(2);
    // lint agrees: the same file is over as written, and the finding says the compact text fits
    const lint = run(['lint', '--kind', 'scp', at('scp.json')]);
    expect(lint.stdout).toContain('POLICY_SIZE_EXCEEDS_SCP_QUOTA');
    expect(lint.stdout).toContain('without whitespace');
  });

  it('checks the element-count quotas of the target (Amazon SQS policy quotas: 20 statements), exit 1', () => {
    const send = (i: number) => ({ Sid: `T${i}`, Effect: 'Allow', Principal: { Service: 'sns.amazonaws.com' }, Action: 'sqs:SendMessage', Resource: 'arn:aws:sqs:us-east-1:111122223333:inbox', Condition: { ArnEquals: { 'aws:SourceArn': `arn:aws:sns:us-east-1:111122223333:topic-${i}` } } });
    writeFileSync(at('queue.json'), doc(...Array.from({ length: 21 }, (_, i) => send(i))));
    const r = run(['size', '--kind', 'resource', '--target', 'sqs-queue', at('queue.json')]);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/sqs-queue\s+headroom \d+\s+Statement: 21 statements > 20/);
    const json = JSON.parse(run(['size', '--json', '--kind', 'resource', '--target', 'sqs-queue', at('queue.json')]).stdout) as { fits: boolean; quotas: unknown[] }[];
    expect(json).toEqual([expect.objectContaining({ fits: true, quotas: [{ quota: 'statements', count: 21, limit: 20, path: 'Statement' }] })]);
    // a bucket policy takes them
    expect(run(['size', '--kind', 'resource', '--target', 's3-bucket', at('queue.json')]).code).toBe(0);
  });

  it('--limit gives a target your account raised (IAM quotas: the role trust policy quota is adjustable)', () => {
    const principals = Array.from({ length: 60 }, (_, i) => `arn:aws:iam::${String(100000000000 + i)}:root`);
    const trust = JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { AWS: principals }, Action: 'sts:AssumeRole', Condition: { StringEquals: { 'sts:ExternalId': 'x' } } }] });
    expect(trust.length).toBeGreaterThan(2048);
    expect(trust.length).toBeLessThan(4096);
    writeFileSync(at('big-trust.json'), trust);
    expect(run(['size', '--kind', 'trust', at('big-trust.json')]).code).toBe(1);
    const raised = run(['size', '--json', '--kind', 'trust', '--target', 'trust', '--limit', '4096', at('big-trust.json')]);
    expect(raised.code).toBe(0);
    expect(JSON.parse(raised.stdout)).toEqual([expect.objectContaining({ target: 'trust', limit: 4096, fits: true })]);
    expect(run(['lint', '--kind', 'trust', at('big-trust.json')]).stdout).toContain('POLICY_SIZE_EXCEEDS_ROLE_TRUST_POLICY_QUOTA');
    expect(run(['lint', '--kind', 'trust', '--target', 'trust', '--limit', '4096', at('big-trust.json')]).stdout).not.toContain('POLICY_SIZE_EXCEEDS');
    const noTarget = run(['size', '--limit', '4096', at('big-trust.json')]);
    expect(noTarget.code).toBe(2);
    expect(noTarget.stderr).toContain('--limit needs --target');
    for (const bad of ['abc', '0', '-5', '1.5', '99999999999']) expect(run(['lint', '--target', 'trust', '--limit', bad, at('big-trust.json')]).code, bad).toBe(2);
  });

  it('exits 2 on an invalid policy with file:line:column', () => {
    const r = run(['size', '-'], { input: '{"Version":"2012-10-17","Statement":[{"Effect":"allow","Action":"s3:GetObject","Resource":"*"}]}' });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/<stdin>:1:\d+: .*INVALID_EFFECT at Statement\[0\]\.Effect/);
  });
});

describe('fmt', () => {
  it('prints the canonical form', () => {
    const r = run(['fmt', '-'], { input: '{"Statement":{"Effect":"Allow","Action":"s3:GetObject","Resource":"*"}, "Version":"2012-10-17"}' });
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(`${JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 's3:GetObject', Resource: '*' }] }, null, 2)}\n`);
  });

  it('--check exits 1 listing unformatted files, --write fixes them, then --check exits 0', () => {
    const folder = at('fmt');
    mkdirSync(folder);
    writeFileSync(join(folder, 'a.json'), OK);
    writeFileSync(join(folder, 'b.json'), `${JSON.stringify(JSON.parse(OK), null, 2)}\n`);
    const check = run(['fmt', '--check', folder]);
    expect(check.code).toBe(1);
    expect(check.stdout.trim().split('\n')).toEqual([join(folder, 'a.json')]);
    const write = run(['fmt', '--write', folder]);
    expect(write.code).toBe(0);
    expect(write.stdout).toContain('formatted');
    expect(readFileSync(join(folder, 'a.json'), 'utf8')).toBe(readFileSync(join(folder, 'b.json'), 'utf8'));
    expect(run(['fmt', '--check', folder]).code).toBe(0);
  });

  it('refuses --write on stdin and --check with --write (exit 2)', () => {
    expect(run(['fmt', '--write', '-'], { input: OK }).code).toBe(2);
    expect(run(['fmt', '--check', '--write', at('ok.json')]).code).toBe(2);
  });

  it('exits 2 on bad JSON with line and column', () => {
    const r = run(['fmt', at('bad.json')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`${at('bad.json')}:3:17: Not valid JSON`);
  });
});

describe('expand', () => {
  it('lists matching actions (exit 0)', () => {
    const r = run(['expand', 's3:getobjectv*']);
    expect(r.code).toBe(0);
    const lines = r.stdout.trim().split('\n');
    expect(lines).toContain('s3:GetObjectVersion');
    expect(lines.every((l) => l.startsWith('s3:GetObjectVersion'))).toBe(true);
  });

  it('prints the union as JSON', () => {
    const r = run(['expand', '--json', 's3:GetObject', 's3:GetObject', 'sqs:SendMessage']);
    expect(JSON.parse(r.stdout)).toEqual(['s3:GetObject', 'sqs:SendMessage']);
  });

  it('exits 1 when nothing matches and 2 for a pattern without a service', () => {
    const none = run(['expand', 'nosuch:*']);
    expect(none.code).toBe(1);
    expect(none.stderr).toContain('No action matches "nosuch:*"');
    expect(run(['expand', 'GetObject']).code).toBe(2);
    expect(run(['expand']).code).toBe(2);
  });

  it('refuses what a policy Action element refuses (exit 2): stray spaces, a second colon', () => {
    for (const bad of [' s3:Get*', 's3:get:object', 's3:Get Object']) {
      const r = run(['expand', bad]);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain(`"${bad}" is not an action pattern`);
    }
  });

  it('suggests the nearest actions when nothing matches', () => {
    const typo = run(['expand', 's3:GetObjekt']);
    expect(typo.code).toBe(1);
    expect(typo.stderr).toContain('Did you mean "s3:GetObject"');
    expect(run(['expand', 's4:Get*']).stderr).toContain('Did you mean "s3:Get*"');
  });

  it('does not suggest the pattern it was given (a known service whose actions the pattern misses)', () => {
    const none = run(['expand', 's3:Nope*']);
    expect(none.code).toBe(1);
    expect(none.stderr).toContain('No action matches "s3:Nope*"');
    expect(none.stderr).not.toContain('Did you mean "s3:Nope*"');
  });
});

describe('simulate', () => {
  const MFA = doc(
    READ,
    { Sid: 'DenyNoMfa', Effect: 'Deny', Action: 's3:DeleteObject', Resource: '*', Condition: { BoolIfExists: { 'aws:MultiFactorAuthPresent': 'false' } } },
    { Sid: 'Delete', Effect: 'Allow', Action: 's3:DeleteObject', Resource: '*' },
  );
  const alice = ['--principal', 'arn:aws:iam::111122223333:user/alice'];
  beforeAll(() => writeFileSync(at('mfa.json'), MFA));

  it('a policy that parses but that evaluate refuses is an input error naming the file, not a crash (exit 2)', () => {
    // an operator in the wrong case (IAM rejects it) and an empty NotResource (two readings): docs/evaluation.md
    writeFileSync(at('lower-op.json'), doc({ ...READ, Condition: { stringEquals: { 'aws:username': 'alice' } } }));
    writeFileSync(at('empty-not.json'), doc({ Effect: 'Allow', Action: 's3:*', NotResource: [] }));
    for (const [file, says] of [['lower-op.json', 'Unknown condition operator "stringEquals"'], ['empty-not.json', 'NotResource excludes nothing']] as const) {
      for (const args of [['simulate', '--policy', at(file), '--action', 's3:GetObject', ...alice], ['check', 'no-new-access', '--existing', at('mfa.json'), at(file)], ['diff', at('mfa.json'), at(file)]]) {
        const r = run(args);
        expect(r.code, args.join(' ')).toBe(2);
        expect(r.stderr).toContain(`${at(file)} cannot be evaluated`);
        expect(r.stderr).toContain(says);
        expect(r.stderr).not.toContain('unexpected error');
      }
    }
    // the library's errors about the request are input errors too
    const dup = run(['simulate', '--policy', at('mfa.json'), '--action', 's3:GetObject', ...alice, '--context', 'aws:username=a', '--context', 'AWS:username=b']);
    expect(dup.code).toBe(2);
    expect(dup.stderr).toContain('differ only in case');
    expect(dup.stderr).not.toContain('unexpected error');
  });

  it('exits 0 on allow and prints the explanation', () => {
    const r = run(['simulate', '--policy', at('mfa.json'), '--action', 's3:GetObject', '--resource', 'arn:aws:s3:::docs/a', ...alice]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('decision: allow');
    expect(r.stdout).toContain("Allowed by statement 'Read' of identity policy 1.");
  });

  it('exits 1 on a deny; --context values are text the operator reads', () => {
    const args = ['simulate', '--policy', at('mfa.json'), '--action', 's3:DeleteObject', '--resource', 'arn:aws:s3:::docs/a', ...alice];
    const denied = run(args);
    expect(denied.code).toBe(1);
    expect(denied.stdout).toContain('decision: explicit-deny');
    const withMfa = run([...args, '--context', 'aws:MultiFactorAuthPresent=true', '--json']);
    expect(withMfa.code).toBe(0);
    expect(JSON.parse(withMfa.stdout)).toMatchObject({ decision: 'allow', matched: [{ policy: 'identity', statementIndex: 2, sid: 'Delete' }] });
  });

  it('--expect turns the decision into the exit code', () => {
    const base = ['simulate', '--policy', '-', '--action', 's3:PutObject', '--resource', 'arn:aws:s3:::docs/a', ...alice];
    expect(run([...base, '--expect', 'deny'], { input: MFA }).code).toBe(0);
    expect(run([...base, '--expect', 'implicit-deny'], { input: MFA }).code).toBe(0);
    const wrong = run([...base, '--expect', 'allow'], { input: MFA });
    expect(wrong.code).toBe(1);
    expect(wrong.stderr).toContain('Expected allow, got implicit-deny');
  });

  it('reads SCP levels, multivalued context and trust policies', () => {
    writeFileSync(at('all.json'), doc({ Effect: 'Allow', Action: '*', Resource: '*' }));
    writeFileSync(
      at('region-scp.json'),
      doc({ Effect: 'Allow', Action: '*', Resource: '*' }, { Effect: 'Deny', Action: '*', Resource: '*', Condition: { StringNotEquals: { 'aws:RequestedRegion': 'eu-west-1' } } }),
    );
    const scp = ['simulate', '--policy', at('all.json'), '--scp', at('all.json'), '--scp', at('region-scp.json'), '--action', 'ec2:RunInstances', ...alice];
    expect(run([...scp, '--context', 'aws:RequestedRegion=eu-west-1']).code).toBe(0);
    expect(run([...scp, '--context', 'aws:RequestedRegion=us-east-1']).stdout).toContain('explicit-deny');

    writeFileSync(at('tags.json'), doc({ Effect: 'Allow', Action: 'ec2:CreateTags', Resource: '*', Condition: { 'ForAllValues:StringEquals': { 'aws:TagKeys': ['team', 'env'] } } }));
    const tags = ['simulate', '--policy', at('tags.json'), '--action', 'ec2:CreateTags', ...alice];
    expect(run([...tags, '--context', 'aws:TagKeys=team', '--context', 'aws:TagKeys=env']).code).toBe(0);
    expect(run([...tags, '--context', 'aws:TagKeys=team', '--context', 'aws:TagKeys=owner']).code).toBe(1);

    writeFileSync(
      at('trust.json'),
      doc({ Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::444455556666:root' }, Action: 'sts:AssumeRole', Condition: { StringEquals: { 'sts:ExternalId': 'abc' } } }),
    );
    const trust = ['simulate', '--trust', at('trust.json'), '--policy', at('all.json'), '--principal', 'arn:aws:iam::444455556666:user/bob', '--action', 'sts:AssumeRole', '--resource', 'arn:aws:iam::111122223333:role/Deploy'];
    expect(run([...trust, '--context', 'sts:ExternalId=abc']).code).toBe(0);
    expect(run(trust).code).toBe(1);
  });

  it('--endpoint-policy is the VPC endpoint policy: it must allow the request too, and grants nothing by itself (docs/evaluation.md)', () => {
    writeFileSync(at('all.json'), doc({ Effect: 'Allow', Action: '*', Resource: '*' }));
    writeFileSync(at('vpce.json'), doc({ Sid: 'DocsOnly', Effect: 'Allow', Principal: '*', Action: 's3:GetObject', Resource: 'arn:aws:s3:::docs/*' }));
    const base = ['simulate', '--policy', at('all.json'), '--endpoint-policy', at('vpce.json'), ...alice];
    const ok = run([...base, '--action', 's3:GetObject', '--resource', 'arn:aws:s3:::docs/a', '--json']);
    expect(ok.code).toBe(0);
    expect(JSON.parse(ok.stdout)).toMatchObject({ decision: 'allow' });
    // the identity policy allows s3:PutObject; the endpoint policy does not let it through
    const put = run([...base, '--action', 's3:PutObject', '--resource', 'arn:aws:s3:::docs/a', '--json']);
    expect(put.code).toBe(1);
    expect(JSON.parse(put.stdout)).toMatchObject({ decision: 'implicit-deny', missing: { policy: 'endpoint' } });
    expect(run([...base, '--action', 's3:PutObject', '--resource', 'arn:aws:s3:::docs/a']).stdout).toContain('No statement of the VPC endpoint policy allows s3:PutObject');
    // alone it allows nothing (it is not a resource policy)
    const alone = run(['simulate', '--endpoint-policy', at('vpce.json'), ...alice, '--action', 's3:GetObject', '--resource', 'arn:aws:s3:::docs/a', '--expect', 'implicit-deny']);
    expect(alone.code).toBe(0);
    // read as kind endpoint, from stdin too; a file that is not a policy is an input error
    expect(run(['simulate', '--policy', at('all.json'), '--endpoint-policy', '-', ...alice, '--action', 's3:GetObject', '--resource', 'arn:aws:s3:::docs/a'], { input: readFileSync(at('vpce.json'), 'utf8') }).code).toBe(0);
    expect(run(['simulate', '--policy', at('all.json'), '--endpoint-policy', at('missing.json'), '--action', 's3:GetObject']).code).toBe(2);
    expect(run(['simulate', '--help']).stdout).toContain('--endpoint-policy <file>');
  });

  it('exits 2 on usage errors', () => {
    expect(run(['simulate', '--policy', at('mfa.json')]).stderr).toContain('--action is required');
    expect(run(['simulate', '--action', 's3:GetObject']).code).toBe(2);
    const ctx = run(['simulate', '--policy', at('mfa.json'), '--action', 's3:GetObject', '--context', 'novalue']);
    expect(ctx.code).toBe(2);
    expect(ctx.stderr).toContain('is not key=value');
    expect(run(['simulate', '--policy', at('bad.json'), '--action', 's3:GetObject']).stderr).toContain(`${at('bad.json')}:3:17:`);
  });

  it('--action is one action: a pattern or nothing is a usage error (was: compared as an action, exit 1 "No statement ... allows .")', () => {
    for (const action of ['', 's3:Get*', 's3:GetObjec?', '*', 's3']) {
      const r = run(['simulate', '--policy', at('mfa.json'), '--action', action]);
      expect(r.code, action).toBe(2);
      expect(r.stderr, action).toContain('is not one action');
    }
    const empty = run(['simulate', '--policy', at('mfa.json'), '--action', 's3:GetObject', '--resource', '']);
    expect(empty.code).toBe(2);
    expect(empty.stderr).toContain('--resource is empty');
  });
});

describe('fit', () => {
  const big = overManaged();
  beforeAll(() => writeFileSync(at('huge.json'), big));

  it('writes parts that each fit (exit 0)', () => {
    const out = at('parts');
    const r = run(['fit', at('huge.json'), '--target', 'managed', '--out', out]);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/split: \d+ parts/);
    const files = readdirSync(out).sort();
    expect(files.length).toBeGreaterThan(1);
    expect(files[0]).toBe('huge-1.json');
    const sizes = run(['size', '--json', out]);
    expect(sizes.code).toBe(0);
    const statements = files.flatMap((f) => (JSON.parse(readFileSync(join(out, f), 'utf8')) as { Statement: { Sid: string }[] }).Statement.map((s) => s.Sid));
    expect(statements.sort()).toEqual(Array.from({ length: 120 }, (_, i) => `S${i}`).sort());
  });

  it('prints a JSON array without --out; one part when it fits', () => {
    const r = run(['fit', '-'], { input: OK });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual([JSON.parse(OK)]);
  });

  it('exits 1 when it cannot fit', () => {
    const r = run(['fit', '--no-split', at('huge.json')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('splitting is turned off');
  });

  it('exits 2 without exactly one input', () => {
    expect(run(['fit']).code).toBe(2);
    expect(run(['fit', at('ok.json'), at('typo.json')]).code).toBe(2);
  });
});

describe('build', () => {
  // inside the repository: the module imports 'typed-iam' (self-reference, resolved to dist/) and
  // TypeScript is resolved from the module's folder
  const project = join(ROOT, '.tmp', `cli-build-test-${process.pid}`);
  beforeAll(() => {
    mkdirSync(join(project, 'lib'), { recursive: true });
    writeFileSync(join(project, 'lib', 'shared.ts'), "export const BUCKET: string = 'arn:aws:s3:::docs';\nexport enum Team { Docs = 'docs' }\n");
    writeFileSync(
      join(project, 'policies.ts'),
      [
        "import { allow, deny, policy, principal, type Policy } from 'typed-iam';",
        "import { BUCKET, Team } from './lib/shared.js';",
        "export const readDocs: Policy<'identity'> = policy.identity(allow('s3:GetObject').on(`${BUCKET}/*`).sid(Team.Docs === 'docs' ? 'Read' : 'Other'));",
        "export const lambdaTrust = policy.trust(allow('sts:AssumeRole').by(principal.service('lambda.amazonaws.com')));",
        "export const pair = [readDocs, policy.identity(deny('s3:DeleteBucket').on('*'))];",
        'export const answer: number = 42;',
      ].join('\n'),
    );
    writeFileSync(
      join(project, 'policies.mjs'),
      [
        "import { allow, policy } from 'typed-iam';",
        "export default policy.identity(allow('s3:GetObject').on('arn:aws:s3:::docs/*'));",
        "export const tooBig = policy.identity(...Array.from({ length: 200 }, (_, i) => allow('s3:GetObject').on(`arn:aws:s3:::bucket-${i}/*`)));",
      ].join('\n'),
    );
    writeFileSync(join(project, 'empty.mjs'), 'export const x = 1;\n');
  });
  afterAll(() => rmSync(project, { recursive: true, force: true }));

  it('writes one JSON file per exported policy of a TypeScript module', () => {
    const out = join(project, 'out-ts');
    const r = run(['build', 'policies.ts', '--out', out], { cwd: project });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    // and the manifest of what it wrote, hidden: a later run removes the files of exports that are gone
    expect(readdirSync(out).sort()).toEqual(['.typed-iam-build.manifest', 'lambdaTrust.json', 'pair-1.json', 'pair-2.json', 'readDocs.json']);
    expect(JSON.parse(readFileSync(join(out, 'readDocs.json'), 'utf8'))).toEqual({
      Version: '2012-10-17',
      Statement: [{ Sid: 'Read', Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::docs/*' }],
    });
    expect(r.stdout).toMatch(/lambdaTrust\.json\s+\d+ \/ 2048 characters \(trust\)/);
    // the temporary transpile folder is gone
    expect(readdirSync(project).filter((f) => f.startsWith('.typed-iam-build-'))).toEqual([]);
  });

  it('builds a JavaScript module and exits 1 for a policy over its limit (not written)', () => {
    const out = join(project, 'out-js');
    const r = run(['build', join(project, 'policies.mjs'), '--out', out]);
    expect(r.code).toBe(1);
    expect(readdirSync(out).sort()).toEqual(['.typed-iam-build.manifest', 'default.json']);
    expect(r.stderr).toMatch(/tooBig.*over by \d+.*not written/);
  });

  it('exits 2 for a module without policies, a missing module, or no --out', () => {
    const empty = run(['build', join(project, 'empty.mjs'), '--out', join(project, 'out-empty')]);
    expect(empty.code).toBe(2);
    expect(empty.stderr).toContain('exports no typed-iam policies');
    expect(run(['build', join(project, 'missing.mjs'), '--out', join(project, 'x')]).code).toBe(2);
    expect(run(['build', join(project, 'policies.mjs')]).code).toBe(2);
    expect(existsSync(join(project, 'out-empty'))).toBe(false);
  });

  it('a missing package the module imports is named, not the module (it said "Module not found: <the module>")', () => {
    writeFileSync(join(project, 'needs.mjs'), "import 'no-such-package-typed-iam';\nexport const x = 1;\n");
    const r = run(['build', 'needs.mjs', '--out', 'out-needs'], { cwd: project });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("typed-iam build: Cannot import needs.mjs: Cannot find package 'no-such-package-typed-iam'");
    const missing = run(['build', 'missing.mjs', '--out', 'out-needs'], { cwd: project });
    expect(missing.stderr).toContain('typed-iam build: Module not found: missing.mjs; check the path');
    expect(existsSync(join(project, 'out-needs'))).toBe(false);
  });

  it.skipIf((process.features as { typescript?: unknown }).typescript !== undefined)(
    'exits 2 for TypeScript when Node cannot strip types and no typescript package is found',
    () => {
      const outside = mkdtempSync(join(tmpdir(), 'typed-iam-cli-ts-'));
      try {
        writeFileSync(join(outside, 'p.ts'), 'export const x: number = 1;\n');
        const r = run(['build', join(outside, 'p.ts'), '--out', join(outside, 'out')]);
        expect(r.code).toBe(2);
        expect(r.stderr).toContain('npm install --save-dev typescript');
      } finally {
        rmSync(outside, { recursive: true, force: true });
      }
    },
  );

  // TypeScript 7 (npm's `latest` since 2026) has no JavaScript compiler API: `require('typescript')`
  // gives its version only, and Microsoft publishes the TypeScript 6 API as @typescript/typescript6
  // for tools beside it. build read `ts.ScriptKind.TS` of that module and failed with "Cannot read
  // properties of undefined (reading 'TS')". TypeScript 7 here is the devDependency alias typescript-7.
  it.skipIf((process.features as { typescript?: unknown }).typescript !== undefined)(
    'with TypeScript 7 alone, exits 2 naming its version and @typescript/typescript6; with that package beside it, builds',
    () => {
      // inside the repository, so that 'typed-iam' resolves to dist/ (self-reference); its own node_modules comes first
      const outside = join(ROOT, '.tmp', `cli-build-ts7-${process.pid}`);
      try {
        mkdirSync(join(outside, 'node_modules', '@typescript'), { recursive: true });
        symlinkSync(join(ROOT, 'node_modules', 'typescript-7'), join(outside, 'node_modules', 'typescript'), 'dir');
        writeFileSync(join(outside, 'p.ts'), "import { allow, policy } from 'typed-iam';\nexport const reader = policy.identity(allow('s3:GetObject').on('arn:aws:s3:::docs/*'));\n");
        const version = (JSON.parse(readFileSync(join(ROOT, 'node_modules', 'typescript-7', 'package.json'), 'utf8')) as { version: string }).version;
        expect(version).toMatch(/^7\./);
        const alone = run(['build', 'p.ts', '--out', 'out'], { cwd: outside });
        expect(alone.code).toBe(2);
        expect(alone.stderr).toContain(`the "typescript" package found from ${outside} is TypeScript ${version}, which has no compiler API`);
        expect(alone.stderr).toContain('npm install --save-dev @typescript/typescript6');
        expect(alone.stderr).not.toContain('Cannot read properties');
        // the TypeScript 6 API package, stood in for by this repository's typescript (the same compiler API)
        symlinkSync(join(ROOT, 'node_modules', 'typescript'), join(outside, 'node_modules', '@typescript', 'typescript6'), 'dir');
        const beside = run(['build', 'p.ts', '--out', 'out'], { cwd: outside });
        expect(beside.stderr).toBe('');
        expect(beside.code).toBe(0);
        expect(JSON.parse(readFileSync(join(outside, 'out', 'reader.json'), 'utf8'))).toEqual({
          Version: '2012-10-17',
          Statement: [{ Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::docs/*' }],
        });
      } finally {
        rmSync(outside, { recursive: true, force: true });
      }
    },
  );
});
