/**
 * `any`, `never` and wide `string` for every checked argument: each is accepted (and then checked
 * when built) or refused with a message, and no `any` reaches a result type. (`never` is the type
 * of unreachable code: it is accepted everywhere, as TypeScript accepts it.)
 */
import { expectAssignable, expectError, expectType } from 'tsd';
import {
  allow,
  deny,
  parsePolicy,
  policy,
  safeParsePolicy,
  principal,
  type Policy,
  type PolicyKind,
  type SafeParseResult,
  type ServicePrincipalName,
  type SizeReport,
  type SizeTargetName,
  type Started,
  type StateOf,
  type StatementBuilder,
  type WithSid,
  type On,
  type ActionName,
  type PrincipalValue,
} from 'typed-iam';
import { accessLevel } from 'typed-iam/catalog';
import { managedPolicyArn, s3 } from 'typed-iam/arn';
import { fit, minimize, split } from 'typed-iam/optimize';

declare const anything: any;
declare const nothing: never;
declare const text: string;
/** True when T is `any`. */
type IsAny<T> = 0 extends 1 & T ? true : false;

// actions: `any` is recorded as `string` (as allow.unchecked does), a wide string is refused
const anyAction = allow(anything);
expectType<StatementBuilder<Started<'Allow', 'Action', string>>>(anyAction);
expectType<StatementBuilder<Started<'Deny', 'NotAction', string>>>(deny.not(anything));
expectType<string>({} as StateOf<typeof anyAction>['actions']);
const anyInArray = allow([anything, 's3:GetObject']);
expectType<false>({} as IsAny<StateOf<typeof anyInArray>['actions']>);
expectType<StatementBuilder<Started<'Allow', 'Action', never>>>(allow(nothing));
expectError(allow(text));
expectError(allow('s3:GetObject', text));
expectError(deny.not(text));
allow([text]); // an array from data: checked when built
allow.unchecked(text);
// template types: refused alone, passed in an array (checked when built), unless their service prefix is a literal naming no service
declare const s3Template: `s3:${string}`;
declare const s4Template: `s4:${string}`;
expectError(allow(s3Template));
expectType<StatementBuilder<Started<'Allow', 'Action', `s3:${string}`>>>(allow([s3Template]));
expectError(allow([s4Template]));
expectError(allow(...[s4Template]));
expectError(allow([s3Template as `S3:${string}`]));
// branded strings are run-time strings: refused alone (as `string`), passed in an array
declare const branded: string & { __brand: 'Action' };
expectError(allow(branded));
allow([branded]);
// a value typed by the catalog (every s3 action) is accepted, and its union is the state's actions
declare const anyS3: ActionName<'s3'>;
expectType<ActionName<'s3'>>({} as StateOf<ReturnType<typeof allow<readonly [ActionName<'s3'>]>>>['actions']);
allow(anyS3);
allow([anyS3, 's3:GetObject']);
// a union of valid and invalid literals is refused (each member is checked)
expectError(allow(anyS3 as ActionName<'s3'> | 's3:GetObjekt'));
// a value typed by a type parameter of the caller's function: taken by the unchecked forms and
// .by (checked when built), as a run-time string is (was: refused in the words of AtLeastOne<...>)
const generic = <A extends string>(action: A) => allow.unchecked(action);
expectType<StatementBuilder<Started<'Allow', 'Action', string>>>(generic('s3:GetObject'));
const genericNot = <A extends string>(action: A) => deny.uncheckedNot(action).on('*');
expectType<StatementBuilder<On<Started<'Deny', 'NotAction', string>>>>(genericNot('iam:*'));
const genericList = <A extends string>(actions: A[]) => deny.uncheckedNot(...actions).on('*');
genericList(['iam:*']);
const genericArray = <L extends readonly string[]>(actions: L) => allow.unchecked(actions, 's3:GetObject');
genericArray(['sqs:SendMessage']);
const genericPrincipal = <P extends PrincipalValue>(p: P) => allow('s3:GetObject').on('*').by(p);
genericPrincipal(principal.account('111122223333'));
const genericSid = <I extends string>(id: I) => allow('s3:GetObject').on('*').sid(id);
genericSid('Read');
// ... an unchecked form still refuses what is no action list, and a call that writes none
expectError(<N extends number>(n: N) => allow.unchecked(n));
expectError(allow.unchecked([])); // TypeScript 5.4+
// the checked calls cannot decide a check on a type parameter, even one with a valid constraint:
// type the parameter by the API (ActionName<'s3'>, as above), or use the unchecked form
expectError(<A extends ActionName<'s3'>>(action: A) => allow(action));
expectError(<R extends string>(arn: R) => allow('s3:GetObject').on(arn));
expectError(<K extends string>(key: K) => allow('s3:GetObject').on('*').when('StringEquals', key, 'x'));

// resources: accepted (checked when built), the state is unchanged
const s = allow('s3:GetObject');
type S3Read = On<Started<'Allow', 'Action', 's3:GetObject'>>;
expectType<StatementBuilder<S3Read>>(s.on(anything));
expectType<StatementBuilder<S3Read>>(s.on(nothing));
expectType<StatementBuilder<S3Read>>(s.on(text));
expectType<StatementBuilder<S3Read>>(s.on([text, anything]));
expectError(s.on('my-bucket/*', text, 'x'));
// a branded string (string & { __brand }) is a run-time string like `string`: checked when built (was refused, its message printing the brand)
declare const brandedArn: string & { __brand: 'Arn' };
expectType<StatementBuilder<S3Read>>(s.on(brandedArn));
expectType<StatementBuilder<S3Read>>(s.on([brandedArn], text as string & {}));
expectError(s.on(brandedArn, 'my-bucket/*'));
// deliberate (docs/errors.md): a character outside IAM's range in a literal is not a compile error; it is refused when built
expectType<StatementBuilder<S3Read>>(s.on('arn:aws:s3:::caf\u0101/*'));

