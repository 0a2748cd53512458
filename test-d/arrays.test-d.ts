import { expectError, expectType } from 'tsd';
import { allow, deny, policy, principal, type Policy } from 'typed-iam';

// arrays from data: string[] / readonly string[] pass, checked when built
declare const arns: string[];
declare const roArns: readonly string[];
declare const actions: readonly string[];
allow('s3:GetObject').on(arns);
allow('s3:GetObject').on(roArns);
deny('s3:*').notOn(roArns);
allow(actions).on('*');
deny.not(actions).on('*');
const fromData = arns.map((arn) => allow('s3:GetObject').on(arn));
expectType<Policy<'identity'>>(policy.identity(fromData));
expectType<Policy<'resource'>>(policy.resource([allow('s3:GetObject').by(principal.anyone()).on('*')]));
allow('s3:GetObject').on('*').by([principal.account('111122223333')]);

// a string whose start is only known at run time (a CDK token, `${bucket.bucketArn}/*`) is
// checked when built; a literal start is checked now
declare const bucketArn: string;
allow('s3:GetObject').on(`${bucketArn}/*`);
allow('s3:GetObject').on([`${bucketArn}/*`, bucketArn]);
expectError(allow('s3:GetObject').on(`my-bucket/${bucketArn}`));

// literal tuples keep their compile-time checks
allow('s3:GetObject').on(['arn:aws:s3:::a/*', 'arn:aws:s3:::b/*']);
allow(['s3:GetObject', 's3:PutObject']).on('*');
expectError(allow('s3:GetObject').on(['arn:aws:s3:::a/*', 'my-bucket/*'])); // TypeScript 5.4+ (array argument or spread list)
expectError(allow(['s3:GetObjekt']).on('*')); // TypeScript 5.4+ (array argument or spread list)
expectError(allow('s3:GetObject').on([])); // TypeScript 5.4+ (array argument or spread list)
expectError(allow([])); // TypeScript 5.4+ (array argument or spread list)
expectError(policy.identity([])); // TypeScript 5.4+ (array argument or spread list)
expectError(policy.identity([allow('s3:GetObject')]));
expectError(policy.scp(fromData.map((s) => s.by(principal.anyone()))));

// the actions of an array argument are the statement's actions (trust policies see them)
policy.trust(allow(['sts:AssumeRole', 'sts:TagSession']).by(principal.service('lambda.amazonaws.com')));
expectError(policy.trust(allow(['s3:GetObject']).by(principal.service('lambda.amazonaws.com')))); // TypeScript 5.4+ (array argument or spread list)

// values and arrays mix, flattened one level
allow('s3:GetObject').on('*', arns);
allow('s3:GetObject', actions).on('*');
allow(['s3:GetObject'], 's3:PutObject').on('*');
policy.identity(allow('s3:ListBucket').on('*'), fromData);
expectError(allow([['s3:GetObject']]).on('*'));
expectError(allow('s3:GetObject').on([[bucketArn]]));
expectError(policy.identity([[allow('s3:GetObject').on('*')]]));
// the elements of a mixed array are checked like the values around it
expectError(allow('s3:GetObject', ['s3:GetObjekt']).on('*')); // TypeScript 5.4+ (array argument or spread list)
expectError(policy.identity(allow('s3:ListBucket').on('*'), [allow('s3:GetObject').by(principal.anyone()).on('*')]));

// spreading a list works like passing it (an empty one is refused when built)
declare const actionList: string[];
declare const principals: ReturnType<typeof principal.account>[];
allow(...actionList).on(...arns);
allow('s3:GetObject', ...actionList).on('*'); // TypeScript 5.4+ (array argument or spread list)
allow.unchecked(...actionList).on('*');
allow.unchecked(actionList).on('*');
deny.uncheckedNot(...actionList).on('*');
allow('s3:GetObject').by(...principals).on('*');
deny('s3:*').notBy(...principals).on('*');
expectType<Policy<'identity'>>(policy.identity(...fromData));
expectType<Policy<'identity'>>(policy.identity(allow('s3:ListBucket').on('*')).add(...fromData));
expectError(policy.identity(...fromData.map((s) => s.by(principal.anyone()))));
declare const typedList: ('s3:GetObject' | 's3:GetObjekt')[];
expectError(allow(...typedList).on('*'));
// a run-time string written alone still needs allow.unchecked(...)
declare const one: string;
expectError(allow(one));

// nothing written at all
expectError(allow());
expectError(allow.unchecked());
expectError(allow('s3:GetObject').on());
expectError(allow('s3:GetObject').by());
expectError(allow('s3:GetObject').notBy());
expectError(policy.identity(allow('s3:GetObject').on('*')).add());

// arrays of typed literals are checked element-wise
declare const typed: ('s3:GetObject' | 's3:PutObject')[];
allow(typed).on('*');
declare const wrongTyped: ('s3:GetObject' | 's3:GetObjekt')[];
expectError(allow(wrongTyped).on('*'));

// API Gateway's short form (its resource policies expand it to the API's ARN)
policy.resource(allow('execute-api:Invoke').by(principal.anyone()).on('execute-api:/prod/GET/*'));
expectError(allow('execute-api:Invoke').on('execute-api:prod'));
