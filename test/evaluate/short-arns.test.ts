/**
 * Short ARNs (fewer than six components) whose padded reading and whole-text reading differ. AWS
 * documents no short ARNs; identity policies pad them with `*` components (iam-reference §4). The
 * Resource element page says a `*` that ends an ARN segment "can expand to match beyond the colon
 * boundaries", which read over the whole text also covers an ARN the padded reading misses. Where
 * AWS is silent the reading safer for a Deny is taken: a Deny's Resource and an Allow's NotResource
 * match by either reading; an Allow's Resource and a Deny's NotResource by the padded one only.
 */
import { describe, expect, it } from 'vitest';
import { evaluate, type EvaluationRequest } from '../../src/evaluate/index.js';
import { compare } from '../../src/analyze/index.js';
import { ACCT, FULL_ACCESS_SCP, USER, allowSt, denySt, identity, scp } from './helpers.js';

const SHORT = 'arn:aws:dynamodb:*:table/prod-*'; // the account field left out
const PROD = `arn:aws:dynamodb:us-east-1:${ACCT}:table/prod-orders`;
const DEV = `arn:aws:dynamodb:us-east-1:${ACCT}:table/dev-orders`;
const request = (resource: string) => ({ principal: USER, action: 'dynamodb:DeleteTable', resource });

describe('a short ARN whose two readings differ', () => {
  it('a Deny on it denies what either reading covers (it allowed prod-orders: fail open)', () => {
    const policies = { identity: [identity(allowSt('dynamodb:*'), denySt('dynamodb:*', SHORT))] };
    expect(evaluate(policies, request(PROD)).decision).toBe('explicit-deny');
    expect(evaluate(policies, request(DEV)).decision).toBe('allow');
  });

  it('in an SCP too (SCPs pad a short ARN that ends in *)', () => {
    const policies = { identity: [identity(allowSt('dynamodb:*'))], scp: [[FULL_ACCESS_SCP, scp(denySt('dynamodb:*', SHORT))]] };
    expect(evaluate(policies, request(PROD)).decision).toBe('explicit-deny');
  });

  it('an Allow on it grants only what the padded reading covers', () => {
    expect(evaluate({ identity: [identity(allowSt('dynamodb:*', SHORT))] }, request(PROD)).decision).toBe('implicit-deny');
  });

  it("an Allow's NotResource excludes what either reading covers; a Deny's NotResource only the padded reading", () => {
    expect(evaluate({ identity: [identity({ Effect: 'Allow', Action: ['dynamodb:*'], NotResource: [SHORT] })] }, request(PROD)).decision).toBe('implicit-deny');
    const denyOthers = { identity: [identity(allowSt('dynamodb:*'), { Effect: 'Deny', Action: ['dynamodb:*'], NotResource: [SHORT] })] };
    expect(evaluate(denyOthers, request(PROD)).decision).toBe('explicit-deny');
  });

  it('analyze reads the entry as evaluate does: its witnesses replay, and none is a lower-case table ARN the Deny covers', () => {
    const tables = 'arn:aws:dynamodb:*:*:table/*';
    const a = identity(allowSt('dynamodb:*', tables), denySt('dynamodb:*', SHORT));
    const b = identity(allowSt('dynamodb:*', tables), denySt('dynamodb:*', 'arn:aws:dynamodb:*:*:table/prod-*'));
    const r = compare(a, b);
    expect(r.relation).not.toBe('unknown');
    // the witness replayed whole: a contrived text such as arn:aws:dynamodb::table/prod-:table/ needs its
    // resourceAccount (read from the text, the account would be `table/prod-`, a cross-account request)
    const allows = (p: typeof a, w: EvaluationRequest) => evaluate({ identity: [p] }, { ...w, principal: w.principal ?? USER }).decision === 'allow';
    for (const w of r.aOnly) expect([allows(a, w), allows(b, w)], w.resource).toEqual([true, false]);
    for (const w of r.bOnly) expect([allows(b, w), allows(a, w)], w.resource).toEqual([true, false]);
    // the padded reading alone let a's Deny miss every six-field table ARN: such a witness showed a grants more
    expect(r.aOnly.filter((w) => w.resource?.startsWith('arn:aws:dynamodb:'))).toEqual([]);
  });
});
