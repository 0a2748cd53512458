import { expectAssignable, expectError, expectType } from 'tsd';
import { allow } from 'typed-iam';
import { accessLevel, actionInfo, expandActions, type AccessLevel, type ActionInfo, type KnownServicePrincipal } from 'typed-iam/catalog';

// access-level lists are literal tuples, spreadable into allow(...) and still checked there
const sqsRead = accessLevel('sqs', 'Read');
expectAssignable<readonly ['sqs:GetQueueAttributes', ...string[]]>(sqsRead);
allow(...accessLevel('s3', 'Read', 'List')).on('arn:aws:s3:::media/*');
allow(...accessLevel('sqs', 'Read'), 'sqs:SendMessage').on('*');
expectError(accessLevel('s3', 'Reed'));
expectError(accessLevel('nosuch', 'Read'));
expectError(accessLevel('s3'));
// a service with no action at a level gives an empty tuple, which allow(...) refuses
expectType<readonly []>(accessLevel('sqs', 'List'));
expectError(allow(...accessLevel('sqs', 'List')));

expectAssignable<AccessLevel>('Permissions management');
expectType<ActionInfo | undefined>(actionInfo('s3:GetObject'));
expectType<string[]>(expandActions('s3:Get*'));
expectAssignable<KnownServicePrincipal>('lambda.amazonaws.com');
expectError<KnownServicePrincipal>('lambda.amazonaws.con' as const);
