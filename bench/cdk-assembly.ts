/**
 * `typed-iam cdk check` and `cdk diff` over a large synthetic cloud assembly:
 * `npx tsx bench/cdk-assembly.ts [--stacks 50] [--entities 400] [--rounds 3] [--steps readAssembly,check,check-fresh,diff,nested,aspect]`
 * (also run by `npm run bench`).
 *
 * Each stack holds `entities` IAM resources in groups of seven: a named role, an unnamed role (the
 * same logical IDs in every stack), a user named like the role, an `AWS::IAM::Policy` on both
 * roles, one on a role of the stack before by its name, one on that stack's role through an
 * `Fn::ImportValue`, and a managed policy (attached by `Roles` and by `ManagedPolicyArns`); and one
 * policy on a role named alike in the env-agnostic stacks. Stacks are in two accounts or
 * env-agnostic, so a role named alike in an env-agnostic stack may be any account's.
 *
 * Timed (wall, median of `rounds`): `readAssembly`; check (read, `exportsOf`, then `checkTemplate`
 * with `stackOptions` for every stack, as the CLI does); diff (two reads and `diffTemplates`, one
 * statement added in one stack). Three steps per stack, each printed as a ratio to a peer of the
 * same run (less bent by the machine's load than a time): check-fresh, the check with a new `{}` of
 * options per stack as a library caller may pass (peer: check, one options object); nested, the read
 * of a stack with `--nested` nested stacks whose manifest names all their resources (peer: the same
 * with a quarter of them: 4x is linear, 16x quadratic); aspect, `app.synth()` of a CDK app of
 * `--aspect-stacks` stacks (`--aspect-filler` other resources each) under `TypedIamChecks` (peer: a quarter of the stacks, likewise).
 * `TYPED_IAM_BASE=/path/to/other/checkout` times that checkout's
 * `src/` too, in the same process, interleaved round by round (`--base-first` puts it first in each
 * round), and says whether both gave the same results. No goal; the figures are in docs/cdk.md.
 */
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';

const { values } = parseArgs({
  options: {
    stacks: { type: 'string', default: '50' },
    entities: { type: 'string', default: '400' },
    rounds: { type: 'string', default: '3' },
    'base-first': { type: 'boolean', default: false },
    steps: { type: 'string', default: 'readAssembly,check,check-fresh,diff,nested,aspect' },
    nested: { type: 'string', default: '800' },
    'aspect-stacks': { type: 'string', default: '96' },
    'aspect-filler': { type: 'string', default: '150' },
  },
});
const NESTED = Number(values.nested);
const ASPECT_STACKS = Number(values['aspect-stacks']);
const ASPECT_FILLER = Number(values['aspect-filler']);
const STACKS = Number(values.stacks);
const GROUPS = Math.max(1, Math.floor(Number(values.entities) / 7));
const ROUNDS = Number(values.rounds);

const ACCOUNTS = ['111111111111', '222222222222', 'unknown-account'];
const trust = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { Service: 'lambda.amazonaws.com' }, Action: 'sts:AssumeRole' }] };
const doc = (tag: string, extra = false) => ({
  Version: '2012-10-17',
  Statement: [
    { Effect: 'Allow', Action: ['s3:GetObject', 's3:ListBucket'], Resource: [`arn:aws:s3:::${tag}`, `arn:aws:s3:::${tag}/*`] },
    { Effect: 'Allow', Action: 'dynamodb:Query', Resource: { 'Fn::Sub': `arn:\${AWS::Partition}:dynamodb:\${AWS::Region}:\${AWS::AccountId}:table/${tag}` } },
    ...(extra ? [{ Effect: 'Allow', Action: 's3:DeleteObject', Resource: `arn:aws:s3:::${tag}/*` }] : []),
  ],
});

