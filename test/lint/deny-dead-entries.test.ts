/**
 * RESOURCE_MISMATCH in a Deny: an entry no action of the statement takes denies nothing through it,
 * an error where what it names stays allowed, a warning where the Deny names everything under it
 * in an entry the actions take (the "bucket and its objects" habit). Seen in the serverless-patterns
 * app s3-eventbridge-fargate-cdk: `s3:GetObject` denied outside a VPC endpoint on the bucket's
 * objects and on the bucket, which failed `cdk synth` though the Deny covers every object.
 */
import { describe, expect, it } from 'vitest';
import { lint } from '../../src/lint/index.js';

const deny = (Resource: string[], Action: string | string[] = 's3:GetObject', Effect = 'Deny') =>
  JSON.stringify({
    Version: '2012-10-17',
    Statement: [{ Effect, Principal: '*', Action, Resource, Condition: { StringNotEquals: { 'aws:SourceVpce': 'vpce-1a2b3c4d' } } }],
  });
const mismatch = (policy: string) =>
  lint(policy, { kind: 'resource' })
    .filter((f) => f.code === 'RESOURCE_MISMATCH')
    .map((f) => [f.path, f.severity]);

describe('RESOURCE_MISMATCH in a Deny', () => {
  // Service Authorization Reference: s3:GetObject takes the object resource type,
  // arn:${Partition}:s3:::${BucketName}/${ObjectName}; a bucket ARN is no object ARN
  it('is a warning for the bucket beside <bucket>/*: the Deny still denies every object, the entry is dead', () => {
    expect(mismatch(deny(['arn:aws:s3:::b/*', 'arn:aws:s3:::b']))).toEqual([['Statement[0].Resource[1]', 'warning']]);
    expect(lint(deny(['arn:aws:s3:::b', 'arn:aws:s3:::b/*']), { kind: 'resource' })[0]!.message).toContain('(it denies them under it through "arn:aws:s3:::b/*")');
  });

  it('stays an error where what the entry names is denied nowhere', () => {
    // the bucket alone, another bucket's objects, a part of the bucket only, or a sibling no action takes
    expect(mismatch(deny(['arn:aws:s3:::b']))).toEqual([['Statement[0].Resource[0]', 'error']]);
    expect(mismatch(deny(['arn:aws:s3:::other', 'arn:aws:s3:::b/*']))).toEqual([['Statement[0].Resource[0]', 'error']]);
    expect(mismatch(deny(['arn:aws:s3:::b', 'arn:aws:s3:::b/private/*']))).toEqual([['Statement[0].Resource[0]', 'error']]);
    expect(mismatch(deny(['arn:aws:s3:::b', 'arn:aws:s3:::b/*'], 's3:ListBucket'))).toEqual([['Statement[0].Resource[1]', 'error']]);
  });

  it('is a warning in an Allow, as before', () => {
    expect(mismatch(deny(['arn:aws:s3:::b/*', 'arn:aws:s3:::b'], 's3:GetObject', 'Allow'))).toEqual([['Statement[0].Resource[1]', 'warning']]);
  });
});
