/**
 * POLICY_VARIABLE_IN_SUB: an IAM policy variable in the text of an Fn::Sub without its `!`. CloudFormation User
 * Guide, Fn::Sub: a `${MyVarName}` is a template parameter, a resource's logical ID, a resource attribute or a key
 * of the variable map; "To write a dollar sign and curly braces (${}) literally, add an exclamation point (!) after
 * the open curly brace, such as ${!Literal}." Parameter names and logical IDs are alphanumeric, so a name with a
 * colon (other than a pseudo parameter, AWS::Region) is none: CloudFormation refuses the template.
 */
import { describe, expect, it } from 'vitest';
import { checkTemplate, readTemplate } from '../../src/cdk/cloudformation.js';
import { variablesInSub } from '../../src/cdk/template.js';

const yaml = `Parameters:
  Bucket: {Type: String}
Resources:
  Role:
    Type: AWS::IAM::Role
    Properties:
      AssumeRolePolicyDocument:
        Version: '2012-10-17'
        Statement:
          - {Effect: Allow, Principal: {Service: lambda.amazonaws.com}, Action: sts:AssumeRole}
      Policies:
        - PolicyName: home
          PolicyDocument:
            Version: '2012-10-17'
            Statement:
              - Effect: Allow
                Action: s3:GetObject
                Resource:
                  - !Sub 'arn:\${AWS::Partition}:s3:::\${Bucket}/home/\${aws:PrincipalTag/team}/*'
                  - !Sub 'arn:\${AWS::Partition}:s3:::\${Bucket}/shared/\${!aws:PrincipalTag/team}/*'
              - Effect: Allow
                Action: s3:ListBucket
                Resource: !Sub 'arn:aws:s3:::\${Bucket}'
                Condition:
                  StringLike:
                    s3:prefix: !Sub '\${aws:PrincipalTag/team}/*'
`;

describe('POLICY_VARIABLE_IN_SUB', () => {
  it('reports a policy variable Fn::Sub reads as a template name, where it stands, with the escape to write', () => {
    const read = readTemplate(yaml);
    if (!read.success) throw new Error(read.error.message);
    const found = checkTemplate(read.template).findings.filter((f) => f.code === 'POLICY_VARIABLE_IN_SUB');
    expect(found.map((f) => [f.severity, f.templatePath])).toEqual([
      ['error', 'Resources.Role.Properties.Policies[0].PolicyDocument.Statement[0].Resource[0]'],
      ['error', 'Resources.Role.Properties.Policies[0].PolicyDocument.Statement[1].Condition.StringLike["s3:prefix"]'],
    ]);
    expect(found[0]?.message).toBe(
      'Fn::Sub reads "${aws:PrincipalTag/team}" as a parameter, resource or attribute named "aws:PrincipalTag/team", which the template cannot have (a name with a colon is none), so CloudFormation refuses the template; for the IAM policy variable write "${!aws:PrincipalTag/team}".',
    );
    expect(read.locate(found[0]!.templatePath)).toEqual({ line: 19, column: 21 });
  });

  it('a policy given as JSON text that Fn::Sub builds (read as Fn::Join, its references as Ref)', () => {
    const text = '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:GetObject","Resource":"arn:${AWS::Partition}:s3:::b/${aws:username}/*"}]}';
    const t = { Resources: { P: { Type: 'AWS::IAM::ManagedPolicy', Properties: { PolicyDocument: { 'Fn::Sub': text } } } } };
    const f = checkTemplate(t).findings.filter((x) => x.code === 'POLICY_VARIABLE_IN_SUB');
    expect(f.map((x) => x.templatePath)).toEqual(['Resources.P.Properties.PolicyDocument.Statement[0].Resource']);
    expect(checkTemplate({ Resources: { P: { Type: 'AWS::IAM::ManagedPolicy', Properties: { PolicyDocument: { 'Fn::Sub': text.replace('${aws', '${!aws') } } } } }).findings).toEqual([]);
  });

  it('leaves pseudo parameters, names of the template, escapes and the variable map alone', () => {
    expect(variablesInSub({ 'Fn::Sub': 'arn:${AWS::Partition}:s3:::${Bucket}/${Role.Arn}/${!aws:username}' })).toEqual([]);
    expect(variablesInSub({ 'Fn::Sub': ['${aws:username}', { 'aws:username': 'alice' }] })).toEqual([]);
    // a variable of the map is a value of its own, and an intrinsic keeps the place of the value it makes
    expect(variablesInSub({ Resource: { 'Fn::Join': ['', [{ 'Fn::Sub': ['${X}', { X: { 'Fn::Sub': '${saml:sub}' } }] }]] } })).toEqual([{ path: 'Resource', name: 'saml:sub' }]);
    // a whole policy written as Fn::Sub text
    expect(variablesInSub({ 'Fn::Sub': '{"Statement":[{"Resource":"arn:aws:s3:::b/${aws:username}"}]}' })).toEqual([{ path: '', name: 'aws:username' }]);
  });
});
