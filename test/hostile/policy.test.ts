/**
 * Issue #16's small holes in the policy object and the builder: Ids that emit text the parser
 * refuses, callers' objects frozen behind their back, and `document` and `toString` disagreeing on
 * repeated values.
 */
import { describe, expect, it } from 'vitest';
import { allow, deny, parsePolicy, policy, PolicyValidationError } from '../../src/index.js';
import type { Statement } from '../../src/model/policy-document.js';
import { createPolicy } from '../../src/policy/policy.js';

const base = () => policy.identity(allow('s3:GetObject').on('arn:aws:s3:::docs/*'));

describe('withId is validated', () => {
  it.each([
    [{ x: 1 }, 'INVALID_TYPE'],
    [5, 'INVALID_TYPE'],
    ['a\u0000b', 'INVALID_CHARACTER'],
    ['caf\u2615', 'INVALID_CHARACTER'],
  ])('withId(%j) is a PolicyValidationError %s (was: text parsePolicy rejects)', (id, code) => {
    const p = base();
    let error: unknown;
    try {
      p.withId(id as string);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(PolicyValidationError);
    expect((error as PolicyValidationError).issues[0]).toMatchObject({ path: 'Id', code });
  });

  it('a valid Id round-trips through the parser', () => {
    const p = base().withId('Policy Id é 1');
    expect(parsePolicy(p.toString()).document).toEqual(p.document);
  });
});

describe("callers' objects are never frozen", () => {
  const plain = (): Statement & { Action: string[]; Resource: string[] } => ({ Effect: 'Allow', Action: ['s3:GetObject'], Resource: ['arn:aws:s3:::docs/*'] });

  it('policy.identity copies a plain statement (was: deep-froze the caller\'s object)', () => {
    const st = plain();
    const p = policy.identity(st);
    expect(Object.isFrozen(st)).toBe(false);
    expect(Object.isFrozen(st.Action)).toBe(false);
    st.Action.push('s3:PutObject');
    expect(p.document.Statement[0]!.Action).toEqual(['s3:GetObject']);
    expect(Object.isFrozen(p.document.Statement[0]!.Action)).toBe(true);
  });

  it('createPolicy and add copy too; statements frozen already are kept as they are', () => {
    const st = plain();
    const cond = { Effect: 'Deny' as const, Action: ['s3:*'], Resource: ['*'], Condition: { Bool: { 'aws:SecureTransport': [false] } } };
    const p = createPolicy('identity', { Version: '2012-10-17', Statement: [st] }).add(cond);
    expect(Object.isFrozen(st) || Object.isFrozen(cond) || Object.isFrozen(cond.Condition.Bool)).toBe(false);
    const frozen = deny('s3:DeleteBucket').on('*').toStatement();
    expect(policy.identity(frozen).document.Statement[0]).toBe(frozen);
    expect(p.document.Statement).toHaveLength(2);
  });

  it('a statement frozen on top only is copied: its open lists cannot change the policy later', () => {
    const st = Object.freeze(plain());
    const p = policy.identity(st);
    expect(p.document.Statement[0]).not.toBe(st);
    st.Action.push('s3:PutObject');
    expect(p.toString()).not.toContain('s3:PutObject');
    expect(Object.isFrozen(st.Action)).toBe(false);
  });
});

describe("the builder's document and toString agree on repeated values", () => {
  it('repeated actions are dropped from the document as from the text (was: kept in document only)', () => {
    const p = policy.identity(allow('s3:GetObject', 's3:GetObject', 's3:PutObject').on('*', '*').sid('A'));
    expect(p.document.Statement[0]!.Action).toEqual(['s3:GetObject', 's3:PutObject']);
    expect(parsePolicy(p.toString()).document).toEqual(p.document);
    const q = policy.identity(allow(['s3:GetObject', 's3:GetObject']).on(['arn:aws:s3:::a', 'arn:aws:s3:::a']));
    expect(parsePolicy(q.toString()).document).toEqual(q.document);
  });

  it('a list of 100,000 actions with repeats is de-duplicated in linear time', () => {
    const actions = Array.from({ length: 100_000 }, (_, i) => `s3:Get${i % 50_000}`);
    const s = allow.unchecked(...(actions as [string, ...string[]])).on('*').toStatement();
    expect(s.Action).toHaveLength(50_000);
  });
});
