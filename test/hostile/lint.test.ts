/**
 * lint on hostile input: options from plain JavaScript or configuration, random documents, and lists
 * large enough to expose pairwise comparisons (their time is measured in bench/hostile.ts; here,
 * what they report).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allow, IamPolicyError, policy, principal, SIZE_TARGETS } from '../../src/index.js';
import { lint, lintTerraform, type LintOptions } from '../../src/lint/index.js';

const text = JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::444455556666:root' }, Action: 'sts:AssumeRole' }] });

describe('options lint cannot take are one INVALID_OPTION finding, never a TypeError', () => {
  it.each([
    ['options', null],
    ['options', 5],
    ['kind', 'bogus'],
    ['kind', 'toString'],
    ['rules', null],
    ['rules', 'MISSING_VERSION'],
    ['rules.MISSING_VERSION', 'loud'],
    ['accounts', 5],
    ['accounts', [111122223333]],
    // IAM User Guide, "Your AWS account ID": twelve digits (was: taken silently, so the account matched no principal)
    ['accounts', ['x']],
    ['accounts', ['1111-2222-3333']],
    // size targets are resolveTarget's: a name it knows, or a target object it can count by (was: a PolicyArgumentError thrown)
    ['target', 'bogus'],
    ['target', { name: 'mine', limit: -1, unit: 'characters', whitespace: false, aggregate: false }],
  ])('%s: %j', (name, value) => {
    const options = name === 'options' ? value : name.startsWith('rules.') ? { rules: { [name.slice(6)]: value } } : { [name]: value };
    // a built policy, text and a plain object go the same way (a built policy with kind "bogus" threw a TypeError)
    for (const input of [text, JSON.parse(text) as object, policy.trust(allow('sts:AssumeRole').by(principal.aws('arn:aws:iam::444455556666:root')))]) {
      const findings = lint(input, options as LintOptions);
      expect(findings).toHaveLength(1);
      expect(findings[0]).toMatchObject({ code: 'INVALID_OPTION', severity: 'error', path: '' });
      expect(findings[0]!.message).toContain(`Option ${name} must be`);
    }
  });
  it('a target option names the targets there are', () => {
    const [finding] = lint(text, { target: 'bogus' as never });
    expect(finding!.message).toBe('Option target must be a size target name or a target object, not "bogus". Unknown size target "bogus". Known targets: ' + Object.keys(SIZE_TARGETS).join(', ') + '.');
    expect(lint(text, { kind: 'trust', target: 'trust' }).map((f) => f.code)).toEqual(['CROSS_ACCOUNT_TRUST_WITHOUT_CONDITION']);
  });
  it('a policy whose get trap throws is read by its own keys, never a crash (was: isPolicy threw)', () => {
    const noKeys = new Proxy({}, { get: () => { throw new Error('boom'); } });
    expect(lint(noKeys as never).map((f) => f.code)).toEqual(['MISSING_ELEMENT', 'MISSING_VERSION']);
    const withKeys = new Proxy({ Version: '2012-10-17', Statement: [] }, { get: () => { throw new Error('boom'); } });
    expect(lint(withKeys as never).map((f) => f.code)).toEqual(['INVALID_TYPE']);
  });
  it('a block or statement the reader had to leave out is not also reported as empty or repeated (was: EMPTY_OBJECT_CONDITION, REDUNDANT_STATEMENT)', () => {
    const condition = (v: unknown) => lint({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 's3:GetObject', Resource: '*', Condition: { StringEquals: { 's3:prefix': v } } }] } as never).map((f) => f.code);
    for (const v of [null, { a: 1 }, [null], Number.NaN]) {
      expect(condition(v), JSON.stringify(v)).toContain('INVALID_CONDITION');
      expect(condition(v), JSON.stringify(v)).not.toContain('EMPTY_OBJECT_CONDITION');
    }
    expect(lint({ Version: '2012-10-17', Statement: [null, 1, 'x', []] } as never).map((f) => f.code)).toEqual(['INVALID_TYPE', 'INVALID_TYPE', 'INVALID_TYPE', 'INVALID_TYPE']);
    // what the author wrote empty, or twice, is still reported beside an unrelated issue
    const both = lint({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 's3:GetObject', Resource: '*', Condition: { StringEquals: {} } }, { Effect: 'Allow', Action: 's3:GetObject', Resource: '*', Condition: { StringEquals: {} } }, { Effect: 'Allow', Action: 5, Resource: '*' }] } as never);
    expect(both.map((f) => `${f.code} ${f.path}`)).toEqual(expect.arrayContaining(['EMPTY_OBJECT_CONDITION Statement[0].Condition.StringEquals', 'REDUNDANT_STATEMENT Statement[1]']));
  });
  it('a name that is no option of lint is one INVALID_OPTION finding (knd: "scp" linted the text as an identity policy)', () => {
    const findings = lint(text, { knd: 'scp' } as never);
    expect(findings).toEqual([
      expect.objectContaining({ code: 'INVALID_OPTION', severity: 'error', path: '', message: "No option is named 'knd' (read as absent, it would take its default); the options are accounts, attachedTo, kind, rules, target." }),
    ]);
  });
  it('an options object whose getters throw', () => {
    const options = new Proxy({}, { get: () => { throw new Error('boom'); } });
    expect(lint(text, options as LintOptions).map((f) => f.code)).toEqual(['INVALID_OPTION']);
  });
  it('options are read once: the values checked are the values the rules read', () => {
    // a getter answering the check with a valid value and the rules with another (a kind 'bogus' threw a TypeError)
    for (const input of [text, policy.trust(allow('sts:AssumeRole').by(principal.aws('arn:aws:iam::444455556666:root')))]) {
      const reads = { kind: 0, rule: 0, account: 0 };
      const options = {
        get kind() {
          return reads.kind++ === 0 ? 'trust' : 'bogus';
        },
        rules: {
          get CROSS_ACCOUNT_TRUST_WITHOUT_CONDITION() {
            return reads.rule++ === 0 ? 'off' : 'loud';
          },
        },
        accounts: new Proxy(['444455556666'], { get: (t, k, r) => (k === '0' ? (reads.account++ === 0 ? '444455556666' : 'x') : Reflect.get(t, k, r)) }),
      };
      expect(lint(input, options as LintOptions)).toEqual(lint(input, { kind: 'trust', rules: { CROSS_ACCOUNT_TRUST_WITHOUT_CONDITION: 'off' }, accounts: ['444455556666'] }));
      expect(reads).toEqual({ kind: 1, rule: 1, account: 1 });
    }
  });
  it('a rule left undefined is not configured', () => {
    expect(lint(text, { kind: 'trust', rules: { CROSS_ACCOUNT_TRUST_WITHOUT_CONDITION: undefined } as never }).map((f) => f.code)).toEqual(['CROSS_ACCOUNT_TRUST_WITHOUT_CONDITION']);
  });
});

describe('random documents', () => {
  const str = fc.oneof(
    fc.constantFrom('*', 's3:GetObject', 'iam:PassRole', 'iam:*', 'arn:aws:s3:::b/*', 'arn:aws:iam::111122223333:role/*', 'arn:aws:iam::*:*', '${aws:username}', '${', 'arn:', '::::::'),
    fc.constantFrom('aws:SourceIp', 'aws:SourceArn', 'iam:PassedToService', 'StringEquals', 'StringNotEqualsIfExists', 'ForAllValues:StringLike', 'Null', 'true', '10.0.0.0/8', '2020-01-01'),
    fc.constantFrom('sts:AssumeRoleWithWebIdentity', 'arn:aws:iam::111122223333:oidc-provider/token.actions.githubusercontent.com', 'token.actions.githubusercontent.com:sub', 'lambda.amazonaws.com', 'aws:ResourceTag/x'),
    fc.string({ maxLength: 10 }),
  );
  const value: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
    v: fc.oneof({ depthSize: 'small' }, str, fc.integer(), fc.boolean(), fc.constant(null), fc.array(tie('v'), { maxLength: 4 }), fc.dictionary(str, tie('v'), { maxKeys: 3 })),
  })).v;
  const element = fc.constantFrom('Effect', 'Action', 'NotAction', 'Resource', 'NotResource', 'Principal', 'NotPrincipal', 'Condition', 'Sid');
  const statement = fc.oneof(
    fc.dictionary(element, fc.oneof(value, fc.constantFrom('Allow', 'Deny')), { maxKeys: 7 }),
    fc.record(
      {
        Effect: fc.constantFrom('Allow', 'Deny'),
        Action: fc.array(str, { maxLength: 4 }),
        Resource: fc.array(str, { maxLength: 4 }),
        Principal: fc.dictionary(fc.constantFrom('AWS', 'Service', 'Federated'), fc.array(str, { maxLength: 3 }), { maxKeys: 2 }),
        Condition: fc.dictionary(str, fc.dictionary(str, value, { maxKeys: 2 }), { maxKeys: 2 }),
      },
      { requiredKeys: ['Effect'] },
    ),
  );
  const document = fc.record({ Version: fc.constantFrom('2012-10-17', '2008-10-17', 5), Statement: fc.array(statement, { maxLength: 4 }) });
  const kind = fc.constantFrom('identity', 'resource', 'trust', 'boundary', 'scp', 'rcp', 'session', 'endpoint');

  it('lint returns findings and throws nothing but the library errors, for text and objects of every kind', () => {
    fc.assert(
      fc.property(document, kind, fc.boolean(), (d, k, asText) => {
        try {
          const findings = lint(asText ? JSON.stringify(d) : d, { kind: k as never });
          expect(Array.isArray(findings)).toBe(true);
        } catch (e) {
          expect(e).toBeInstanceOf(IamPolicyError);
        }
      }),
      { numRuns: 1500, seed: 20261201 },
    );
  });
});

describe('objects that are no JSON values', () => {
  it('an Effect object without a usable toString is an INVALID_TYPE finding, not a TypeError (REDUNDANT_STATEMENT wrote it into a text)', () => {
    // found by fast-check (seed 20261202): { Statement: [{ Effect: { toString: 0 } }, {}] }
    const findings = lint({ Statement: [{ Effect: { toString: 0 } }, { Effect: { toString: 0 } }] } as never);
    expect(findings.filter((f) => f.code === 'INVALID_TYPE').map((f) => f.path)).toEqual(['Statement[0].Effect', 'Statement[1].Effect']);
    // an Effect the reader could not read makes no repeat (LintRule.readShape)
    expect(findings.map((f) => f.code)).not.toContain('REDUNDANT_STATEMENT');
    expect(lint({ Statement: [{ Effect: { toString: 0 } }, { Effect: { toString: 1 } }] } as never).map((f) => f.code)).not.toContain('REDUNDANT_STATEMENT');
  });
});

describe('long lists: what is reported (pairwise comparisons are bounded; bench/hostile.ts times them)', () => {
  const one = (statement: object) => lint(JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', ...statement }] }));

  it('REDUNDANT_RESOURCE: 3,000 literal and 3,000 wildcard ARNs with one prefix; repeats are still found past the comparison budget', () => {
    const wild = Array.from({ length: 3000 }, (_, i) => `arn:aws:s3:::*x${i}y`);
    const literal = Array.from({ length: 3000 }, (_, i) => `arn:aws:s3:::bucket-${i}/key`);
    const found = one({ Action: 's3:GetObject', Resource: [...wild, ...literal, literal[0]!, 'arn:aws:s3:::a-x5y'] }).filter((f) => f.code === 'REDUNDANT_RESOURCE');
    expect(found.map((f) => f.path)).toEqual(['Statement[0].Resource[6000]']);
    expect(found[0]!.message).toContain('is listed twice (also at Statement[0].Resource[3000])');
  });

  it('REDUNDANT_RESOURCE: a chain of 1,000 heads, each a prefix of the next, in either order; the repeat is still found', () => {
    // the budget counts characters compared (pairs of long patterns cost more); counted in pairs, a
    // chain of 400 took 5.7 s (bench/hostile.ts times it)
    const a = (k: number) => 'a'.repeat(k);
    const literal = Array.from({ length: 1000 }, (_, i) => `arn:aws:s3:::${a(i)}b`);
    for (const wild of [Array.from({ length: 1000 }, (_, i) => `arn:aws:s3:::${a(i)}*a*`), Array.from({ length: 1000 }, (_, i) => `arn:aws:s3:::${a(999 - i)}*a*`)]) {
      const found = one({ Action: 's3:GetObject', Resource: [...wild, ...literal, literal[7]!] }).filter((f) => f.code === 'REDUNDANT_RESOURCE');
      expect(found.some((f) => f.path === 'Statement[0].Resource[2000]')).toBe(true);
    }
  });

  it('REDUNDANT_RESOURCE names the first entry that covers one', () => {
    const role = (n: string) => `arn:aws:iam::111122223333:role/${n}`;
    const found = one({ Action: 'iam:GetRole', Resource: [role('jane-admin'), role('jane-*'), role('jane*'), '*', role('jane-admin'), '*'] }).filter((f) => f.code === 'REDUNDANT_RESOURCE');
    expect(found.map((f) => [f.path, f.message.slice(f.message.lastIndexOf('(') + 1, -13)])).toEqual([
      ['Statement[0].Resource[0]', 'Statement[0].Resource[1]'],
      ['Statement[0].Resource[1]', 'Statement[0].Resource[2]'],
      ['Statement[0].Resource[2]', 'Statement[0].Resource[3]'],
      // repeats: "is listed twice (also at ...)"
      ['Statement[0].Resource[4]', 'also at Statement[0].Resource[0]'],
      ['Statement[0].Resource[5]', 'also at Statement[0].Resource[3]'],
    ]);
  });

  it('REDUNDANT_ACTION: 8,000 wildcards of one service that match no action are one pass, not 64 million comparisons', () => {
    const actions = Array.from({ length: 8000 }, (_, i) => `s3:G*${i}`);
    const found = one({ Action: [...actions, 's3:G*7', 's3:GetObject', 's3:Get*'], Resource: '*' }).filter((f) => f.code === 'REDUNDANT_ACTION');
    expect(found.map((f) => f.path)).toEqual(['Statement[0].Action[8000]', 'Statement[0].Action[8001]']);
  });
});

describe('lintTerraform on hostile and random plans', () => {
  const types = ['aws_iam_policy', 'aws_iam_role', 'aws_iam_role_policy', 'aws_iam_user_policy', 'aws_organizations_policy', 'aws_s3_bucket', 'aws_s3_bucket_policy', 'aws_kms_key', 'aws_iam_role_policy_attachment', 'aws_iam_policy_attachment', 'aws_lambda_permission', 'aws_lambda_function', 'aws_instance', 'aws_organizations_policy_attachment', 'aws_organizations_organizational_unit'];
  const attributes = ['policy', 'assume_role_policy', 'inline_policy', 'content', 'type', 'name', 'role', 'roles', 'policy_arn', 'bucket', 'permissions_boundary', 'managed_policy_arns', 'attachment_count', 'arn', 'function_name', 'principal', 'action', 'source_arn', 'qualifier', 'statement_id', 'policy_id', 'target_id', 'id'];
  const value = fc.oneof(fc.string({ maxLength: 12 }), fc.constantFrom('{"Version":"2012-10-17","Statement":[]}', '{', 'SERVICE_CONTROL_POLICY', 'RESOURCE_CONTROL_POLICY', 'p-FullAWSAccess', 'ou-ab12-11111111', 'app', ''), fc.integer(), fc.boolean(), fc.constant(null), fc.array(fc.oneof(fc.string({ maxLength: 6 }), fc.constant(null), fc.record({ name: fc.string({ maxLength: 4 }), policy: fc.string({ maxLength: 8 }) })), { maxLength: 3 }));
  // each attribute present half the time, of any type
  const values = fc.record(Object.fromEntries(attributes.map((a) => [a, value])), { requiredKeys: [] });
  const unknown = fc.oneof(fc.constant(undefined), fc.dictionary(fc.constantFrom(...attributes), fc.oneof(fc.boolean(), fc.array(fc.boolean(), { maxLength: 2 }), fc.constant([{ name: true, policy: true }])), { maxKeys: 3 }));
  const change = fc.record({
    address: fc.string({ maxLength: 10 }),
    module_address: fc.oneof(fc.constant(undefined), fc.constantFrom('module.a', 'module.a["x"].module.b', 'module.')),
    mode: fc.constantFrom('managed', 'managed', 'managed', 'data', 5),
    type: fc.constantFrom(...types),
    name: fc.constantFrom('a', 'b', 'this'),
    deposed: fc.oneof(fc.constant(undefined), fc.constant('d')),
    change: fc.oneof({ arbitrary: fc.record({ actions: fc.constant(['create']), after: values, after_unknown: unknown }), weight: 8 }, fc.constant(null), fc.record({ after: fc.oneof(fc.constant(null), fc.string()) })),
  });
  const expression = fc.oneof(fc.constant({}), fc.record({ references: fc.array(fc.constantFrom('aws_iam_policy.a', 'aws_iam_role.a.id', 'aws_iam_role.b', 'var.x', 5, 'aws_organizations_policy.a', 'aws_organizations_organizational_unit.b', 'each.value', 'count.index'), { maxLength: 3 }) }));
  const configuration = fc.oneof(
    fc.constant(undefined),
    fc.record({ root_module: fc.record({ resources: fc.array(fc.record({ address: fc.constantFrom('aws_iam_role.a', 'aws_s3_bucket.a', 'aws_iam_role_policy.a', 'aws_organizations_policy_attachment.a'), for_each_expression: expression, expressions: fc.dictionary(fc.constantFrom(...attributes), expression, { maxKeys: 3 }) }), { maxLength: 3 }) }) }),
  );
  const plan = fc.record({ format_version: fc.constantFrom('1.2', '0.1', '2.0', '1.x'), resource_changes: fc.array(change, { maxLength: 6 }), configuration });

  it('returns findings or throws a library error (an unsupported format_version), for any shape', () => {
    fc.assert(
      fc.property(plan, (p) => {
        try {
          expect(Array.isArray(lintTerraform(p))).toBe(true);
        } catch (e) {
          expect(e).toBeInstanceOf(IamPolicyError);
        }
      }),
      { numRuns: 800, seed: 20261207 },
    );
  });

  it('a policy granting iam:PassRole on "*" is reported wherever it is read, among random other resources (never dropped)', () => {
    const passRole = JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 'iam:PassRole', Resource: '*' }] });
    fc.assert(
      fc.property(fc.array(change, { maxLength: 5 }), fc.nat(5), (others, at) => {
        const mine = { address: 'aws_iam_policy.mine', mode: 'managed', type: 'aws_iam_policy', name: 'mine', change: { actions: ['create'], after: { policy: passRole }, after_unknown: {} } };
        const changes = [...others];
        changes.splice(Math.min(at, changes.length), 0, mine as never);
        const found = lintTerraform({ format_version: '1.2', resource_changes: changes });
        expect(found.some((f) => f.path === 'aws_iam_policy.mine.policy.Statement[0].Resource[0]' && f.code === 'PASS_ROLE_WITH_STAR_IN_RESOURCE')).toBe(true);
      }),
      { numRuns: 300, seed: 20261208 },
    );
  });
});
