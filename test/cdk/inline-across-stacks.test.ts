/**
 * IAM counts every inline policy of a role against one quota (IAM quotas: "Role policy size
 * 10,240 characters", the sum of its inline policies), wherever the template that attaches it is:
 * an `iam.Policy` in another stack (`Roles: [Fn::ImportValue]`), in a nested stack (a parameter the
 * parent passes), or naming the role by its name as text. Each template summed only its own. The
 * quota of managed policies per role (10 by default) counts them likewise.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { App, Aspects, NestedStack, Stack } from 'aws-cdk-lib';
import { Annotations, Match, Template as Assertions } from 'aws-cdk-lib/assertions';
import * as iam from 'aws-cdk-lib/aws-iam';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkTemplate, TypedIamChecks, type Template } from '../../src/cdk/index.js';
import { exportsOf, readAssembly, stackOptions, type AssemblyStack } from '../../src/cdk/assembly.js';

/** `n` statements of about 290 characters each. */
function statements(n: number, tag: string): iam.PolicyStatement[] {
  return Array.from({ length: n }, (_, i) => new iam.PolicyStatement({ actions: ['s3:GetObject'], resources: [`arn:aws:s3:::${tag}-${'x'.repeat(240)}-${i}/*`] }));
}

/** A role in stack A (8,500 characters of its own), a policy of 8,500 on it in stack B, one of 1,500 in a nested stack of A. */
function app(outdir?: string): { app: App; a: Stack; b: Stack } {
  const app = new App(outdir === undefined ? {} : { outdir });
  const a = new Stack(app, 'A');
  const b = new Stack(app, 'B');
  const role = new iam.Role(a, 'Worker', { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') });
  for (const s of statements(30, 'own')) role.addToPolicy(s);
  new iam.Policy(b, 'Extra', { roles: [role], statements: statements(30, 'extra') });
  new iam.Policy(new NestedStack(a, 'Nested'), 'More', { roles: [role], statements: statements(5, 'more') });
  return { app, a, b };
}

const sizeErrors = Match.stringLikeRegexp('POLICY_SIZE_EXCEEDS_QUOTA');

describe("the aspect sums a role's inline policies over the stacks of its stage", () => {
  let a: Stack;
  let b: Stack;
  beforeAll(() => {
    const made = app();
    ({ a, b } = made);
    Aspects.of(made.app).add(new TypedIamChecks());
    made.app.synth();
  }, 120_000);

  it('the three policies together are over 10,240: an error on each (each stack said "within" before)', () => {
    const errors = [...Annotations.fromStack(a).findError('*', sizeErrors), ...Annotations.fromStack(b).findError('*', sizeErrors)];
    expect(errors.map((e) => e.id).sort()).toEqual(['/A/Nested/More/Resource', '/A/Worker/DefaultPolicy/Resource', '/B/Extra/Resource']);
    const text = String(errors.find((e) => e.id === '/B/Extra/Resource')!.entry.data);
    // the role is named by its construct path, the policy of another stack with that stack
    expect(text).toMatch(/The inline policies of A\/Worker are together 20,\d{3} characters \(Extra\w+ 9,\d{3}, A: WorkerDefaultPolicy\w+ 9,\d{3}, A\/Nested: More\w+ 1,\d{3}\)/);
    expect(text).toContain("over the 10,240-character limit of target 'inline-role'");
  });
});

describe('cdk check (readAssembly, stackOptions) sums them too', () => {
  let dir: string;
  let stacks: AssemblyStack[];
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'typed-iam-inline-across-'));
    app(dir).app.synth();
    stacks = readAssembly(dir);
  }, 120_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('each template reports the sum, with the same figure', () => {
    const imports = exportsOf(stacks);
    const base = {};
    const over = stacks.flatMap((s) => checkTemplate(s.template, stackOptions(s, imports, base)).sizes.filter((r) => r.target === 'inline-role' && r.aggregate !== undefined && r.aggregate.policies.length === 3));
    expect(over).toHaveLength(3);
    expect(new Set(over.map((r) => r.longest)).size).toBe(1);
    expect(over.every((r) => r.fits === 'no' && r.longest > 20_000)).toBe(true);
  });
});

