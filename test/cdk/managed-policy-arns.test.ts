/**
 * MANAGED_POLICY_NOT_ATTACHABLE: AWS managed policies a template gives a role, user, group or permission set that IAM
 * would not attach. IAM's errors: "Policy arn:aws:iam::aws:policy/MyManagedPolicy does not exist or is not attachable"
 * (aws-cdk#3379, a name without its path or a name no policy has) and "Cannot attach a Service Role Policy to a
 * Customer Role" (PolicyNotAttachable, aws-cdk#6131: a policy under aws-service-role/).
 */
import { App, Stack } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import * as iam from 'aws-cdk-lib/aws-iam';
import { describe, expect, it } from 'vitest';
import { checkTemplate, type Template as CfnTemplate } from '../../src/cdk/index.js';
import { awsManagedPolicy, managedPolicyPath } from '../../src/catalog/managed-policies.js';
import { managedPolicyArn } from '../../src/arn/index.js';

const found = (t: object) => checkTemplate(t as CfnTemplate).findings.filter((f) => f.code === 'MANAGED_POLICY_NOT_ATTACHABLE');

describe('MANAGED_POLICY_NOT_ATTACHABLE', () => {
  it("a CDK app's ManagedPolicy.fromAwsManagedPolicyName without the policy's path, a service-linked role's policy, a typo", () => {
    const stack = new Stack(new App(), 'Managed');
    const role = new iam.Role(stack, 'Fn', { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') });
    role.addManagedPolicy(iam.ManagedPolicy.fromAwsManagedPolicyName('AWSLambdaBasicExecutionRole'));
    role.addManagedPolicy(iam.ManagedPolicy.fromAwsManagedPolicyName('service-role/AWSLambdaVPCAccessExecutionRole'));
    role.addManagedPolicy(iam.ManagedPolicy.fromAwsManagedPolicyName('aws-service-role/AmazonElasticsearchServiceRolePolicy'));
    const user = new iam.User(stack, 'Ops', { permissionsBoundary: iam.ManagedPolicy.fromAwsManagedPolicyName('PowerUserAcess') });
    user.addManagedPolicy(iam.ManagedPolicy.fromAwsManagedPolicyName('ReadOnlyAccess'));
    const t = Template.fromStack(stack).toJSON();
    const f = found(t);
    expect(f.map((x) => [x.severity, x.templatePath.replace(/^Resources\.\w+?[0-9A-F]{8}\./, 'Resources.<id>.')])).toEqual([
      ['error', 'Resources.<id>.Properties.ManagedPolicyArns[0]'],
      ['error', 'Resources.<id>.Properties.ManagedPolicyArns[2]'],
      ['warning', 'Resources.<id>.Properties.PermissionsBoundary'],
    ]);
    expect(f[0]!.message).toContain('that policy\'s ARN has the path "service-role/"');
    expect(f[0]!.message).toContain('write "arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole"');
    expect(f[1]!.message).toContain('Cannot attach a Service Role Policy to a Customer Role');
    expect(f[2]!.message).toContain('Did you mean "arn:aws:iam::aws:policy/PowerUserAccess"?');
  });

  it('in another partition (aws-us-gov, aws-cn): a name without its path and a service-linked policy are errors; a name unknown or in another case is not judged', () => {
    // the paths are AWS's in every partition; which names each partition has, typed-iam's list (the aws partition's) does not say
    const role = (arns: string[]) => ({ Resources: { R: { Type: 'AWS::IAM::Role', Properties: { AssumeRolePolicyDocument: { Version: '2012-10-17', Statement: [] }, ManagedPolicyArns: arns } } } });
    const f = found(role(['arn:aws-us-gov:iam::aws:policy/AWSLambdaBasicExecutionRole', 'arn:aws-cn:iam::aws:policy/aws-service-role/AWSSupportServiceRolePolicy', 'arn:aws-cn:iam::aws:policy/readonlyaccess', 'arn:aws-us-gov:iam::aws:policy/GovCloudOnlyPolicy']));
    expect(f.map((x) => [x.severity, x.templatePath])).toEqual([
      ['error', 'Resources.R.Properties.ManagedPolicyArns[0]'],
      ['error', 'Resources.R.Properties.ManagedPolicyArns[1]'],
    ]);
    expect(f[0]!.message).toContain('write "arn:aws-us-gov:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole"');
  });

  it('every branch of an Fn::If, a permission set; not a name known at deploy time, another partition, or a policy of yours', () => {
    const t = {
      Parameters: { P: { Type: 'String' } },
      Conditions: { C: { 'Fn::Equals': ['a', 'b'] } },
      Resources: {
        G: { Type: 'AWS::IAM::Group', Properties: { ManagedPolicyArns: { 'Fn::If': ['C', ['arn:aws:iam::aws:policy/readonlyaccess'], ['arn:aws:iam::aws:policy/AmazonS3ReadOnly']] } } },
        S: { Type: 'AWS::SSO::PermissionSet', Properties: { InstanceArn: 'arn:aws:sso:::instance/ssoins-1', Name: 's', ManagedPolicies: ['arn:aws:iam::aws:policy/job-function/ViewOnlyAcces'] } },
        R: {
          Type: 'AWS::IAM::Role',
          Properties: {
            AssumeRolePolicyDocument: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { Service: 'ec2.amazonaws.com' }, Action: 'sts:AssumeRole' }] },
            ManagedPolicyArns: [{ 'Fn::Sub': 'arn:${AWS::Partition}:iam::aws:policy/${P}' }, 'arn:aws-cn:iam::aws:policy/Nope', 'arn:aws:iam::123456789012:policy/Mine', { Ref: 'P' }, 'arn:aws:iam::aws:policy/AmazonSSMManagedInstanceCore'],
          },
        },
      },
    };
    expect(found(t).map((x) => [x.logicalId, x.severity, x.templatePath, x.message.slice(0, x.message.indexOf('" ') + 1)])).toEqual([
      ['G', 'warning', 'Resources.G.Properties.ManagedPolicyArns', '"arn:aws:iam::aws:policy/readonlyaccess"'],
      ['G', 'warning', 'Resources.G.Properties.ManagedPolicyArns', '"arn:aws:iam::aws:policy/AmazonS3ReadOnly"'],
      ['S', 'warning', 'Resources.S.Properties.ManagedPolicies[0]', '"arn:aws:iam::aws:policy/job-function/ViewOnlyAcces"'],
    ]);
  });

  it("an AWS SAM function's Policies: a name (SAM finds its ARN, with its path) or an ARN; none when a Role is given", () => {
    const fn = (policies: unknown, extra: object = {}) => ({ Type: 'AWS::Serverless::Function', Properties: { Runtime: 'nodejs20.x', Handler: 'i.h', CodeUri: '.', Policies: policies, ...extra } });
    const t = {
      Transform: 'AWS::Serverless-2016-10-31',
      Resources: {
        F: fn(['AWSLambdaExecute', 'AWSLambdaBasicExecutionRole', 'AmazonS3ReadOnly', { S3ReadPolicy: { BucketName: 'b' } }, 'arn:aws:iam::aws:policy/AWSXrayWriteOnlyAccess', 'AmazonElasticsearchServiceRolePolicy']),
        G: fn('Nope', { Role: 'arn:aws:iam::123456789012:role/r' }),
        H: fn('AmazonDynamoDBFullAcces'),
      },
    };
    expect(found(t).map((x) => [x.severity, x.templatePath])).toEqual([
      ['warning', 'Resources.F.Properties.Policies[2]'],
      ['error', 'Resources.F.Properties.Policies[5]'],
      ['warning', 'Resources.H.Properties.Policies'],
    ]);
    // a name is shown as written, and the names offered are names, as SAM's Policies take them
    expect(found(t)[2]!.message).toMatch(/^"AmazonDynamoDBFullAcces" names none of the [\d,]+ AWS managed policies .*Did you mean "AmazonDynamoDBFullAccess" or /);
    expect(found(t)[1]!.message).toMatch(/^"AmazonElasticsearchServiceRolePolicy" is a policy for service-linked roles/);
    const [cased] = found({ Transform: 'AWS::Serverless-2016-10-31', Resources: { F: fn(['amazons3readonlyaccess']) } });
    expect(cased!.message).toContain('AWS writes it "AmazonS3ReadOnlyAccess"');
  });

  it('reads the list of AWS managed policies once: names, paths and near names', () => {
    expect(awsManagedPolicy('service-role/AWSLambdaBasicExecutionRole')).toEqual({ found: true, serviceLinked: false });
    expect(awsManagedPolicy('aws-service-role/AmazonElasticsearchServiceRolePolicy')).toEqual({ found: true, serviceLinked: true });
    expect(awsManagedPolicy('service-role/ReadOnlyAccess')).toEqual({ found: false, why: 'path', name: 'ReadOnlyAccess' });
    expect(awsManagedPolicy('AmazonS3ReadOnly')).toEqual({ found: false, why: 'unknown', near: ['AmazonS3ReadOnlyAccess'] });
    expect(awsManagedPolicy('MyManagedPolicy')).toEqual({ found: false, why: 'unknown', near: [] });
    expect([managedPolicyPath('AWSLambdaBasicExecutionRole'), managedPolicyPath('ReadOnlyAccess'), managedPolicyPath('NoSuchPolicy')]).toEqual(['service-role/', '', '']);
    // managedPolicyArn completes a name with the same path
    expect(managedPolicyArn('AWSLambdaBasicExecutionRole')).toBe('arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole');
  });
});
