/**
 * The policy model, the parser and the error family: normal use and a misuse of each exported type.
 */
import { expectAssignable, expectError, expectNotAssignable, expectType } from 'tsd';
import {
  allow,
  parsePolicy,
  policy,
  readPolicyInput,
  safeParsePolicy,
  IamPolicyError,
  PolicyArgumentError,
  PolicyCheckError,
  PolicyParseError,
  PolicySizeError,
  PolicyValidationError,
  type CheckFinding,
  type ConditionElement,
  type ConditionValue,
  type Effect,
  type IamPolicyErrorCode,
  type ParseOptions,
  type Policy,
  type PolicyDocument,
  type PolicyIssue,
  type PolicyIssueCode,
  type PolicyKind,
  type PolicyReading,
  type PolicyVersion,
  type PrincipalElement,
  type PrincipalType,
  type ReadOptions,
  type SafeParseResult,
  type Statement,
} from 'typed-iam';

// the model: readonly, IAM's element names, arrays in normal form
const statement: Statement = { Effect: 'Allow', Action: ['s3:GetObject'], Resource: ['*'], Condition: { Bool: { 'aws:SecureTransport': [true] } } };
expectType<Statement>(allow('s3:GetObject').on('*').toStatement());
expectNotAssignable<Statement>({ Effect: 'Allow', Action: 's3:GetObject' }); // arrays, not strings
expectNotAssignable<Statement>({ Effect: 'allow', Action: ['s3:GetObject'] });
expectError((statement.Effect = 'Deny')); // readonly
const document: PolicyDocument = { Version: '2012-10-17', Statement: [statement] };
expectType<PolicyDocument>(policy.identity(allow('s3:GetObject').on('*')).document);
expectNotAssignable<PolicyDocument>({ Version: '2012-10-17', Statement: statement });
expectAssignable<PolicyVersion>('2008-10-17');
expectNotAssignable<PolicyVersion>('2012-10-18');
expectAssignable<Effect>('Deny');
expectNotAssignable<Effect>('deny');
expectAssignable<PolicyKind>('rcp');
expectNotAssignable<PolicyKind>('bucket');
expectAssignable<PrincipalType>('CanonicalUser');
expectNotAssignable<PrincipalType>('Group');
expectAssignable<PrincipalElement>('*');
expectAssignable<PrincipalElement>({ AWS: ['arn:aws:iam::111122223333:root'], Service: ['lambda.amazonaws.com'] });
expectNotAssignable<PrincipalElement>({ AWS: 'arn:aws:iam::111122223333:root' });
expectNotAssignable<PrincipalElement>({ Users: ['x'] });
expectAssignable<ConditionValue>(3600);
expectNotAssignable<ConditionValue>(new Date());
expectNotAssignable<ConditionValue>(null);
expectAssignable<ConditionElement>({ StringEquals: { 'aws:PrincipalOrgID': ['o-a1b2c3'] }, NumericLessThan: { 'aws:MultiFactorAuthAge': [3600] } });
expectNotAssignable<ConditionElement>({ StringEquals: { 'aws:PrincipalOrgID': 'o-a1b2c3' } });

// parsing: the kind given is the kind returned; without one, one of the inferred kinds
expectType<Policy<'scp'>>(parsePolicy('{}', { kind: 'scp' }));
expectType<Policy<'identity'> | Policy<'resource'> | Policy<'trust'>>(parsePolicy(document));
expectType<Policy<'identity'> | Policy<'resource'> | Policy<'trust'>>(parsePolicy(document, { maxDepth: 10 }));
expectError(parsePolicy('{}', { kind: 'bucket' }));
expectError(parsePolicy('{}', { maxDepth: '10' }));
expectError(parsePolicy('{}', { depth: 10 }));
const parsed = safeParsePolicy('{}', { kind: 'trust' });
expectType<SafeParseResult<'trust'>>(parsed);
if (parsed.success) expectType<Policy<'trust'>>(parsed.policy);
else expectType<PolicyParseError>(parsed.error);
expectError(parsed.policy); // narrow on success first
expectType<SafeParseResult<'identity'> | SafeParseResult<'resource'> | SafeParseResult<'trust'>>(safeParsePolicy('{}'));
expectError<SafeParseResult<'bucket'>>(parsed);
expectAssignable<ParseOptions<'resource'>>({ kind: 'resource', maxLength: 1_000_000, maxIssues: 10 });
expectNotAssignable<ParseOptions<'resource'>>({ kind: 'trust' });
const reading = readPolicyInput('{}', { rules: 'grammar', kind: 'identity' });
expectType<PolicyReading>(reading);
expectType<PolicyDocument | undefined>(reading.document);
expectType<readonly PolicyIssue[]>(reading.issues);
expectAssignable<ReadOptions>({ rules: 'kind', maxDepth: 64 });
expectNotAssignable<ReadOptions>({ rules: 'strict' });
expectError(readPolicyInput('{}', { rules: 'strict' }));

// errors: one family, machine-readable fields
declare const e: unknown;
if (e instanceof PolicyParseError) {
  expectType<'PolicyParseError'>(e.name);
  expectType<readonly [PolicyIssue, ...PolicyIssue[]]>(e.issues);
  expectType<PolicyIssueCode>(e.issues[0].code);
}
if (e instanceof PolicyValidationError) expectType<PolicyKind | undefined>(e.kind);
if (e instanceof PolicySizeError) {
  expectType<'characters' | 'bytes'>(e.unit);
  expectType<number>(e.over);
}
if (e instanceof PolicyArgumentError) expectType<string>(e.argument);
if (e instanceof PolicyCheckError) expectType<readonly [CheckFinding, ...CheckFinding[]]>(e.findings);
if (e instanceof IamPolicyError) expectType<IamPolicyErrorCode>(e.code);
expectAssignable<IamPolicyError>(new PolicyArgumentError('target', 'unknown size target'));
expectAssignable<Error>(new PolicySizeError({ length: 7000, limit: 6144, target: 'managed', unit: 'characters' }));
expectError(new PolicyParseError([]));
expectError(new PolicySizeError({ length: 7000, limit: 6144, target: 'managed', unit: 'kilobytes' }));
expectError(new PolicyCheckError([]));
expectAssignable<IamPolicyErrorCode>('ARGUMENT');
expectNotAssignable<IamPolicyErrorCode>('NOT_FOUND');
expectAssignable<PolicyIssueCode>('PRINCIPAL_MUST_BE_ANYONE');
expectNotAssignable<PolicyIssueCode>('invalid_action');
expectAssignable<PolicyIssue>({ path: 'Statement[0].Effect', code: 'INVALID_EFFECT', message: 'write Allow or Deny', line: 1, column: 40 });
expectNotAssignable<PolicyIssue>({ path: 'Statement[0]', code: 'BAD', message: 'x' });
expectAssignable<CheckFinding>({ code: 'UNKNOWN_ACTION', path: 'Statement[0].Action[0]', message: 'unknown action' });
expectNotAssignable<CheckFinding>({ code: 'UNKNOWN_ACTION', message: 'unknown action' });
