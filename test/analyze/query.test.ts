/**
 * checkAccessNotGranted refuses a query that names no access instead of answering it: an empty
 * list, or an entry that is no action or resource, asks about nothing, so `pass` would be vacuous
 * (a CI check with an unset variable, `actions: [process.env.ACTION ?? '']`, would pass). Access
 * Analyzer's CheckAccessNotGranted takes actions ("service:Action") and resource ARNs.
 */
import { describe, expect, it } from 'vitest';
import { checkAccessNotGranted } from '../../src/analyze/index.js';
import { PolicyArgumentError } from '../../src/errors.js';
import { allow, policy } from '../../src/index.js';

const everything = policy.identity(allow('s3:*').on('*'));

function refused(query: unknown): string {
  try {
    checkAccessNotGranted(everything, query as never);
  } catch (e) {
    expect(e).toBeInstanceOf(PolicyArgumentError);
    expect((e as PolicyArgumentError).argument).toBe('query');
    return (e as Error).message;
  }
  throw new Error(`answered ${JSON.stringify(query)}`);
}

describe('checkAccessNotGranted: a query must name access', () => {
  it('refuses empty lists and entries that are no action or resource', () => {
    expect(refused({ actions: [] })).toContain('actions must be a non-empty array');
    expect(refused({ resources: [] })).toContain('resources must be a non-empty array');
    expect(refused({ actions: [''] })).toContain('"" in actions is not an action or action pattern');
    expect(refused({ actions: ['garbage'] })).toContain('"garbage" in actions');
    expect(refused({ actions: ['s3:GetObject', 5] })).toContain('5 in actions');
    expect(refused({ resources: ['my-bucket/*'] })).toContain('"my-bucket/*" in resources is not a resource ARN');
    expect(refused({ actions: 's3:GetObject' })).toContain('actions must be a non-empty array');
    expect(refused(null)).toContain('give actions, resources or both');
    expect(refused({})).toContain('give actions, resources or both');
    const holes: string[] = ['s3:GetObject'];
    holes[2] = 's3:PutObject';
    expect(refused({ actions: holes })).toContain('undefined in actions');
  });

  it('answers actions, patterns and ARNs', () => {
    expect(checkAccessNotGranted(everything, { actions: ['s3:PutObject'] }).result).toBe('fail');
    expect(checkAccessNotGranted(everything, { actions: ['s3:Put*'], resources: ['arn:aws:s3:::docs/*'] }).result).toBe('fail');
    expect(checkAccessNotGranted(everything, { actions: ['iam:PassRole'] }).result).toBe('pass');
    expect(checkAccessNotGranted(everything, { resources: ['*'] }).result).toBe('fail');
  });
});
