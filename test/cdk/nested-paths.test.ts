/**
 * Construct paths of nested stacks read from cdk.out: CDK makes a nested stack's logical IDs from the
 * paths inside it, so a parent and its nested stacks (or two nested stacks) hold the same logical ID.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { App, NestedStack, Stack } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkTemplate } from '../../src/cdk/index.js';
import { exportsOf, readAssembly, stackOptions, type AssemblyStack } from '../../src/cdk/assembly.js';

describe('the same logical ID in a parent stack and its nested stacks', () => {
  let dir: string;
  let stacks: AssemblyStack[];
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'typed-iam-nested-paths-'));
    // synthesised in code: no aws:cdk:path in the templates, so paths come from the manifest's logical ID metadata
    const app = new App({ outdir: dir });
    const parent = new Stack(app, 'Parent');
    const worker = (scope: Stack, action: string) => new iam.Role(scope, 'Worker', { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') }).addToPolicy(new iam.PolicyStatement({ actions: [action], resources: ['*'] }));
    worker(parent, 's3:GetObjekt');
    const jobs = new NestedStack(parent, 'Jobs');
    worker(jobs, 's3:PutObjekt');
    worker(new NestedStack(parent, 'Batch'), 'sqs:SendMessages');
    // two levels down
    worker(new NestedStack(jobs, 'Deep'), 'sns:Publishes');
    app.synth();
    stacks = readAssembly(dir);
  }, 120_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const workerPath = (s: AssemblyStack) => [...s.paths].find(([id]) => /^Worker[0-9A-F]{8}$/.test(id))?.[1];

  it("each stack names its own Worker by its own path (all four were Parent/Jobs/Deep/Worker/Resource, the manifest's last)", () => {
    expect(stacks.map(workerPath)).toEqual(['Parent/Worker/Resource', 'Parent/Jobs/Worker/Resource', 'Parent/Jobs/Deep/Worker/Resource', 'Parent/Batch/Worker/Resource']);
  });

  it("a suppression limited to a nested stack's path does not cover the parent's finding", () => {
    const imports = exportsOf(stacks);
    const suppressions = [{ code: 'INVALID_ACTION', reason: 'a test of the batch stack', path: 'Parent/Batch' }];
    const invalid = (s: AssemblyStack) => checkTemplate(s.template, stackOptions(s, imports, { suppressions })).findings.filter((f) => f.code === 'INVALID_ACTION');
    const [parent, jobs, deep, batch] = stacks;
    for (const s of [parent!, jobs!, deep!]) expect(invalid(s).map((f) => f.suppressed)).toEqual([undefined]);
    expect(invalid(batch!).map((f) => f.suppressed)).toEqual([{ reason: 'a test of the batch stack' }]);
  });
});
