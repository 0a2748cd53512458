/**
 * Templates written to mislead the reader: keys that are members of Object.prototype, references to
 * names that only the prototype has, conditions nested without end. Nothing may be dropped or
 * counted short ("fits" is a guarantee), and nothing may throw anything but an IamPolicyError.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkTemplate, type Template, type TemplateValue } from '../../src/cdk/index.js';

/** An S3 bucket policy (20,480 bytes) with one statement. */
const bucketPolicy = (statement: string): Template => JSON.parse(`{"Resources":{"B":{"Type":"AWS::S3::BucketPolicy","Properties":{"Bucket":"b","PolicyDocument":{"Version":"2012-10-17","Statement":[${statement}]}}}}}`) as Template;
const deny = '"Effect":"Deny","Principal":"*","Action":"s3:*","Resource":"arn:aws:s3:::b/*"';

describe('__proto__ keys (JSON.parse keeps them as data)', () => {
  it.each([
    ['a condition key', `{${deny},"Condition":{"StringEquals":{"__proto__":{"x":"${'y'.repeat(30_000)}"}}}}`],
    ['a statement element', `{${deny},"__proto__":{"x":"${'y'.repeat(30_000)}"}}`],
  ])('30,000 characters under %s are counted (they were dropped: 150 bytes, "fits")', (_, statement) => {
    const size = checkTemplate(bucketPolicy(statement)).sizes[0]!;
    expect(size.longest).toBeGreaterThan(30_000);
    expect(size.fits).toBe('no');
  });
});

describe('names only Object.prototype has', () => {
  /** A queue policy (8,192 bytes) whose Resource is `resource`. */
  const queue = (resource: TemplateValue, more: object = {}): Template => ({
    ...more,
    Resources: {
      Bucket: { Type: 'AWS::S3::Bucket' },
      P: { Type: 'AWS::SQS::QueuePolicy', Properties: { Queues: ['q'], PolicyDocument: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { AWS: '111111111111' }, Action: 'sqs:SendMessage', Resource: resource }] } } },
    },
  });

  it('Ref toString, constructor, valueOf: no parameter, pseudo parameter or resource, counted as unknown (they were counted as 3 characters each)', () => {
    for (const more of [{}, { Parameters: {} }]) {
      const size = checkTemplate(queue([{ Ref: 'toString' }, { Ref: 'constructor' }, { Ref: 'valueOf' }, { Ref: 'hasOwnProperty' }], more)).sizes[0]!;
      expect(size.tokens.map((t) => t.longest)).toEqual([2_048, 2_048, 2_048, 2_048]);
      expect(size.fits).toBe('maybe');
    }
  });

  it('Fn::GetAtt [Bucket, constructor] and a mapping named constructor are unknown values (the first threw a TypeError)', () => {
    for (const resource of [{ 'Fn::GetAtt': ['Bucket', 'constructor'] }, { 'Fn::GetAtt': 'Bucket.toString' }, { 'Fn::FindInMap': ['constructor', 'a', 'b'] }, { 'Fn::FindInMap': ['M', 'constructor', 'x'] }]) {
      const size = checkTemplate(queue(resource, { Mappings: { M: { a: { x: 'v' } } } })).sizes[0]!;
      expect(size.tokens[0]!.longest).toBe(2_048);
    }
  });

  it('Roles naming constructor count against no role and throw nothing', () => {
    const t: Template = { Resources: { P: { Type: 'AWS::IAM::ManagedPolicy', Properties: { Roles: [{ Ref: 'constructor' }], PolicyDocument: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 's3:GetObject', Resource: '*' }] } } } } };
    expect(() => checkTemplate(t)).not.toThrow();
  });
});

describe('Fn::If nested deeper than CloudFormation writes', () => {
  it('property: whatever the nesting, the policy is read or reported not read, and the longest branch bounds the size', () => {
    // a key policy chosen by Fn::If nested `depth` deep, one leaf of `n` characters
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 14 }), fc.integer({ min: 1, max: 40_000 }), (depth, n) => {
        let value: TemplateValue = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { AWS: '111111111111' }, Action: 'kms:Decrypt', Resource: `arn:aws:kms:us-east-1:111111111111:key/${'k'.repeat(n)}` }] };
        for (let i = 0; i < depth; i++) value = { 'Fn::If': ['C', { Ref: 'AWS::NoValue' }, value] };
        const r = checkTemplate({ Resources: { K: { Type: 'AWS::KMS::Key', Properties: { KeyPolicy: value } } } });
        const size = r.sizes[0];
        if (size === undefined) expect(r.findings.map((f) => f.code)).toEqual(['POLICY_NOT_READ']);
        else expect(size.fits).toBe(size.longest <= 32_768 ? 'yes' : 'no');
        if (size !== undefined) expect(size.longest).toBeGreaterThan(n);
      }),
      { seed: 42, numRuns: 40 },
    );
  });
});
