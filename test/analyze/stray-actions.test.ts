/**
 * Actions with stray whitespace in a Deny's Action (as in ReadOnlyAccess v61): evaluate reads them
 * as the action they stand for, the reading safer for a Deny (docs/evaluation.md). The analyzer
 * does not model that reading, so it must not answer pass where evaluate finds new access.
 */
import { describe, expect, it } from 'vitest';
import { checkNoNewAccess } from '../../src/analyze/index.js';
import { evaluate } from '../../src/evaluate/index.js';
import { parsePolicy } from '../../src/parse/index.js';

const identity = (statements: object[]) => parsePolicy(JSON.stringify({ Version: '2012-10-17', Statement: statements }), { kind: 'identity' });

describe('analyze and stray-whitespace actions', () => {
  it.each(['lambda:*', 'lambda:ListFunctions', 'lambda:List*'])('a Deny that evaluate reads as denying lambda:ListFunctions: no pass when the update drops it (Allow %s)', (allowed) => {
    const existing = identity([
      { Effect: 'Allow', Action: allowed, Resource: '*' },
      { Effect: 'Deny', Action: 'lambda:ListFunctions ', Resource: '*' },
    ]);
    const updated = identity([{ Effect: 'Allow', Action: allowed, Resource: '*' }]);
    const request = { principal: 'arn:aws:iam::111122223333:user/u', action: 'lambda:ListFunctions', resource: '*' };
    // the ground truth: updated allows what existing denies
    expect(evaluate({ identity: existing }, request).decision).toBe('explicit-deny');
    expect(evaluate({ identity: updated }, request).decision).toBe('allow');
    expect(checkNoNewAccess({ identity: existing }, { identity: updated }).result).not.toBe('pass');
  });
});
