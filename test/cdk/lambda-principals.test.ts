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
