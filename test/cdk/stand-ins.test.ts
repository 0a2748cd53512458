/**
 * What lint reads for a `Ref` or `Fn::GetAtt` of a resource of the template: one stand-in per
 * resource, shaped like the value the service gives. Two resources read alike made lint call a
 * grant on both redundant ("remove it", which drops the access to one), and an id shorter than
 * the service's made a VPC endpoint's id an error.
 */
import { App, Aspects, Stack } from 'aws-cdk-lib';
import { Annotations, Match, Template } from 'aws-cdk-lib/assertions';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as s3 from 'aws-cdk-lib/aws-s3';
import { Construct } from 'constructs';
import { describe, expect, it } from 'vitest';
import { checkTemplate, TypedIamChecks } from '../../src/cdk/index.js';
import { diffTemplates } from '../../src/cdk/diff.js';

const trust = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { Service: 'lambda.amazonaws.com' }, Action: 'sts:AssumeRole' }] };
const withPolicy = (resources: object, statements: object[]) => ({
  Resources: {
    ...resources,
    Role: { Type: 'AWS::IAM::Role', Properties: { AssumeRolePolicyDocument: trust } },
    Pol: { Type: 'AWS::IAM::Policy', Properties: { PolicyName: 'p', Roles: [{ Ref: 'Role' }], PolicyDocument: { Version: '2012-10-17', Statement: statements } } },
  },
});
const codes = (t: object) => checkTemplate(t as never).findings.map((f) => `${f.code} ${f.path}`);

