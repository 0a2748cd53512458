import { describe, expect, it } from 'vitest';
import { argumentOf } from '../hostile/helpers.js';
import { arnContext, managedPolicyArn, s3 } from '../../src/arn/index.js';
import { PARTITIONS } from '../../src/model/arn.js';
import { PolicyArgumentError } from '../../src/index.js';
import { managedPolicyPaths } from '../../src/catalog/generated/managed-policies.js';

describe('managedPolicyArn', () => {
  it('completes a bare name to the ARN with its path', () => {
    expect(managedPolicyArn('AWSLambdaBasicExecutionRole')).toBe('arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole');
    expect(managedPolicyArn('ViewOnlyAccess')).toBe('arn:aws:iam::aws:policy/job-function/ViewOnlyAccess');
    expect(managedPolicyArn('AWSServiceRoleForAmazonEKSNodegroup' as 'ReadOnlyAccess')).toBe('arn:aws:iam::aws:policy/aws-service-role/AWSServiceRoleForAmazonEKSNodegroup');
  });

  it('keeps names given with their path, and names without one', () => {
    expect(managedPolicyArn('service-role/AWSLambdaBasicExecutionRole')).toBe('arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole');
    expect(managedPolicyArn('ReadOnlyAccess', { partition: 'aws-us-gov' })).toBe('arn:aws-us-gov:iam::aws:policy/ReadOnlyAccess');
  });

  it('matches whole names only (no prefix of a longer name)', () => {
    expect(managedPolicyArn('AWSLambdaBasicExecution' as 'ReadOnlyAccess')).toBe('arn:aws:iam::aws:policy/AWSLambdaBasicExecution');
  });

  it('every bare name is under one path only', () => {
    const seen = new Map<string, string>();
    for (const [path, names] of Object.entries(managedPolicyPaths))
      for (const n of names.split(' ')) {
        expect(seen.get(n), n).toBeUndefined();
        seen.set(n, path);
      }
    expect(seen.size).toBeGreaterThan(500);
  });
});

describe('managedPolicyArn and arnContext given values from JavaScript', () => {
  it.each<[string, () => unknown, string]>([
    // were TypeErrors inside (name.includes of undefined; options.partition of null read by ?.) or an ARN of "undefined"
    ['managedPolicyArn(undefined)', () => managedPolicyArn(undefined as never), 'name'],
    ['managedPolicyArn(5)', () => managedPolicyArn(5 as never), 'name'],
    // was: 'arn:aws:iam::aws:policy/Read Only', an ARN no policy has (IAM policy names have no spaces)
    ["managedPolicyArn('Read Only')", () => managedPolicyArn('Read Only' as never), 'name'],
    ["managedPolicyArn('')", () => managedPolicyArn('' as never), 'name'],
    ["managedPolicyArn(name, { partition: '' })", () => managedPolicyArn('ReadOnlyAccess', { partition: '' as never }), 'options'],
    // was: 'arn:aws-gov:iam::aws:policy/ReadOnlyAccess', an ARN of no partition (lint: INVALID_PARTITION)
    ["managedPolicyArn(name, { partition: 'aws-gov' })", () => managedPolicyArn('ReadOnlyAccess', { partition: 'aws-gov' as never }), 'options'],
    ["managedPolicyArn(name, { partition: '*' }): one policy's ARN, no pattern", () => managedPolicyArn('ReadOnlyAccess', { partition: '*' as never }), 'options'],
    // were read as no partition: an ARN of the aws partition, where aws-cn was meant
    ["managedPolicyArn(name, { partiton: 'aws-cn' })", () => managedPolicyArn('ReadOnlyAccess', { partiton: 'aws-cn' } as never), 'options'],
    ["managedPolicyArn(name, 'aws-cn')", () => managedPolicyArn('ReadOnlyAccess', 'aws-cn' as never), 'options'],
    ['arnContext(defaults, undefined)', () => arnContext({}, undefined as never), 'services'],
    ['arnContext(null, services)', () => arnContext(null as never, {}), 'defaults'],
  ])('%s is a PolicyArgumentError', (_, f, argument) => {
    expect(argumentOf(f)).toBe(argument);
  });
  it("managedPolicyArn's partition message offers no wildcard, which it refuses (the ARN helpers take one)", () => {
    expect(() => managedPolicyArn('ReadOnlyAccess', { partition: '*' as never })).toThrow(/managedPolicyArn: the partition must be one of aws, .*aws-eusc, not "\*"\./);
    expect(() => s3.bucket({ bucketName: 'b', partition: 'aws-gov' as never })).toThrow(/\(or a wildcard that matches one\)/);
  });
  it('null options read as none', () => {
    expect(managedPolicyArn('ReadOnlyAccess', null as never)).toBe('arn:aws:iam::aws:policy/ReadOnlyAccess');
  });
});

describe('the partition of the ARN helpers (plain JavaScript)', () => {
  // iam-reference §4: the partitions; lint's INVALID_PARTITION reads them with the same isPolicyPartition
  it('a partition that is none, and matches none, is refused with the partitions named', () => {
    for (const partition of ['aws-gov', 'AWS', 'azure', 'aws-cn?x'])
      expect(() => s3.bucket({ bucketName: 'b', partition: partition as never }), partition).toThrow(/s3\.bucket: the partition must be one of aws, aws-cn, aws-us-gov/);
    expect(() => arnContext({ partition: 'aws-gov' as never }, { s3 }).s3.bucket({ bucketName: 'b' })).toThrow(/not "aws-gov"/);
  });

  it('every partition, a wildcard that matches one and a policy variable are taken', () => {
    for (const partition of PARTITIONS) expect(s3.bucket({ bucketName: 'b', partition: partition as never })).toBe(`arn:${partition}:s3:::b`);
    expect(s3.bucket({ bucketName: 'b', partition: 'aws*' as never })).toBe('arn:aws*:s3:::b');
    expect(s3.bucket({ bucketName: 'b', partition: '*' as never })).toBe('arn:*:s3:::b');
  });
});
