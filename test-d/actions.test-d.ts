import { expectError, expectType } from 'tsd';
import { allow, deny, type StatementBuilder, type StateOf } from 'typed-iam';

// exact actions, service wildcards, '*', and patterns that match
allow('s3:GetObject');
allow('s3:GetObject', 'dynamodb:Query', 'ec2:DescribeInstances');
allow('s3:*');
allow('*');
allow('s3:Get*');
allow('ec2:Describe?nstances');
allow('s3:*Object*');
deny('iam:*');
allow.not('iam:*');
// IAM is case-insensitive about action names
allow('s3:getobject');
allow('S3:GetObject' as 's3:GetObject');

// typos and patterns that match nothing
expectError(allow('s3:GetObjekt'));
expectError(allow('s4:GetObject'));
expectError(allow('s3:Gxt*'));
expectError(allow('s3GetObject'));
expectError(deny('dynamodb:GetItem', 'dynamodb:Qeury'));
expectError(allow.not('iam:Pass'));
// IAM's `?` is exactly one character, as expandActions and lint read it (these compiled: `?` was read as any run)
allow('s3:GetObjec?');
allow('iam:?etRole');
allow('ec2:DescribeInstance?');
allow('s3:G?t?bj?ct');
expectError(allow('s3:GetObject?'));
expectError(allow('s3:GetObjec??'));
expectError(allow('s3:G?tObj?ct?'));
expectError(allow('ec2:De?'));

// a wildcard in the service prefix: the names are not looked up (lint reports one matching nothing),
// but the shape is the run-time check's (model isActionSyntax), so what compiles is not refused when built
allow('*:*');
allow('s?:GetObject');
allow('*:Get*', 'S*:get_object.x-y');
expectError(allow('*:Get Object'));
expectError(allow('s*:'));
expectError(allow('*:a:b'));
expectError(allow('s3*:Get/Object'));
expectError(allow('s 3*:x'));
expectError(allow(['*:GetObject!'])); // TypeScript 5.4+ (array argument or spread list)

// non-literal strings need the escape hatch
declare const fromConfig: string;
expectError(allow(fromConfig));
allow.unchecked(fromConfig);
allow.unchecked('s3:GetObject', fromConfig);

// the statement's type state records the effect and the actions
const one = allow('s3:GetObject');
expectType<'Allow'>({} as StateOf<typeof one>['effect']);
const two = allow('s3:GetObject', 's3:PutObject');
expectType<'s3:GetObject' | 's3:PutObject'>({} as StateOf<typeof two>['actions']);
// no phantom member in completion lists
expectType<false>({} as ' state' extends keyof StatementBuilder ? true : false);
expectType<'on' | 'notOn' | 'by' | 'notBy' | 'when' | 'whenUnchecked' | 'sid' | 'toStatement' | 'toJSON'>({} as Extract<keyof StatementBuilder, string>);
declare const sb: StatementBuilder;
expectType<StatementBuilder>(sb);
