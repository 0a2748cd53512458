/**
 * A request evaluate cannot read is refused, never decided (docs/evaluation.md): a principal,
 * resource or action that is not a form AWS gives a request would be compared as text and miss the
 * Deny that names what it spells. Project rule: nothing fails open, malformed input never allows.
 *
 * The forms are the model's (src/model/principals.ts, IAM User Guide, "AWS JSON policy elements:
 * Principal" and "IAM identifiers"): an account id; the ARN of a root user, IAM user or role
 * (`arn:aws:iam::<12 digits>:user/<path><name>`), a role session
 * (`arn:aws:sts::<12 digits>:assumed-role/<role>/<session>`) or a federated user session; a service
 * principal name; an identity provider; a canonical user id. An action is `service:Name` in ASCII.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PolicyArgumentError } from '../../src/errors.js';
import { evaluate, type EvaluationRequest, type PolicySet } from '../../src/evaluate/index.js';
import { isRequestArn } from '../../src/model/arn.js';
import { ACCT, allowSt, denySt, FULL_ACCESS_SCP, identity, resource, scp, USER } from './helpers.js';

// the audit's repro: the bucket policy denies alice, allows everyone; alice's account allows everything
const set: PolicySet = {
  identity: identity(allowSt('*')),
  resource: resource(denySt('s3:*', '*', { Principal: { AWS: [USER] } }), allowSt('s3:*', '*', { Principal: '*' })),
};
const base: EvaluationRequest = { principal: USER, action: 's3:GetObject', resource: 'arn:aws:s3:::docs/a', resourceAccount: ACCT };

describe('a malformed request principal is refused, where it once got past the Deny naming it', () => {
  it('the well-formed principal is denied', () => {
    expect(evaluate(set, base).decision).toBe('explicit-deny');
  });
  it.each([
    ['a trailing space', `${USER} `],
    ['a leading space', ` ${USER}`],
    ['a trailing newline', `${USER}\n`],
    ['the partition in upper case', `arn:AWS:iam::${ACCT}:user/alice`],
    ['the service in upper case', `arn:aws:IAM::${ACCT}:user/alice`],
    ['the resource type in upper case', `arn:aws:iam::${ACCT}:USER/alice`],
    ['an empty user name', `arn:aws:iam::${ACCT}:user/`],
    ['an IAM ARN with a Region', `arn:aws:iam:us-east-1:${ACCT}:user/alice`],
    ['an eleven-digit account', 'arn:aws:iam::11112222333:user/alice'],
    ['an unknown partition', `arn:aws-foo:iam::${ACCT}:user/alice`],
    ['a session without its session name', `arn:aws:sts::${ACCT}:assumed-role/Dev`],
    ['a session name holding a slash', `arn:aws:sts::${ACCT}:assumed-role/Dev/s1/x`],
    ['a wildcard', `arn:aws:iam::${ACCT}:user/*`],
    ['"*"', '*'],
    ['a user unique id (a request names its caller by ARN)', 'AIDAJQABLZS4A3QDU576Q'],
    ['a name that is no service principal', 'alice'],
    ['an ARN of no principal type', `arn:aws:s3:::docs`],
  ])('%s', (_name, principal) => {
    expect(() => evaluate(set, { ...base, principal })).toThrow(PolicyArgumentError);
  });
  it.each([
    ['a user name holding a character IAM names never hold', `arn:aws:iam::${ACCT}:user/:alice`],
    ['a session name holding a space (AssumeRole RoleSessionName: [\\w+=,.@-]*)', `arn:aws:sts::${ACCT}:assumed-role/Dev/my session`],
    ['a session name of 65 characters (AssumeRole RoleSessionName: at most 64)', `arn:aws:sts::${ACCT}:assumed-role/Dev/${'s'.repeat(65)}`],
    ['a federated user name of 33 characters (GetFederationToken Name: 2 to 32)', `arn:aws:sts::${ACCT}:federated-user/${'c'.repeat(33)}`],
    ['a role name of 65 characters (CreateRole RoleName: 1 to 64)', `arn:aws:iam::${ACCT}:role/${'r'.repeat(65)}`],
  ])('names IAM does not create: %s', (_name, principal) => {
    expect(() => evaluate(set, { ...base, principal })).toThrow(PolicyArgumentError);
  });
  it('the error names the field and the forms', () => {
    expect(() => evaluate(set, { ...base, principal: `${USER} ` })).toThrow(
      `evaluate: principal "${USER} " is not an account id or the ARN of a root user, IAM user, role, role session or federated user`,
    );
    try {
      evaluate(set, { ...base, principal: `${USER} ` });
    } catch (e) {
      expect((e as PolicyArgumentError).argument).toBe('principal');
    }
  });
  it('a principal given with its type is checked as that type', () => {
    expect(() => evaluate(set, { ...base, principal: 'Lambda.amazonaws.com', principalType: 'Service' })).toThrow('is not a service principal name');
    expect(() => evaluate(set, { ...base, principal: 'example.com', principalType: 'Federated' })).toThrow('is not an identity provider');
    expect(() => evaluate(set, { ...base, principal: 'abc', principalType: 'CanonicalUser' })).toThrow('is not a canonical user id');
    expect(() => evaluate(set, { ...base, principal: 'lambda.amazonaws.com', principalType: 'AWS' })).toThrow('is not an account id or the ARN');
  });
  it('an anonymous request ignores the principal text', () => {
    expect(evaluate({ resource: resource(allowSt('s3:GetObject', '*', { Principal: '*' })) }, { ...base, principal: 'anything', anonymous: true }).decision).toBe('allow');
  });
});

describe('every form a request principal has is read', () => {
  const anyone: PolicySet = { resource: resource(allowSt('s3:GetObject', '*', { Principal: '*' })) };
  it.each([
    ['an account id', ACCT, undefined],
    ['a root user', `arn:aws:iam::${ACCT}:root`, undefined],
    ['a user with a path', `arn:aws:iam::${ACCT}:user/division/alice`, undefined],
    ['a role with a path', `arn:aws:iam::${ACCT}:role/service-role/Deployer`, undefined],
    ['a role session', `arn:aws:sts::${ACCT}:assumed-role/Dev/alice@example.com`, undefined],
    ['a role session named by a service with one character', `arn:aws:sts::${ACCT}:assumed-role/Dev/f`, undefined],
    ['a federated user session', `arn:aws:sts::${ACCT}:federated-user/carol`, undefined],
    ['a China partition role', `arn:aws-cn:iam::${ACCT}:role/Dev`, undefined],
    ['a service principal', 'lambda.amazonaws.com', undefined],
    ['a China service principal', 'ec2.amazonaws.com.cn', 'Service'],
    ['a web identity provider', 'accounts.google.com', undefined],
    ['a SAML provider', `arn:aws:iam::${ACCT}:saml-provider/Okta`, 'Federated'],
    ['a canonical user id in upper case', '79A59DF900B949E55D96A1E698FBACEDFD6E09D98EACF8F8D5218E7CD47EF2BE', undefined],
    ['a CloudFront origin access identity', 'arn:aws:iam::cloudfront:user/CloudFront Origin Access Identity E2QWRUHAPOMQZL', undefined],
  ] as const)('%s', (_name, principal, principalType) => {
    const r = evaluate(anyone, { ...base, principal, ...(principalType === undefined ? {} : { principalType }) });
    // a federated user session has no permissions without a session policy; a CloudFront identity is of another account
    expect(r.decision).toBe(principal.includes('federated-user') || principal.includes('cloudfront') ? 'implicit-deny' : 'allow');
  });
});

describe('a request resource is the ARN of a resource', () => {
  // IAM User Guide, "Policy evaluation logic" (request context): a request names the resource it acts on
  // by its ARN, arn:partition:service:region:account-id:resource (IAM identifiers, "IAM ARNs"; "Amazon
  // Resource Names"). Other text names no resource; compared as text it misses the Deny on the resource
  // it spells, so it is refused (nothing fails open).
  const denyDocs: PolicySet = { identity: identity(allowSt('s3:*'), denySt('s3:*', 'arn:aws:s3:::b/*')) };
  it.each([
    ['a leading space', ' arn:aws:s3:::b/k'],
    ['a trailing space', 'arn:aws:s3:::b/k '],
    ['a trailing newline', 'arn:aws:s3:::b/k\n'],
    ['a leading tab', '\tarn:aws:s3:::b/k'],
    ['no ARN (bucket/key), which the Deny on arn:aws:s3:::b/* would miss', 'b/k'],
    ['fewer than six fields', 'arn:aws:s3'],
    ['an empty partition', 'arn::s3:::b/k'],
    ['an empty service', 'arn:aws::::b/k'],
    ['an empty resource part', 'arn:aws:s3:::'],
    ['white space in the head', 'arn:aws:s3 :::b/k'],
    ['a prefix other than arn', 'ARN:aws:s3:::b/k'],
    ['the service in upper case', 'arn:aws:S3:::b/k'],
    ['the partition in upper case', 'arn:AWS:s3:::b/k'],
    ['a prefix other than arn (arna)', 'arna:aws:s3:::b/k'],
  ])('%s: refused', (_name, r) => {
    expect(() => evaluate(denyDocs, { ...base, resource: r })).toThrow(PolicyArgumentError);
  });
  it('the error names the resource and the form', () => {
    expect(() => evaluate(denyDocs, { ...base, resource: 'b/k' })).toThrow('evaluate: resource "b/k" is not the ARN of a resource (arn:partition:service:region:account:resource, no white space around it)');
  });
  it('an S3 key may hold inner spaces and colons', () => {
    expect(evaluate(denyDocs, { ...base, resource: 'arn:aws:s3:::b/my report.pdf' }).decision).toBe('explicit-deny');
    expect(evaluate(denyDocs, { ...base, resource: 'arn:aws:s3:::c/my report.pdf' }).decision).toBe('allow');
    expect(evaluate(denyDocs, { ...base, resource: 'arn:aws:s3:::b/a:b:c' }).decision).toBe('explicit-deny');
    expect(evaluate(denyDocs, { ...base, resource: '*' }).decision).toBe('allow');
  });
  it('one rule (the model\'s isRequestArn) decides: fast-check texts that evaluate takes are exactly its ARNs', () => {
    const field = fc.constantFrom('arn', 'arn', 'aws', 's3', '', '', 'b/k', 'x y', ' ', '\t', 'A', 'b/k ', ' b');
    fc.assert(
      fc.property(fc.array(field, { minLength: 1, maxLength: 7 }), (fields) => {
        const r = fields.join(':');
        if (r === '' || r === '*') return;
        let taken = true;
        try {
          evaluate(denyDocs, { ...base, resource: r });
        } catch (e) {
          if (!(e instanceof PolicyArgumentError)) throw e;
          taken = false;
        }
        expect(taken).toBe(isRequestArn(r));
        expect(taken).toBe(/^arn:[^:\sA-Z]+:[^:\sA-Z]+:[^:\sA-Z]*:[^:\sA-Z]*:\S(.*\S)?$/s.test(r));
      }),
      { numRuns: 2000, seed: 4302 },
    );
  });
});

describe('a request action is service:Name in ASCII', () => {
  const denyList: PolicySet = { identity: identity(allowSt('*'), denySt(['s3:ListBucket', 'kms:*'])) };
  it.each([
    // case folding maps U+017F (long s) to "s" and U+212A (Kelvin sign) to "k": read as actions the Deny names
    ['a long s', 's3:Li\u017FtBucket'],
    ['a Kelvin sign in the prefix', '\u212Ams:Decrypt'],
    ['a letter with a diacritic', 's3:L\u00EFstBucket'],
    ['a colon in the name', 's3:List:Bucket'],
    ['no name', 's3:'],
  ])('%s: refused', (_name, action) => {
    expect(() => evaluate(denyList, { ...base, action })).toThrow(PolicyArgumentError);
  });
  it('the error says what an action is', () => {
    expect(() => evaluate(denyList, { ...base, action: 's3:Li\u017FtBucket' })).toThrow('evaluate: action must be one action written service:Name (ASCII letters, digits and -_.)');
  });
  it('ASCII actions in any case are read', () => {
    expect(evaluate(denyList, { ...base, action: 'S3:LISTBUCKET' }).decision).toBe('explicit-deny');
    expect(evaluate(denyList, { ...base, action: 'execute-api:Invoke' }).decision).toBe('allow');
  });
});

describe('property: a principal changed by one character is denied or refused, never allowed past the Deny', () => {
  it('fast-check (seed 4301)', () => {
    const edits = fc.tuple(fc.nat(USER.length), fc.constantFrom('insert', 'replace', 'delete'), fc.constantFrom(' ', '\n', '\t', ':', '/', '*', 'A', 'a', '1', '\u017F', '\u212A', '\u00A0', ''));
    fc.assert(
      fc.property(edits, ([at, how, c]) => {
        const principal = how === 'insert' ? USER.slice(0, at) + c + USER.slice(at) : how === 'replace' ? USER.slice(0, at) + c + USER.slice(at + 1) : USER.slice(0, at) + USER.slice(at + 1);
        let decision: string;
        try {
          decision = evaluate(set, { ...base, principal }).decision;
        } catch (e) {
          expect(e).toBeInstanceOf(PolicyArgumentError);
          return;
        }
        // a well-formed other principal (another user name or path, another account) is allowed by Principal "*"
        if (decision === 'allow') expect(principal).toMatch(/^arn:aws:iam::\d{12}:user\/(?:[!-.0-~]+\/)*[\w+=,.@-]+$/);
        if (decision === 'allow') expect(principal).not.toBe(USER);
      }),
      { numRuns: 3000, seed: 4301 },
    );
  });
});

describe('a resource whose account is not known: the two readings of a same-account grant', () => {
  // IAM User Guide, policy evaluation logic: in the same account a resource policy naming the principal
  // allows alone; cross-account, the principal's own policies must allow too. An S3 ARN names no
  // account, so without resourceAccount the request may be either: the reading that never allows more
  // than AWS could is taken (docs/evaluation.md).
  const bucket = resource(allowSt('s3:GetObject', '*', { Principal: { AWS: [USER] } }));
  const unknown: EvaluationRequest = { principal: USER, action: 's3:GetObject', resource: 'arn:aws:s3:::docs/a' };
  it('a grant to the caller without an identity Allow is not allowed, and says what to give', () => {
    const r = evaluate({ resource: bucket }, unknown);
    expect(r.decision).toBe('implicit-deny');
    expect(r.explanation).toContain("is enough only when the resource is in the principal's account 111122223333");
    expect(r.explanation).toContain('Give resourceAccount to decide it.');
  });
  it('with the account given, each reading is decided as AWS decides it', () => {
    expect(evaluate({ resource: bucket }, { ...unknown, resourceAccount: ACCT }).decision).toBe('allow');
    expect(evaluate({ resource: bucket }, { ...unknown, resourceAccount: '444455556666' }).decision).toBe('implicit-deny');
  });
  it('when the identity side allows too, both readings allow', () => {
    expect(evaluate({ resource: bucket, identity: identity(allowSt('s3:GetObject')) }, unknown).decision).toBe('allow');
  });
  it('an ARN that names its account decides the reading', () => {
    const queue = resource(allowSt('sqs:SendMessage', '*', { Principal: { AWS: [USER] } }));
    expect(evaluate({ resource: queue }, { principal: USER, action: 'sqs:SendMessage', resource: `arn:aws:sqs:us-east-1:${ACCT}:q` }).decision).toBe('allow');
  });
});

describe('an entry with a capital before its resource part: read ignoring case, and exactly where that is safer', () => {
  // Access Analyzer, "Invalid ARN service case": the service "must match the specifications (including
  // capitalization)"; AWS does not say whether IAM folds case there. Project rule (docs/evaluation.md):
  // where AWS is silent, the reading safer for a Deny. A Deny (Resource) matches ignoring case; an Allow
  // (Resource) also needs the exact reading, which matches no request ARN (lower case there).
  const obj = { ...base, resource: 'arn:aws:s3:::b/k' };
  it.each(['arn:aws:S3:::b/*', 'arn:AWS:s3:::b/*', 'ARN:aws:s3:::b/*', 'arn:aws:S3*'])('Allow on %s grants nothing; Deny on it denies', (entry) => {
    expect(evaluate({ identity: identity(allowSt('s3:*', entry)) }, obj).decision).toBe('implicit-deny');
    expect(evaluate({ identity: identity(allowSt('s3:*'), denySt('s3:*', entry)) }, obj).decision).toBe('explicit-deny');
  });
  it('NotResource the other way round: an Allow with NotResource on it does not exempt the object; a Deny with it does not spare it', () => {
    expect(evaluate({ identity: identity(allowSt('s3:*', '*'), { Effect: 'Allow', Action: ['s3:*'], NotResource: ['arn:aws:S3:::b/*'] }) }, obj).decision).toBe('allow');
    expect(evaluate({ identity: identity({ Effect: 'Allow', Action: ['s3:*'], NotResource: ['arn:aws:S3:::b/*'] }) }, obj).decision).toBe('implicit-deny');
    expect(evaluate({ identity: identity(allowSt('s3:*'), { Effect: 'Deny', Action: ['s3:*'], NotResource: ['arn:aws:S3:::b/*'] }) }, obj).decision).toBe('explicit-deny');
  });
  it('capitals in the resource part or in a policy variable\'s name are not this case', () => {
    expect(evaluate({ identity: identity(allowSt('s3:*', 'arn:aws:s3:::b/K*')) }, { ...base, resource: 'arn:aws:s3:::b/Key' }).decision).toBe('allow');
    expect(evaluate({ identity: identity(allowSt('s3:*', 'arn:aws:s3:::${aws:PrincipalAccount}-b/*')) }, { ...base, resource: `arn:aws:s3:::${ACCT}-b/k` }).decision).toBe('allow');
    expect(evaluate({ identity: identity(allowSt('iam:GetUser', 'arn:aws:iam::${aws:PrincipalAccount}:user/*')) }, { ...base, action: 'iam:GetUser', resource: USER }).decision).toBe('allow');
  });
});

describe('a field no request has is refused (read as absent, it asked about another request)', () => {
  // docs/evaluation.md: a request evaluate cannot read is refused, never decided. A misspelt
  // `resource` was read as "*" and a misspelt `context` as no context.
  const denyDocs: PolicySet = { identity: identity(allowSt('s3:*'), denySt('s3:*', 'arn:aws:s3:::b/*')) };
  it.each([
    ['resourse', { resourse: 'arn:aws:s3:::b/k' }],
    ['contxt', { contxt: { 'aws:SecureTransport': true } }],
    ['Resource', { Resource: 'arn:aws:s3:::b/k' }],
  ])('%s', (name, extra) => {
    let error: unknown;
    try {
      evaluate(denyDocs, { ...base, resource: undefined, ...extra } as unknown as EvaluationRequest);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(PolicyArgumentError);
    expect((error as PolicyArgumentError).message).toContain(`the request has "${name}", which no request has`);
  });
  it('every field of EvaluationRequest is taken', () => {
    const full: EvaluationRequest = { ...base, principalType: 'AWS', context: {}, principalAccount: ACCT, principalId: 'AIDAEXAMPLE', anonymous: false, resourceType: 'other', managementAccount: false, resourceManagementAccount: false, serviceLinkedRole: false };
    expect(evaluate(denyDocs, full).decision).toBeDefined();
  });
});

/**
 * `o` behind a Proxy whose every read of a field after its first answers `later`'s value (a getter,
 * or a Proxy, in the caller's code); `reads` counts the reads of each field.
 */
