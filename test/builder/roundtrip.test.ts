/**
 * The contract of the builder with the parser: every policy the public builder accepts, of every
 * kind, emits text that `parsePolicy` reads back to an equal document, and `toJSON()` is that text
 * as data. Random statements through `allow`/`deny` and their variants (`.not`, `.unchecked`),
 * `.on`/`.notOn`, `.by`/`.notBy` with every principal helper, `.when`/`.whenUnchecked` with every
 * operator family, `IfExists` and the set operators, values as strings, numbers, booleans and
 * Dates, policy variables, `.sid`, and `.add`, `.withId`. A statement a kind's rules refuse is a
 * PolicyValidationError (never another error), and most generated ones are accepted.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allow, deny, parsePolicy, policy, policyVariable, principal, PolicyValidationError, SIZE_TARGETS } from '../../src/index.js';
import type { PolicyKind } from '../../src/model/policy-document.js';
import type { StatementBuilder } from '../../src/builder/statement-builder.js';
import { TRUST_ACTIONS } from '../../src/model/syntax.js';

const KINDS: readonly PolicyKind[] = ['identity', 'resource', 'trust', 'boundary', 'scp', 'rcp', 'session', 'endpoint'];
const WITH_PRINCIPAL = new Set<PolicyKind>(['resource', 'trust', 'rcp', 'endpoint']);
// the generated policies may be larger than a kind's default target: measure nothing here
const unlimited = { ...SIZE_TARGETS['iam-api'], limit: Number.MAX_SAFE_INTEGER };
const ACCOUNT = '111122223333';

const word = fc.stringMatching(/^[A-Za-z0-9]{1,10}$/);
/** Text in IAM's characters (tab, line feed, carriage return, U+0020 to U+00FF), quotes and backslashes included. */
const latin1 = fc.string({
  unit: fc.oneof(fc.integer({ min: 0x20, max: 0xff }).map((c) => String.fromCharCode(c)), fc.constantFrom('\t', '\n', '\r', '"', '\\')),
  minLength: 1,
  maxLength: 12,
});
const variable = fc.constantFrom(policyVariable('aws:username'), policyVariable('aws:PrincipalTag/team', 'none'), '${aws:userid}', '${*}', '${?}', '${$}');

const action = fc.oneof(
  fc.constantFrom('s3:GetObject', 's3:Get*', 's3:*', '*', 'ec2:Describe?nstances', 'iam:PassRole', 'sqs:SendMessage', 'kms:Decrypt'),
  fc.tuple(fc.constantFrom('s3', 'ec2', 'dynamodb', 'custom-svc'), word).map(([p, n]) => `${p}:${n}`),
);
const trustAction = fc.constantFrom(...TRUST_ACTIONS, 'sts:Assume*');
const resource = fc.oneof(
  fc.constant('*'),
  word.map((w) => `arn:aws:s3:::${w}/*`),
  fc.tuple(word, variable).map(([w, v]) => `arn:aws:s3:::${w}/${v}/*`),
  latin1.map((t) => `arn:aws:s3:::bucket/${t}`),
  fc.constantFrom('arn:aws:iam::111122223333:role/*', 'arn:aws-cn:dynamodb:cn-north-1:111122223333:table/T', 'arn:aws:s3:::*', 'arn:*:ec2:*:*:instance/*', 'execute-api:/*'),
);

