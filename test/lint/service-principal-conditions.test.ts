/**
 * RECOMMENDED_CONDITION_KEY_FOR_SERVICE_PRINCIPAL (Access Analyzer policy check reference, Suggestion –
 * Recommended condition key for service principal: a service principal narrowed by another key than
 * the source keys aws:SourceArn, aws:SourceAccount, aws:SourceOrgID, aws:SourceOrgPaths).
 */
import { describe, expect, it } from 'vitest';
import { lint } from '../../src/lint/index.js';

const CODE = 'RECOMMENDED_CONDITION_KEY_FOR_SERVICE_PRINCIPAL';
const run = (Condition: Record<string, unknown>) =>
  lint({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { Service: 'delivery.logs.amazonaws.com' }, Action: 's3:PutObject', Resource: 'arn:aws:s3:::b/*', Condition }] }, { kind: 'resource' }).filter((f) => f.code === CODE);

describe('RECOMMENDED_CONDITION_KEY_FOR_SERVICE_PRINCIPAL', () => {
  it('names every source key, and does not tell to drop a key the service asks for (log delivery asks for s3:x-amz-acl)', () => {
    const [f] = run({ StringEquals: { 's3:x-amz-acl': 'bucket-owner-full-control' } });
    expect(f!.message).toBe(
      'To restrict a service principal acting on your behalf, condition on aws:SourceArn, aws:SourceAccount, aws:SourceOrgID or aws:SourceOrgPaths; "s3:x-amz-acl" does not (keep it where the service asks for it).',
    );
  });
  it('is quiet beside any source key', () => {
    for (const key of ['aws:SourceArn', 'aws:SourceAccount', 'aws:SourceOrgID', 'aws:SourceOrgPaths'])
      expect(run({ StringEquals: { 's3:x-amz-acl': 'bucket-owner-full-control' }, StringLike: { [key]: '*1*' } }), key).toEqual([]);
  });
});
