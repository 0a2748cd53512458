/**
 * Values checked when a statement is built (issue 18, item 3): condition values by their operator
 * family, Resource entries as ARNs, Sid characters; with the messages lint uses for the same
 * problems, and statements given as data to policy factories checked the same way.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allow, deny, policy, principal, PolicyValidationError, type ConditionValue, type PolicyIssue } from '../../src/index.js';
import { lint } from '../../src/lint/index.js';
import { valueNeverMatches } from '../../src/model/messages.js';
import { operatorFamily } from '../../src/model/operators.js';
import { isFamilyValue } from '../../src/model/values.js';

/** The one issue a builder call throws, or undefined when it does not throw. */
function issueOf(build: () => unknown): PolicyIssue | undefined {
  try {
    build();
    return undefined;
  } catch (e) {
    expect(e).toBeInstanceOf(PolicyValidationError);
    expect((e as PolicyValidationError).code).toBe('VALIDATION');
    return (e as PolicyValidationError).issues[0];
  }
}

const when = (operator: string, key: string, value: ConditionValue | Date | readonly (ConditionValue | Date)[]) =>
  allow('s3:GetObject').on('*').whenUnchecked(operator, key, value);

/** Lint's messages for a condition written as data (only the value rules' codes). */
function lintMessages(operator: string, key: string, values: readonly ConditionValue[]): string[] {
  const doc = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 's3:GetObject', Resource: '*', Condition: { [operator]: { [key]: values } } }] };
  const codes = /^TYPE_MISMATCH_(BOOLEAN|DATE|IP_RANGE|NUMBER|STRING|ARN)$/;
  return lint(doc, { kind: 'identity' })
    .filter((f) => codes.test(f.code))
    .map((f) => f.message);
}

