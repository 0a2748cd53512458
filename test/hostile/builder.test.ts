/**
 * The builder given what plain JavaScript callers and tools pass at run time (config files, user
 * input): every refusal is a PolicyValidationError naming the element, never a TypeError from
 * inside, and what the builder keeps is what it checked (values read once).
 */
import { describe, expect, it, vi } from 'vitest';
import { issuesOf } from './helpers.js';
import { allow, parsePolicy, policy, policyVariable, principal, PolicyArgumentError, PolicyValidationError } from '../../src/index.js';

const ACCOUNT = '111122223333';

/** The first issue of the PolicyValidationError `f` throws. */
const issueOf = (f: () => unknown) => issuesOf(f)[0]!;

describe('principal helpers given other values than strings', () => {
  // each was a TypeError (id.startsWith, host.includes, options.partition of null) or a helper value holding no string
  it.each<[string, () => unknown]>([
    ['account(number): a 12-digit id read from JSON as a number', () => principal.account(111122223333 as never)],
    ['role(undefined)', () => principal.role(undefined as never)],
    ['user(null, name)', () => principal.user(null as never, 'alice')],
    ['oidc(account, number)', () => principal.oidc(ACCOUNT, 5 as never)],
    ['oidc(account, undefined)', () => principal.oidc(ACCOUNT, undefined as never)],
    ['aws(undefined)', () => principal.aws(undefined as never)],
    ['federated(null)', () => principal.federated(null as never)],
    ['service([name]): an array, whose text passed the pattern', () => principal.service(['lambda.amazonaws.com'] as never)],
    ['canonicalUser([id])', () => principal.canonicalUser(['79a59df900b949e55d96a1e698fbacedfd6e09d98eacf8f8d5218e7cd47ef2be'] as never)],
    // names that String() cannot convert: the message read them with String() and threw a TypeError
    ['role(account, an object without prototype)', () => principal.role(ACCOUNT, Object.create(null) as never)],
    ['user(account, [Symbol()])', () => principal.user(ACCOUNT, [Symbol('alice')] as never)],
    ['assumedRole(account, role, an object without prototype)', () => principal.assumedRole(ACCOUNT, 'Admin', Object.create(null) as never)],
    ['saml(account, [Symbol()])', () => principal.saml(ACCOUNT, [Symbol('okta')] as never)],
  ])('%s is a PolicyValidationError at Principal', (_, f) => {
    expect(issueOf(f)).toMatchObject({ path: 'Principal', code: 'INVALID_PRINCIPAL' });
  });

  it('null options read as no options', () => {
    expect(principal.role(ACCOUNT, 'Deployer', null as never).value).toBe(`arn:aws:iam::${ACCOUNT}:role/Deployer`);
  });

  it('a partition read from config must be an AWS partition (IAM refuses a principal ARN of another)', () => {
    for (const f of [
      () => principal.account(ACCOUNT, { partition: 'aws cn' as never }),
      () => principal.account(`arn:awz:iam::${ACCOUNT}:root`),
      () => principal.role(`arn:aws-china:iam::${ACCOUNT}:role/Deployer`),
      () => principal.assumedRole(ACCOUNT, 'Deployer', 'ci', { partition: '' as never }),
      () => principal.githubActions(ACCOUNT, { partition: 'AWS' as never }),
    ])
      expect(issueOf(f).message).toContain('not an AWS partition; use one of aws, aws-cn');
    expect(principal.saml(ACCOUNT, 'Okta', { partition: 'aws-us-gov' }).value).toBe(`arn:aws-us-gov:iam::${ACCOUNT}:saml-provider/Okta`);
    expect(principal.account(`arn:aws-cn:iam::${ACCOUNT}:root`).value).toBe(`arn:aws-cn:iam::${ACCOUNT}:root`);
  });

  it('options that are no object, or name no option, are refused (each was read as none: an ARN of the aws partition, at the root path)', () => {
    const refused = (f: () => unknown, text: string) => {
      expect(f).toThrow(PolicyArgumentError);
      expect(f).toThrow(expect.objectContaining({ argument: 'options', message: expect.stringContaining(text) }));
    };
    refused(() => principal.role(ACCOUNT, 'Deployer', 'aws-cn' as never), "such as { partition: 'aws-cn' }");
    refused(() => principal.role(ACCOUNT, 'Deployer', { partiton: 'aws-cn' } as never), "'partiton'");
    refused(() => principal.user(ACCOUNT, 'alice', { Path: '/ops/' } as never), "'Path'");
    refused(() => principal.account(ACCOUNT, { path: '/x/' } as never), "'path'");
    for (const f of [() => principal.assumedRole(ACCOUNT, 'Deployer', 'ci', 5 as never), () => principal.oidc(ACCOUNT, 'token.example.com', { partitions: 'aws' } as never), () => principal.githubActions(ACCOUNT, 'aws-cn' as never), () => principal.saml(ACCOUNT, 'Okta', { region: 'cn' } as never)])
      expect(f).toThrow(PolicyArgumentError);
    // beside a whole ARN, which names its own partition and path, options were ignored
    for (const f of [() => principal.role(`arn:aws:iam::${ACCOUNT}:role/Deployer`, undefined, { partition: 'aws-cn' }), () => principal.user(`arn:aws:iam::${ACCOUNT}:user/alice`, undefined, { path: '/ops/' }), () => principal.account(`arn:aws:iam::${ACCOUNT}:root`, { partition: 'aws-cn' })])
      expect(issueOf(f)).toMatchObject({ path: 'Principal', code: 'INVALID_PRINCIPAL', message: expect.stringContaining('an ARN names its own partition and path') });
    // each option read once: the partition checked is the partition written
    let reads = 0;
    const shifty = {
      get partition() {
        return reads++ === 0 ? 'aws-cn' : 'aws cn';
      },
    };
    expect(principal.role(ACCOUNT, 'Deployer', shifty as never).value).toBe(`arn:aws-cn:iam::${ACCOUNT}:role/Deployer`);
    expect(reads).toBe(1);
    expect(principal.role(ACCOUNT, 'Deployer', { partition: 'aws-cn', path: '/ops/' }).value).toBe(`arn:aws-cn:iam::${ACCOUNT}:role/ops/Deployer`);
  });
});