const principalValue = fc.oneof(
  fc.constant(principal.anyone()),
  fc.constantFrom(principal.account(ACCOUNT), principal.account(ACCOUNT, { partition: 'aws-us-gov' }), principal.account(`arn:aws-cn:iam::${ACCOUNT}:root`)),
  word.map((n) => principal.role(ACCOUNT, n)),
  word.map((n) => principal.role(ACCOUNT, n, { path: '/service-role/' })),
  word.map((n) => principal.role(`arn:aws:iam::${ACCOUNT}:role/a/b/${n}`)),
  word.map((n) => principal.user(ACCOUNT, n)),
  fc.tuple(word, word).map(([r, s]) => principal.assumedRole(ACCOUNT, r, `s-${s}`)),
  fc.constantFrom(principal.aws('AROADBQP57FF2AEXAMPLE'), principal.aws(ACCOUNT), principal.aws('*')),
  fc.constantFrom(principal.service('lambda.amazonaws.com'), principal.service('ecs-tasks.amazonaws.com'), principal.service('states.cn-north-1.amazonaws.com.cn')),
  fc.constantFrom(principal.federated('cognito-identity.amazonaws.com'), principal.oidc(ACCOUNT, 'oidc.eks.us-east-1.amazonaws.com/id/ABC'), principal.githubActions(ACCOUNT)),
  word.map((n) => principal.saml(ACCOUNT, n)),
  fc.constant(principal.canonicalUser('79a59df900b949e55d96a1e698fbacedfd6e09d98eacf8f8d5218e7cd47ef2be')),
);

type Value = string | number | boolean | Date;
/** A base operator with values its family reads, and keys to put them under. */
const family: fc.Arbitrary<[string, fc.Arbitrary<Value>]> = fc.constantFrom<[string, fc.Arbitrary<Value>]>(
  ['StringEquals', fc.oneof(latin1, variable, fc.integer(), fc.boolean())],
  ['StringNotEquals', latin1],
  ['StringEqualsIgnoreCase', latin1],
  ['StringLike', fc.oneof(latin1, variable.map((v) => `home/${v}/*`))],
  ['StringNotLike', latin1],
  ['NumericEquals', fc.oneof(fc.integer({ min: -1e9, max: 1e9 }), fc.integer({ min: 0, max: 9999 }).map((n) => `${n}.25`))],
  ['NumericLessThanEquals', fc.integer({ min: 0, max: 1e6 })],
  ['NumericGreaterThan', fc.integer({ min: -5, max: 5 }).map(String)],
  ['DateLessThan', fc.date({ min: new Date(Date.UTC(1970, 0, 1)), max: new Date(Date.UTC(9999, 11, 31)), noInvalidDate: true })],
  ['DateGreaterThanEquals', fc.oneof(fc.constantFrom('2026-01-31T00:00:00Z', '2026-01-31'), fc.integer({ min: 0, max: 2e9 }))],
  ['Bool', fc.oneof(fc.boolean(), fc.constantFrom('true', 'false'))],
  ['IpAddress', fc.oneof(fc.ipV4(), fc.tuple(fc.ipV4(), fc.integer({ min: 0, max: 32 })).map(([a, n]) => `${a}/${n}`))],
  ['NotIpAddress', fc.ipV6()],
  ['ArnLike', fc.oneof(resource.filter((r) => r.startsWith('arn:')), fc.constant('*'))],
  ['ArnNotEquals', fc.constant(`arn:aws:iam::${ACCOUNT}:role/Admin`)],
  ['BinaryEquals', fc.constant('QmluYXJ5')],
  ['Null', fc.boolean()],
);
const conditionKey = fc.constantFrom('aws:PrincipalTag/Team', 'aws:principaltag/team', 'aws:username', 's3:prefix', 'aws:SourceIp', 'aws:CurrentTime', 'aws:__proto__', 'aws:constructor', 'aws:toString', 'ec2:ResourceTag/__proto__');
const condition = fc
  .tuple(family, fc.constantFrom('', 'ForAnyValue:', 'ForAllValues:'), fc.boolean(), conditionKey)
  .chain(([[base, values], set, ifExists, key]) =>
    fc.tuple(fc.constant(`${set}${base}${ifExists && base !== 'Null' ? 'IfExists' : ''}`), fc.constant(key), fc.oneof(values, fc.array(values, { minLength: 1, maxLength: 3 }))),
  );