describe('condition values are read by their operator family when the statement is built', () => {
  // each row: the documented value format (reference_policies_elements_condition_operators), a value
  // that breaks it, and near misses that must pass
  const rows: { family: string; operator: string; key: string; bad: ConditionValue; good: readonly (ConditionValue | Date)[] }[] = [
    // IP address operators: "IPv4 or IPv6 address or range of IP addresses in CIDR notation"; a bare address is /32
    { family: 'IPAddress', operator: 'IpAddress', key: 'aws:SourceIp', bad: 'not-an-ip', good: ['203.0.113.0/24', '203.0.113.7', '2001:DB8:1234:5678::/64', '::ffff:192.0.2.1'] },
    { family: 'IPAddress', operator: 'NotIpAddress', key: 'aws:SourceIp', bad: '203.0.113.0/33', good: ['0.0.0.0/0', '2001:db8::/128'] },
    // numeric operators: integer or decimal, as a string or a JSON number
    { family: 'Numeric', operator: 'NumericLessThan', key: 'aws:MultiFactorAuthAge', bad: 'one hour', good: [3600, '3600', '-1.5', '0.25'] },
    // date operators: W3C profile of ISO 8601, or UNIX epoch seconds
    {
      family: 'Date',
      operator: 'DateGreaterThan',
      key: 'aws:CurrentTime',
      bad: '2024-13-01',
      good: ['2024', '2024-05-01', '2024-05-01T12:00:00Z', '2024-05-01T12:00:00+02:00', '1700000000', 1700000000, new Date(Date.UTC(2026, 0, 31))],
    },
    // Bool: true or false (JSON booleans accepted; compared case-insensitively)
    { family: 'Bool', operator: 'Bool', key: 'aws:SecureTransport', bad: 'maybe', good: [true, 'false', 'TRUE'] },
    { family: 'Bool', operator: 'BoolIfExists', key: 'aws:MultiFactorAuthPresent', bad: 'yes', good: [false] },
    // Null: "true" (key absent) or "false" (key present)
    { family: 'Null', operator: 'Null', key: 'aws:TokenIssueTime', bad: 'absent', good: [true, 'false'] },
    // BinaryEquals: base64-encoded bytes
    { family: 'Binary', operator: 'BinaryEquals', key: 'aws:UserAgent', bad: 'not base64!', good: ['QmluYXJ5VmFsdWU=', 'YWJj'] },
    // ARN operators: an ARN, wildcards in every component; a short ARN ending in * is padded
    {
      family: 'ARN',
      operator: 'ArnLike',
      key: 'aws:SourceArn',
      bad: 'my-bucket',
      good: ['arn:aws:s3:::my-bucket', 'arn:aws:sns:*:111122223333:*', 'arn:aws:s3:*', '*', 'arn:aws:iam::${aws:PrincipalAccount}:role/x'],
    },
    { family: 'ARN', operator: 'ForAnyValue:ArnEquals', key: 'aws:SourceArn', bad: 'arn:aws:s3', good: ['arn:aws:s3:::b'] },
  ];

  for (const r of rows) {
    it(`${r.operator}: ${JSON.stringify(r.bad)} is refused with lint's message, ${JSON.stringify(r.good.map(String))} pass`, () => {
      const issue = issueOf(() => when(r.operator, r.key, r.bad));
      expect(issue).toEqual({
        path: `Condition.${r.operator}[${JSON.stringify(r.key)}]`,
        code: 'INVALID_CONDITION_VALUE',
        message: lintMessages(r.operator, r.key, [r.bad])[0],
        operator: r.operator,
        key: r.key,
        value: r.bad,
      });
      expect(issue!.message).toContain('never matches');
      for (const g of r.good) expect(issueOf(() => when(r.operator, r.key, g)), String(g)).toBeUndefined();
      if (r.family !== 'Bool') expect(issueOf(() => when(r.operator, r.key, r.good))).toBeUndefined(); // Bool takes one value
    });
  }

  it('the typed .when checks the same (plain JavaScript callers pass anything)', () => {
    const untyped = allow('s3:GetObject').on('*') as unknown as { when(o: string, k: string, v: unknown): unknown };
    expect(issueOf(() => untyped.when('IpAddress', 'aws:SourceIp', 'not-an-ip'))?.code).toBe('INVALID_CONDITION_VALUE');
    expect(issueOf(() => untyped.when('Bool', 'aws:SecureTransport', 'maybe'))?.message).toBe(
      'Value "maybe" under "Bool" never matches: write "true" or "false".',
    );
    expect(issueOf(() => allow('s3:GetObject').on('*').when('IpAddress', 'aws:SourceIp', '203.0.113.0/24'))).toBeUndefined();
  });

  it('points at the value by index when the key holds several, counting the values of earlier calls', () => {
    const issue = issueOf(() => when('IpAddress', 'aws:SourceIp', '203.0.113.0/24').whenUnchecked('IpAddress', 'aws:SourceIp', ['198.51.100.0/24', 'x']));
    expect(issue?.path).toBe('Condition.IpAddress["aws:SourceIp"][2]');
    expect(issue?.value).toBe('x');
  });

  it('policy variables: substituted under String and ARN operators only (reference_policies_variables)', () => {
    expect(issueOf(() => when('StringLike', 's3:prefix', 'home/${aws:username}/*'))).toBeUndefined();
    expect(issueOf(() => when('ArnEquals', 'aws:SourceArn', 'arn:aws:iam::${aws:PrincipalAccount}:user/${aws:username}'))).toBeUndefined();
    expect(issueOf(() => when('ArnLike', 'aws:PrincipalArn', '${aws:PrincipalArn}'))).toBeUndefined();
    // under the other operators a variable is compared as written: it never matches (lint adds INVALID_VARIABLE_FOR_OPERATOR)
    const issue = issueOf(() => when('NumericLessThan', 'aws:MultiFactorAuthAge', '${aws:TokenIssueTime}'));
    expect(issue?.message).toBe(lintMessages('NumericLessThan', 'aws:MultiFactorAuthAge', ['${aws:TokenIssueTime}'])[0]);
    expect(issue?.message).toContain('never matches');
    // the escapes ${*} ${?} ${$} are characters, not variables: a number they are not
    expect(issueOf(() => when('NumericEquals', 's3:max-keys', '${*}'))?.message).toContain('never matches');
  });

  it('String operators take any text', () => {
    for (const v of ['', 'anything at all', '1.2.3.4/99', 'maybe', 42]) expect(issueOf(() => when('StringEquals', 'aws:PrincipalTag/x', v))).toBeUndefined();
  });

  // property: the builder refuses a value exactly when the model does, with the model's message, and
  // lint reports a value problem for exactly those values
  it('accepts exactly the values the model accepts, for generated values of every family', () => {
    const operators = ['IpAddress', 'NotIpAddress', 'NumericEquals', 'DateLessThan', 'Bool', 'Null', 'BinaryEquals', 'ArnLike', 'ArnNotEquals', 'StringEquals'];
    const token = fc.oneof(
      fc.ipV4(),
      fc.ipV6(),
      fc.tuple(fc.oneof(fc.ipV4(), fc.ipV6()), fc.integer({ min: 0, max: 140 })).map(([a, b]) => `${a}/${b}`),
      fc.integer({ min: -1e9, max: 1e12 }).map(String),
      fc.double({ noNaN: true, noDefaultInfinity: true }).map(String),
      fc.date({ min: new Date(0), max: new Date(Date.UTC(9999, 0)), noInvalidDate: true }).map((d) => d.toISOString()),
      fc.constantFrom('true', 'false', 'TRUE', 'maybe', '', '*', 'arn:aws:s3:::b', 'arn:aws:s3', 'arn:', '${aws:username}', 'QmluYXJ5', '2024-02-30', '24:00'),
      fc.tuple(fc.constantFrom('arn:', 'arn:aws:', ''), fc.string({ maxLength: 12 }), fc.constantFrom(':', '::', ':::', '*', '')).map((p) => p.join('')),
      fc.string({ maxLength: 16 }),
    );
    fc.assert(
      fc.property(fc.constantFrom(...operators), token, (operator, value) => {
        const family = operatorFamily(operator)!;
        const model = isFamilyValue(family, value) ? undefined : valueNeverMatches(value, operator, family);
        const built = issueOf(() => when(operator, 'aws:SourceArn', value));
        expect(built?.message).toBe(model);
        expect(lintMessages(operator, 'aws:SourceArn', [value])).toEqual(model === undefined ? [] : [model]);
      }),
      { seed: 18_3, numRuns: 400 },
    );
  });
});

