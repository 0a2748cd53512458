import { App, Stack } from 'aws-cdk-lib';
import { Template as AssertTemplate } from 'aws-cdk-lib/assertions';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import { describe, expect, it } from 'vitest';
import { checkTemplate, type Template } from '../../src/cdk/index.js';

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
