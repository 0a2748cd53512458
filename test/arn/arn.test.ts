import { describe, expect, it } from 'vitest';
import * as arn from '../../src/arn/index.js';
import { apigateway, arnContext, dynamodb, iam, kms, managedPolicyArn, s3 } from '../../src/arn/index.js';
import { PolicyValidationError } from '../../src/errors.js';
import { matchesArnTemplate, resourceTypeInfo } from '../../src/catalog/index.js';

describe('ARN helpers', () => {
  it('fill the template with defaults: partition aws, region and account *', () => {
    expect(s3.object({ bucketName: 'media', objectName: 'uploads/*' })).toBe('arn:aws:s3:::media/uploads/*');
    expect(s3.bucket({ bucketName: 'media' })).toBe('arn:aws:s3:::media');
    expect(dynamodb.table({ tableName: 'Orders' })).toBe('arn:aws:dynamodb:*:*:table/Orders');
    expect(kms.key({ keyId: '1234abcd-12ab-34cd-56ef-1234567890ab', region: 'eu-west-1', account: '123456789012' })).toBe(
      'arn:aws:kms:eu-west-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab',
    );
    expect(iam.role({ roleNameWithPath: 'service-role/Deploy', account: '123456789012', partition: 'aws-cn' })).toBe(
      'arn:aws-cn:iam::123456789012:role/service-role/Deploy',
    );
  });
  it('accept wildcards and policy variables as field values', () => {
    expect(s3.object({ bucketName: 'home', objectName: '${aws:username}/*' })).toBe('arn:aws:s3:::home/${aws:username}/*');
    expect(dynamodb.table({ tableName: 'Orders-?' })).toBe('arn:aws:dynamodb:*:*:table/Orders-?');
  });
  it('pick the template whose fields are given when a type has several', () => {
    expect(apigateway.stage({ apiId: 'a1', stageName: 'prod' })).toBe('arn:aws:apigateway:*::/apis/a1/stages/prod');
    expect(apigateway.stage({ restApiId: 'r1', stageName: 'prod' })).toBe('arn:aws:apigateway:*::/restapis/r1/stages/prod');
  });
  it('take no fields when the template has none of its own', () => {
    expect(apigateway.account()).toBe('arn:aws:apigateway:*::/account');
    expect(apigateway.account({ region: 'us-east-1' })).toBe('arn:aws:apigateway:us-east-1::/account');
  });
  it('throw a PolicyValidationError naming a missing or empty field (untyped callers)', () => {
    const call = s3.object as (f: object) => string;
    expect(() => call({ bucketName: 'b' })).toThrow(PolicyValidationError);
    expect(() => call({ bucketName: 'b' })).toThrow(/s3\.object: the field 'objectName' is missing/);
    expect(() => call({ bucketName: '', objectName: 'x' })).toThrow(/non-empty string/);
  });
  it('build ARNs that fit their own template', () => {
    const template = resourceTypeInfo('s3', 'object')!.arns[0]!;
    expect(matchesArnTemplate(template, s3.object({ bucketName: 'b', objectName: 'k' }))).toBe(true);
  });
  it('are frozen objects', () => {
    expect(Object.isFrozen(s3)).toBe(true);
  });
});

describe('arnContext', () => {
  it('binds partition, region and account for a group of services', () => {
    const prod = arnContext({ partition: 'aws-us-gov', region: 'us-gov-west-1', account: '123456789012' }, { dynamodb, s3 });
    expect(prod.dynamodb.table({ tableName: 'Orders' })).toBe('arn:aws-us-gov:dynamodb:us-gov-west-1:123456789012:table/Orders');
    expect(prod.s3.bucket({ bucketName: 'b' })).toBe('arn:aws-us-gov:s3:::b');
    // a field given in the call wins over the context
    expect(prod.dynamodb.table({ tableName: 'T', region: 'us-gov-east-1' })).toBe('arn:aws-us-gov:dynamodb:us-gov-east-1:123456789012:table/T');
    expect(Object.keys(prod)).toEqual(['dynamodb', 's3']);
  });
  it('can be nested and binds a whole namespace, dropping non-service exports', () => {
    const all = arnContext({ account: '111111111111' }, arn);
    expect(Object.keys(all)).not.toContain('managedPolicyArn');
    const eu = arnContext({ region: 'eu-west-1' }, all);
    expect(eu.sqs.queue({ queueName: 'q' })).toBe('arn:aws:sqs:eu-west-1:111111111111:q');
  });
});

describe('managedPolicyArn', () => {
  it('builds the ARN of an AWS managed policy with its path', () => {
    expect(managedPolicyArn('service-role/AWSLambdaBasicExecutionRole')).toBe(
      'arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole',
    );
    expect(managedPolicyArn('ReadOnlyAccess', { partition: 'aws-cn' })).toBe('arn:aws-cn:iam::aws:policy/ReadOnlyAccess');
  });
});
