/**
 * How analyze reads a lone policy (docs/analyze.md, Inputs). A VPC endpoint policy filters, it does
 * not grant (AWS PrivateLink guide: an endpoint policy "does not override or replace identity-based
 * policies or resource-based policies"): like an SCP it is read under an identity policy that
 * allows everything, so a check asks what a principal can do through the endpoint.
 */
import { describe, expect, it } from 'vitest';
import { checkAccessNotGranted, checkNoNewAccess, compare, toAnalyzeSet } from '../../src/analyze/index.js';
import { allow, deny, policy, principal } from '../../src/index.js';

const ACCT = '111122223333';

describe('toAnalyzeSet: a lone VPC endpoint policy', () => {
  const readOnly = policy.endpoint(allow('s3:GetObject').on('arn:aws:s3:::docs/*').by(principal.account(ACCT)));
  const readWrite = policy.endpoint(allow('s3:GetObject', 's3:PutObject').on('arn:aws:s3:::docs/*').by(principal.account(ACCT)));

  it('is a filter under an identity policy that allows everything', () => {
    const set = toAnalyzeSet(readOnly);
    expect(set.endpoint).toBe(readOnly);
    expect(set.resource).toBeUndefined();
    expect(set.identity).toBeDefined();
  });

  it('lets through what its Allow names, for the principals it names', () => {
    // read as a resource policy naming the account, it granted nothing alone (the account's
    // principals need their own identity grant): every check passed
    expect(checkAccessNotGranted(readOnly, { actions: ['s3:GetObject'], resources: ['arn:aws:s3:::docs/a'] }).result).toBe('fail');
    expect(checkAccessNotGranted(readOnly, { actions: ['s3:PutObject'] }).result).toBe('pass');
    expect(checkNoNewAccess(readOnly, readWrite).result).toBe('fail');
    expect(checkNoNewAccess(readWrite, readOnly).result).toBe('pass');
  });

  it('a Deny in it narrows what passes', () => {
    const guarded = policy.endpoint(
      allow('s3:GetObject', 's3:PutObject').on('arn:aws:s3:::docs/*').by(principal.account(ACCT)),
      deny('s3:PutObject').on('*').by(principal.anyone()),
    );
    expect(checkNoNewAccess(readOnly, guarded).result).toBe('pass');
  });
});

describe('a policy variable and a condition key that name one key in two cases', () => {
  // IAM: condition key names are case-insensitive, so "AWS:PRINCIPALTAG/TEAM" and the variable
  // ${aws:PrincipalTag/team} are one key; a witness must give it once (evaluate refuses it twice)
  it('compare answers instead of throwing on the witness context it builds', () => {
    const statement = {
      Effect: 'Allow' as const,
      NotAction: ['s3:GetObject'],
      Resource: [`arn:aws:iam::${ACCT}:role/\${aws:PrincipalTag/team}`],
      Condition: { StringEquals: { 'AWS:PRINCIPALTAG/TEAM': ['eng'] } },
    };
    const a = { Version: '2012-10-17' as const, Statement: [statement] };
    const b = { Version: '2012-10-17' as const, Statement: [statement, { Effect: 'Deny' as const, Action: ['s3:PutObject'], Resource: ['*'] }] };
    const same = (s: typeof statement) => ({ ...s, Condition: { StringEquals: { 'aws:PrincipalTag/team': ['eng'] } } });
    // the answer is the one the same policies give with the key spelled alike
    const expected = compare({ identity: [{ ...a, Statement: [same(statement)] }] }, { identity: [{ ...b, Statement: [same(statement), b.Statement[1]!] }] }).relation;
    expect(compare({ identity: [a] }, { identity: [b] }).relation).toBe(expected);
  });
});

// IAM refuses a document that breaks its kind's element rules where it is put (an identity-based
// policy takes no Principal: reference_policies_elements_principal); analyze reads sets as evaluate
// does, so such a set is refused before any search, not proved about.
describe('a policy that breaks the element rules of its place in the set', () => {
  const withPrincipal = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: '*', Action: 's3:GetObject', Resource: '*' }] };
  const reader = policy.identity(allow('s3:GetObject').on('*'));
  it('is refused with the model code, by compare and by the checks', () => {
    expect(() => compare({ identity: withPrincipal }, reader)).toThrow(/Principal is not allowed in an identity policy/);
    expect(() => checkAccessNotGranted({ identity: withPrincipal }, { actions: ['s3:GetObject'] })).toThrow(/Principal is not allowed/);
    expect(() => checkNoNewAccess(reader, { identity: [reader, withPrincipal] })).toThrow(/Principal is not allowed/);
  });
  it('is refused even where no request is evaluated (an action no statement names)', () => {
    expect(() => checkAccessNotGranted({ identity: withPrincipal }, { actions: ['ec2:RunInstances'] })).toThrow(/Principal is not allowed/);
  });
});

describe('a policy set is read once (each field, each list, each level)', () => {
  it('the search proves things of the policies the checks read, where a getter could answer otherwise later', () => {
    // project rule, nothing fails open: an SCP level that was checked and then read as none restricted nothing
    const identity = policy.identity(allow('s3:*').on('*'));
    const guard = policy.scp(allow('*').on('*'), deny('s3:DeleteBucket').on('*'));
    let reads = 0;
    const existing = { identity, scp: [[guard]] };
    const shifty = {
      identity,
      get scp() {
        return reads++ === 0 ? [[guard]] : [];
      },
    };
    expect(checkNoNewAccess(existing, shifty).result).toBe('pass');
    expect(reads).toBe(1);
    reads = 0;
    const set = toAnalyzeSet(shifty);
    expect([set.scp, set.scp, reads]).toEqual([[[guard]], [[guard]], 1]);
  });

  it('an access query is read once: the search answers the query that was checked', () => {
    const identity = policy.identity(allow('s3:*').on('*'));
    let reads = 0;
    const query = {
      get actions() {
        return reads++ === 0 ? ['s3:DeleteBucket'] : ['iam:CreateUser'];
      },
    };
    // the policy grants s3:DeleteBucket: the check fails (it passed, answering iam:CreateUser)
    expect(checkAccessNotGranted(identity, query).result).toBe('fail');
    expect(reads).toBe(1);
  });
});