describe('.by(...) given objects that are not principal helper values', () => {
  const by = (p: unknown) => () => allow('s3:GetObject').on('*').by(p as never);

  it.each<[string, unknown]>([
    // was: {"Principal":{}} (emit knows the four types only), text IAM and the parser refuse
    ['an unknown type', { type: 'Bogus', value: 'x' }],
    // was: a TypeError (added.__proto__.push)
    ['the type __proto__', { type: '__proto__', value: 'x' }],
    // was: "Principal": "*", everyone for one account
    ['type "*" with an ARN', { type: '*', value: `arn:aws:iam::${ACCOUNT}:root` }],
    // was: "AWS": "", which the parser refuses (EMPTY_VALUE)
    ['an empty value', { type: 'AWS', value: '' }],
  ])('%s is refused', (_, p) => {
    expect(issueOf(by(p))).toMatchObject({ path: 'Principal', code: 'INVALID_PRINCIPAL' });
  });

  it('reads a value once: a getter cannot answer one thing to the check and another to the policy', () => {
    let reads = 0;
    const tricky = { type: 'AWS', get value() { return reads++ === 0 ? `arn:aws:iam::${ACCOUNT}:root` : 42; } };
    const p = policy.resource(allow('s3:GetObject').on('arn:aws:s3:::b/*').by(tricky as never)); // was: a TypeError (text.search)
    expect(p.document.Statement[0]!.Principal).toEqual({ AWS: [`arn:aws:iam::${ACCOUNT}:root`] });
    expect(parsePolicy(p.toString()).document).toEqual(p.document);
  });
});

describe('condition values given from plain JavaScript', () => {
  it('an array is read once: one whose length changes between reads never gives a key without values', () => {
    let reads = 0;
    const shrinking = new Proxy(['a'], { get: (t, k, r) => (k === 'length' ? (reads++ === 0 ? 1 : 0) : Reflect.get(t, k, r)) });
    const s = allow('s3:GetObject').on('*').whenUnchecked('StringEquals', 'aws:PrincipalTag/team', shrinking as never).toStatement();
    // was: "aws:PrincipalTag/team": [] (the length was checked, then read again by Array.from)
    expect(s.Condition!.StringEquals!['aws:PrincipalTag/team']!.length).toBeGreaterThan(0);
  });

  it('an object without a prototype is refused with the value shown (was: a TypeError converting it to a string)', () => {
    const issue = issueOf(() => allow('s3:GetObject').on('*').whenUnchecked('StringEquals', 'aws:username', Object.create(null)));
    expect(issue).toMatchObject({ path: 'Condition', code: 'INVALID_CONDITION' });
    expect(issue.message).toContain('Condition value {}');
  });
});

describe('statement sources of other code', () => {
  it.each([null, 5, 'Allow', [{ Effect: 'Allow' }]])('a toStatement() giving %j is refused as no statement (was: a TypeError)', (given) => {
    expect(issueOf(() => policy.identity({ toStatement: () => given } as never))).toMatchObject({ path: 'Statement[0]', code: 'INVALID_TYPE' });
  });
});

