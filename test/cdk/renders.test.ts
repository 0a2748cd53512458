/** The aspect renders each stack of an app once per synth, however many stacks import from it. */
import { App, Aspects, CfnResource, NestedStack, Stack } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as s3 from 'aws-cdk-lib/aws-s3';
import { Annotations, Match, Template } from 'aws-cdk-lib/assertions';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { TypedIamChecks } from '../../src/cdk/index.js';

/** Calls of `_toCloudFormation` per stack during one synth (CDK's own synthesis makes one per element). */
function countRenders(app: App): Map<string, number> {
  const counts = new Map<string, number>();
  const original = CfnResource.prototype._toCloudFormation;
  const spy = vi.spyOn(CfnResource.prototype, '_toCloudFormation').mockImplementation(function (this: CfnResource) {
    // one count per stack render: the stack's first resource stands for the stack
    const stack = Stack.of(this);
    const first = stack.node.findAll().find((c) => c instanceof CfnResource && Stack.of(c) === stack);
    if (first === this) counts.set(stack.stackName, (counts.get(stack.stackName) ?? 0) + 1);
    return original.call(this);
  });
  app.synth();
  spy.mockRestore();
  return counts;
}

afterEach(() => vi.restoreAllMocks());

describe('cross-stack imports: each stack is rendered once per synth', () => {
  it('30 stacks importing a bucket of one stack: the exporting stack is rendered once by the aspect (was once per importing stack)', () => {
    const app = new App();
    const data = new Stack(app, 'Data');
    const bucket = new s3.Bucket(data, 'Bucket');
    for (let i = 0; i < 30; i++) bucket.grantRead(new iam.Role(new Stack(app, `Reader${i}`), 'Role', { assumedBy: new iam.ServicePrincipal('ec2.amazonaws.com') }));
    Aspects.of(app).add(new TypedIamChecks());
    const counts = countRenders(app);
    // CDK's own synthesis renders each stack twice, the aspect once more
    expect(counts.get('Data')).toBe(3);
    for (let i = 0; i < 30; i++) expect(counts.get(`Reader${i}`)).toBe(3);
  }, 120_000);

  it('a chain of 30 stacks, each importing from the one before: each rendered once by the aspect', () => {
    const app = new App();
    let previous = new s3.Bucket(new Stack(app, 'Link0'), 'Bucket');
    for (let i = 1; i < 30; i++) {
      const stack = new Stack(app, `Link${i}`);
      previous.grantRead(new iam.Role(stack, 'Role', { assumedBy: new iam.ServicePrincipal('ec2.amazonaws.com') }));
      previous = new s3.Bucket(stack, 'Bucket');
    }
    Aspects.of(app).add(new TypedIamChecks());
    const counts = countRenders(app);
    for (let i = 0; i < 30; i++) expect(counts.get(`Link${i}`), `Link${i}`).toBe(3);
  }, 120_000);
});

describe('nested stacks: the parent is rendered once for the parameters it passes to all of them', () => {
  it('10 nested stacks reading a bucket of their parent', () => {
    const app = new App();
    const parent = new Stack(app, 'Parent');
    const bucket = new s3.Bucket(parent, 'Bucket');
    for (let i = 0; i < 10; i++) bucket.grantRead(new iam.Role(new NestedStack(parent, `Jobs${i}`), 'Role', { assumedBy: new iam.ServicePrincipal('ec2.amazonaws.com') }));
    Aspects.of(app).add(new TypedIamChecks());
    const counts = countRenders(app);
    expect(counts.get('Parent')).toBe(3);
  }, 120_000);
});

describe('renders are of one synth', () => {
  it('a stack changed between two synths is checked as it is at the second (no render is kept from the first)', () => {
    const app = new App();
    const stack = new Stack(app, 'Site');
    const bucket = new s3.Bucket(stack, 'Bucket');
    bucket.grantRead(new iam.Role(new Stack(app, 'Reader'), 'Role', { assumedBy: new iam.ServicePrincipal('ec2.amazonaws.com') }));
    // CDK refuses new constructs after a synth: the bucket policy exists before the first one
    bucket.addToResourcePolicy(new iam.PolicyStatement({ actions: ['s3:GetObject'], resources: [bucket.arnForObjects('*')], principals: [new iam.AccountRootPrincipal()] }));
    Aspects.of(app).add(new TypedIamChecks());
    Template.fromStack(stack);
    const publicRead = Match.stringLikeRegexp('PUBLIC_PRINCIPAL_WITHOUT_CONDITION');
    expect(Annotations.fromStack(stack).findError('*', publicRead)).toEqual([]);
    bucket.addToResourcePolicy(new iam.PolicyStatement({ actions: ['s3:GetObject'], resources: [bucket.arnForObjects('*')], principals: [new iam.AnyPrincipal()] }));
    Template.fromStack(stack);
    expect(Annotations.fromStack(stack).findError('*', publicRead).length).toBeGreaterThan(0);
  }, 60_000);
});
