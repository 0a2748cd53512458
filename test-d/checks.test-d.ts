/**
 * The exported type-level vocabulary behind the checks: action names, operators, keys, values.
 * (The sentences the checks answer with are pinned in messages.test-d.ts.)
 */
import { expectAssignable, expectError, expectNotAssignable, expectType } from 'tsd';
import {
  allow,
  type ActionName,
  type ActionsOf,
  type AnyConditionKey,
  type ConditionOperator,
  type KeysFor,
  type NotALiteral,
  type ServiceActions,
  type ServicePrefix,
  type StateOf,
  type UseUncheckedForRunTimeActions,
  type ValueArg,
  type ValueFor,
} from 'typed-iam';

// action names: by service, canonical case
expectAssignable<ActionName<'s3'>>('s3:GetObject');
expectAssignable<ActionName>('dynamodb:Query');
expectNotAssignable<ActionName<'s3'>>('dynamodb:Query');
expectNotAssignable<ActionName>('s3:getobject');
expectNotAssignable<ActionName>('s3:*');
expectError<ActionName<'s4'>>('s4:GetObject');
expectAssignable<ServicePrefix>('execute-api');
expectNotAssignable<ServicePrefix>('S3');
expectAssignable<ServiceActions['sqs']>('SendMessage');
expectNotAssignable<ServiceActions['sqs']>('sqs:SendMessage');
expectError<ServiceActions['s4']>('GetObject');

// ActionsOf: the actions a statement records, from arguments one by one or one array
expectType<'s3:GetObject' | 's3:PutObject'>({} as ActionsOf<['s3:GetObject', 's3:PutObject']>);
expectType<'sqs:SendMessage'>({} as ActionsOf<[readonly ['sqs:SendMessage']]>);
expectType<string>({} as ActionsOf<[readonly string[]]>);
const fromArray = allow(['s3:GetObject', 'kms:Decrypt']);
expectType<'s3:GetObject' | 'kms:Decrypt'>({} as StateOf<typeof fromArray>['actions']); // TypeScript 5.4+ (array argument or spread list)
expectNotAssignable<ActionsOf<['s3:GetObject']>>('s3:PutObject');

// what a run-time action string meets (an object, so editors do not offer it as a completion)
declare const fromConfig: string;
expectError(allow(fromConfig));
expectType<NotALiteral>({} as UseUncheckedForRunTimeActions);
expectNotAssignable<UseUncheckedForRunTimeActions>('s3:GetObject');

// operators: base, IfExists (not for Null), set qualifiers
expectAssignable<ConditionOperator>('ForAllValues:StringLikeIfExists');
expectAssignable<ConditionOperator>('ForAnyValue:Null');
expectAssignable<ConditionOperator>('BinaryEquals');
expectNotAssignable<ConditionOperator>('NullIfExists');
expectNotAssignable<ConditionOperator>('stringEquals');
expectNotAssignable<ConditionOperator>('ForOneValue:StringEquals');

// keys: by operator family; multivalued keys only under a set qualifier
expectAssignable<KeysFor<'IpAddress'>>('aws:SourceIp');
expectNotAssignable<KeysFor<'IpAddress'>>('aws:SecureTransport');
expectAssignable<KeysFor<'ForAnyValue:StringEquals'>>('aws:TagKeys');
expectNotAssignable<KeysFor<'StringEquals'>>('aws:TagKeys');
expectAssignable<KeysFor<'StringEquals'>>('aws:ResourceTag/team');
expectAssignable<KeysFor<'StringLike'>>('token.actions.githubusercontent.com:sub');
expectAssignable<AnyConditionKey>('s3:prefix');
expectAssignable<AnyConditionKey>('aws:PrincipalTag/dept');
expectNotAssignable<AnyConditionKey>('s3:NotAKey');
expectNotAssignable<AnyConditionKey>('aws:sourceip');

// values: by operator family, one or an array
expectAssignable<ValueFor<'NumericLessThan'>>(3600);
expectAssignable<ValueFor<'NumericLessThan'>>(['10', 20]);
expectNotAssignable<ValueFor<'NumericLessThan'>>('soon');
expectAssignable<ValueFor<'DateGreaterThan'>>(new Date());
expectAssignable<ValueFor<'BoolIfExists'>>('false');
expectNotAssignable<ValueFor<'Bool'>>('yes');
expectAssignable<ValueFor<'ForAnyValue:IpAddress'>>(['10.0.0.0/8', '2001:db8::/32']);
expectNotAssignable<ValueFor<'IpAddress'>>(10);
expectType<ValueFor<'Null'>>({} as ValueArg<'Null'>);
// an invalid operator leaves the value alone (one error per mistake)
expectType<unknown>({} as ValueArg<'StringEqualz'>);
expectType<unknown>({} as ValueArg<never>);
expectNotAssignable<ValueArg<'Bool'>>(1);
