/**
 * aws-cdk-lib's DynamoDB read grants (`grantReadData`, `grantReadWriteData`, on `Table` and
 * `TableV2`, with a stream or without) write `dynamodb:GetRecords` and `dynamodb:GetShardIterator`
 * on the table and index ARNs. Those are stream actions (Service Authorization Reference: resource
 * type `stream`, `arn:${Partition}:dynamodb:${Region}:${Account}:table/${TableName}/stream/${StreamLabel}`),
 * so the entry grants them nothing: the finding stays (a warning), and its message now says who wrote
 * it and gives the suppression limited to the policy, which turns it into an info annotation. Apps
 * synthesised in process with aws-cdk-lib 2.276.
 */
import { App, Aspects, Stack } from 'aws-cdk-lib';
import { Annotations, Match, Template } from 'aws-cdk-lib/assertions';
import * as ddb from 'aws-cdk-lib/aws-dynamodb';
import * as iam from 'aws-cdk-lib/aws-iam';
import { describe, expect, it } from 'vitest';
import { checkTemplate, TypedIamChecks, type Template as CfnTemplate, type TypedIamChecksOptions } from '../../src/cdk/index.js';

const typedIam = Match.stringLikeRegexp('\\[typed-iam\\]');
const ADVICE = '`table.grantStreamRead(grantee)` grants them on the stream';
type Build = (s: Stack, role: iam.Role) => void;

function synth(build: Build, context: Record<string, unknown> = {}, options: TypedIamChecksOptions = {}) {
  const app = new App({ context });
  const stack = new Stack(app, 'S', { env: { account: '111122223333', region: 'eu-west-1' } });
  build(stack, new iam.Role(stack, 'Role', { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') }));
  Aspects.of(app).add(new TypedIamChecks(options));
  const template = Template.fromStack(stack).toJSON() as CfnTemplate;
  const a = Annotations.fromStack(stack);
  const show = (x: { entry: { data?: unknown } }) => String(x.entry.data);
  return { warnings: a.findWarning('*', typedIam).map(show), infos: a.findInfo('*', Match.stringLikeRegexp('suppressed')).map(show), template };
}

const key = { partitionKey: { name: 'pk', type: ddb.AttributeType.STRING } };

describe("CDK's DynamoDB read grants: the warning names the grant, and its suppression makes it info", () => {
  const cases: { name: string; build: Build; code: string; count: number; context?: Record<string, unknown> }[] = [
    { name: 'grantReadData on a Table without a stream', build: (s, r) => void new ddb.Table(s, 'T', key).grantReadData(r), code: 'RESOURCE_MISMATCH', count: 1 },
    {
      name: 'grantReadWriteData on a Table with a stream and an index (the table and index entries)',
      build: (s, r) => {
        const t = new ddb.Table(s, 'T', { ...key, stream: ddb.StreamViewType.NEW_IMAGE });
        t.addGlobalSecondaryIndex({ indexName: 'byOwner', partitionKey: { name: 'owner', type: ddb.AttributeType.STRING } });
        t.grantReadWriteData(r);
      },
      code: 'RESOURCE_MISMATCH',
      count: 2,
    },
    { name: 'grantReadData on a TableV2', build: (s, r) => void new ddb.TableV2(s, 'T', key).grantReadData(r), code: 'RESOURCE_MISMATCH', count: 1 },
    {
      name: 'grantReadData with @aws-cdk/aws-iam:minimizePolicies (the statements merged: each action fits no entry)',
      build: (s, r) => void new ddb.Table(s, 'T', key).grantReadData(r),
      code: 'ACTION_MATCHES_NO_RESOURCE',
      count: 2,
      context: { '@aws-cdk/aws-iam:minimizePolicies': true },
    },
  ];
  for (const c of cases)
    it(c.name, () => {
      const before = synth(c.build, c.context);
      expect(before.warnings).toHaveLength(c.count);
      const paths = new Set<string>();
      for (const w of before.warnings) {
        expect(w).toContain(c.code);
        expect(w).toContain(ADVICE);
        const path = new RegExp(`suppressions: \\[\\{ code: '${c.code}', path: '([^']+)'`).exec(w)?.[1];
        expect(path, w).toBe('S/Role/DefaultPolicy');
        paths.add(path!);
      }
      const after = synth(c.build, c.context, { suppressions: [...paths].map((path) => ({ code: c.code, path, reason: 'written by aws-cdk-lib' })) });
      expect(after.warnings).toEqual([]);
      expect(after.infos).toHaveLength(c.count);
      // cdk check on the template gives the same advice
      const found = checkTemplate(before.template).findings.filter((f) => f.code === c.code);
      expect(found).toHaveLength(c.count);
      for (const f of found) expect(f.message).toContain(ADVICE);
    });
});

describe('statements CDK does not write this way get no such advice', () => {
  const statement = (s: Stack, r: iam.Role, props: iam.PolicyStatementProps) => {
    const t = new ddb.Table(s, 'T', key);
    r.addToPolicy(new iam.PolicyStatement({ resources: [t.tableArn], ...props }));
  };
  it('a Deny of the stream actions on the table (an error: it denies nothing)', () => {
    const { template } = synth((s, r) => statement(s, r, { effect: iam.Effect.DENY, actions: ['dynamodb:GetRecords'] }));
    const found = checkTemplate(template).findings.filter((f) => f.code === 'RESOURCE_MISMATCH');
    expect(found).toHaveLength(1);
    expect(found[0]!.message).not.toContain('aws-cdk-lib writes');
  });

  it('another action that takes no table ARN (a stream ARN written as the table)', () => {
    const { warnings } = synth((s, r) => statement(s, r, { actions: ['dynamodb:DescribeStream'] }));
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain('RESOURCE_MISMATCH');
    expect(warnings[0]).not.toContain('aws-cdk-lib writes');
  });

  it('the stream actions on an ARN that is no table', () => {
    const { warnings } = synth((_s, r) => r.addToPolicy(new iam.PolicyStatement({ actions: ['dynamodb:GetRecords'], resources: ['arn:aws:s3:::bucket/*'] })));
    expect(warnings.length).toBeGreaterThan(0);
    for (const w of warnings) expect(w).not.toContain('aws-cdk-lib writes');
  });
});
