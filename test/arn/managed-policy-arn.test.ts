import { describe, expect, it } from 'vitest';
import { argumentOf } from '../hostile/helpers.js';
import { arnContext, managedPolicyArn } from '../../src/arn/index.js';
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
    ['arnContext(defaults, undefined)', () => arnContext({}, undefined as never), 'services'],
    ['arnContext(null, services)', () => arnContext(null as never, {}), 'defaults'],
  ])('%s is a PolicyArgumentError', (_, f, argument) => {
    expect(argumentOf(f)).toBe(argument);
  });
  it('null options read as none', () => {
    expect(managedPolicyArn('ReadOnlyAccess', null as never)).toBe('arn:aws:iam::aws:policy/ReadOnlyAccess');
  });
});
