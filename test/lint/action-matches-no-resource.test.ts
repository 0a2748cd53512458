/**
 * ACTION_MATCHES_NO_RESOURCE (ours): the Service Authorization Reference lists the resource types each
 * action is authorized against ("the Resource types column of the Actions table indicates whether each
 * action supports resource-level permissions"): an action none of whose types the statement's ARNs
 * name is granted (or denied) nothing by that statement.
 */
import { describe, expect, it } from 'vitest';
import { lint } from '../../src/lint/index.js';

const CODE = 'ACTION_MATCHES_NO_RESOURCE';
const run = (Action: string | string[], Resource: string | string[], Effect = 'Allow') => lint({ Version: '2012-10-17', Statement: [{ Effect, Action, Resource }] });
const found = (...args: Parameters<typeof run>) => run(...args).filter((f) => f.code === CODE);

describe('ACTION_MATCHES_NO_RESOURCE', () => {
  it('reports a bucket action beside object actions on object ARNs alone, at the action, naming its ARN formats', () => {
    // s3:ListBucket: bucket (arn:${Partition}:s3:::${BucketName}) and accesspoint; s3:GetObject: object
    const [f, ...rest] = found(['s3:GetObject', 's3:ListBucket'], 'arn:aws:s3:::my-bucket/*');
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ severity: 'warning', path: 'Statement[0].Action[1]' });
    expect(f!.message).toContain('"s3:ListBucket"');
    expect(f!.message).toContain('arn:${Partition}:s3:::${BucketName}');
    // a wildcard entry none of whose actions fits is reported the same way; one with an action that fits is not
    expect(found(['s3:GetObject', 's3:ListBucket*'], 'arn:aws:s3:::b/*').map((x) => x.path)).toEqual(['Statement[0].Action[1]']);
    expect(found(['s3:GetObject', 's3:List*'], 'arn:aws:s3:::b/*')).toEqual([]);
  });

  it('is an error in a Deny: the Deny does not deny the action', () => {
    expect(found(['s3:DeleteObject', 's3:DeleteBucket'], 'arn:aws:s3:::b/*', 'Deny')).toMatchObject([{ severity: 'error', path: 'Statement[0].Action[1]' }]);
  });

  it('is quiet where each action fits an entry, where an entry is "*" or no readable ARN, and where no entry fits any action (RESOURCE_MISMATCH)', () => {
    expect(found(['s3:GetObject', 's3:ListBucket'], ['arn:aws:s3:::b', 'arn:aws:s3:::b/*'])).toEqual([]);
    expect(found(['s3:GetObject', 's3:ListBucket'], ['arn:aws:s3:::b/*', '*'])).toEqual([]);
    expect(found(['s3:GetObject', 's3:ListBucket'], ['arn:aws:s3:::b/*', 'arn:aws:S3:::b'])).toEqual([]);
    // actions without a resource type are NO_RESOURCE_LEVEL_PERMISSIONS's
    expect(found(['s3:GetObject', 's3:ListAllMyBuckets'], 'arn:aws:s3:::b/*')).toEqual([]);
    const codes = run(['s3:GetObject', 's3:PutObject'], 'arn:aws:s3:::b').map((x) => x.code);
    expect(codes).toContain('RESOURCE_MISMATCH');
    expect(codes).not.toContain(CODE);
    // a variable stands for any text: the home folder fits objects, not the bucket
    expect(found(['s3:GetObject', 's3:ListBucket'], 'arn:aws:s3:::b/home/${aws:username}/*').map((x) => x.path)).toEqual(['Statement[0].Action[1]']);
  });
});