// CloudFormation: a generated physical name is the stack name, part of the logical ID and a random
// string, so two resources never get one name (the same holds for the ids services make)
describe('two resources read as two values', () => {
  const long = 'consumerlambdaFunctionMqEventSourceAmazonMqRabbitmqLambdaStackRabbitMqBroker41CBF5C1testQueue';

  it('Lambda functions whose logical IDs share the first 64 characters (a function name is at most 64)', () => {
    const t = withPolicy(
      { [`${long}iscomplete60067564`]: { Type: 'AWS::Lambda::Function', Properties: {} }, [`${long}onevent2F457009`]: { Type: 'AWS::Lambda::Function', Properties: {} } },
      [{ Effect: 'Allow', Action: 'lambda:InvokeFunction', Resource: [{ 'Fn::GetAtt': [`${long}iscomplete60067564`, 'Arn'] }, { 'Fn::GetAtt': [`${long}onevent2F457009`, 'Arn'] }] }],
    );
    expect(codes(t)).toEqual([]);
  });

  it('REST APIs whose logical IDs share the first 10 characters (an API id has 10)', () => {
    const t = withPolicy(
      { PublicApiA1111AAAA: { Type: 'AWS::ApiGateway::RestApi', Properties: {} }, PublicApiA2222BBBB: { Type: 'AWS::ApiGateway::RestApi', Properties: {} } },
      [
        {
          Effect: 'Allow',
          Action: 'execute-api:Invoke',
          Resource: [{ 'Fn::Sub': 'arn:aws:execute-api:us-east-1:111122223333:${PublicApiA1111AAAA}/*' }, { 'Fn::Sub': 'arn:aws:execute-api:us-east-1:111122223333:${PublicApiA2222BBBB}/*' }],
        },
      ],
    );
    expect(codes(t)).toEqual([]);
  });

  it('the same resource reads the same wherever it is named: a second grant on it is still redundant', () => {
    const t = withPolicy({ [`${long}onevent2F457009`]: { Type: 'AWS::Lambda::Function', Properties: {} } }, [
      { Effect: 'Allow', Action: 'lambda:InvokeFunction', Resource: [{ 'Fn::GetAtt': [`${long}onevent2F457009`, 'Arn'] }, { 'Fn::GetAtt': [`${long}onevent2F457009`, 'Arn'] }] },
    ]);
    expect(codes(t)).toEqual(['REDUNDANT_RESOURCE Statement[0].Resource[1]']);
  });

  it('two VPC endpoints in one aws:SourceVpce list: two valid ids (vpce- and 17 characters), no finding', () => {
    // Access Analyzer's "Invalid VPCE format": vpce- followed by 8 or 17 alphanumeric characters
    const t = withPolicy({ One: { Type: 'AWS::EC2::VPCEndpoint', Properties: {} }, Two: { Type: 'AWS::EC2::VPCEndpoint', Properties: {} } }, [
      { Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::b/*', Condition: { StringEquals: { 'aws:SourceVpce': [{ Ref: 'One' }, { Ref: 'Two' }] } } },
    ]);
    expect(codes(t)).toEqual([]);
  });

  it('a VPC in aws:SourceVpc, by Ref or VpcId: a valid id (vpc- and 17 characters), no finding', () => {
    // Access Analyzer's "Invalid VPC format": vpc- followed by 8 or 17 alphanumeric characters
    const t = withPolicy({ Net: { Type: 'AWS::EC2::VPC', Properties: {} } }, [
      { Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::b/*', Condition: { StringEquals: { 'aws:SourceVpc': [{ Ref: 'Net' }] } } },
      { Effect: 'Allow', Action: 's3:PutObject', Resource: 'arn:aws:s3:::b/*', Condition: { StringEquals: { 'aws:SourceVpc': { 'Fn::GetAtt': ['Net', 'VpcId'] } } } },
    ]);
    expect(codes(t)).toEqual([]);
  });

  it('the stand-ins do not change between two reads: cdk diff of a template with itself finds nothing', () => {
    const t = withPolicy(
      { [`${long}iscomplete60067564`]: { Type: 'AWS::Lambda::Function', Properties: {} }, E: { Type: 'AWS::EC2::VPCEndpoint', Properties: {} } },
      [
        { Effect: 'Allow', Action: 'lambda:InvokeFunction', Resource: { 'Fn::GetAtt': [`${long}iscomplete60067564`, 'Arn'] } },
        { Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::b/*', Condition: { StringEquals: { 'aws:SourceVpce': { Ref: 'E' } } } },
      ],
    );
    const rows = diffTemplates([{ name: 'App', template: t as never }], [{ name: 'App', template: JSON.parse(JSON.stringify(t)) as never }]);
    expect(rows.filter((r) => r.added.length > 0 || r.removed.length > 0)).toEqual([]);
  });
});

describe('in synthesised aws-cdk-lib apps', () => {
  it('a bucket that only its VPC endpoint may reach synthesises (the endpoint id was an INVALID_VPCE_FORMAT error)', () => {
    const app = new App();
    const stack = new Stack(app, 'Private');
    const vpc = new ec2.Vpc(stack, 'Vpc', { natGateways: 0, maxAzs: 1 });
    const endpoint = vpc.addGatewayEndpoint('S3', { service: ec2.GatewayVpcEndpointAwsService.S3 });
    const bucket = new s3.Bucket(stack, 'Data');
    bucket.addToResourcePolicy(
      new iam.PolicyStatement({
        effect: iam.Effect.DENY,
        principals: [new iam.AnyPrincipal()],
        actions: ['s3:GetObject'],
        resources: [bucket.arnForObjects('*')],
        conditions: { StringNotEquals: { 'aws:SourceVpce': endpoint.vpcEndpointId } },
      }),
    );
    Aspects.of(app).add(new TypedIamChecks());
    Template.fromStack(stack);
    const a = Annotations.fromStack(stack);
    const m = Match.stringLikeRegexp('typed-iam');
    expect([...a.findError('*', m), ...a.findWarning('*', m)].map((x) => String(x.entry.data))).toEqual([]);
  });

  it('grants on two functions of one deep construct get no REDUNDANT_RESOURCE', () => {
    const app = new App();
    const stack = new Stack(app, 'Deep');
    const deep = new Construct(new Construct(stack, 'EventSourceMappingDeleterFrameworkProvider'), 'AmazonMqRabbitmqLambdaStackBrokerTestQueueHandlers');
    const role = new iam.Role(stack, 'Caller', { assumedBy: new iam.ServicePrincipal('states.amazonaws.com') });
    for (const id of ['OnEvent', 'IsComplete']) {
      const fn = new lambda.Function(deep, id, { runtime: lambda.Runtime.NODEJS_22_X, handler: 'index.handler', code: lambda.Code.fromInline('exports.handler = async () => {}') });
      fn.grantInvoke(role);
    }
    Aspects.of(app).add(new TypedIamChecks());
    const ids = Object.keys(Template.fromStack(stack).findResources('AWS::Lambda::Function'));
    // the case: logical IDs alike in their first 64 characters
    expect(ids.map((id) => id.slice(0, 64))).toEqual([ids[0]!.slice(0, 64), ids[0]!.slice(0, 64)]);
    const a = Annotations.fromStack(stack);
    expect([...a.findError('*', Match.anyValue()), ...a.findWarning('*', Match.anyValue()), ...a.findInfo('*', Match.stringLikeRegexp('REDUNDANT'))].map((x) => String(x.entry.data))).toEqual([]);
  });
});
