/**
 * A Lambda function's resource-based policy written two ways. CloudFormation's AWS::Lambda::ResourcePolicy
 * reference: "using both AWS::Lambda::Permission and AWS::Lambda::ResourcePolicy to set permissions
 * on a function can result in errors. Permissions defined in AWS::Lambda::Permission can be
 * unintentionally overwritten ... Don't use both resource types to set permissions on a function."
 */
import { describe, expect, it } from 'vitest';
import { CDK_CODES, checkTemplate, type Template } from '../../src/cdk/cloudformation.js';

const doc = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::111122223333:root' }, Action: 'lambda:InvokeFunction', Resource: '*' }] };
const policy = (resourceArn: unknown) => ({ Type: 'AWS::Lambda::ResourcePolicy', Properties: { ResourceArn: resourceArn, PolicyDocument: doc } });
const permission = (functionName: unknown) => ({ Type: 'AWS::Lambda::Permission', Properties: { FunctionName: functionName, Action: 'lambda:InvokeFunction', Principal: '111122223333' } });
const twice = (resources: Record<string, unknown>) =>
  checkTemplate({ Resources: { Fn: { Type: 'AWS::Lambda::Function', Properties: {} }, ...resources } } as Template)
    .findings.filter((f) => f.code === CDK_CODES.functionPolicyTwice)
    .map((f) => [f.logicalId, f.templatePath, f.severity]);

describe('a function policy written by AWS::Lambda::ResourcePolicy and by AWS::Lambda::Permission', () => {
  it('is a warning at the resource policy, naming the permissions, however each names the function', () => {
    expect(twice({ Policy: policy({ 'Fn::GetAtt': ['Fn', 'Arn'] }), A: permission({ Ref: 'Fn' }), B: permission({ 'Fn::GetAtt': ['Fn', 'Arn'] }) })).toEqual([
      ['Policy', 'Resources.Policy.Properties.ResourceArn', 'warning'],
    ]);
    const [finding] = checkTemplate({ Resources: { Policy: policy({ 'Fn::GetAtt': ['Fn', 'Arn'] }), A: permission({ Ref: 'Fn' }), B: permission({ Ref: 'Fn' }) } } as Template).findings.filter((f) => f.code === CDK_CODES.functionPolicyTwice);
    expect(finding!.message).toContain('2 AWS::Lambda::Permission resources A, B add statements to it');
    // a name, a partial ARN and an ARN name one function alike
    expect(twice({ Policy: policy('arn:aws:lambda:eu-west-1:111122223333:function:f'), A: permission('f') })).toHaveLength(1);
    expect(twice({ Policy: policy('arn:aws:lambda:eu-west-1:111122223333:function:f'), A: permission('111122223333:function:f') })).toHaveLength(1);
  });

  it('is nothing for another function, or another version or alias of it (each has a policy of its own)', () => {
    expect(twice({ Policy: policy({ 'Fn::GetAtt': ['Fn', 'Arn'] }), A: permission({ Ref: 'Other' }) })).toEqual([]);
    expect(twice({ Policy: policy('arn:aws:lambda:eu-west-1:111122223333:function:f:prod'), A: permission('f') })).toEqual([]);
    expect(twice({ Policy: policy('arn:aws:lambda:eu-west-1:111122223333:function:f:prod'), A: permission('f:prod') })).toHaveLength(1);
    expect(twice({ Policy: policy({ 'Fn::GetAtt': ['Fn', 'Arn'] }) })).toEqual([]);
  });
});