describe('a role named by its name as text', () => {
  const trust = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { Service: 'lambda.amazonaws.com' }, Action: 'sts:AssumeRole' }] };
  const doc = (tag: string) => ({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 's3:GetObject', Resource: `arn:aws:s3:::${tag.repeat(6000)}/*` }] });

  it("`Roles: ['worker']` counts with the inline policies of the role named Worker (IAM role names ignore case)", () => {
    // as iam.Role.fromRoleName(this, 'W', 'worker') writes it, next to the role it names
    const template: Template = {
      Resources: {
        Role: { Type: 'AWS::IAM::Role', Properties: { RoleName: 'Worker', AssumeRolePolicyDocument: trust, Policies: [{ PolicyName: 'a', PolicyDocument: doc('a') }] } },
        Extra: { Type: 'AWS::IAM::Policy', Properties: { PolicyName: 'b', Roles: ['worker'], PolicyDocument: doc('b') } },
      },
    };
    const sizes = checkTemplate(template).sizes.filter((s) => s.target === 'inline-role');
    expect(sizes.map((s) => [s.logicalId, s.longest, s.fits])).toEqual([
      ['Role', 12_220, 'no'],
      ['Extra', 12_220, 'no'],
    ]);
  });
});

describe('fitRolePolicies leaves room for the inline policies other stacks attach', () => {
  it("with 11,291 characters attached by other stacks, the role's own statements all move to managed policies", () => {
    const made = app();
    Aspects.of(made.app).add(new TypedIamChecks({ fitRolePolicies: true }));
    made.app.synth();
    const errors = [...Annotations.fromStack(made.a).findError('*', sizeErrors), ...Annotations.fromStack(made.b).findError('*', sizeErrors)];
    // B's and the nested stack's policies alone are 11,291 characters, over the quota: the role's own statements all go
    // to managed policies, and the sum stays an error, on the two policies of the other stacks
    const text = errors.map((e) => String(e.entry.data)).join('\n');
    expect(errors.map((e) => e.id).sort()).toEqual(['/A/Nested/More/Resource', '/B/Extra/Resource']);
    expect(text).toMatch(/together 11,\d{3} characters/);
    // an inline policy without statements would be refused by IAM ("Missing statement"): it is removed (it was left empty)
    const resources = Object.entries(Assertions.fromStack(made.a).toJSON()['Resources'] as Record<string, { Type: string }>);
    expect(resources.filter(([id]) => id.startsWith('WorkerDefaultPolicy'))).toEqual([]);
    expect(resources.filter(([, r]) => r.Type === 'AWS::IAM::ManagedPolicy').length).toBeGreaterThan(0);
    const managed = Annotations.fromStack(made.a).findInfo('*', Match.stringLikeRegexp("target 'managed'"));
    expect(managed.length).toBeGreaterThan(0);
  }, 120_000);
});

describe('managed policies attached to a role by other stacks (IAM quota: managed policies per role, 10 by default)', () => {
  it("8 on the role and 3 of another stack naming it are 11: an error on the role (each stack counted its own)", () => {
    const app = new App();
    const a = new Stack(app, 'A');
    const role = new iam.Role(a, 'Worker', { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') });
    for (let i = 0; i < 8; i++) role.addManagedPolicy(iam.ManagedPolicy.fromAwsManagedPolicyName(`Policy${i}`));
    const b = new Stack(app, 'B');
    for (let i = 0; i < 3; i++) new iam.ManagedPolicy(b, `Shared${i}`, { roles: [role], statements: statements(1, `s${i}`) });
    Aspects.of(app).add(new TypedIamChecks());
    app.synth();
    const errors = Annotations.fromStack(a).findError('*', Match.stringLikeRegexp('MANAGED_POLICIES_QUOTA_EXCEEDED'));
    expect(errors.map((e) => [e.id, String(e.entry.data).includes('11 managed policies are attached')])).toEqual([['/A/Worker/Resource', true]]);
  }, 60_000);

  it('one policy attached both ways (ManagedPolicyArns and its Roles) counts once', () => {
    const arns = Array.from({ length: 9 }, (_, i) => `arn:aws:iam::aws:policy/P${i}`);
    const template: Template = {
      Resources: {
        Role: { Type: 'AWS::IAM::Role', Properties: { AssumeRolePolicyDocument: { Version: '2012-10-17', Statement: [] }, ManagedPolicyArns: [...arns, { Ref: 'Mine' }] } },
        Mine: { Type: 'AWS::IAM::ManagedPolicy', Properties: { Roles: [{ Ref: 'Role' }], PolicyDocument: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 's3:GetObject', Resource: '*' }] } } },
      },
    };
    expect(checkTemplate(template).findings.filter((f) => f.code === 'MANAGED_POLICIES_QUOTA_EXCEEDED')).toEqual([]);
  });
});

