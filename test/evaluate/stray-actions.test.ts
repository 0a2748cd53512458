/**
 * Actions with stray whitespace (`"lambda:ListFunctions "`, as in ReadOnlyAccess v61, SecurityAudit
 * v5 and ViewOnlyAccess v1): AWS matches the action element by comparing the request's action
 * with the entry as written (IAM User Guide, reference_policies_elements_action: "the action
 * element ... matches the action name"), so such an entry matches no request. Where that reading
 * would widen a Deny's gap or an Allow, typed-iam takes the reading safer for a Deny
 * (docs/evaluation.md "Actions with stray whitespace").
 */
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/evaluate/index.js';
import { parsePolicy } from '../../src/parse/index.js';

const request = (action: string) => ({ principal: 'arn:aws:iam::123456789012:user/bob', action, resource: '*' });
const ALLOW_ALL = { Effect: 'Allow', Action: '*', Resource: '*' };

function decide(statements: readonly object[], action: string) {
  const identity = parsePolicy(JSON.stringify({ Version: '2012-10-17', Statement: statements }));
  return evaluate({ identity }, request(action)).decision;
}

describe('stray whitespace in an action entry', () => {
  it.each(['lambda:ListFunctions ', ' lambda:ListFunctions', 'lambda: ListFunctions', 'lambda :ListFunctions', 'lambda:\tListFunctions'])(
    'Allow + Action %j: read as written, matches no request (no access granted)',
    (entry) => {
      expect(decide([{ Effect: 'Allow', Action: entry, Resource: '*' }], 'lambda:ListFunctions')).toBe('implicit-deny');
      expect(decide([{ Effect: 'Allow', Action: [entry, 'lambda:GetFunction'], Resource: '*' }], 'lambda:GetFunction')).toBe('allow');
    },
  );

  it('Deny + Action: read as the action it stands for (denies it)', () => {
    expect(decide([ALLOW_ALL, { Effect: 'Deny', Action: 'lambda:ListFunctions ', Resource: '*' }], 'lambda:ListFunctions')).toBe('explicit-deny');
    expect(decide([ALLOW_ALL, { Effect: 'Deny', Action: 'ec2: Describe*', Resource: '*' }], 'ec2:DescribeInstances')).toBe('explicit-deny');
    // nothing else: the entry stands for one action
    expect(decide([ALLOW_ALL, { Effect: 'Deny', Action: 'lambda:ListFunctions ', Resource: '*' }], 'lambda:GetFunction')).toBe('allow');
  });

  it('Allow + NotAction: read as the action it stands for (that action stays excluded)', () => {
    const st = { Effect: 'Allow', NotAction: ['iam:*', 'lambda:ListFunctions '], Resource: '*' };
    expect(decide([st], 'lambda:ListFunctions')).toBe('implicit-deny');
    expect(decide([st], 'lambda:GetFunction')).toBe('allow');
  });

  it('Deny + NotAction: read as written (excludes nothing, so the Deny covers the action)', () => {
    const st = { Effect: 'Deny', NotAction: 'lambda:ListFunctions ', Resource: '*' };
    expect(decide([ALLOW_ALL, st], 'lambda:ListFunctions')).toBe('explicit-deny');
    expect(decide([ALLOW_ALL, st], 's3:GetObject')).toBe('explicit-deny');
  });

  it('the builder stays strict: such an entry is refused at build time', async () => {
    const { allow, policy } = await import('../../src/index.js');
    expect(() => allow('lambda:ListFunctions ' as never)).toThrow(/INVALID_ACTION|invalid action/);
    expect(() => policy.identity({ Effect: 'Allow', Action: ['lambda:ListFunctions '], Resource: ['*'] })).toThrow(/invalid action/);
  });
});
