/** API Gateway apps: the Lambda permissions CDK writes per method name the stage, whose name is at most 128 characters. */
import { App, Aspects, Stack } from 'aws-cdk-lib';
import { Annotations, Match, Template } from 'aws-cdk-lib/assertions';
import * as apigw from 'aws-cdk-lib/aws-apigateway';
import * as lambda from 'aws-cdk-lib/aws-lambda';
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
