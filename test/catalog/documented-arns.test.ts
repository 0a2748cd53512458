import { App, Aspects, Stack } from 'aws-cdk-lib';
import { Annotations, Match } from 'aws-cdk-lib/assertions';
import * as apigw from 'aws-cdk-lib/aws-apigateway';
import * as iam from 'aws-cdk-lib/aws-iam';
import { describe, expect, it } from 'vitest';
import { resourceTypeInfo } from '../../src/catalog/index.js';
import { TypedIamChecks } from '../../src/cdk/index.js';
import { lint } from '../../src/lint/index.js';

/*
 * ARN formats AWS documents beyond the Service Authorization Reference (src/catalog/documented-arns.ts).
 * The Reference's one execute-api format is `${ApiId}/${Stage}/${Method}/${ApiSpecificResourcePath}`.
 */
const ARN_CODES = ['INVALID_ARN_RESOURCE', 'RESOURCE_MISMATCH', 'ACTION_MATCHES_NO_RESOURCE'];
const arnCodes = (Statement: unknown[]) => lint({ Version: '2012-10-17', Statement } as Parameters<typeof lint>[0]).filter((f) => ARN_CODES.includes(f.code)).map((f) => `${f.code} ${f.path}`);

describe('execute-api: the WebSocket route format and the root resource of a REST API', () => {
  it('accepts the WebSocket route ARNs of the API Gateway guide, in an Allow and in a Deny', () => {
    // API Gateway Developer Guide, "Control access to WebSocket APIs with IAM authorization": "WebSocket
    // routes use a different ARN format: arn:aws:execute-api:region:account-id:api-id/stage-name/route-key";
    // its example allows api-id/prod/* and denies api-id/prod/secret
    expect(
      arnCodes([
        { Effect: 'Allow', Action: 'execute-api:Invoke', Resource: 'arn:aws:execute-api:us-east-1:111122223333:api-id/prod/*' },
        { Effect: 'Deny', Action: 'execute-api:Invoke', Resource: 'arn:aws:execute-api:us-east-1:111122223333:api-id/prod/secret' },
        { Effect: 'Allow', Action: 'execute-api:Invoke', Resource: ['arn:aws:execute-api:us-east-1:111122223333:a1b2c3/prod/$connect', 'arn:aws:execute-api:us-east-1:111122223333:a1b2c3/prod/$default'] },
      ]),
    ).toEqual([]);
  });

  it("accepts a REST method on the root resource (an empty path: API Gateway's method ARN of GET / is api-id/stage/GET/)", () => {
    expect(arnCodes([{ Effect: 'Deny', Action: 'execute-api:Invoke', Resource: ['arn:aws:execute-api:eu-west-1:111122223333:a1b2c3/prod/GET/', 'arn:aws:execute-api:eu-west-1:111122223333:a1b2c3/*/POST/'] }])).toEqual([]);
  });

  it('still reports an execute-api ARN with no stage, or an empty part', () => {
    // neither the Reference's format nor the WebSocket one has fewer than three parts, or an empty API id or stage
    for (const resource of ['arn:aws:execute-api:us-east-1:111122223333:a1b2c3', 'arn:aws:execute-api:us-east-1:111122223333:a1b2c3/prod', 'arn:aws:execute-api:us-east-1:111122223333:a1b2c3//GET'])
      expect(arnCodes([{ Effect: 'Allow', Action: 'execute-api:Invoke', Resource: resource }]), resource).toEqual(['INVALID_ARN_RESOURCE Statement[0].Resource[0]', 'RESOURCE_MISMATCH Statement[0].Resource[0]']);
  });

  it('lists the documented format after the Reference\'s own', () => {
    expect(resourceTypeInfo('execute-api', 'execute-api-general')?.arns).toEqual([
      'arn:${Partition}:execute-api:${Region}:${Account}:${ApiId}/${Stage}/${Method}/${ApiSpecificResourcePath}',
      'arn:${Partition}:execute-api:${Region}:${Account}:${ApiId}/${Stage}/${RouteKey}',
    ]);
  });

  it("gives no finding on aws-cdk-lib's grantExecute of a method on the root resource (it failed cdk synth: an error)", () => {
    const app = new App();
    const stack = new Stack(app, 'Api', { env: { account: '111122223333', region: 'eu-west-1' } });
    const api = new apigw.RestApi(stack, 'Rest');
    const role = new iam.Role(stack, 'Caller', { assumedBy: new iam.AccountRootPrincipal() });
    api.root.addMethod('GET', undefined, { authorizationType: apigw.AuthorizationType.IAM }).grantExecute(role);
    api.root.addResource('items').addMethod('POST', undefined, { authorizationType: apigw.AuthorizationType.IAM }).grantExecute(role);
    Aspects.of(app).add(new TypedIamChecks());
    const typedIam = Match.stringLikeRegexp('\\[typed-iam\\]');
    const a = Annotations.fromStack(stack);
    expect([...a.findError('*', typedIam), ...a.findWarning('*', typedIam)].map((x) => String(x.entry.data))).toEqual([]);
  }, 60_000);
});
