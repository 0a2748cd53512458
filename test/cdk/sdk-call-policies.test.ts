/**
 * Resource policies aws-cdk-lib sets at deploy time with an AwsCustomResource SDK call (the policy as
 * JSON text inside the call's JSON text), and Lambda permissions on an alias: read and sized as
 * the service counts them.
 */
import { App, Aspects, Duration, Stack } from 'aws-cdk-lib';
import { Annotations, Match, Template } from 'aws-cdk-lib/assertions';
import * as events from 'aws-cdk-lib/aws-events';
import * as targets from 'aws-cdk-lib/aws-events-targets';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as logs from 'aws-cdk-lib/aws-logs';
import * as opensearch from 'aws-cdk-lib/aws-opensearchservice';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkTemplate, findPolicies, TypedIamChecks, type Template as CfnTemplate } from '../../src/cdk/index.js';

describe('CloudWatch Logs resource policies set by aws-cdk-lib custom resources (Custom::CloudwatchLogResourcePolicy)', () => {
  let stack: Stack;
  let template: CfnTemplate;
  beforeAll(() => {
    const app = new App();
    stack = new Stack(app, 'Logs');
    const group = new logs.LogGroup(stack, 'Events');
    new events.Rule(stack, 'Every5', { schedule: events.Schedule.rate(Duration.minutes(5)), targets: [new targets.CloudWatchLogGroup(group)] });
    new opensearch.Domain(stack, 'Search', { version: opensearch.EngineVersion.OPENSEARCH_2_11, logging: { slowSearchLogEnabled: true } });
    Aspects.of(app).add(new TypedIamChecks());
    template = Template.fromStack(stack).toJSON() as CfnTemplate;
  }, 60_000);

  it('both policies are read: the putResourcePolicy call of each (they were not reached)', () => {
    const found = findPolicies(template).filter((p) => p.resourceType === 'Custom::CloudwatchLogResourcePolicy');
    expect(found.map((p) => [p.property, p.kind, p.target?.name])).toEqual([
      ['Create.parameters.policyDocument', 'resource', 'logs-resource-policy'],
      ['Create.parameters.policyDocument', 'resource', 'logs-resource-policy'],
    ]);
  });

  it('sized against the 5,120 characters of a CloudWatch Logs resource policy (Logs PutResourcePolicy), the log group ARN at its longest', () => {
    const sizes = checkTemplate(template).sizes.filter((s) => s.target === 'logs-resource-policy');
    expect(sizes.map((s) => s.fits)).toEqual(['yes', 'yes']);
    expect(sizes.every((s) => s.tokens.some((t) => /\.Arn$/.test(t.token)))).toBe(true);
  });

  it('the service principal without a source condition is reported with the construct that writes it and the suppression', () => {
    // Access Analyzer's "restrict access to service principal"; aws-cdk-lib 2.276 offers no option for a condition here
    const errors = Annotations.fromStack(stack).findError('*', Match.stringLikeRegexp('RESTRICT_ACCESS_TO_SERVICE_PRINCIPAL'));
    const texts = errors.map((e) => String(e.entry.data));
    expect(texts).toHaveLength(2);
    expect(texts.some((t) => t.includes('new targets.CloudWatchLogGroup(logGroup)') && t.includes("suppressions: [{ code: 'RESTRICT_ACCESS_TO_SERVICE_PRINCIPAL', path: 'Logs/"))).toBe(true);
    expect(texts.some((t) => t.includes('an OpenSearch `Domain` with `logging`'))).toBe(true);
  });
});

describe('Lambda permissions on an alias (alias.grantInvoke, alias.addPermission)', () => {
  it("the statement's resource is the alias ARN its Ref gives, sized by its shape (it was the alias's Arn attribute, which it has not: 2,048)", () => {
    const app = new App();
    const stack = new Stack(app, 'Fn');
    const fn = new lambda.Function(stack, 'Handler', { runtime: lambda.Runtime.NODEJS_LATEST, handler: 'index.handler', code: lambda.Code.fromInline('exports.handler = async () => {}') });
    const alias = new lambda.Alias(stack, 'Live', { aliasName: 'live', version: fn.currentVersion as lambda.IVersion }); // exactOptionalPropertyTypes: Version's role is optional
    alias.grantInvoke(new iam.AccountPrincipal('111111111111'));
    const size = checkTemplate(Template.fromStack(stack).toJSON() as CfnTemplate).sizes.find((s) => s.target === 'lambda')!;
    expect(size.tokens.find((t) => t.token.startsWith('Ref Live'))).toBeDefined();
    expect(size.tokens.every((t) => t.longest < 2_048)).toBe(true);
  }, 60_000);
});
