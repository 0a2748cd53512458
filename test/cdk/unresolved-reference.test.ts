/**
 * UNRESOLVED_REFERENCE: a policy in a template names, by Ref, Fn::GetAtt or Fn::Sub, a parameter or resource the
 * template lacks. CloudFormation User Guide: Ref takes "the logical name of the resource or parameter you want to
 * reference", Fn::GetAtt "the logical name (also called logical ID) of the resource", and an Fn::Sub variable is "a
 * template parameter name, resource logical ID, resource attribute, or a key-value map"; a template naming one it
 * lacks is refused ("Template format error: Unresolved resource dependencies [...] in the Resources block of the
 * template"). A Transform (AWS SAM, a macro) makes resources the template as written does not hold.
 */
import { describe, expect, it } from 'vitest';
import { App, Stack } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as s3 from 'aws-cdk-lib/aws-s3';
import { checkTemplate, readTemplate, type Template as CfnTemplate } from '../../src/cdk/cloudformation.js';

const yaml = `Parameters:
  Env: {Type: String}
Resources:
  Bucket:
    Type: AWS::S3::Bucket
  Reader:
    Type: AWS::IAM::ManagedPolicy
    Properties:
      PolicyDocument:
        Version: '2012-10-17'
        Statement:
          - Effect: Allow
            Action: s3:GetObject
            Resource:
              - !Sub 'arn:\${AWS::Partition}:s3:::\${Buckt}-\${Envv}/*'
              - !GetAtt Buckett.Arn
              - !Sub ['\${Name}/\${Bucket.Arn}/\${AWS::Region}', {Name: !Ref Env}]
              - !Ref AWS::Regoin
`;
const unresolved = (t: CfnTemplate) => checkTemplate(t).findings.filter((f) => f.code === 'UNRESOLVED_REFERENCE');

describe('UNRESOLVED_REFERENCE', () => {
  it('a Ref, Fn::GetAtt or Fn::Sub name the template lacks is an error where it stands, with the names it may mean', () => {
    const read = readTemplate(yaml);
    if (!read.success) throw new Error(read.error.message);
    const found = unresolved(read.template);
    expect(found.map((f) => [f.severity, f.templatePath, f.message.slice(0, f.message.indexOf(' names '))])).toEqual([
      ['error', 'Resources.Reader.Properties.PolicyDocument.Statement[0].Resource[0]', '"${Buckt}"'],
      ['error', 'Resources.Reader.Properties.PolicyDocument.Statement[0].Resource[0]', '"${Envv}"'],
      ['error', 'Resources.Reader.Properties.PolicyDocument.Statement[0].Resource[1]', '"Fn::GetAtt Buckett"'],
      ['error', 'Resources.Reader.Properties.PolicyDocument.Statement[0].Resource[3]', '"Ref AWS::Regoin"'],
    ]);
    expect(found[0]!.message).toBe(
      '"${Buckt}" names "Buckt", which is no parameter, resource or pseudo parameter of the template, so CloudFormation refuses it ("Unresolved resource dependencies [Buckt]"). Did you mean "Bucket"?',
    );
    expect(found.map((f) => f.message.slice(f.message.indexOf('Did you mean')))).toEqual(['Did you mean "Bucket"?', 'Did you mean "Env"?', 'Did you mean "Bucket"?', 'Did you mean "AWS::Region"?']);
    expect(read.locate(found[2]!.templatePath)).toEqual({ line: 16, column: 17 });
  });

  it('none in a template with a Transform (SAM makes resources such as a function\'s role), nor for a name only Fn::GetAtt cannot take', () => {
    const read = readTemplate(yaml);
    if (!read.success) throw new Error(read.error.message);
    expect(unresolved({ ...read.template, Transform: 'AWS::Serverless-2016-10-31' })).toEqual([]);
    // Fn::GetAtt of a parameter: a parameter has no attributes
    const t = { Parameters: { P: { Type: 'String' } }, Resources: { M: { Type: 'AWS::IAM::ManagedPolicy', Properties: { PolicyDocument: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 's3:GetObject', Resource: { 'Fn::GetAtt': ['P', 'Arn'] } }] } } } } };
    expect(unresolved(t).map((f) => f.message)).toEqual([
      '"Fn::GetAtt P" names "P", which is no resource (Fn::GetAtt reads the attributes of resources) of the template, so CloudFormation refuses it ("Unresolved resource dependencies [P]").',
    ]);
  });

  it("a policy variable in an Fn::Sub is POLICY_VARIABLE_IN_SUB's, not also this", () => {
    const t = { Resources: { M: { Type: 'AWS::IAM::ManagedPolicy', Properties: { PolicyDocument: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 's3:GetObject', Resource: { 'Fn::Sub': 'arn:aws:s3:::b/${aws:username}/*' } }] } } } } };
    expect(checkTemplate(t).findings.map((f) => f.code)).toEqual(['POLICY_VARIABLE_IN_SUB']);
  });

  it("in what attaches policies and entities (a policy's Roles, a role's ManagedPolicyArns and boundary, an instance profile's Roles), too", () => {
    const yaml = `Resources:
  Worker:
    Type: AWS::IAM::Role
    Properties:
      AssumeRolePolicyDocument: {Version: '2012-10-17', Statement: [{Effect: Allow, Principal: {Service: ec2.amazonaws.com}, Action: sts:AssumeRole}]}
      ManagedPolicyArns: [!Ref Readr]
      PermissionsBoundary: !Ref Boundry
  Reader:
    Type: AWS::IAM::ManagedPolicy
    Properties:
      PolicyDocument: {Version: '2012-10-17', Statement: [{Effect: Allow, Action: s3:GetObject, Resource: '*'}]}
  Boundary:
    Type: AWS::IAM::ManagedPolicy
    Properties:
      PolicyDocument: {Version: '2012-10-17', Statement: [{Effect: Allow, Action: s3:*, Resource: '*'}]}
      Roles: [!Ref Workr]
  Profile:
    Type: AWS::IAM::InstanceProfile
    Properties:
      Roles: [!Ref Worker, !Ref Wroker]
`;
    const read = readTemplate(yaml);
    if (!read.success) throw new Error('unreadable');
    const found = unresolved(read.template);
    expect(found.map((f) => [f.templatePath, f.message.replace(/, which .*$/, '')])).toEqual([
      ['Resources.Worker.Properties.ManagedPolicyArns[0]', '"Ref Readr" names "Readr"'],
      ['Resources.Worker.Properties.PermissionsBoundary', '"Ref Boundry" names "Boundry"'],
      ['Resources.Boundary.Properties.Roles[0]', '"Ref Workr" names "Workr"'],
      ['Resources.Profile.Properties.Roles[1]', '"Ref Wroker" names "Wroker"'],
    ]);
    expect(found[0]!.message).toContain('Did you mean "Reader"?');
  });

  it('none in the templates aws-cdk-lib writes', () => {
    const stack = new Stack(new App(), 'App');
    const bucket = new s3.Bucket(stack, 'Bucket');
    const role = new iam.Role(stack, 'Role', { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') });
    bucket.grantReadWrite(role);
    bucket.addToResourcePolicy(new iam.PolicyStatement({ actions: ['s3:GetObject'], principals: [role], resources: [bucket.arnForObjects('*')] }));
    expect(unresolved(Template.fromStack(stack).toJSON() as CfnTemplate)).toEqual([]);
  });
});