function shifty<T extends object>(o: T, later: Partial<Record<keyof T, unknown>>, reads: Map<PropertyKey, number>): T {
  return new Proxy(o, {
    get(target, key, receiver) {
      const n = (reads.get(key) ?? 0) + 1;
      reads.set(key, n);
      return n > 1 && Object.hasOwn(later, key) ? (later as Record<PropertyKey, unknown>)[key] : Reflect.get(target, key, receiver);
    },
  });
}

describe('a request and a policy set are read once: the checks and the decision read the same values', () => {
  // nothing fails open: a value that answers a check and then changes was decided as its second,
  // unchecked value, which missed the Deny the first one met (an allow, where the checked request is denied)
  const denyDelete: PolicySet = { identity: identity(allowSt('s3:*'), denySt('s3:DeleteObject')) };
  const scpDeny: PolicySet = { identity: identity(allowSt('*')), scp: [[FULL_ACCESS_SCP, scp(allowSt('*'), denySt('s3:*'))]] };
  const role = `arn:aws:iam::${ACCT}:role/app`;
  const cases: [string, PolicySet, EvaluationRequest, Partial<Record<keyof EvaluationRequest, unknown>>, Partial<Record<keyof PolicySet, unknown>>][] = [
    ['action: then with a trailing space', denyDelete, { ...base, action: 's3:DeleteObject' }, { action: 's3:DeleteObject ' }, {}],
    ['resource: then no ARN', { identity: identity(allowSt('*'), denySt('*', 'arn:aws:s3:::docs/*')) }, base, { resource: 'docs/a' }, {}],
    ['principal: then a service-linked role (SCPs spare those)', scpDeny, { ...base, principal: role }, { principal: `arn:aws:iam::${ACCT}:role/aws-service-role/x.amazonaws.com/AWSServiceRoleForX` }, {}],
    ['managementAccount: then true (SCPs spare the management account)', scpDeny, { ...base, managementAccount: false }, { managementAccount: true }, {}],
    ['the set\'s scp levels: then none', scpDeny, base, {}, { scp: [] }],
    ['the set\'s scp levels: then no array of levels', scpDeny, base, {}, { scp: 'none' }],
  ];
  it.each(cases)('%s', (_, set, request, laterRequest, laterSet) => {
    expect(evaluate(set, request).decision).toBe('explicit-deny');
    const reads = new Map<PropertyKey, number>();
    expect(evaluate(shifty(set, laterSet, reads), shifty(request, laterRequest, reads)).decision).toBe('explicit-deny');
    expect([...reads.values()].every((n) => n === 1)).toBe(true);
  });
  it('a context list is read once too: the value checked is the value the condition reads', () => {
    const guarded: PolicySet = { identity: identity(allowSt('*'), denySt('s3:*', '*', { Condition: { 'ForAnyValue:StringEquals': { 'aws:TagKeys': ['secret'] } } })) };
    const reads = new Map<PropertyKey, number>();
    const tags = shifty(['secret'], { 0: 'public' }, reads);
    expect(evaluate(guarded, { ...base, context: { 'aws:TagKeys': tags } }).decision).toBe('explicit-deny');
    expect([...reads]).toEqual([['length', 1], ['0', 1]]);
    // a hole is still refused (read as an undefined item)
    // eslint-disable-next-line no-sparse-arrays
    expect(() => evaluate(guarded, { ...base, context: { 'aws:TagKeys': ['a', , 'b'] as string[] } })).toThrow(PolicyArgumentError);
  });
  it('a Date context value is read once, by the intrinsic getTime, into a new Date: its own getTime is never asked', () => {
    // a subclass whose getTime answered the check with now and the condition with 1970 missed the Deny
    const guarded: PolicySet = { identity: identity(allowSt('*'), denySt('s3:*', '*', { Condition: { DateGreaterThan: { 'aws:CurrentTime': ['2020-01-01T00:00:00Z'] } } })) };
    let asked = 0;
    class Shifty extends Date {
      override getTime(): number {
        return ++asked === 1 ? super.getTime() : 0;
      }
      override toISOString(): string {
        asked++;
        return '1970-01-01T00:00:00.000Z';
      }
    }
    expect(evaluate(guarded, { ...base, context: { 'aws:CurrentTime': new Shifty() } }).decision).toBe('explicit-deny');
    expect(evaluate(guarded, { ...base, context: { 'aws:CurrentTime': [new Shifty()] } }).decision).toBe('explicit-deny');
    expect(asked).toBe(0);
    // look-alikes are no dates: refused as the argument error, never a TypeError from inside
    const lookAlikes = [Object.create(Date.prototype), Object.assign(Object.create(Date.prototype), { getTime: () => Date.now() }), new Proxy(new Date(), {})];
    for (const v of lookAlikes) expect(() => evaluate(guarded, { ...base, context: { 'aws:CurrentTime': v } })).toThrow(PolicyArgumentError);
    expect(() => evaluate(guarded, { ...base, context: { 'aws:CurrentTime': new Date(Number.NaN) } })).toThrow(/an invalid Date/);
  });
  it('a level list, and each level, is read once too', () => {
    const [outer, inner] = [new Map<PropertyKey, number>(), new Map<PropertyKey, number>()];
    const levels = shifty([shifty([FULL_ACCESS_SCP, scp(allowSt('*'), denySt('s3:*'))], { 1: FULL_ACCESS_SCP }, inner)], { 0: [FULL_ACCESS_SCP] }, outer);
    expect(evaluate({ identity: identity(allowSt('*')), scp: levels }, base).decision).toBe('explicit-deny');
    // lengths too (Array.from reads one again at every step)
    expect([[...outer], [...inner]]).toEqual([[['length', 1], ['0', 1]], [['length', 1], ['0', 1], ['1', 1]]]);
  });
});
