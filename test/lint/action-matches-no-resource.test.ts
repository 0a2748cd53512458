/**
 * ACTION_MATCHES_NO_RESOURCE (ours): the Service Authorization Reference lists the resource types each
 * action is authorized against ("the Resource types column of the Actions table indicates whether each
 * action supports resource-level permissions"): an action none of whose types the statement's ARNs
 * name is granted (or denied) nothing by that statement.
 */
import { describe, expect, it } from 'vitest';
import { lint } from '../../src/lint/index.js';

const CODE = 'ACTION_MATCHES_NO_RESOURCE';
const run = (Action: string | string[], Resource: string | string[], Effect = 'Allow') => lint({ Version: '2012-10-17', Statement: [{ Effect, Action, Resource }] });
const found = (...args: Parameters<typeof run>) => run(...args).filter((f) => f.code === CODE);

describe('ACTION_MATCHES_NO_RESOURCE', () => {
  it('reports a bucket action beside object actions on object ARNs alone, at the action, naming its ARN formats', () => {
    // s3:ListBucket: bucket (arn:${Partition}:s3:::${BucketName}) and accesspoint; s3:GetObject: object
    const [f, ...rest] = found(['s3:GetObject', 's3:ListBucket'], 'arn:aws:s3:::my-bucket/*');
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ severity: 'warning', path: 'Statement[0].Action[1]' });
    expect(f!.message).toContain('"s3:ListBucket"');
    expect(f!.message).toContain('arn:${Partition}:s3:::${BucketName}');
    // a wildcard entry none of whose actions fits is reported the same way; one with an action that fits is not
    expect(found(['s3:GetObject', 's3:ListBucket*'], 'arn:aws:s3:::b/*').map((x) => x.path)).toEqual(['Statement[0].Action[1]']);
    expect(found(['s3:GetObject', 's3:List*'], 'arn:aws:s3:::b/*')).toEqual([]);
  });

  it('is an error in a Deny: the Deny does not deny the action', () => {
    expect(found(['s3:DeleteObject', 's3:DeleteBucket'], 'arn:aws:s3:::b/*', 'Deny')).toMatchObject([{ severity: 'error', path: 'Statement[0].Action[1]' }]);
  });

  it('is quiet where each action fits an entry, where an entry is "*" or no readable ARN, and where no entry fits any action (RESOURCE_MISMATCH)', () => {
    expect(found(['s3:GetObject', 's3:ListBucket'], ['arn:aws:s3:::b', 'arn:aws:s3:::b/*'])).toEqual([]);
    expect(found(['s3:GetObject', 's3:ListBucket'], ['arn:aws:s3:::b/*', '*'])).toEqual([]);
    expect(found(['s3:GetObject', 's3:ListBucket'], ['arn:aws:s3:::b/*', 'arn:aws:S3:::b'])).toEqual([]);
    // actions without a resource type are NO_RESOURCE_LEVEL_PERMISSIONS's
    expect(found(['s3:GetObject', 's3:ListAllMyBuckets'], 'arn:aws:s3:::b/*')).toEqual([]);
    const codes = run(['s3:GetObject', 's3:PutObject'], 'arn:aws:s3:::b').map((x) => x.code);
    expect(codes).toContain('RESOURCE_MISMATCH');
    expect(codes).not.toContain(CODE);
    // a variable stands for any text: the home folder fits objects, not the bucket
    expect(found(['s3:GetObject', 's3:ListBucket'], 'arn:aws:s3:::b/home/${aws:username}/*').map((x) => x.path)).toEqual(['Statement[0].Action[1]']);
  });
});

describe('resource types the Reference ties to no action (RESOURCE_MISMATCH and ACTION_MATCHES_NO_RESOURCE leave them)', () => {
  const codes = (Action: string | string[], Resource: string | string[], Effect = 'Allow') =>
    run(Action, Resource, Effect)
      .filter((f) => f.code === CODE || f.code === 'RESOURCE_MISMATCH')
      .map((f) => `${f.code} ${f.path}`);

  it("accepts the API Gateway guide's HTTP API policies: the Reference's V2 page ties /apis to the same verbs, the merged data does not", () => {
    // API Gateway Developer Guide, identity-based policy examples: apigateway:POST, PATCH and PUT on
    // arn:aws:apigateway:us-east-1::/apis and /apis/*; the Reference's "Amazon API Gateway Management V2" page
    // lists the Apis, Api, Routes, Integrations, ... types for DELETE, GET, PATCH, POST and PUT
    expect(codes(['apigateway:POST', 'apigateway:PATCH', 'apigateway:PUT'], ['arn:aws:apigateway:us-east-1::/apis', 'arn:aws:apigateway:us-east-1::/apis/*'])).toEqual([]);
    expect(codes(['apigateway:GET', 'apigateway:DELETE'], 'arn:aws:apigateway:us-east-1::/apis/a1b2c3/routes/r1', 'Deny')).toEqual([]);
  });

  it('still reports an ARN that fits no type at all, and a listed type with an action that does not take it', () => {
    expect(codes('apigateway:GET', 'arn:aws:apigateway:us-east-1::/apiz/a1b2c3', 'Deny')).toEqual(['RESOURCE_MISMATCH Statement[0].Resource[0]']);
    // /restapis is listed (RestApis, for GET and POST): DELETE takes a RestApi, never the collection
    expect(codes('apigateway:DELETE', 'arn:aws:apigateway:us-east-1::/restapis')).toEqual(['RESOURCE_MISMATCH Statement[0].Resource[0]']);
    // an unlisted type of another service is not the action's: s3:GetObject on an HTTP API
    expect(codes('s3:GetObject', 'arn:aws:apigateway:us-east-1::/apis/a1b2c3')).toEqual(['RESOURCE_MISMATCH Statement[0].Resource[0]']);
  });
});
