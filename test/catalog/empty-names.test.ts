import { describe, expect, it } from 'vitest';
import { executeApi } from '../../src/arn/index.js';
import { PolicyValidationError } from '../../src/errors.js';
import { matchesArnTemplate, resourceTypeInfo } from '../../src/catalog/index.js';

/*
 * ARN-format variables whose value may be empty (src/catalog/empty-names.ts). API Gateway names a
 * method on the root resource of a REST API with an empty path: `GET /` of stage `prod` is
 * `api-id/prod/GET/` (the method ARN it gives a Lambda authorizer; aws-cdk-lib's Method.methodArn).
 */
const REST = resourceTypeInfo('execute-api', 'execute-api-general')!.arns[0]!;

describe('a variable AWS documents as possibly empty', () => {
  it("the Reference's REST format reads the root resource's empty path", () => {
    expect(REST).toBe('arn:${Partition}:execute-api:${Region}:${Account}:${ApiId}/${Stage}/${Method}/${ApiSpecificResourcePath}');
    expect(matchesArnTemplate(REST, 'arn:aws:execute-api:eu-west-1:111122223333:a1b2c3/prod/GET/')).toBe(true);
    expect(matchesArnTemplate(REST, 'arn:aws:execute-api:eu-west-1:111122223333:a1b2c3/prod/GET/items')).toBe(true);
  });

  it('the other variables of the format still need a value', () => {
    for (const arn of ['arn:aws:execute-api:eu-west-1:111122223333:a1b2c3/prod//', 'arn:aws:execute-api:eu-west-1:111122223333:a1b2c3//GET/', 'arn:aws:execute-api:eu-west-1:111122223333:/prod/GET/', 'arn:aws:execute-api:eu-west-1:111122223333:a1b2c3/prod/GET'])
      expect(matchesArnTemplate(REST, arn), arn).toBe(false);
  });

  it('another service\'s variable of that name is not read so, nor another variable', () => {
    expect(matchesArnTemplate('arn:${Partition}:example:${Region}:${Account}:${ApiId}/${Stage}/${Method}/${ApiSpecificResourcePath}', 'arn:aws:example:eu-west-1:111122223333:a1b2c3/prod/GET/')).toBe(false);
    expect(matchesArnTemplate('arn:${Partition}:s3:::${BucketName}/${ObjectName}', 'arn:aws:s3:::bucket/')).toBe(false);
  });

  it('the ARN helper accepts an empty path, and no other empty field', () => {
    const at = { region: 'eu-west-1', account: '111122223333' };
    expect(executeApi.executeApiGeneral({ ...at, apiId: 'a1b2c3', stage: 'prod', method: 'GET', apiSpecificResourcePath: '' })).toBe('arn:aws:execute-api:eu-west-1:111122223333:a1b2c3/prod/GET/');
    expect(() => executeApi.executeApiGeneral({ ...at, apiId: 'a1b2c3', stage: '', method: 'GET', apiSpecificResourcePath: '' })).toThrow(PolicyValidationError);
    expect(() => executeApi.executeApiGeneral({ ...at, apiId: 'a1b2c3', stage: '', method: 'GET', apiSpecificResourcePath: '' })).toThrow("the field 'stage' must be a non-empty string");
  });
});