describe('Resource entries are ARNs or "*" when the statement is built', () => {
  /** Lint's message for a Resource entry (INVALID_ARN_PREFIX, MISSING_ARN_FIELD). */
  // the builder checks what `arnProblem` reads: the arn: prefix and six fields; lint also reports empty fields
  const lintMessage = (r: string) =>
    lint({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 's3:GetObject', Resource: r }] }, { kind: 'identity' }).find((f) =>
      ['INVALID_ARN_PREFIX', 'MISSING_ARN_FIELD'].includes(f.code),
    )?.message;

  // reference_policies_elements_resource: "Resource": an ARN, or "*"; IAM refuses "my-bucket/*"
  it('refuses text that is not an ARN, and ARNs missing a field, with lint wording', () => {
    for (const bad of ['my-bucket/*', 'arn:aws:s3', 'arn:aws:s3:us-east-1', 's3:::my-bucket', 'ARN:aws:s3:::b']) {
      const issue = issueOf(() => allow('s3:GetObject').on(bad as '*'));
      expect(issue, bad).toEqual({ path: 'Resource[0]', code: 'INVALID_RESOURCE', message: lintMessage(bad), value: bad });
    }
    expect(issueOf(() => allow('s3:GetObject').on('*').notOn('nope' as '*'))?.code).toBe('CONFLICTING_ELEMENTS');
    expect(issueOf(() => deny('s3:*').notOn('arn:aws:s3:::ok/*', 'nope' as '*'))?.path).toBe('NotResource[1]');
  });

  it('near misses pass: "*", wildcards, short ARNs ending in *, policy variables', () => {
    for (const good of ['*', '*:*', 'arn:aws:s3:::my-bucket/*', 'arn:aws:s3:*', 'arn:*', 'arn:aws:s3:::home/${aws:username}/*', 'arn:aws:iam::${aws:PrincipalAccount}:role/x', '${aws:SourceArn}'])
      expect(issueOf(() => allow('s3:GetObject').on(good as '*')), good).toBeUndefined();
    expect(issueOf(() => allow('s3:GetObject').on(['arn:aws:s3:::a', 'arn:aws:s3:::b']))).toBeUndefined();
  });

  it('counts entries of earlier calls in the path', () => {
    expect(issueOf(() => allow('s3:GetObject').on('arn:aws:s3:::a').on(['arn:aws:s3:::b', 'bucket' as '*']))?.path).toBe('Resource[2]');
  });

  it('a boxed string is refused and named as such, not quoted as the text it wraps', () => {
    // plain JavaScript callers can pass new String('*'); the message said '"*" is not valid', refusing what reads as valid
    const boxed = new String('*') as unknown as '*';
    expect(issueOf(() => allow('s3:GetObject').on(boxed))?.message).toMatch(/^new String\("\*"\) is not valid in Resource/);
    expect(issueOf(() => allow('s3:GetObject').on('*').sid(new String('x') as unknown as string))?.message).toBe('Sid must be a string, not new String("x").');
  });
});

