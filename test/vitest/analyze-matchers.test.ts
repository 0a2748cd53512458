/** The analyze matchers of typed-iam/vitest: pass on proofs, print the witness on failure. */
import { describe, expect, it } from 'vitest';
import { typedIamMatchers } from '../../src/vitest/index.js';

expect.extend(typedIamMatchers);
const P = (...Statement: object[]) => ({ Version: '2012-10-17', Statement });
const read = P({ Effect: 'Allow', Action: ['s3:GetObject'], Resource: ['arn:aws:s3:::docs/*'] });
const readWrite = P({ Effect: 'Allow', Action: ['s3:GetObject', 's3:PutObject'], Resource: ['arn:aws:s3:::docs/*'] });

describe('analyze matchers', () => {
  it('toGrantNoMoreThan passes for a narrower policy and prints a witness for a wider one', () => {
    expect(read).toGrantNoMoreThan(readWrite);
    expect(() => expect(readWrite).toGrantNoMoreThan(read)).toThrow(/s3:PutObject[\s\S]*arn:aws:s3:::docs\//);
  });

  it('toNeverAllow proves absence and prints the allowed request', () => {
    expect(read).toNeverAllow({ actions: ['s3:PutObject', 'iam:*'] });
    expect(() => expect(readWrite).toNeverAllow({ actions: ['s3:Put*'] })).toThrow(/"action": "s3:PutObject"/);
  });

  it('toNeverAllow reads its query once: the names it checks are the ones the analysis searches', () => {
    // a getter that answered the check with s3:PutObject and the analysis with a name no policy grants: toNeverAllow passed
    let reads = 0;
    const query = {
      get actions() {
        return reads++ === 0 ? ['s3:PutObject'] : ['s3:NoSuchAction'];
      },
    };
    expect(() => expect(readWrite).toNeverAllow(query)).toThrow(/"action": "s3:PutObject"/);
    expect(reads).toBe(1);
  });

  it('toBeEquivalentTo ignores statement order and splitting', () => {
    const split = P(
      { Effect: 'Allow', Action: 's3:PutObject', Resource: 'arn:aws:s3:::docs/*' },
      { Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::docs/*' },
    );
    expect(split).toBeEquivalentTo(readWrite);
    expect(() => expect(read).toBeEquivalentTo(readWrite)).toThrow(/narrower/);
  });
});

describe('an analysis that cannot decide proves neither way', () => {
  // a time limit of 0 ms: every check answers unknown, with its reason
  const now = { timeoutMs: 0 };
  it('the matcher fails with and without .not, and says why', () => {
    expect(() => expect(readWrite).toGrantNoMoreThan(read, now)).toThrow(/no proof either way[\s\S]*could not decide/);
    expect(() => expect(readWrite).not.toGrantNoMoreThan(read, now)).toThrow(/no proof either way[\s\S]*could not decide/);
    expect(() => expect(readWrite).toNeverAllow({ actions: ['s3:PutObject'] }, now)).toThrow(/no proof either way/);
    expect(() => expect(readWrite).not.toNeverAllow({ actions: ['s3:PutObject'] }, now)).toThrow(/no proof either way/);
    expect(() => expect(readWrite).toBeEquivalentTo(read, now)).toThrow(/no proof either way/);
    expect(() => expect(readWrite).not.toBeEquivalentTo(read, now)).toThrow(/no proof either way/);
  });
});

describe('toNeverAllow on a resource policy alone', () => {
  // IAM User Guide, policy evaluation logic: the account root user is allowed by default in its own account
  const bucket = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { AWS: '444455556666' }, Action: 's3:GetObject', Resource: 'arn:aws:s3:::docs/*' }] };
  it('fails on the root user, and the message says why and what decides it', () => {
    expect(() => expect({ resource: bucket }).toNeverAllow({ actions: ['s3:DeleteObject'] })).toThrow(
      /"principal": "arn:aws:iam::\d{12}:root"[\s\S]*It allows s3:DeleteObject on arn:aws:s3:::example-bucket\/example-object by arn:aws:iam::\d{12}:root, though no statement allows it: the caller is the account root user/,
    );
    expect(() => expect({ resource: bucket }).toNeverAllow({ actions: ['s3:DeleteObject'] })).toThrow('Only a Deny does');
    // a witness a statement allows is printed alone
    expect(() => expect(readWrite).toNeverAllow({ actions: ['s3:Put*'] })).not.toThrow(/root user/);
  });
});
