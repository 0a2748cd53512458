/**
 * Principals a policy names in a form no request has. evaluate refuses such a request principal
 * (docs/evaluation.md: a request it cannot read is not decided), so the analyzer tries the caller
 * the value spells, with the case IAM folds folded: a Deny's Principal `arn:AWS:iam::…:user/alice` is
 * compared with the ARN's partition and service ignoring case (docs/evaluation.md, "an AWS principal
 * value IAM refuses when the policy is saved"), so it reaches alice. A value no request can name (an
 * IAM ARN with a Region) reaches no caller and is not tried.
 */
import { describe, expect, it } from 'vitest';
import { checkNoNewAccess, compare } from '../../src/analyze/index.js';
import { evaluate, type PolicySet } from '../../src/evaluate/index.js';
import { parsePolicy } from '../../src/parse/index.js';

const ACCT = '111122223333';
const bucket = (statements: object[]) => parsePolicy(JSON.stringify({ Version: '2012-10-17', Statement: statements }), { kind: 'resource' });
const allowAll = { Effect: 'Allow', Principal: { AWS: ACCT }, Action: 's3:GetObject', Resource: 'arn:aws:s3:::docs/*' };
const denyOf = (principal: string) => ({ Effect: 'Deny', Principal: { AWS: principal }, Action: 's3:GetObject', Resource: 'arn:aws:s3:::docs/*' });
const identityAll = parsePolicy(JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }] }), { kind: 'identity' });

describe('the analyzer tries the caller a malformed principal spells, never a request evaluate refuses', () => {
  it.each([`arn:AWS:iam::${ACCT}:user/alice`, `arn:aws:IAM::${ACCT}:user/alice`])('dropping a Deny on %s is new access for alice, and the witness replays', (written) => {
    const existing: PolicySet = { identity: identityAll, resource: bucket([allowAll, denyOf(written)]) };
    const updated: PolicySet = { identity: identityAll, resource: bucket([allowAll]) };
    const alice = { principal: `arn:aws:iam::${ACCT}:user/alice`, action: 's3:GetObject', resource: 'arn:aws:s3:::docs/a', resourceAccount: ACCT };
    // the ground truth: the Deny reaches alice
    expect(evaluate(existing, alice).decision).toBe('explicit-deny');
    expect(evaluate(updated, alice).decision).toBe('allow');
    const r = checkNoNewAccess(existing, updated);
    expect(r.result).toBe('fail');
    for (const w of r.witnesses) expect([evaluate(updated, w).decision, evaluate(existing, w).decision]).toEqual(['allow', 'explicit-deny']);
  });

  it('a principal no request can name (an IAM ARN with a Region) is no caller: no error, and its Deny changes nothing', () => {
    const existing: PolicySet = { identity: identityAll, resource: bucket([allowAll, denyOf(`arn:aws:iam:us-east-1:${ACCT}:user/alice`)]) };
    const updated: PolicySet = { identity: identityAll, resource: bucket([allowAll]) };
    expect(checkNoNewAccess(existing, updated).result).toBe('pass');
    expect(compare(existing, updated).relation).toBe('equivalent');
  });
});