/** The template of stack `i`: `changed` adds a statement to its first policy (the diff's change). */
function template(i: number, changed: boolean): object {
  const S = `S${i}`;
  const prev = (i + STACKS - 1) % STACKS;
  const resources: Record<string, object> = {};
  const outputs: Record<string, object> = {};
  const r = (id: string, Type: string, Properties: object) => (resources[id] = { Type, Properties, Metadata: { 'aws:cdk:path': `${S}/${id}/Resource` } });
  for (let j = 0; j < GROUPS; j++) {
    r(`Role${j}`, 'AWS::IAM::Role', { RoleName: `app-${i}-${j}`, AssumeRolePolicyDocument: trust, ManagedPolicyArns: [{ Ref: `Managed${j}` }, 'arn:aws:iam::aws:policy/ReadOnlyAccess'] });
    r(`Worker${j}`, 'AWS::IAM::Role', { AssumeRolePolicyDocument: trust });
    r(`User${j}`, 'AWS::IAM::User', { UserName: `app-${i}-${j}` });
    r(`Policy${j}`, 'AWS::IAM::Policy', { PolicyName: `p${j}`, PolicyDocument: doc(`${S}-own-${j}`, changed && j === 0), Roles: [{ Ref: `Role${j}` }, { Ref: `Worker${j}` }], Users: [{ Ref: `User${j}` }] });
    r(`Cross${j}`, 'AWS::IAM::Policy', { PolicyName: `c${j}`, PolicyDocument: doc(`${S}-cross-${j}`), Roles: [`app-${prev}-${j}`] });
    r(`Imported${j}`, 'AWS::IAM::Policy', { PolicyName: `i${j}`, PolicyDocument: doc(`${S}-imported-${j}`), Roles: [{ 'Fn::ImportValue': `S${prev}-Worker${j}` }] });
    r(`Managed${j}`, 'AWS::IAM::ManagedPolicy', { PolicyDocument: doc(`${S}-managed-${j}`), Roles: [{ Ref: `Worker${j}` }] });
    // one policy per stack on a shared role: each such role sums the policies of a tenth of the stacks
    if (j === 0) r(`Shared${j}`, 'AWS::IAM::Policy', { PolicyName: `s${j}`, PolicyDocument: doc(`${S}-shared-${j}`), Roles: [`shared-${i % 10}`] });
    outputs[`Worker${j}Name`] = { Value: { Ref: `Worker${j}` }, Export: { Name: `${S}-Worker${j}` } };
  }
  // the env-agnostic stacks make the shared roles: each may be the one every other stack names
  if (i % ACCOUNTS.length === 2) for (let k = 0; k < 10; k++) r(`SharedRole${k}`, 'AWS::IAM::Role', { RoleName: `shared-${k}`, AssumeRolePolicyDocument: trust });
  return { Resources: resources, Outputs: outputs };
}

/** Writes an assembly of {@link STACKS} stacks into a new folder. */
function writeAssembly(root: string, name: string, changedStack: number): string {
  const dir = join(root, name);
  mkdirSync(dir);
  const artifacts: Record<string, object> = {};
  for (let i = 0; i < STACKS; i++) {
    writeFileSync(join(dir, `S${i}.template.json`), JSON.stringify(template(i, i === changedStack)));
    artifacts[`S${i}`] = { type: 'aws:cloudformation:stack', environment: `aws://${ACCOUNTS[i % ACCOUNTS.length]}/eu-west-1`, properties: { templateFile: `S${i}.template.json` } };
  }
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify({ version: '36.0.0', artifacts }));
  return dir;
}

/**
 * Writes an assembly of one stack with `n` nested stacks of 20 roles each, and the manifest metadata
 * CDK writes for them: the logical ID of every resource of the parent and of its nested stacks.
 */
function writeNested(root: string, name: string, n: number): string {
  const dir = join(root, name);
  mkdirSync(dir);
  const metadata: Record<string, object[]> = {};
  const resources: Record<string, object> = {};
  for (let k = 0; k < n; k++) {
    const id = `N${k}`;
    const nested: Record<string, object> = {};
    for (let j = 0; j < 20; j++) {
      nested[`Role${j}`] = { Type: 'AWS::IAM::Role', Properties: { AssumeRolePolicyDocument: trust } };
      metadata[`/P/${id}/Role${j}/Resource`] = [{ type: 'aws:cdk:logicalId', data: `Role${j}` }];
    }
    writeFileSync(join(dir, `P${id}.nested.template.json`), JSON.stringify({ Resources: nested }));
    resources[id] = { Type: 'AWS::CloudFormation::Stack', Properties: { TemplateURL: `https://example/${id}.json` }, Metadata: { 'aws:asset:path': `P${id}.nested.template.json` } };
    metadata[`/P/${id}.NestedStack/${id}.NestedStackResource`] = [{ type: 'aws:cdk:logicalId', data: id }];
  }
  writeFileSync(join(dir, 'P.template.json'), JSON.stringify({ Resources: resources }));
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify({ version: '36.0.0', artifacts: { P: { type: 'aws:cloudformation:stack', environment: 'aws://111111111111/eu-west-1', properties: { templateFile: 'P.template.json' }, metadata } } }));
  return dir;
}