describe('policyVariable and the policy methods given other values than strings', () => {
  it.each<[string, () => unknown, string]>([
    ['a key that is a number', () => policyVariable(5 as never), 'key'],
    ['an empty key (wrote ${})', () => policyVariable('' as never), 'key'],
    ['a default that is a number', () => policyVariable('aws:username', 5 as never), 'defaultValue'],
    ['a default of null', () => policyVariable('aws:username', null as never), 'defaultValue'],
  ])('%s is a PolicyArgumentError (was: a TypeError)', (_, f, argument) => {
    expect(f).toThrow(PolicyArgumentError);
    expect(() => f()).toThrow(expect.objectContaining({ argument }));
  });

  it('toString(null) and size(target, null) read as no options (was: a TypeError)', () => {
    const p = policy.identity(allow('s3:GetObject').on('*'));
    expect(p.toString(null as never)).toBe(p.toString());
    expect(p.size(undefined, null as never)).toEqual(p.size());
  });

  it('toString and size refuse options that are no object and names that are no option, built or parsed (each was read as none: the default target checked)', () => {
    // over inline-user's 2,048 characters, within managed's 6,144
    const big = policy.identity(Array.from({ length: 40 }, (_, i) => allow('s3:GetObject').on(`arn:aws:s3:::bucket-${i}/*`)));
    expect(big.size('inline-user').fits).toBe(false);
    expect(big.size('managed').fits).toBe(true);
    for (const p of [big, parsePolicy(big.toString())]) {
      // the target written where the options go, or misspelt: the policy passed as fitting the managed quota
      expect(() => p.toString('inline-user' as never)).toThrow(expect.objectContaining({ argument: 'options', message: expect.stringContaining("such as { target: 'managed' }") }));
      expect(() => p.toString({ taget: 'inline-user' } as never)).toThrow(expect.objectContaining({ argument: 'options', message: expect.stringContaining("'taget'") }));
      expect(() => p.size(undefined, { prety: true } as never)).toThrow(PolicyArgumentError);
      // size takes its target as its first argument: a target among its options is no option of it
      expect(() => p.size(undefined, { target: 'inline-user' } as never)).toThrow(PolicyArgumentError);
      expect(p.toString({ pretty: false, canonical: true, target: 'managed' })).toBe(big.toString());
      // each option read once: the target checked is the target the size is measured against
      let reads = 0;
      const shifty = {
        get target() {
          return reads++ === 0 ? 'managed' : 'inline-user';
        },
      };
      expect(p.toString(shifty as never)).toBe(big.toString());
      expect(reads).toBe(1);
    }
  });

  it('a statement builder of another copy of the module is read as data and checked in full', async () => {
    // a second module instance, as two installed copies of typed-iam give
    vi.resetModules();
    const other = await import('../../src/index.js');
    expect(other.allow).not.toBe(allow);
    const s = other.allow('s3:GetObject').on('*').when('Bool', 'aws:SecureTransport', true).sid('A');
    expect(policy.identity(s as never).toString()).toBe(other.policy.identity(s).toString());
    expect(() => policy.identity(other.allow('sts:AssumeRole').by(other.principal.service('lambda.amazonaws.com')) as never)).toThrow(PolicyValidationError);
  });
});

describe('.sid(...) and .whenUnchecked(...) given symbols and objects', () => {
  // each was a TypeError from a template literal or String(): "Cannot convert object to primitive value",
  // "Cannot convert a Symbol value to a string", or the object's own throwing toString
  const bare = Object.create(null) as never;
  const throwingText = { toString: () => { throw new Error('not text'); } } as never;
  const b = allow('s3:GetObject').on('*');

  it.each<[string, () => unknown, string]>([
    ['sid(Object.create(null))', () => b.sid(bare), 'Sid'],
    ['sid(Symbol())', () => b.sid(Symbol('x') as never), 'Sid'],
    ['sid({ toString() { throw } })', () => b.sid(throwingText), 'Sid'],
  ])('%s is a PolicyValidationError at the Sid saying it must be a string', (_, f, path) => {
    const issue = issueOf(f);
    expect(issue).toMatchObject({ path, code: 'INVALID_SID' });
    expect(issue.message).toMatch(/^Sid must be a string, not /);
  });

  it.each<[string, () => unknown]>([
    ['an operator that is a symbol', () => b.whenUnchecked(Symbol('op') as never, 'aws:PrincipalOrgID', 'o-1')],
    ['an operator with no prototype', () => b.whenUnchecked(bare, 'aws:PrincipalOrgID', 'o-1')],
    ['an operator whose toString throws', () => b.whenUnchecked(throwingText, 'aws:PrincipalOrgID', 'o-1')],
    ['a key whose toString throws', () => b.whenUnchecked('StringEquals', throwingText, 'o-1')],
  ])('%s is a PolicyValidationError at the Condition', (_, f) => {
    expect(issueOf(f)).toMatchObject({ code: 'INVALID_CONDITION' });
  });
});