// principals: any value is a principal (a guess of "anyone" for `any`, checked when built)
const anyPrincipal = s.on('*').by(anything);
expectType<'Principal'>({} as StateOf<typeof anyPrincipal>['principal']);
expectType<false>({} as IsAny<StateOf<typeof anyPrincipal>['anyone']>);
expectError(s.on('*').by(text));
expectType<'Service'>(principal.service(anything).type);
expectType<'Service'>(principal.service(nothing).type);
expectError(principal.service(text));
principal.service(text as ServicePrincipalName);

// .when: operator, key, value
const r = s.on('*');
expectType<StatementBuilder<S3Read>>(r.when(anything, 'aws:SourceIp', '10.0.0.0/8'));
expectType<StatementBuilder<S3Read>>(r.when('IpAddress', anything, '10.0.0.0/8'));
expectType<StatementBuilder<S3Read>>(r.when('IpAddress', 'aws:SourceIp', anything));
expectType<StatementBuilder<S3Read>>(r.when(nothing, 'aws:SourceIp', '10.0.0.0/8'));
expectType<StatementBuilder<S3Read>>(r.when('IpAddress', nothing, nothing));
expectError(r.when(text, 'aws:SourceIp', '10.0.0.0/8')); // run-time operators: .whenUnchecked
expectError(r.when('IpAddress', text, '10.0.0.0/8')); // run-time keys: .whenUnchecked
expectError(r.when('IpAddress', 'aws:SourceIp', 10));
r.when('StringEquals', 'aws:PrincipalOrgID', text); // a run-time value of the right type
// a union of operators (one of them at run time): the key must fit every member
declare const stringOrNumeric: 'StringEquals' | 'NumericEquals';
declare const stringOrArn: 'StringEquals' | 'ArnLike';
expectError(r.when(stringOrNumeric, 'aws:PrincipalOrgID', '1'));
expectError(r.when(stringOrNumeric, 'aws:MultiFactorAuthAge', 1));
r.when(stringOrArn, 'aws:SourceArn', 'arn:aws:sns:us-east-1:111122223333:topic');
r.whenUnchecked(text, text, text);

// Sid: `any` and a wide string are recorded as `string` (checked when built); a second .sid is refused
const anySid = r.sid(anything);
expectType<StatementBuilder<WithSid<S3Read, string>>>(anySid);
expectError(anySid.sid('Again'));
expectType<StatementBuilder<WithSid<S3Read, string>>>(r.sid(text));
expectError(r.sid(text).sid('Again'));
expectType<StatementBuilder<WithSid<S3Read, never>>>(r.sid(nothing));
policy.identity(r.sid(text)); // the identity policy's alphanumeric rule is checked when built

// kinds: a factory takes `any`/`never` statements; a run-time kind gives the union of factories
expectType<Policy<'identity'>>(policy.identity(anything));
expectType<Policy<'trust'>>(policy.trust(nothing));
expectType<Policy<'identity'>>(policy.identity(r).add(anything));
// parse: a kind typed `any` gives a policy of some kind, not Policy<any>; a wide string is refused
expectType<Policy>(parsePolicy('{}', { kind: anything }));
expectType<SafeParseResult<PolicyKind>>(safeParsePolicy('{}', { kind: anything }));
expectError(parsePolicy('{}', { kind: text }));
expectType<Policy<never>>(parsePolicy('{}', { kind: nothing }));
expectError(policy.identity(text));
// a factory picked at run time (a union of factories) takes statements as a helper typed
// `StatementBuilder` does: their kind rules are checked when the policy is built
declare const kind: PolicyKind;
expectAssignable<Policy<PolicyKind>>(policy[kind](r));
const helper = (statement: StatementBuilder) => policy.identity(statement);
expectType<Policy<'identity'>>(helper(r));

// size targets: a name or a SizeTarget; a wide string is refused
const p = policy.identity(r);
expectType<SizeReport>(p.size(anything));
expectType<SizeReport>(p.size(nothing));
expectError(p.size(text));
expectError(p.toString({ target: text }));
expectError(p.withTarget(text));
p.size(text as SizeTargetName);
expectType<Policy<'identity'>[]>(split(p, anything));
expectError(split(p, text));
expectError(fit(p, text));

// managed policy names: `any` gives some managed policy ARN, not `any`
expectType<`arn:aws:iam::aws:policy/${string}`>(managedPolicyArn(anything));
expectType<never>(managedPolicyArn(nothing));
expectType<`arn:${string}:iam::aws:policy/ReadOnlyAccess`>(managedPolicyArn('ReadOnlyAccess', { partition: anything }));
expectError(managedPolicyArn('ReadOnlyAccess', { partition: text }));
expectError(managedPolicyArn(text));

// access levels: `any` gives a string list
expectType<readonly string[]>(accessLevel(anything, 'Read'));
expectType<readonly string[]>(accessLevel('s3', anything));
expectError(accessLevel(text, 'Read'));

// ARN fields: any string, checked when built
expectType<`arn:${string}`>(s3.object({ bucketName: text, objectName: anything }));
expectError(s3.object({ bucketName: text }));

// functions generic over the policy they are given return that type: `any` in, `any` out (as TypeScript's own identity functions do)
expectType<true>({} as IsAny<ReturnType<typeof minimize<any>>>);
expectType<Policy<'identity'>>(minimize(policy.identity(r)));
expectError(minimize(text));