type Assembly = typeof import('../src/cdk/assembly.js');
type Aspect = typeof import('../src/cdk/aspect.js');
type Diff = typeof import('../src/cdk/diff.js');
type TemplateModule = typeof import('../src/cdk/template.js');
interface Impl {
  readonly name: string;
  readonly assembly: Assembly;
  readonly diff: Diff;
  readonly template: TemplateModule;
  readonly aspect: Aspect;
}

async function load(name: string, src: string): Promise<Impl> {
  return {
    name,
    assembly: (await import(join(src, 'cdk/assembly.ts'))) as Assembly,
    diff: (await import(join(src, 'cdk/diff.ts'))) as Diff,
    template: (await import(join(src, 'cdk/template.ts'))) as TemplateModule,
    aspect: (await import(join(src, 'cdk/aspect.ts'))) as Aspect,
  };
}

const root = mkdtempSync(join(tmpdir(), 'typed-iam-bench-cdk-'));
try {
  const before = writeAssembly(root, 'before', -1);
  const after = writeAssembly(root, 'after', Math.floor(STACKS / 2));
  const nestedDirs = { full: writeNested(root, 'nested', NESTED), quarter: writeNested(root, 'nested-quarter', Math.max(1, Math.floor(NESTED / 4))) };
  const cdk = await import('aws-cdk-lib');
  /**
   * A CDK app of `n` stacks of 4 roles, each with an inline policy, and a policy on a role of the stack
   * before by its name; and `--aspect-filler` resources without policies (topics), as the constructs of
   * a real stack outnumber its roles.
   */
  const cdkApp = (m: Impl, n: number) => {
    const app = new cdk.App();
    for (let i = 0; i < n; i++) {
      const stack = new cdk.Stack(app, `S${i}`, { env: { account: '111111111111', region: 'eu-west-1' } });
      for (let j = 0; j < 4; j++) {
        const role = new cdk.aws_iam.Role(stack, `Role${j}`, { roleName: `app-${i}-${j}`, assumedBy: new cdk.aws_iam.ServicePrincipal('lambda.amazonaws.com') });
        role.addToPolicy(new cdk.aws_iam.PolicyStatement({ actions: ['s3:GetObject'], resources: [`arn:aws:s3:::s${i}-${j}/*`] }));
        new cdk.aws_iam.CfnPolicy(stack, `Cross${j}`, { policyName: `c${j}`, roles: [`app-${(i + n - 1) % n}-${j}`], policyDocument: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 's3:PutObject', Resource: `arn:aws:s3:::x${i}-${j}/*` }] } });
      }
      for (let k = 0; k < ASPECT_FILLER; k++) new cdk.CfnResource(stack, `Topic${k}`, { type: 'AWS::SNS::Topic', properties: { TopicName: `t-${i}-${k}` } });
    }
    cdk.Aspects.of(app).add(new m.aspect.TypedIamChecks({ reportSizes: false }));
    const assembly = app.synth();
    // the annotations are the results: compared across checkouts
    return assembly.stacks.map((s) => s.messages.map((x) => `${x.id} ${x.level} ${String(x.entry.data)}`));
  };
  const impls = [await load('this checkout', resolve(import.meta.dirname, '../src'))];
  const base = process.env['TYPED_IAM_BASE'];
  if (base !== undefined && base !== '') {
    const other = await load(`base (${base})`, resolve(base, 'src'));
    if (values['base-first']) impls.unshift(other);
    else impls.push(other);
  }

  const steps = {
    readAssembly: (m: Impl) => m.assembly.readAssembly(before),
    check: (m: Impl) => {
      const stacks = m.assembly.readAssembly(before);
      // one options object for every stack, as the CLI passes (what the app attaches is read once per options)
      const base = {};
      const imports = m.assembly.exportsOf(stacks, base);
      return stacks.map((s) => m.template.checkTemplate(s.template, m.assembly.stackOptions(s, imports, base)));
    },
    'check-fresh': (m: Impl) => {
      const stacks = m.assembly.readAssembly(before);
      const imports = m.assembly.exportsOf(stacks, {});
      // a new options object for each stack, equal to the others
      return stacks.map((s) => m.template.checkTemplate(s.template, m.assembly.stackOptions(s, imports, {})));
    },
    nested: (m: Impl) => m.assembly.readAssembly(nestedDirs.full).map((s) => [s.name, [...s.paths]]),
    'nested-quarter': (m: Impl) => m.assembly.readAssembly(nestedDirs.quarter).map((s) => [s.name, [...s.paths]]),
    aspect: (m: Impl) => cdkApp(m, ASPECT_STACKS),
    'aspect-quarter': (m: Impl) => cdkApp(m, Math.max(1, Math.floor(ASPECT_STACKS / 4))),
    diff: (m: Impl) => {
      const side = (dir: string) => {
        const stacks = m.assembly.readAssembly(dir);
        const imports = m.assembly.exportsOf(stacks);
        return stacks.map((s) => ({ name: s.name, template: s.template, options: m.assembly.stackOptions(s, imports, {}) }));
      };
      return m.diff.diffTemplates(side(before), side(after), { timeoutMs: 600_000 });
    },
  };

  const load1 = (await import('node:os')).loadavg().map((x) => x.toFixed(2)).join(' ');
  console.log(`${STACKS} stacks x ${GROUPS * 7} IAM resources (${GROUPS} groups of 7), ${ROUNDS} rounds, load ${load1}; order: ${impls.map((m) => m.name).join(', ')}`);
  const times = new Map<string, number[]>();
  const results = new Map<string, string>();
  for (let round = 0; round < ROUNDS; round++)
    for (const [step, run] of Object.entries(steps).filter(([step]) => values.steps.split(',').some((want) => step === want || step === `${want}-quarter`)))
      for (const m of impls) {
        const start = performance.now();
        const out = run(m);
        const ms = performance.now() - start;
        const key = `${step}\t${m.name}`;
        times.set(key, [...(times.get(key) ?? []), ms]);
        // results compared once: the stacks read (without their parsed templates), findings and sizes, the diff
        if (round === 0 && step !== 'readAssembly') results.set(key, JSON.stringify(out));
      }
  const median = (v: readonly number[]) => [...v].sort((a, b) => a - b)[v.length >> 1]!;
  for (const [key, v] of times) {
    const [step, name] = key.split('\t');
    console.log(`${step!.padEnd(14)} ${name!.padEnd(40)} median ${median(v).toFixed(0).padStart(7)} ms   (${v.map((x) => x.toFixed(0)).join(', ')})`);
  }
  // each per-stack step against its peer of the same run and checkout
  const peers = [['check-fresh', 'check'], ['nested', 'nested-quarter'], ['aspect', 'aspect-quarter']] as const;
  for (const m of impls)
    for (const [step, peer] of peers) {
      const a = times.get(`${step}\t${m.name}`);
      const b = times.get(`${peer}\t${m.name}`);
      if (a !== undefined && b !== undefined) console.log(`${`${step} / ${peer}`.padEnd(30)} ${m.name.padEnd(40)} ${(median(a) / median(b)).toFixed(2)}x`);
    }
  if (impls.length === 2)
    for (const step of ['check', 'check-fresh', 'diff', 'nested', 'aspect'].filter((step) => results.has(`${step}\t${impls[0]!.name}`))) {
      const [a, b] = impls.map((m) => results.get(`${step}\t${m.name}`));
      console.log(`${step}: results ${a === b ? 'identical' : 'DIFFER'} (${a?.length ?? 0} characters of JSON)`);
    }
} finally {
  rmSync(root, { recursive: true, force: true });
}