/** Changes every array and object inside `v` (a frozen one would throw). */
function scramble(v: unknown): void {
  if (Array.isArray(v)) {
    v.forEach(scramble);
    v.push('changed');
  } else if (typeof v === 'object' && v !== null)
    for (const k of Object.keys(v)) {
      scramble((v as Record<string, unknown>)[k]);
      (v as Record<string, unknown>)[k] = ['changed'];
    }
}

/** One random statement for `kind`: a builder chain from the public API. */
function statement(kind: PolicyKind) {
  const actions = kind === 'trust' ? trustAction : action;
  return fc
    .record({
      deny: kind === 'rcp' ? fc.constant(true) : fc.boolean(),
      form: fc.constantFrom('checked', 'not', 'unchecked', 'uncheckedNot'),
      actions: fc.array(actions, { minLength: 1, maxLength: 4 }),
      notOn: fc.boolean(),
      resources: fc.array(resource, { minLength: 1, maxLength: 3 }),
      notBy: fc.boolean(),
      principals: fc.array(principalValue, { minLength: 1, maxLength: 4 }),
      conditions: fc.array(condition, { maxLength: 4 }),
      sid: fc.option(kind === 'resource' || kind === 'endpoint' ? fc.oneof(word, latin1) : word, { nil: undefined }),
    })
    .map((r) => {
      const start = r.deny ? deny : allow;
      const forms = { checked: start, not: start.not, unchecked: start.unchecked, uncheckedNot: start.uncheckedNot } as const;
      // a builder whose type state is known at run time only (as a helper's parameter typed StatementBuilder)
      let b: StatementBuilder = (forms[kind === 'rcp' || kind === 'trust' ? 'unchecked' : r.form] as (...a: unknown[]) => StatementBuilder)(...r.actions);
      if (kind !== 'trust') b = r.notOn && kind !== 'rcp' ? b.notOn(...(r.resources as [string])) : b.on(...(r.resources as [string]));
      if (WITH_PRINCIPAL.has(kind)) b = kind === 'rcp' ? b.by(principal.anyone()) : r.notBy && r.deny && (kind === 'resource' || kind === 'endpoint') ? b.notBy(...r.principals) : b.by(...r.principals);
      for (const [op, key, value] of r.conditions) b = b.whenUnchecked(op, key, value);
      return r.sid === undefined ? b : b.sid(r.sid as never);
    });
}

describe('built policies read back equal (fast-check)', () => {
  it.each(KINDS)('%s: parsePolicy(toString()) equals the document, pretty or not; toJSON() is the text as data', (kind) => {
    let built = 0;
    let runs = 0;
    fc.assert(
      fc.property(fc.array(statement(kind), { minLength: 1, maxLength: 4 }), fc.option(latin1, { nil: undefined }), (statements, id) => {
        runs++;
        let p;
        try {
          const [first, ...rest] = statements;
          p = policy[kind](first as never);
          if (rest.length > 0) p = p.add(...rest);
          if (id !== undefined) p = p.withId(id);
        } catch (e) {
          // a kind's rule (a Sid repeated, an RCP's Allow): refused with the one error class
          expect(e).toBeInstanceOf(PolicyValidationError);
          return;
        }
        built++;
        const text = p.toString({ target: unlimited });
        expect(parsePolicy(text, { kind }).document).toEqual(p.document);
        expect(parsePolicy(p.toString({ pretty: true, target: unlimited }), { kind }).document).toEqual(p.document);
        expect(p.toJSON()).toEqual(JSON.parse(text));
        expect(JSON.stringify(p.toJSON())).toBe(text);
        // toJSON() shares nothing with the frozen document: changing all of it changes no later text
        scramble(p.toJSON());
        expect(p.toString({ target: unlimited })).toBe(text);
        // the measure of a target that ignores whitespace is the compact text's length
        expect(p.size({ ...SIZE_TARGETS.managed, limit: Number.MAX_SAFE_INTEGER }).length).toBe(text.length);
      }),
      { numRuns: 150, seed: 2929 },
    );
    // the generator makes valid statements for the kind: the property is not vacuous
    expect(built / runs).toBeGreaterThan(0.5);
  });
});
