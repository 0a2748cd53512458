/**
 * Serverless Framework services: `serverless package` writes the CloudFormation template it deploys
 * (`.serverless/cloudformation-template-update-stack.json`), which `cdk check` reads as any other
 * template. The fixture is what Serverless 3.40.0 wrote (fixtures/serverless/README.md).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkTemplate, findPolicies, type Template } from '../../src/cdk/index.js';

const media = (): Template => JSON.parse(readFileSync(new URL('fixtures/serverless/media.template.json', import.meta.url), 'utf8')) as Template;

describe('a template the Serverless Framework wrote', () => {
  it('reads the role Serverless makes, with its own statements, and the policies of the events', () => {
    const sites = findPolicies(media());
    expect(sites.map((s) => [s.logicalId, s.property, s.kind, s.target?.name])).toEqual([
      ['ServerlessDeploymentBucketPolicy', 'PolicyDocument', 'resource', 's3-bucket'],
      ['IamRoleLambdaExecution', 'AssumeRolePolicyDocument', 'trust', 'trust'],
      ['IamRoleLambdaExecution', 'Policies[0].PolicyDocument', 'identity', 'inline-role'],
      ['CustomRole', 'AssumeRolePolicyDocument', 'trust', 'trust'],
      ['CustomRole', 'Policies[0].PolicyDocument', 'identity', 'inline-role'],
      // one function policy per function, of the permissions its events add (REST and HTTP API; S3 and SNS)
      ['ApiLambdaPermissionApiGateway', '(function policy)', 'resource', 'lambda'],
      ['ThumbLambdaPermissionMediaproduploadssrcS3', '(function policy)', 'resource', 'lambda'],
    ]);
    // the statements serverless.yml wrote follow those Serverless adds (logs), and those its options add (X-Ray, the stream's reads)
    const role = sites.find((s) => s.logicalId === 'IamRoleLambdaExecution' && s.kind === 'identity')!;
    const actions = (role.document as { Statement: { Action: string[] }[] }).Statement.map((s) => s.Action[0]);
    expect(actions).toEqual(['logs:CreateLogStream', 'logs:PutLogEvents', 's3:GetObject', 'kms:Decrypt', 'xray:PutTraceSegments', 'dynamodb:GetRecords']);
  });

  it('finds the mistakes, sizes the whole inline policy, and reports nothing for the policies Serverless leaves empty', () => {
    const { findings, sizes } = checkTemplate(media());
    expect(findings.map((f) => [f.logicalId, f.code, f.path])).toEqual([
      // Serverless writes its deployment bucket's policy without a Version
      ['ServerlessDeploymentBucketPolicy', 'MISSING_VERSION', ''],
      ['CustomRole', 'INVALID_ACTION', 'Statement[0].Action[0]'],
    ]);
    const role = sizes.find((s) => s.logicalId === 'IamRoleLambdaExecution' && s.target === 'inline-role')!;
    expect([role.fits, role.longest > 1000]).toEqual(['yes', true]);
  });
});

describe('a policy written as empty text', () => {
  const restApi = (policy: unknown): Template => ({ Resources: { Api: { Type: 'AWS::ApiGateway::RestApi', Properties: { Name: 'api', Policy: policy } } } }) as Template;

  it('is no policy: Serverless writes "Policy": "" for a REST API without a resource policy', () => {
    // API Gateway: a REST API's Policy is optional; Serverless's template deploys with the empty text
    expect(findPolicies(restApi(''))).toEqual([]);
    expect(findPolicies(restApi(' \n'))).toEqual([]);
    expect(checkTemplate(restApi('')).findings).toEqual([]);
  });

  it('text that is not JSON is still reported not read, and JSON text is read', () => {
    expect(checkTemplate(restApi('{ not json')).findings.map((f) => f.code)).toEqual(['POLICY_NOT_READ']);
    const text = JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: '*', Action: 'execute-api:Invoke', Resource: 'execute-api:/*' }] });
    expect(findPolicies(restApi(text)).map((s) => s.property)).toEqual(['Policy']);
  });
});