describe('Sid characters', () => {
  // reference_policies_elements_sid: IAM (identity, trust, boundary, session) policies, SCPs and RCPs
  // accept A-Z, a-z, 0-9 only; resource policies accept more, so the statement alone cannot tell
  it('an identity policy refuses a dashed Sid with lint wording; a resource policy takes it', () => {
    const s = allow('s3:GetObject').on('arn:aws:s3:::b/*').sid('read-objects');
    let error: PolicyValidationError | undefined;
    try {
      policy.identity(s as never);
    } catch (e) {
      error = e as PolicyValidationError;
    }
    const lintFinding = lint(policy.resource(s.by({ type: 'AWS', value: '111122223333' })).toJSON(), { kind: 'identity' }).find((f) => f.code === 'UNSUPPORTED_SID');
    expect(error?.issues[0]).toMatchObject({ path: 'Statement[0].Sid', code: 'INVALID_SID', message: lintFinding?.message });
    expect(error?.issues[0]?.message).toBe('Sid "read-objects" may only hold A-Z, a-z and 0-9 in an identity policy; try "readobjects".');
    expect(() => policy.identity(allow('s3:GetObject').on('*').sid('ReadObjects2'))).not.toThrow();
  });
});

describe('unique Sids', () => {
  // "In IAM, the Sid value must be unique within a JSON policy." (IAM JSON policy elements: Sid);
  // Access Analyzer's "Unique Sids required" check gives the kinds (lint: UNIQUE_SIDS_REQUIRED)
  const read = allow('s3:GetObject').on('*');
  const write = allow('s3:PutObject').on('*');
  it('a policy factory refuses two statements with one Sid in a kind that requires unique Sids, naming both', () => {
    for (const kind of ['identity', 'boundary', 'session', 'scp'] as const) {
      const issue = issueOf(() => (policy[kind] as typeof policy.identity)(read.sid('Objects'), write.sid('Objects')));
      expect(issue).toMatchObject({ path: 'Statement[1].Sid', code: 'INVALID_SID' });
      expect(issue?.message).toBe(`Sid "Objects" is already used by Statement[0]; ${kind === 'identity' || kind === 'scp' ? 'an' : 'a'} ${kind} policy needs a different Sid on each statement.`);
      // the lint finding for the same policy, read as data
      const doc = { Version: '2012-10-17', Statement: [read.sid('Objects').toJSON(), write.sid('Objects').toJSON()] };
      expect(lint(doc, { kind }).map((f) => f.code)).toContain('UNIQUE_SIDS_REQUIRED');
    }
    const trust = allow('sts:AssumeRole').by(principal.service('lambda.amazonaws.com'));
    expect(issueOf(() => policy.trust(trust.sid('A'), allow('sts:TagSession').by(principal.service('lambda.amazonaws.com')).sid('A')))?.code).toBe('INVALID_SID');
    const rcp = deny('s3:*').by(principal.anyone()).on('*');
    expect(issueOf(() => policy.rcp(rcp.sid('A'), deny('sqs:*').by(principal.anyone()).on('*').sid('A')))?.code).toBe('INVALID_SID');
  });

  it('resource and VPC endpoint policies take a repeated Sid (only recommended unique there: lint warns)', () => {
    const anyone = principal.anyone();
    expect(() => policy.resource(read.by(anyone).sid('A'), write.by(anyone).sid('A'))).not.toThrow();
    expect(() => policy.endpoint(read.by(anyone).sid('A'), write.by(anyone).sid('A'))).not.toThrow();
  });

  it('statements without a Sid, or with different Sids, are fine; .add checks what it adds against the policy', () => {
    expect(() => policy.identity(read, write, read.sid('A'), write.sid('B'))).not.toThrow();
    const p = policy.identity(read.sid('A'));
    expect(issueOf(() => p.add(write.sid('A')))).toMatchObject({ path: 'Statement[1].Sid', code: 'INVALID_SID' });
    expect(issueOf(() => p.add({ Sid: 'A', Effect: 'Allow', Action: ['s3:PutObject'], Resource: ['*'] }))?.code).toBe('INVALID_SID');
    // Sids compare exactly, as Access Analyzer does
    expect(() => p.add(write.sid('a'))).not.toThrow();
  });

  it('parse reads a repeated Sid (lint reports it), and add to such a policy reports only what it adds', async () => {
    const { parsePolicy } = await import('../../src/index.js');
    const text = JSON.stringify({ Version: '2012-10-17', Statement: [read.sid('A').toJSON(), write.sid('A').toJSON()] });
    const parsed = parsePolicy(text, { kind: 'identity' });
    expect(parsed.statements).toHaveLength(2);
    expect(() => parsed.add(allow('s3:ListBucket').on('*').sid('B'))).not.toThrow();
    expect(issueOf(() => parsed.add(allow('s3:ListBucket').on('*').sid('A')))).toMatchObject({ path: 'Statement[2].Sid', code: 'INVALID_SID' });
  });
});

