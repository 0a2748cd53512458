/** A parent stack reading an attribute of a nested stack's resource (`Fn::GetAtt [Nested, Outputs.X]`): read in the nested stack. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { App, Aspects, NestedStack, Stack } from 'aws-cdk-lib';
import { Annotations, Match } from 'aws-cdk-lib/assertions';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as s3 from 'aws-cdk-lib/aws-s3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkTemplate, TypedIamChecks } from '../../src/cdk/index.js';
import { exportsOf, readAssembly, stackOptions } from '../../src/cdk/assembly.js';

describe('outputs of nested stacks', () => {
  let app: App;
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'typed-iam-nested-'));
    app = new App({ outdir: dir });
    const parent = new Stack(app, 'Main', { env: { account: '111111111111', region: 'eu-west-1' } });
    const store = new NestedStack(parent, 'Store');
    const bucket = new s3.Bucket(store, 'Bucket');
    // two levels down: the output is passed up through the middle nested stack
    const deep = new s3.Bucket(new NestedStack(store, 'Archive'), 'Bucket');
    const role = new iam.Role(parent, 'Reader', { assumedBy: new iam.ServicePrincipal('ec2.amazonaws.com') });
    bucket.grantRead(role);
    deep.grantRead(role);
    Aspects.of(app).add(new TypedIamChecks());
    app.synth();
  }, 120_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  // arn:<partition, at most 10>:s3:::<generated bucket name, at most 63>
  const bucketArn = 4 + 10 + 6 + 63;

  it('the aspect sizes the ARN as the nested stack writes it (was counted at 2,048)', () => {
    const info = Annotations.fromStack(app.node.findChild('Main') as Stack).findInfo('/Main/Reader/DefaultPolicy/Resource', Match.stringLikeRegexp('POLICY_SIZE'));
    expect(info).toHaveLength(1);
    const text = String(info[0]!.entry.data);
    expect(text).not.toMatch(/2048|2,048/);
    expect(text.match(new RegExp(`Outputs\\.[A-Za-z0-9]+ ${bucketArn}\\b`, 'g'))).toHaveLength(2);
  });

  it('cdk check reads it the same way from cdk.out', () => {
    const stacks = readAssembly(dir);
    const imports = exportsOf(stacks);
    const main = stacks.find((s) => s.name === 'Main')!;
    const notes = checkTemplate(main.template, stackOptions(main, imports, {})).sizes.flatMap((r) => r.tokens).filter((n) => /Outputs\./.test(n.token));
    expect(notes.map((n) => n.longest)).toEqual([bucketArn, bucketArn]);
  });
});
