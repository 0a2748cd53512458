/**
 * `typed-iam cdk check` and `typed-iam cdk diff` on cloud assemblies synthesised in the test from
 * real CDK apps (the example app under examples/cdk-app and variants of it).
 */
import { copyFileSync, cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { App, NestedStack, Stack, Stage } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as s3 from 'aws-cdk-lib/aws-s3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../examples/cdk-app/app.js';
import { ensureBin, run } from '../cli/helpers.js';

const base = mkdtempSync(join(tmpdir(), 'typed-iam-cdk-'));
const dirs = { example: join(base, 'example'), plain: join(base, 'plain'), wider: join(base, 'wider'), unfitted: join(base, 'unfitted'), staged: join(base, 'staged'), loose: join(base, 'loose') };

beforeAll(() => {
  ensureBin();
  buildApp({ outdir: dirs.example }).synth();
  // the same app without fitting: CDK's own split of the worker role
  buildApp({ outdir: dirs.unfitted, checks: {} }).synth();
  // a public bucket and a widened worker role
  const wider = buildApp({ outdir: dirs.wider });
  const stack = wider.node.findChild('Orders') as Stack & { worker: iam.Role };
  stack.worker.addToPolicy(new iam.PolicyStatement({ actions: ['s3:DeleteObject'], resources: ['arn:aws:s3:::acme-archive/*'] }));
  wider.synth();
  const plain = new App({ outdir: dirs.plain });
  const site = new Stack(plain, 'Site');
  const bucket = new s3.Bucket(site, 'Public');
  bucket.addToResourcePolicy(new iam.PolicyStatement({ actions: ['s3:GetObject'], resources: [bucket.arnForObjects('*')], principals: [new iam.AnyPrincipal()] }));
  // literal ARNs with conditions: CDK's estimate undercounts them and its split is over the limits
  const role = new iam.Role(new Stack(plain, 'Roles'), 'Big', { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') });
  for (let i = 0; i < 200; i++)
    role.addToPolicy(
      new iam.PolicyStatement({
        actions: ['s3:GetObject', 's3:PutObject'],
        resources: [`arn:aws:s3:::bucket-${i}/prefix-${i}/*`],
        conditions: { StringEquals: { 'aws:PrincipalOrgID': 'o-abcdef1234', 's3:ExistingObjectTag/team': `team-${i}` } },
      }),
    );
  plain.synth();
  // a stage holding a stack with a nested stack, synthesised in code: no asset or path metadata in
  // the templates, so the nested template is found through the asset manifest
  const staged = new App({ outdir: dirs.staged });
  const api = new Stack(new Stage(staged, 'Prod'), 'Api');
  const inner = new NestedStack(api, 'Inner');
  new iam.Role(inner, 'Runner', { assumedBy: new iam.AccountRootPrincipal() }).addToPolicy(new iam.PolicyStatement({ actions: ['s3:GetObjekt'], resources: ['*'] }));
  staged.synth();
  // the same templates in a plain folder, without the manifests: the nested one is read on its own
  mkdirSync(dirs.loose);
  const stageDir = join(dirs.staged, 'assembly-Prod');
  for (const f of readdirSync(stageDir).filter((n) => n.endsWith('.template.json'))) copyFileSync(join(stageDir, f), join(dirs.loose, f));
}, 180_000);

afterAll(() => rmSync(base, { recursive: true, force: true }));

describe('typed-iam cdk check', () => {
  it('the example app: exit 0, every policy sized (JSON), resource and trust policies included', () => {
    const r = run(['cdk', 'check', '--format', 'json', dirs.example]);
    expect(r.stderr).toMatch(/1 template, \d+ policies/);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as { findings: { severity: string; code: string }[]; sizes: { target: string; fits: string; constructPath?: string }[] };
    const targets = new Set(out.sizes.map((s) => s.target));
    for (const t of ['inline-role', 'managed', 'trust', 's3-bucket', 'kms-key', 'sqs-queue']) expect(targets).toContain(t);
    expect(out.sizes.every((s) => s.fits === 'yes')).toBe(true);
    expect(out.sizes.some((s) => s.constructPath === 'Orders/Worker/DefaultPolicy/Resource')).toBe(true);
  }, 120_000);

  it("a role left to CDK's estimated split: exit 1 with POLICY_SIZE_EXCEEDS_QUOTA on its policies over the limits", () => {
    const r = run(['cdk', 'check', dirs.plain]);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^Roles\/Big\/DefaultPolicy\/Resource error POLICY_SIZE_EXCEEDS_QUOTA PolicyDocument: The inline policies of Roles\/Big are together [\d,]+ characters: \d+ over/m);
    expect(r.stdout).toMatch(/^Roles\/Big\/OverflowPolicy1\/Resource error POLICY_SIZE_EXCEEDS_QUOTA PolicyDocument: /m);
  }, 120_000);

  it('a public bucket policy: a security finding fails by default, passes with --fail-on error; SARIF points into the template', () => {
    const r = run(['cdk', 'check', dirs.plain]);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^Site\/Public\/Policy\/Resource security PUBLIC_PRINCIPAL_WITHOUT_CONDITION PolicyDocument\.Statement\[\d\]/m);
    // a template file works too; --fail-on error lets the security finding pass
    expect(run(['cdk', 'check', '--fail-on', 'error', join(dirs.plain, 'Site.template.json')]).code).toBe(0);
    const sarif = JSON.parse(run(['cdk', 'check', '--format', 'sarif', dirs.plain]).stdout) as {
      runs: [{ results: { ruleId: string; locations: { physicalLocation: { artifactLocation: { uri: string }; region?: { startLine: number } } }[] }[] }];
    };
    const result = sarif.runs[0].results.find((x) => x.ruleId === 'PUBLIC_PRINCIPAL_WITHOUT_CONDITION')!;
    expect(result.locations[0]!.physicalLocation.artifactLocation.uri).toMatch(/Site\.template\.json$/);
    expect(result.locations[0]!.physicalLocation.region?.startLine).toBeGreaterThan(1);
  }, 120_000);

  it('stages and nested stacks of an app synthesised in code: the nested template is found through the asset manifest and named by construct path', () => {
    const r = run(['cdk', 'check', dirs.staged]);
    expect(r.stderr).toMatch(/^2 templates, 2 policies/m);
    expect(r.stdout).toMatch(/^Prod\/Api\/Inner\/Runner\/DefaultPolicy\/Resource error INVALID_ACTION PolicyDocument\.Statement\[0\]\.Action\[0\]: Action "s3:GetObjekt"/m);
    expect(r.code).toBe(1);
    // a folder of templates without manifests: a nested template no parent leads to is still read
    const loose = run(['cdk', 'check', dirs.loose]);
    expect(loose.stderr).toMatch(/^2 templates, 2 policies/m);
    expect(loose.stdout).toContain('INVALID_ACTION');
  }, 120_000);

  it('a manifest or template CDK would not write is an input error (exit 2 with what is wrong), never a pass or a crash', () => {
    // before: `artifacts: null`, a manifest that is an array and an assembly listing no stack passed (exit 0, no stack
    // read); a file name that is a number, a metadata entry that is null and a resource that is null crashed
    // ("unexpected error"); a templateFile of ../../etc/hostname was read and its first bytes printed
    const hostile = (name: string, change: (dir: string) => void) => {
      const dir = join(base, `hostile-${name}`);
      cpSync(dirs.plain, dir, { recursive: true });
      change(dir);
      return dir;
    };
    const manifest = (edit: (m: { artifacts: Record<string, { properties?: Record<string, unknown>; metadata?: unknown }> }) => unknown) => (dir: string) => {
      const file = join(dir, 'manifest.json');
      writeFileSync(file, JSON.stringify(edit(JSON.parse(readFileSync(file, 'utf8')))));
    };
    const cases: [string, (dir: string) => void, RegExp][] = [
      ['null-artifacts', manifest((m) => ({ ...m, artifacts: null })), /is not a cloud assembly manifest \("artifacts" is not an object\)/],
      ['array', manifest(() => [1, 2]), /is not a cloud assembly manifest \(not a JSON object\)/],
      ['no-stacks', manifest((m) => ({ ...m, artifacts: {} })), /lists no stack template/],
      ['number-file', manifest((m) => ((m.artifacts['Site']!.properties!['templateFile'] = 42), m)), /a file name that is not text: 42/],
      ['outside', manifest((m) => ((m.artifacts['Site']!.properties!['templateFile'] = '../../../../etc/hostname'), m)), /names "\.\.\/\.\.\/\.\.\/\.\.\/etc\/hostname", outside its cloud assembly directory/],
      ['null-metadata', manifest((m) => ((m.artifacts['Site']!.metadata = { '/Site/X': [null] }), m)), /./],
      ['null-resource', (dir) => writeFileSync(join(dir, 'Site.template.json'), '{"Resources":{"R":null}}'), /resource "R" is not an object/],
      ['no-type', (dir) => writeFileSync(join(dir, 'Site.template.json'), '{"Resources":{"R":{"Properties":{}}}}'), /resource "R" has no Type/],
    ];
    for (const [name, change, message] of cases) {
      const dir = hostile(name, change);
      const r = run(['cdk', 'check', dir]);
      if (name === 'null-metadata') {
        // a metadata entry CDK would not write is left out; the stacks are read and checked
        expect(r.stderr).not.toMatch(/unexpected error/);
        expect(r.code).toBe(1);
        continue;
      }
      expect({ name, code: r.code, unexpected: /unexpected error/.test(r.stderr) }).toEqual({ name, code: 2, unexpected: false });
      expect(r.stderr).toMatch(message);
    }
    // cdk diff too: an unreadable "after" listed every construct as removed and exited 0
    expect(run(['cdk', 'diff', dirs.plain, join(base, 'hostile-null-artifacts')]).code).toBe(2);
  }, 120_000);

  it('--token-length takes a construct path, as the aspect\'s tokenLengths does (it was ignored: only logical IDs were read)', () => {
    const size = (args: string[]) => /Site\/Public\/Policy\/Resource size PolicyDocument: at most (\d+)/.exec(run(['cdk', 'check', '--sizes', '--fail-on', 'error', ...args, dirs.plain]).stdout)?.[1];
    const unset = Number(size([]));
    // the bucket's name counts at most 63 characters (S3 bucket naming rules); 3 here
    expect(Number(size(['--token-length', 'Site/Public=3']))).toBe(unset - 60);
    expect(Number(size(['--token-length', '/Site/Public/Resource=3']))).toBe(unset - 60);
  }, 60_000);

  it('input errors exit 2; --token-length is checked', () => {
    expect(run(['cdk', 'check', join(base, 'missing')]).code).toBe(2);
    expect(run(['cdk', 'check', '--token-length', 'AWS::Region', dirs.plain]).code).toBe(2);
    expect(run(['cdk', 'nope']).code).toBe(2);
    expect(run(['cdk', '--help']).code).toBe(0);
  }, 60_000);
});

describe('typed-iam cdk diff', () => {
  it('the same app twice, or re-laid out by fitRolePolicies: no access added or removed (exit 0)', () => {
    expect(run(['cdk', 'diff', dirs.example, dirs.example]).code).toBe(0);
    const r = run(['cdk', 'diff', dirs.unfitted, dirs.example]);
    expect(r.stderr).toContain('no access added or removed');
    expect(r.code).toBe(0);
  }, 180_000);

  it('a widened role: the added access is listed per construct and the exit code is 1; the reverse lists it as removed', () => {
    const r = run(['cdk', 'diff', dirs.example, dirs.wider]);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^Orders\/Worker \(permissions\)$/m);
    expect(r.stdout).toMatch(/^ {2}\+ s3:DeleteObject on arn:aws:s3:::acme-archive\/\*/m);
    const back = run(['cdk', 'diff', dirs.wider, dirs.example]);
    expect(back.code).toBe(0);
    expect(back.stdout).toMatch(/^ {2}- s3:DeleteObject on arn:aws:s3:::acme-archive\/\*/m);
  }, 180_000);

  it('--timeout is the time of the whole comparison (diffTemplates timeoutMs); not a positive whole number: usage error', () => {
    const r = run(['cdk', 'diff', '--timeout', '120000', dirs.example, dirs.wider]);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^ {2}\+ s3:DeleteObject on arn:aws:s3:::acme-archive\/\*/m);
    for (const bad of ['0', '-5', '1.5', 'soon']) expect(run(['cdk', 'diff', '--timeout', bad, dirs.example, dirs.wider]).code).toBe(2);
  }, 180_000);
});