describe("API Gateway's short form", () => {
  it('execute-api:/... is accepted by .on (API Gateway expands it in its resource policies)', () => {
    expect(allow('execute-api:Invoke').by(principal.anyone()).on('execute-api:/prod/GET/*').toJSON().Resource).toEqual('execute-api:/prod/GET/*');
    // near miss: without the slash it is no short form
    expect(() => allow('execute-api:Invoke').on('execute-api:prod' as 'execute-api:/prod')).toThrow(PolicyValidationError);
  });
});

describe('condition keys are "service:Key" when the statement is built', () => {
  it('refuses a key with an empty or spaced service prefix, or no name after the colon (no request context holds one; lint: INVALID_CONDITION_KEY_FORMAT)', () => {
    for (const key of [':x', ':', 'aws:', ' aws:username', 'aws :username', '\taws:username'])
      expect(issueOf(() => when('StringEquals', key, 'x')), key).toMatchObject({ code: 'INVALID_CONDITION', path: `Condition.StringEquals[${JSON.stringify(key)}]` });
  });

  it('takes provider keys and tag keys with inner spaces', () => {
    for (const key of ['aws:username', 'token.actions.githubusercontent.com:sub', 'oidc.eks.us-east-1.amazonaws.com/id/ABC:aud', 'saml:aud', 'aws:ResourceTag/Cost Center'])
      expect(issueOf(() => when('StringEquals', key, 'x')), key).toBeUndefined();
  });
});

describe('Date condition values', () => {
  it('a Proxy of a Date, or an object that only inherits from Date.prototype, is refused as no date (was a TypeError)', () => {
    for (const v of [new Proxy(new Date(0), {}), Object.create(Date.prototype) as Date])
      expect(issueOf(() => when('DateLessThan', 'aws:CurrentTime', v))).toMatchObject({ code: 'INVALID_CONDITION', path: 'Condition' });
  });

  it('is read by its time, not by methods it carries of its own (an own getTime on an invalid date was a RangeError, an own toISOString wrote another date)', () => {
    const invalid = Object.assign(new Date(Number.NaN), { getTime: () => 0 });
    expect(issueOf(() => when('DateLessThan', 'aws:CurrentTime', invalid))).toMatchObject({ code: 'INVALID_CONDITION', message: expect.stringMatching(/^Condition value new Date\(NaN\) must be/) });
    const other = Object.assign(new Date(Date.UTC(2026, 0, 1)), { toISOString: () => '2099-01-01T00:00:00Z' });
    expect(when('DateLessThan', 'aws:CurrentTime', other).toJSON().Condition).toEqual({ DateLessThan: { 'aws:CurrentTime': '2026-01-01T00:00:00Z' } });
  });

  it('a value that is no text is shown as itself, not quoted as if a string were refused (was: Condition value "undefined")', () => {
    expect(issueOf(() => when('StringEquals', 'aws:username', undefined as never))?.message).toMatch(/^Condition value undefined must be/);
    expect(issueOf(() => when('NumericEquals', 'aws:MultiFactorAuthAge', Number.NaN))?.message).toMatch(/^Condition value NaN must be/);
    // was: Condition value "Invalid Date" (a string refused?) and Condition value 10 (a number refused?)
    expect(issueOf(() => when('DateLessThan', 'aws:CurrentTime', new Date(Number.NaN)))?.message).toMatch(/^Condition value new Date\(NaN\) must be/);
    expect(issueOf(() => when('NumericLessThan', 's3:max-keys', 10n as never))?.message).toMatch(/^Condition value 10n must be/);
  });

  it('a Date of another realm (vm, an iframe) is a date', async () => {
    const { runInNewContext } = await import('node:vm');
    const foreign = runInNewContext('new Date(Date.UTC(2026, 0, 1))') as Date;
    expect(when('DateLessThan', 'aws:CurrentTime', foreign).toJSON().Condition).toEqual({ DateLessThan: { 'aws:CurrentTime': '2026-01-01T00:00:00Z' } });
  });
});
