import { describe, expect, it } from 'vitest';
import { managedPolicyArn } from '../../src/arn/index.js';
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
