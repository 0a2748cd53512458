/** API Gateway apps: the Lambda permissions CDK writes per method name the stage, whose name is at most 128 characters. */
import { App, Aspects, Stack } from 'aws-cdk-lib';
import { Annotations, Match, Template } from 'aws-cdk-lib/assertions';
import * as apigw from 'aws-cdk-lib/aws-apigateway';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as s3 from 'aws-cdk-lib/aws-s3';
import { describe, expect, it } from 'vitest';
import { checkTemplate, TypedIamChecks, type Template as CfnTemplate } from '../../src/cdk/index.js';

describe('a REST API with a Lambda integration on 12 resources', () => {
  it('the function policy fits (each permission names the stage: its literal name, or at most 128 characters, API Gateway CreateStage), no false POLICY_SIZE_MAY_EXCEED_QUOTA', () => {
    const app = new App();
    const stack = new Stack(app, 'Api', { env: { account: '111111111111', region: 'eu-west-1' } });
    const fn = new lambda.Function(stack, 'Handler', { runtime: lambda.Runtime.NODEJS_20_X, handler: 'index.handler', code: lambda.Code.fromInline('exports.handler=async()=>{}') });
    const api = new apigw.RestApi(stack, 'Rest');
    for (let i = 0; i < 12; i++) api.root.addResource(`items${i}`).addMethod('GET', new apigw.LambdaIntegration(fn));
    Aspects.of(app).add(new TypedIamChecks());
    const template = Template.fromStack(stack).toJSON() as CfnTemplate;
    expect(Annotations.fromStack(stack).findWarning('*', Match.stringLikeRegexp('POLICY_SIZE'))).toEqual([]);
    const report = checkTemplate(template, { account: '111111111111', region: 'eu-west-1', stackName: 'Api' }).sizes.find((r) => r.resourceType === 'AWS::Lambda::Permission')!;
    expect(report.fits).toBe('yes');
    expect(report.tokens.filter((n) => /Stage/.test(n.token)).map((n) => n.longest)).toEqual(['prod'.length]);
    // a stage whose name is not given counts at the longest stage name
    const resources = { ...template.Resources } as Record<string, { Type: string; Properties?: Record<string, unknown> }>;
    const stageId = Object.keys(resources).find((id) => resources[id]!.Type === 'AWS::ApiGateway::Stage')!;
    const { StageName: _, ...rest } = resources[stageId]!.Properties!;
    resources[stageId] = { ...resources[stageId]!, Properties: rest };
    const unnamed = checkTemplate({ ...template, Resources: resources } as CfnTemplate, { account: '111111111111', region: 'eu-west-1', stackName: 'Api' }).sizes.find((r) => r.resourceType === 'AWS::Lambda::Permission')!;
    expect(unnamed.tokens.filter((n) => /Stage/.test(n.token)).map((n) => n.longest)).toEqual([128]);
    expect(unnamed.fits).toBe('yes');
  }, 60_000);
});

describe('a REST API whose OpenAPI definition is in S3 (SpecRestApi with ApiDefinition.fromBucket or fromAsset: BodyS3Location)', () => {
  const spec = (policy?: iam.PolicyDocument) => {
    const app = new App();
    const stack = new Stack(app, 'Spec');
    new apigw.SpecRestApi(stack, 'Api', { apiDefinition: apigw.ApiDefinition.fromBucket(s3.Bucket.fromBucketName(stack, 'Definitions', 'api-definitions'), 'openapi.json'), ...(policy === undefined ? {} : { policy }) });
    Aspects.of(app).add(new TypedIamChecks());
    return { stack, template: Template.fromStack(stack).toJSON() as CfnTemplate };
  };

  it('its x-amazon-apigateway-policy cannot be read: POLICY_NOT_READ, a warning saying how to have it checked (it was skipped without a word)', () => {
    const { stack, template } = spec();
    const found = checkTemplate(template).findings;
    expect(found.map((f) => [f.code, f.severity, f.property, f.templatePath])).toEqual([['POLICY_NOT_READ', 'warning', 'BodyS3Location', 'Resources.ApiF70053CD.Properties.BodyS3Location']]);
    expect(found[0]!.message).toBe(
      "The API's OpenAPI definition is in S3 (BodyS3Location), not in the template, so a resource policy in it (x-amazon-apigateway-policy) is not checked; to have it checked, give the definition in Body (ApiDefinition.fromInline) or the policy in the API's Policy property.",
    );
    expect(Annotations.fromStack(stack).findWarning('/Spec/Api/Resource', Match.stringLikeRegexp('POLICY_NOT_READ'))).toHaveLength(1);
  }, 60_000);

  it('its Policy property is still checked', () => {
    const open = new iam.PolicyDocument({ statements: [new iam.PolicyStatement({ principals: [new iam.AnyPrincipal()], actions: ['execute-api:Invoke'], resources: ['execute-api:/*'] })] });
    const found = checkTemplate(spec(open).template).findings;
    expect(found.map((f) => [f.code, f.property])).toEqual([
      ['POLICY_NOT_READ', 'BodyS3Location'],
      ['PUBLIC_PRINCIPAL_WITHOUT_CONDITION', 'Policy'],
    ]);
  }, 60_000);
});
