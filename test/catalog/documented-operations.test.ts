import { describe, expect, it } from 'vitest';
import { actionInfo, operationActions, suggestActions } from '../../src/catalog/index.js';
import { DOCUMENTED_OPERATIONS } from '../../src/catalog/documented-operations.js';
import { lint } from '../../src/lint/index.js';

/*
 * API operations whose name is no IAM action (src/catalog/documented-operations.ts): the Service
 * Authorization Reference lists actions, and an operation such as ListObjectsV2 is authorized as an
 * action of another name (S3 API Reference, ListObjectsV2: "you must have the s3:ListBucket permission").
 */
const invalid = (action: string) => lint({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: action, Resource: '*' }] }).filter((f) => f.code === 'INVALID_ACTION' || f.code === 'INVALID_SERVICE_IN_ACTION');

describe('the table', () => {
  const rows = Object.entries(DOCUMENTED_OPERATIONS);

  it.each(rows)('%s is no action of the catalog, and what it is authorized as are actions', (operation, row) => {
    // a row for a name the catalog lists would hide that action behind another name
    expect(actionInfo(operation)).toBeUndefined();
    for (const a of row.actions) expect(actionInfo(a), a).toBeDefined();
    // written in the catalog's spelling, so the messages name the action as the Reference does
    for (const a of row.actions) expect(actionInfo(a)!.action).toBe(a);
  });

  it('holds each operation once, whatever its case (IAM reads action names ignoring case)', () => {
    const lower = rows.map(([k]) => k.toLowerCase());
    expect(new Set(lower).size).toBe(lower.length);
  });
});

describe('operationActions', () => {
  it('reads an operation in any case, and says whether a request needs each action or one', () => {
    expect(operationActions('s3:ListObjectsV2')).toEqual({ actions: ['s3:ListBucket'], each: false });
    expect(operationActions('S3:listobjectsv2')).toEqual({ actions: ['s3:ListBucket'], each: false });
    // S3 API Reference, CopyObject: s3:GetObject on the source and s3:PutObject on the destination
    expect(operationActions('s3:CopyObject')).toEqual({ actions: ['s3:GetObject', 's3:PutObject'], each: true });
    // DynamoDB Developer Guide, "IAM security policies with PartiQL": one PartiQL action per statement kind
    expect(operationActions('dynamodb:ExecuteStatement')?.each).toBe(false);
  });

  it('is undefined for an action, an unknown name and what is not a string', () => {
    expect(operationActions('s3:GetObject')).toBeUndefined();
    expect(operationActions('s3:NoSuchOperation')).toBeUndefined();
    expect(operationActions(undefined as never)).toBeUndefined();
    expect(operationActions({ toString: () => 's3:CopyObject' } as never)).toBeUndefined();
  });

  it('gives frozen answers, so one caller cannot change another\'s', () => {
    const r = operationActions('s3:CopyObject')!;
    expect(Object.isFrozen(r) && Object.isFrozen(r.actions)).toBe(true);
  });
});

describe('did you mean', () => {
  it.each([
    // was: nothing, or a name spelt alike that authorizes something else
    ['s3:ListObjectsV2', ['s3:ListBucket']],
    ['s3:PutBucketEncryption', ['s3:PutEncryptionConfiguration']], // was s3:PutBucketVersioning at compile time
    ['s3:HeadObject', ['s3:GetObject']],
    ['lambda:Invoke', ['lambda:InvokeFunction']], // was InvokeAsync, InvokeFunction and InvokeFunctionUrl
    ['sqs:SendMessageBatch', ['sqs:SendMessage']],
    ['kms:ReEncrypt', ['kms:ReEncryptFrom', 'kms:ReEncryptTo']],
    // an SDK client's name and an operation of its service
    ['bedrock-runtime:Converse', ['bedrock:InvokeModel']],
    ['bedrock-runtime:ConverseStream', ['bedrock:InvokeModelWithResponseStream']],
  ])('suggestActions(%s) is what IAM authorizes it as', (operation, expected) => {
    expect(suggestActions(operation)).toEqual(expected);
  });

  it('a request needing each of more actions than the limit gets them all; one of several gets the limit', () => {
    expect(suggestActions('s3:CopyObject', 1)).toEqual(['s3:GetObject', 's3:PutObject']);
    expect(suggestActions('dynamodb:ExecuteStatement', 2)).toEqual(['dynamodb:PartiQLSelect', 'dynamodb:PartiQLInsert']);
  });
});

describe('INVALID_ACTION on an operation name', () => {
  it('says it is an API operation and what to write', () => {
    const [f] = invalid('s3:ListObjectsV2');
    expect(f?.code).toBe('INVALID_ACTION');
    expect(f?.message).toBe('Action "s3:ListObjectsV2" does not exist in service "s3": "ListObjectsV2" is the name of an API operation, which IAM authorizes as "s3:ListBucket"; write that instead.');
  });

  it('names each action a request needs, or the ones of which it needs one', () => {
    expect(invalid('s3:UploadPartCopy')[0]?.message).toContain('which IAM authorizes as "s3:GetObject" and "s3:PutObject" (a request needs each); write those instead.');
    expect(invalid('dynamodb:TransactWriteItems')[0]?.message).toContain(
      'which IAM authorizes as "dynamodb:PutItem", "dynamodb:UpdateItem", "dynamodb:DeleteItem" or "dynamodb:ConditionCheckItem" (by what the request does); write the ones it needs instead.',
    );
  });

  it('a name differing from an action in case only is that action: no finding', () => {
    // IAM User Guide, IAM JSON policy elements: Action: "action names are case insensitive"; s3:GetBucketCORS
    expect(invalid('s3:GetBucketCors')).toEqual([]);
  });
});
