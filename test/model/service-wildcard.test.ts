/**
 * IAM User Guide, "IAM JSON policy elements: Resource" (Using wildcards in resource ARNs): "You
 * can't use a wildcard in the service segment that identifies the AWS product". `wildcardInService`
 * finds such an entry; `unsureHead` joins it with a capital before the resource part (the one rule
 * evaluate, analyze and optimize read, docs/evaluation.md).
 */
import { describe, expect, it } from 'vitest';
import { capitalInHead, resourceCovers, unsureHead, wildcardInService } from '../../src/model/arn.js';

describe('wildcardInService / unsureHead', () => {
  it('finds `*` and `?` in the service segment only', () => {
    expect(wildcardInService('arn:aws:s3*:::b/*', '2012-10-17')).toBe(true);
    expect(wildcardInService('arn:aws:s?:::b', '2012-10-17')).toBe(true);
    expect(wildcardInService('arn:aws:*:*:*:*', '2012-10-17')).toBe(true);
    expect(wildcardInService('arn:aws:s3*', '2012-10-17')).toBe(true); // a short entry that writes its service
    expect(wildcardInService('arn:*:s3:::b', '2012-10-17')).toBe(false); // the partition
    expect(wildcardInService('arn:aws:s3:*:*:b', '2012-10-17')).toBe(false); // Region and account
    expect(wildcardInService('arn:aws:iam::111122223333:*ser/x', '2012-10-17')).toBe(false); // the resource segment
    expect(wildcardInService('arn:*', '2012-10-17')).toBe(false); // no service written
    expect(wildcardInService('*', '2012-10-17')).toBe(false);
  });

  it('reads policy variables and escapes as evaluate does', () => {
    expect(wildcardInService('arn:aws:${aws:PrincipalTag/svc}:::b', '2012-10-17')).toBe(false);
    expect(wildcardInService('arn:aws:s${?}:::b', '2012-10-17')).toBe(false);
    // 2008-10-17: `${...}` is literal text and its colon separates, so `*}` lands in the Region
    expect(wildcardInService('arn:aws:${a:*}:::b', '2008-10-17')).toBe(false);
  });

  it('unsureHead is a capital before the resource part or a wildcard in the service', () => {
    expect(unsureHead('arn:aws:S3:::b', '2012-10-17')).toBe(capitalInHead('arn:aws:S3:::b', '2012-10-17'));
    expect(unsureHead('arn:aws:s3*:::b', '2012-10-17')).toBe(true);
    expect(unsureHead('arn:aws:s3:::B*', '2012-10-17')).toBe(false);
  });

  it('resourceCovers: an unsure head covers only unsure heads', () => {
    expect(resourceCovers('arn:aws:*:*:*:*', 'arn:aws:s3:::b')).toBe(false);
    expect(resourceCovers('arn:aws:*:*:*:*', 'arn:aws:s*:::b')).toBe(true);
    expect(resourceCovers('arn:aws:*:*:*:*', 'arn:aws:S3:::b')).toBe(true);
    expect(resourceCovers('arn:aws:s3:*:*:*', 'arn:aws:s3:::b')).toBe(true);
  });
});
