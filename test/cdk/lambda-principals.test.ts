import { App, Stack } from 'aws-cdk-lib';
import { Template as AssertTemplate } from 'aws-cdk-lib/assertions';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import { describe, expect, it } from 'vitest';
import { checkTemplate, type Template, type TemplateValue } from '../../src/cdk/index.js';

describe('the principal of an AWS::Lambda::Permission', () => {
  it('is a service principal when it has the form of one, amazon.com included (Alexa skills)', () => {
    // Lambda AddPermission: Principal is "the AWS service, AWS account, IAM user, or IAM role"; Alexa invokes as alexa-appkit.amazon.com
    const template = {
      Resources: {
        Fn: { Type: 'AWS::Lambda::Function', Properties: { Role: 'arn:aws:iam::111122223333:role/r', Code: { ZipFile: 'x' }, Handler: 'i.h', Runtime: 'nodejs20.x' } },
        Alexa: { Type: 'AWS::Lambda::Permission', Properties: { Action: 'lambda:InvokeFunction', FunctionName: { Ref: 'Fn' }, Principal: 'alexa-appkit.amazon.com' } },
      },
    } as unknown as Template;
    // read as Service: a service principal without a source condition is Access Analyzer's RESTRICT_ACCESS_TO_SERVICE_PRINCIPAL (it was read as an AWS principal and nothing was said)
    const found = checkTemplate(template).findings.map((f) => `${f.code} ${f.path}`);
    expect(found).toContain('RESTRICT_ACCESS_TO_SERVICE_PRINCIPAL Statement[0].Principal.Service');
  });
});

describe('the InvokedViaFunctionUrl of an AWS::Lambda::Permission', () => {
  const fn = { 'Fn::GetAtt': ['Fn', 'Arn'] };
  const template = (via: unknown): Template =>
    ({
      Parameters: { Via: { Type: 'String' } },
      Resources: {
        Fn: { Type: 'AWS::Lambda::Function' },
        Url: { Type: 'AWS::Lambda::Permission', Properties: { FunctionName: fn, Action: 'lambda:InvokeFunctionUrl', Principal: '*', FunctionUrlAuthType: 'NONE' } },
        Invoke: { Type: 'AWS::Lambda::Permission', Properties: { FunctionName: fn, Action: 'lambda:InvokeFunction', Principal: '*', ...(via === undefined ? {} : { InvokedViaFunctionUrl: via }) } },
      },
    }) as unknown as Template;
  const codes = (t: Template) => checkTemplate(t).findings.map((f) => `${f.logicalId} ${f.code}`);

  it('is the condition Lambda writes, so a public function URL is not a public function', () => {
    // Lambda, "Control access to Lambda function URLs": since October 2025 a function URL needs lambda:InvokeFunction
    // too, granted to "*" under Bool lambda:InvokedViaFunctionUrl "true" (AddPermission InvokedViaFunctionUrl)
    for (const via of [true, 'true', 'True']) expect(codes(template(via))).toEqual([]);
  });

  it('false, absent or a token that may be false leaves the statement public', () => {
    for (const via of [false, 'false', undefined, { Ref: 'Via' }]) expect(codes(template(via))).toEqual(['Invoke PUBLIC_PRINCIPAL_WITHOUT_CONDITION']);
  });

  it('in a synthesised aws-cdk-lib app: addFunctionUrl({ authType: NONE }) gives no finding', () => {
    const app = new App();
    const stack = new Stack(app, 'Url');
    const f = new lambda.Function(stack, 'Fn', { runtime: lambda.Runtime.NODEJS_22_X, handler: 'index.handler', code: lambda.Code.fromInline('x') });
    f.addFunctionUrl({ authType: lambda.FunctionUrlAuthType.NONE });
    const t = AssertTemplate.fromStack(stack).toJSON() as Template;
    // aws-cdk-lib writes both permissions, the second with InvokedViaFunctionUrl: true
    expect(Object.values(t.Resources ?? {}).filter((r) => r.Type === 'AWS::Lambda::Permission').map((r) => (r.Properties as { InvokedViaFunctionUrl?: unknown }).InvokedViaFunctionUrl)).toEqual([undefined, true]);
    expect(checkTemplate(t).findings.map((f) => f.code)).toEqual([]);
  }, 60_000);
});

