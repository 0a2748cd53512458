import { App, Aspects, Stack } from 'aws-cdk-lib';
import { Annotations, Match } from 'aws-cdk-lib/assertions';
import * as apigw from 'aws-cdk-lib/aws-apigateway';
import * as iam from 'aws-cdk-lib/aws-iam';
import { describe, expect, it } from 'vitest';
import { actionInfo, resourceTypeInfo } from '../../src/catalog/index.js';
import { DOCUMENTED_ACTION_TYPES } from '../../src/catalog/documented-arns.js';
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

describe('s3: Multi-Region Access Points, which the Reference lists for no data action', () => {
  const mrap = 'arn:aws:s3::111122223333:accesspoint/mfzwi23gnjvgw.mrap';

  it("accepts the S3 User Guide's Multi-Region Access Point policy, in an Allow and in a Deny", () => {
    // Amazon S3 User Guide, Multi-Region Access Points, "Permissions": the policy grants s3:ListBucket and
    // s3:GetObject on the access point's ARN and on `<its ARN>/object/*`
    expect(arnCodes([{ Effect: 'Allow', Action: ['s3:ListBucket', 's3:GetObject'], Resource: [mrap, `${mrap}/object/*`] }])).toEqual([]);
    expect(arnCodes([{ Effect: 'Deny', Action: ['s3:PutObject', 's3:DeleteObject', 's3:ListBucketMultipartUploads'], Resource: [mrap, `${mrap}/object/*`] }])).toEqual([]);
  });

  it('takes each data action the guide lists as accepting such an ARN, and their version forms', () => {
    // "Using Multi-Region Access Points with supported API operations": the S3 operations that accept
    // Multi-Region Access Point ARNs, with the IAM action each is authorized as
    const onObjects = ['AbortMultipartUpload', 'DeleteObject', 'DeleteObjectTagging', 'GetObject', 'GetObjectAcl', 'GetObjectLegalHold', 'GetObjectRetention', 'GetObjectTagging', 'ListMultipartUploadParts', 'PutObject', 'PutObjectAcl', 'PutObjectLegalHold', 'PutObjectRetention', 'PutObjectTagging', 'RestoreObject', 'GetObjectVersion', 'DeleteObjectVersion'];
    for (const a of onObjects) expect(arnCodes([{ Effect: 'Allow', Action: `s3:${a}`, Resource: `${mrap}/object/reports/q1.csv` }]), a).toEqual([]);
    for (const a of ['ListBucket', 'ListBucketMultipartUploads']) expect(arnCodes([{ Effect: 'Allow', Action: `s3:${a}`, Resource: mrap }]), a).toEqual([]);
    expect(actionInfo('s3:GetObject')?.resourceTypes.map((r) => `${r.name} ${String(r.required)}`)).toEqual(['accesspointobject false', 'object false', 'multiregionaccesspointobject false']);
    expect(resourceTypeInfo('s3', 'multiregionaccesspointobject')?.arns).toEqual(['arn:${Partition}:s3::${Account}:accesspoint/${AccessPointAlias}/object/${ObjectName}']);
  });

  it("still reports what no Multi-Region Access Point takes: objects for a bucket action, the access point for an object action, bucket configuration actions, and objects for the access point's own policy actions", () => {
    expect(arnCodes([{ Effect: 'Allow', Action: 's3:ListBucket', Resource: `${mrap}/object/*` }])).toEqual(['RESOURCE_MISMATCH Statement[0].Resource[0]']);
    expect(arnCodes([{ Effect: 'Allow', Action: 's3:GetObject', Resource: mrap }])).toEqual(['RESOURCE_MISMATCH Statement[0].Resource[0]']);
    expect(arnCodes([{ Effect: 'Deny', Action: 's3:PutBucketPolicy', Resource: mrap }])).toEqual(['RESOURCE_MISMATCH Statement[0].Resource[0]']);
    // the policy actions of the access point itself take its ARN, never its objects
    expect(arnCodes([{ Effect: 'Allow', Action: 's3:GetMultiRegionAccessPointPolicy', Resource: `${mrap}/object/*` }])).toEqual(['RESOURCE_MISMATCH Statement[0].Resource[0]']);
  });

  it("reads an access point's name as holding no '/' (S3 User Guide, access point naming rules)", () => {
    const ap = 'arn:aws:s3:us-east-1:111122223333:accesspoint/reports';
    expect(arnCodes([{ Effect: 'Allow', Action: 's3:ListBucket', Resource: [ap, `${ap}/object/*`] }])).toEqual(['RESOURCE_MISMATCH Statement[0].Resource[1]']);
    expect(arnCodes([{ Effect: 'Allow', Action: ['s3:ListBucket', 's3:GetObject'], Resource: [ap, `${ap}/object/*`] }])).toEqual([]);
  });

  it('names only actions and resource types the catalog has (a catalog update that renames one fails here)', () => {
    for (const [service, types] of Object.entries(DOCUMENTED_ACTION_TYPES))
      for (const [type, row] of Object.entries(types)) {
        expect(resourceTypeInfo(service, type), `${service} ${type}`).toBeDefined();
        for (const a of row.actions) expect(actionInfo(`${service}:${a}`)?.name, `${service}:${a}`).toBe(a);
      }
  });
});

describe('cloudformation: transforms, which the Reference has no type for', () => {
  it("accepts the CloudFormation guide's permission for the Serverless transform, and AWS managed policies' transform ARNs", () => {
    // AWS CloudFormation User Guide, "Control access with IAM": "To allow AWS::Serverless transforms to create a
    // change set, the policy should include the arn:aws:cloudformation:<region>:aws:transform/Serverless-2016-10-31
    // resource-level permission"
    expect(arnCodes([{ Effect: 'Allow', Action: 'cloudformation:CreateChangeSet', Resource: 'arn:aws:cloudformation:us-east-1:aws:transform/Serverless-2016-10-31' }])).toEqual([]);
    // AWSCodeStarServiceRole, beside its stacks
    expect(
      arnCodes([
        { Effect: 'Allow', Action: ['cloudformation:CreateChangeSet', 'cloudformation:ExecuteChangeSet'], Resource: ['arn:aws:cloudformation:*:*:stack/awscodestar-*', 'arn:aws:cloudformation:*:aws:transform/CodeStar*'] },
      ]),
    ).toEqual([]);
  });
  it('still reports a transform ARN for an action the guide does not give it to', () => {
    expect(arnCodes([{ Effect: 'Allow', Action: 'cloudformation:DeleteStack', Resource: 'arn:aws:cloudformation:us-east-1:aws:transform/Serverless-2016-10-31' }])).toEqual(['RESOURCE_MISMATCH Statement[0].Resource[0]']);
  });
});
