import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { emitDocument, emitStatement } from '../../src/emit/emit.js';
import type { Statement } from '../../src/model/policy-document.js';

describe('emit: one value bare, several without repeats in first-seen order', () => {
  // The model keeps lists; the emitted text writes a list of one value as the bare string (IAM reads
  // "Action": "s3:GetObject" as ["s3:GetObject"]) and writes each value once (a repeat changes no meaning).
  it('a list of two equal values is one bare value, two different ones stay a list', () => {
    const s = (Action: string[]): Statement => ({ Effect: 'Allow', Action, Resource: ['*', '*'] });
    expect(emitStatement(s(['s3:GetObject', 's3:GetObject']))).toEqual({ Effect: 'Allow', Action: 's3:GetObject', Resource: '*' });
    expect(emitStatement(s(['s3:PutObject', 's3:GetObject']))).toEqual({ Effect: 'Allow', Action: ['s3:PutObject', 's3:GetObject'], Resource: '*' });
  });

  it('any list emits as its distinct values in first-seen order, one of them bare (fast-check)', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('a:A', 'a:B', 'a:C', 'a:D'), { minLength: 1, maxLength: 40 }), (values) => {
        const distinct = values.filter((v, i) => values.indexOf(v) === i);
        const out = emitStatement({ Effect: 'Deny', Action: values, Resource: ['*'], Condition: { StringEquals: { 'aws:PrincipalTag/x': values } } });
        const want = distinct.length === 1 ? distinct[0] : distinct;
        expect(out.Action).toEqual(want);
        expect(out.Condition).toEqual({ StringEquals: { 'aws:PrincipalTag/x': want } });
      }),
      { seed: 3801, numRuns: 300 },
    );
  });

  it('the emitted lists are new arrays: changing them changes no model list', () => {
    const Action = Object.freeze(['s3:GetObject', 's3:PutObject']);
    const doc = emitDocument({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action, Resource: ['*'] }] });
    expect(doc.Statement[0]!.Action).not.toBe(Action);
    (doc.Statement[0]!.Action as string[]).push('s3:ListBucket');
    expect(Action).toEqual(['s3:GetObject', 's3:PutObject']);
  });
});
