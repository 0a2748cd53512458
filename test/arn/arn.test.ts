import { describe, expect, it } from 'vitest';
import * as arn from '../../src/arn/index.js';
import { apigateway, arnContext, dynamodb, iam, kms, managedPolicyArn, s3 } from '../../src/arn/index.js';
import { PolicyArgumentError, PolicyValidationError } from '../../src/errors.js';
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

describe('names that are no field or default, and fields read once', () => {
  it('a field no template of the helper has is refused: read as absent, a misspelt account or Region was "*", any', () => {
    // was: arn:aws:s3:us-east-1:*:accesspoint/web, the access point of every account
    const f = () => s3.accesspoint({ acount: '111122223333', region: 'us-east-1', accessPointName: 'web' } as never);
    expect(f).toThrow(PolicyValidationError);
    expect(f).toThrow(/s3\.accesspoint: no field is named 'acount' .*the fields are partition, region, account, accessPointName\./);
    // was: arn:aws:s3:::logs, the aws partition where aws-cn was meant
    expect(() => s3.bucket({ bucketName: 'logs', partiton: 'aws-cn' } as never)).toThrow(/no field is named 'partiton'/);
    // a segment the ARN does not have (an S3 bucket has no Region) is no field of it either
    expect(() => s3.bucket({ bucketName: 'logs', region: 'us-east-1' } as never)).toThrow(/no field is named 'region'/);
    expect(() => s3.bucket('logs' as never)).toThrow(PolicyArgumentError);
    expect(s3.bucket({ bucketName: 'logs', partition: 'aws-cn' })).toBe('arn:aws-cn:s3:::logs');
  });

  it("arnContext refuses a default that is no segment (a misspelt account made every ARN name any account)", () => {
    expect(() => arnContext({ acount: '111122223333' } as never, { s3 })).toThrow(PolicyArgumentError);
    expect(() => arnContext({ acount: '111122223333' } as never, { s3 })).toThrow(/'acount'/);
  });

  it('each field and default is read once: the template chosen and the ARN written read the same values', () => {
    const reads: Record<string, number> = {};
    const shifty = (name: string, first: unknown, later: unknown) => () => ((reads[name] = (reads[name] ?? 0) + 1) === 1 ? first : later);
    const account = shifty('account', '111122223333', '*') as () => string;
    const fields = { region: 'us-east-1', accessPointName: 'web', get account() { return account(); } };
    expect(s3.accesspoint(fields)).toBe('arn:aws:s3:us-east-1:111122223333:accesspoint/web');
    const defaultAccount = shifty('default', '111122223333', '*') as () => string;
    const bound = arnContext({ get account() { return defaultAccount(); } }, { dynamodb });
    expect(bound.dynamodb.table({ tableName: 'Orders' })).toBe('arn:aws:dynamodb:*:111122223333:table/Orders');
    expect(bound.dynamodb.table({ tableName: 'Users' })).toBe('arn:aws:dynamodb:*:111122223333:table/Users');
    expect(reads).toEqual({ account: 1, default: 1 });
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
