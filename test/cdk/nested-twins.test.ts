/**
 * Two nested stacks with the same template: the default synthesizer publishes them as one asset (one
 * object key in both parents' TemplateURL, the first file as its source), while each is a stack of
 * its own with its own construct paths and parameters.
 */
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { App, NestedStack, Stack } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkTemplate } from '../../src/cdk/index.js';
import { AssemblyReadError, exportsOf, readAssembly, stackOptions, type AssemblyStack } from '../../src/cdk/assembly.js';

describe('nested stacks with identical templates', () => {
  let dir: string;
  let stacks: AssemblyStack[];
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'typed-iam-nested-twins-'));
    // synthesised in code: no asset metadata, so the nested templates are found by the object key of their TemplateURL
    const app = new App({ outdir: dir });
    const parent = new Stack(app, 'Parent');
    for (const id of ['Alpha', 'Beta', 'Gamma'])
      new iam.Role(new NestedStack(parent, id), 'Worker', { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') }).addToPolicy(new iam.PolicyStatement({ actions: ['s3:GetObjekt'], resources: ['*'] }));
    app.synth();
    stacks = readAssembly(dir);
  }, 120_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('the three templates are one asset (the premise)', () => {
    expect(readdirSync(dir).filter((f) => f.endsWith('.nested.template.json'))).toHaveLength(3);
  });

  it("each is read as its parent's nested stack, with its own construct paths (Beta and Gamma were stacks of their own, without paths)", () => {
    expect(stacks.map((s) => s.name.replace(/[0-9A-F]{8}$/, ''))).toEqual([
      'Parent',
      'Parent/AlphaNestedStackAlphaNestedStackResource',
      'Parent/BetaNestedStackBetaNestedStackResource',
      'Parent/GammaNestedStackGammaNestedStackResource',
    ]);
    expect(stacks.slice(1).map((s) => [...s.paths.values()].find((p) => p.endsWith('/Worker/Resource')))).toEqual(['Parent/Alpha/Worker/Resource', 'Parent/Beta/Worker/Resource', 'Parent/Gamma/Worker/Resource']);
    // each template file is read once: the files of Beta and Gamma are theirs, not strays read again
    expect(new Set(stacks.map((s) => s.file)).size).toBe(4);
  });

  it("a suppression limited to one nested stack's path covers that stack's finding only", () => {
    const imports = exportsOf(stacks);
    const suppressions = [{ code: 'INVALID_ACTION', reason: 'a test of the beta stack', path: 'Parent/Beta' }];
    const found = stacks.slice(1).map((s) => checkTemplate(s.template, stackOptions(s, imports, { suppressions })).findings.filter((f) => f.code === 'INVALID_ACTION').map((f) => f.suppressed?.reason ?? 'reported'));
    expect(found).toEqual([['reported'], ['a test of the beta stack'], ['reported']]);
  });
});

describe('templates that name the same nested template many times', () => {
  const nestedTo = (file: string, n: number) => Object.fromEntries(Array.from({ length: n }, (_, i) => [`Child${i}`, { Type: 'AWS::CloudFormation::Stack', Metadata: { 'aws:asset:path': file }, Properties: { TemplateURL: 'https://example.com/x.json' } }]));
  const role = { Worker: { Type: 'AWS::IAM::Role', Properties: { AssumeRolePolicyDocument: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { Service: 'lambda.amazonaws.com' }, Action: 'sts:AssumeRole' }] } } } };
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'typed-iam-nested-fan-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('a template naming itself is read once below its parent (a cycle CloudFormation cannot deploy)', () => {
    const sub = mkdtempSync(join(dir, 'cycle-'));
    writeFileSync(join(sub, 'Top.template.json'), JSON.stringify({ Resources: nestedTo('Self.nested.template.json', 1) }));
    writeFileSync(join(sub, 'Self.nested.template.json'), JSON.stringify({ Resources: { ...nestedTo('Self.nested.template.json', 2), ...role } }));
    expect(readAssembly(sub).map((s) => s.name)).toEqual(['Top', 'Top/Child0']);
  });

  it('ten resources naming one template, five levels deep, is refused, not read 10^5 times', () => {
    const sub = mkdtempSync(join(dir, 'fan-'));
    writeFileSync(join(sub, 'Top.template.json'), JSON.stringify({ Resources: nestedTo('L1.nested.template.json', 10) }));
    for (let level = 1; level <= 5; level++) writeFileSync(join(sub, `L${level}.nested.template.json`), JSON.stringify({ Resources: level < 5 ? { ...nestedTo(`L${level + 1}.nested.template.json`, 10), ...role } : role }));
    expect(() => readAssembly(sub)).toThrow(AssemblyReadError);
    expect(() => readAssembly(sub)).toThrow(/more than 10,000 nested stacks/);
  });
});