describe('a role no stack of the app makes (Role.fromRoleArn, fromRoleName)', () => {
  it("its inline policies outside the app are not known: within 10,240 is a warning that says so, never 'fits'", () => {
    const app = new App();
    const stack = new Stack(app, 'S');
    iam.Role.fromRoleArn(stack, 'Outside', 'arn:aws:iam::123456789012:role/outside').addToPrincipalPolicy(new iam.PolicyStatement({ actions: ['s3:GetObject'], resources: ['*'] }));
    // a role of the app named as text is one of the app
    new iam.Role(stack, 'Mine', { roleName: 'mine', assumedBy: new iam.AccountRootPrincipal() });
    iam.Role.fromRoleName(stack, 'MineByName', 'mine').attachInlinePolicy(new iam.Policy(stack, 'ByName', { statements: [new iam.PolicyStatement({ actions: ['s3:GetObject'], resources: ['*'] })] }));
    Aspects.of(app).add(new TypedIamChecks());
    app.synth();
    const warnings = Annotations.fromStack(stack).findWarning('*', Match.stringLikeRegexp('POLICY_SIZE_MAY_EXCEED_QUOTA'));
    expect(warnings.map((w) => w.id)).toEqual(['/S/Outside/Policy/Resource']);
    expect(String(warnings[0]!.entry.data)).toContain('only if the inline policies role "outside" has outside this app take at most 10,144 more');
    expect(Annotations.fromStack(stack).findInfo('/S/ByName/Resource', Match.stringLikeRegexp('inline policies of S/Mine together'))).toHaveLength(1);
  }, 60_000);
});

describe("a role's many inline policies (a SAM function's Policies) in its size message", () => {
  // IAM quotas: "Role policy size: 10,240 characters" for all inline policies of the role together
  const role = (n: number, size: (i: number) => number): Template => ({
    Resources: {
      Fn: {
        Type: 'AWS::IAM::Role',
        Properties: {
          AssumeRolePolicyDocument: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { Service: 'lambda.amazonaws.com' }, Action: 'sts:AssumeRole' }] },
          Policies: Array.from({ length: n }, (_, i) => ({
            PolicyName: `P${i}`,
            PolicyDocument: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 's3:GetObject', Resource: `arn:aws:s3:::b${String(i).padStart(2, '0')}-${'x'.repeat(size(i))}/*` }] },
          })),
        },
      },
    },
  });
  const message = (t: Template) => checkTemplate(t).findings.find((f) => f.code === 'POLICY_SIZE_EXCEEDS_QUOTA')!.message;

  it('names each policy of the role by its place in Policies, not the role alone each time', () => {
    const text = message(role(3, () => 3500));
    expect(text).toMatch(/\(Fn Policies\[0\] 3,\d{3}, Fn Policies\[1\] 3,\d{3}, Fn Policies\[2\] 3,\d{3}\)/);
  });

  it('lists the ten longest, in template order, and says how many more there are', () => {
    // policies 2, 5, 8, ..., 38 are long (13 of them, alike): the first ten of them are listed
    const text = message(role(40, (i) => (i % 3 === 2 ? 900 : 100)));
    const listed = [...text.matchAll(/Fn Policies\[(\d+)\] [\d,]+/g)].map((m) => Number(m[1]));
    expect(listed).toEqual([2, 5, 8, 11, 14, 17, 20, 23, 26, 29]);
    expect(text).toContain('Fn Policies[29] 1,014 and 30 more');
    expect(text).toMatch(/ and 30 more\): [\d,]+ over the 10,240-character limit/);
  });
});