describe('the Resource of the statement an AWS::Lambda::Permission adds', () => {
  // Lambda AddPermission, FunctionName: "Function name – my-function (name-only), my-function:v1 (with alias).
  // Function ARN – arn:aws:lambda:us-west-2:123456789012:function:my-function. Partial ARN –
  // 123456789012:function:my-function." The policy Lambda stores names the function's ARN.
  const permission = (name: TemplateValue, extra: Partial<Template> = {}): Template => ({
    ...extra,
    Resources: {
      ...extra.Resources,
      P: { Type: 'AWS::Lambda::Permission', Properties: { Action: 'lambda:InvokeFunction', FunctionName: name, Principal: 'iot.amazonaws.com', SourceAccount: '111122223333', SourceArn: 'arn:aws:iot:us-east-1:111122223333:rule/r' } },
    },
  });
  const resource = (t: Template) => {
    const policy = checkTemplate(t, { account: '111122223333', region: 'us-east-1', partition: 'aws', stackName: 'Things' }).policies.find((p) => p.resourceType === 'AWS::Lambda::Permission')!;
    return (policy.document as { Statement: { Resource: TemplateValue }[] }).Statement[0]!.Resource;
  };
  const codes = (t: Template) => checkTemplate(t).findings.map((f) => f.code);
  const arn = (rest: string) => ({ 'Fn::Sub': `arn:\${AWS::Partition}:lambda:\${AWS::Region}:${rest}` });

  it.each<[string, TemplateValue, TemplateValue]>([
    ['a name', 'my-function', arn('${AWS::AccountId}:function:my-function')],
    ['a name with an alias', 'my-function:live', arn('${AWS::AccountId}:function:my-function:live')],
    // was arn:...:function:123456789012:function:my-function
    ['a partial ARN', '123456789012:function:my-function', arn('123456789012:function:my-function')],
    ['an ARN', 'arn:aws:lambda:us-east-1:123456789012:function:f', 'arn:aws:lambda:us-east-1:123456789012:function:f'],
    // was the Resource itself: "stack" is not an ARN (INVALID_ARN_PREFIX, an error; aws-cloudformation-templates' IoT topic rule)
    ['a name in Fn::Sub', { 'Fn::Sub': '${AWS::StackName}' }, arn('${AWS::AccountId}:function:${AWS::StackName}')],
    ['a name in Fn::Sub with its variables', { 'Fn::Sub': ['${Base}-fn', { Base: 'things' }] }, { 'Fn::Sub': ['arn:${AWS::Partition}:lambda:${AWS::Region}:${AWS::AccountId}:function:${Base}-fn', { Base: 'things' }] }],
    ['an ARN in Fn::Sub', { 'Fn::Sub': 'arn:${AWS::Partition}:lambda:${AWS::Region}:${AWS::AccountId}:function:f' }, { 'Fn::Sub': 'arn:${AWS::Partition}:lambda:${AWS::Region}:${AWS::AccountId}:function:f' }],
    ['an attribute in Fn::Sub (may be an ARN: as written)', { 'Fn::Sub': '${Other.Arn}' }, { 'Fn::Sub': '${Other.Arn}' }],
    ['an import (may be either: as written)', { 'Fn::ImportValue': 'Shared-Fn' }, { 'Fn::ImportValue': 'Shared-Fn' }],
  ])('%s is the function ARN', (_, name, expected) => {
    expect(resource(permission(name))).toEqual(expected);
  });

  it('a parameter is a name unless its Default or AllowedValues show an ARN', () => {
    const withParam = (param: { [key: string]: TemplateValue }, name: TemplateValue = { Ref: 'Fn' }) => permission(name, { Parameters: { Fn: { Type: 'String', ...param } } });
    expect(resource(withParam({}))).toEqual(arn('${AWS::AccountId}:function:${Fn}'));
    expect(resource(withParam({ Default: 'worker' }))).toEqual(arn('${AWS::AccountId}:function:${Fn}'));
    expect(resource(withParam({}, { 'Fn::Sub': '${Fn}' }))).toEqual(arn('${AWS::AccountId}:function:${Fn}'));
    expect(resource(withParam({ Default: 'arn:aws:lambda:us-east-1:123456789012:function:f' }))).toEqual({ Ref: 'Fn' });
    expect(resource(withParam({ AllowedValues: ['123456789012:function:a'] }))).toEqual({ Ref: 'Fn' });
  });

  it('a function of the template by Ref (its name) is its Arn; an alias or a version by Ref is already its ARN', () => {
    const own = (type: string, name: TemplateValue) => permission(name, { Resources: { F: { Type: type } } });
    expect(resource(own('AWS::Lambda::Function', { Ref: 'F' }))).toEqual({ 'Fn::GetAtt': ['F', 'Arn'] });
    expect(resource(own('AWS::Lambda::Function', { 'Fn::Sub': '${F}' }))).toEqual({ 'Fn::GetAtt': ['F', 'Arn'] });
    expect(resource(own('AWS::Lambda::Alias', { Ref: 'F' }))).toEqual({ Ref: 'F' });
  });

  it('a name in Fn::Sub is no error', () => {
    expect(codes(permission({ 'Fn::Sub': '${AWS::StackName}' }))).toEqual([]);
  });
});
