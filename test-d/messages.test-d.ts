/**
 * The exact wording of every compile-time message (docs/errors.md lists them with their fix).
 * Each is pinned on the check type that produces it; test/types/compile-messages.test.ts checks
 * that the compiler shows them as one line under 300 characters.
 */
import { expectType } from 'tsd';
import {
  allow,
  deny,
  principal,
  type CheckAction,
  type CheckActions,
  type CheckKey,
  type CheckKind,
  type CheckOperator,
  type CheckResource,
  type CheckResources,
  type CheckServicePrincipal,
  type CheckStatements,
  type NotALiteral,
  type UseUncheckedForRunTimeActions,
  type UseWhenUncheckedForRunTimeKeys,
  type UseWhenUncheckedForRunTimeOperators,
  type StatementBuilder,
  type ValueArg,
} from 'typed-iam';
import type { CheckManagedPolicyName } from 'typed-iam/arn';
import type { KnownServicePrincipal } from 'typed-iam/catalog';
import type { MatcherQuery, MatcherRequest } from 'typed-iam/vitest';

declare function is<T>(): T;
/** True when A and B are the same type up to the Uninferred wrappers the checks use (types/args.ts). */
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;

// actions
expectType<true>(is<Same<CheckAction<'s3:GetObjekt'>, "unknown action 's3:GetObjekt': did you mean 's3:GetObject'?">>());
expectType<true>(is<Same<CheckAction<'dynamodb:Qeury'>, "unknown action 'dynamodb:Qeury': did you mean 'dynamodb:Query'?">>());
expectType<true>(is<Same<CheckAction<'s3:Qxz'>, "unknown action 's3:Qxz': no s3 action starts like it (s3 actions are listed in typed-iam/catalog)">>());
expectType<true>(is<Same<CheckAction<'s3:GetObjeXyzw'>, "unknown action 's3:GetObjeXyzw': check the spelling (s3 actions are listed in typed-iam/catalog)">>());
// a name that extends an action: that action, as suggestActions puts first (was: check the spelling)
expectType<true>(is<Same<CheckAction<'s3:GetObjectXyzw'>, "unknown action 's3:GetObjectXyzw': did you mean 's3:GetObject'?">>());
expectType<true>(is<Same<CheckAction<'s3:GetObjects'>, "unknown action 's3:GetObjects': did you mean 's3:GetObject'?">>());
// the AWS CLI's and SDKs' spelling of an API: the action of those words (was: check the spelling)
expectType<true>(is<Same<CheckAction<'ec2:describe-instances'>, "unknown action 'ec2:describe-instances': did you mean 'ec2:DescribeInstances'?">>());
expectType<true>(is<Same<CheckAction<'dynamodb:batch_write_item'>, "unknown action 'dynamodb:batch_write_item': did you mean 'dynamodb:BatchWriteItem'?">>());
expectType<true>(is<Same<CheckAction<'lambda:InvokeFunctions'>, "unknown action 'lambda:InvokeFunctions': did you mean 'lambda:InvokeFunction'?">>());
expectType<true>(is<Same<CheckAction<'ec2:DescribeInstancess'>, "unknown action 'ec2:DescribeInstancess': did you mean 'ec2:DescribeInstances'?">>());
// a name that starts actions meets those actions only (was: every action of the service, 800 for ec2)
expectType<true>(is<Same<CheckAction<'ec2:RunInstance'>, 'ec2:RunInstances'>>());
expectType<true>(is<Same<CheckAction<'s3:GetObjectLegal'>, 's3:GetObjectLegalHold'>>());
expectType<true>(is<Same<CheckAction<'s3:Gxt*'>, "no s3 action matches 's3:Gxt*': fix the pattern (s3 actions are listed in typed-iam/catalog)">>());
expectType<true>(is<Same<CheckAction<'s3:GetObject?'>, "no s3 action matches 's3:GetObject?': fix the pattern (s3 actions are listed in typed-iam/catalog)">>());
expectType<true>(is<Same<CheckAction<'S3:getobject'>, "unknown service 'S3' in 'S3:getobject': did you mean 's3:GetObject'? Service prefixes are lower case">>());
expectType<true>(is<Same<CheckAction<'S3:Nope'>, "unknown service 'S3' in 'S3:Nope': did you mean 's3'? Service prefixes are lower case">>());
// a wildcard name: the whole pattern with the prefix in lower case when it matches some action (was: the prefix alone)
expectType<true>(is<Same<CheckAction<'S3:*'>, "unknown service 'S3' in 'S3:*': did you mean 's3:*'? Service prefixes are lower case">>());
expectType<true>(is<Same<CheckAction<'S3:Get*'>, "unknown service 'S3' in 'S3:Get*': did you mean 's3:Get*'? Service prefixes are lower case">>());
expectType<true>(is<Same<CheckAction<'S3:GetObject?'>, "unknown service 'S3' in 'S3:GetObject?': did you mean 's3'? Service prefixes are lower case">>());
expectType<true>(is<Same<CheckAction<'S3:Gxt*'>, "unknown service 'S3' in 'S3:Gxt*': did you mean 's3'? Service prefixes are lower case">>());
expectType<true>(is<Same<CheckAction<'s4:GetObject'>, "unknown service 's4' in 's4:GetObject': write a service prefix such as 's3' or 'dynamodb'">>());
// a colon too many (AWS's own guides write both): the action it stands for, as the run-time message says
expectType<true>(is<Same<CheckAction<'sagemaker::CreateEndpoint'>, "invalid action 'sagemaker::CreateEndpoint': did you mean 'sagemaker:CreateEndpoint'?">>());
// was: did you mean 'events:EnableRule'?
expectType<true>(is<Same<CheckAction<'events:events:DescribeRule'>, "invalid action 'events:events:DescribeRule': did you mean 'events:DescribeRule'?">>());
// an API operation IAM authorizes under another name (catalog/documented-operations.ts; lint's INVALID_ACTION says the same)
expectType<true>(is<Same<CheckAction<'s3:ListObjectsV2'>, "unknown action 's3:ListObjectsV2': ListObjectsV2 is an API operation, which IAM authorizes as 's3:ListBucket'">>());
// was: did you mean 's3:PutBucketVersioning'?
expectType<true>(is<Same<CheckAction<'s3:PutBucketEncryption'>, "unknown action 's3:PutBucketEncryption': PutBucketEncryption is an API operation, which IAM authorizes as 's3:PutEncryptionConfiguration'">>());
expectType<true>(is<Same<CheckAction<'s3:copyobject'>, "unknown action 's3:copyobject': copyobject is an API operation, which IAM authorizes as 's3:GetObject' and 's3:PutObject' (a request needs each)">>());
expectType<true>(is<Same<CheckAction<'dynamodb:ExecuteStatement'>, "unknown action 'dynamodb:ExecuteStatement': ExecuteStatement is an API operation, which IAM authorizes as 'dynamodb:PartiQLSelect', 'dynamodb:PartiQLInsert', 'dynamodb:PartiQLUpdate' or 'dynamodb:PartiQLDelete' (by what the request does)">>());
expectType<true>(is<Same<CheckAction<'bedrock-runtime:Converse'>, "unknown service 'bedrock-runtime' in 'bedrock-runtime:Converse': did you mean 'bedrock:InvokeModel'? IAM names the action by its service, not its SDK client">>());
// an SDK client's name as the prefix: the action of that name in the service its first word names (suggestActions too)
expectType<true>(is<Same<CheckAction<'bedrock-runtime:InvokeModel'>, "unknown service 'bedrock-runtime' in 'bedrock-runtime:InvokeModel': did you mean 'bedrock:InvokeModel'? IAM names the action by its service, not its SDK client">>());
expectType<true>(is<Same<CheckAction<'iot-data:publish'>, "unknown service 'iot-data' in 'iot-data:publish': did you mean 'iot:Publish'? IAM names the action by its service, not its SDK client">>());
expectType<true>(is<Same<CheckAction<'bedrock-runtime:NoSuchAction'>, "unknown service 'bedrock-runtime' in 'bedrock-runtime:NoSuchAction': write a service prefix such as 's3' or 'dynamodb'">>());
expectType<true>(is<Same<CheckAction<'sagemaker-groundtruth-synthetic:ListProjects'>, "unknown service 'sagemaker-groundtruth-synthetic' in 'sagemaker-groundtruth-synthetic:ListProjects': write a service prefix such as 's3' or 'dynamodb'">>());
expectType<true>(is<Same<CheckAction<'s3GetObject'>, "invalid action 's3GetObject': write 'service:Action' (e.g. 's3:GetObject') or '*'">>());
// the slips of model/syntax.ts actionSlip (the IAM guide's troubleshooting page names the first and the ARN)
expectType<true>(is<Same<CheckAction<'s3.GetObject'>, "invalid action 's3.GetObject': did you mean 's3:GetObject'?">>());
expectType<true>(is<Same<CheckAction<'S3/getobject'>, "invalid action 'S3/getobject': did you mean 's3:GetObject'?">>());
expectType<true>(is<Same<CheckAction<'s3.Get*'>, "invalid action 's3.Get*': did you mean 's3:Get*'?">>());
expectType<true>(is<Same<CheckAction<'s3.Gxt*'>, "invalid action 's3.Gxt*': write 'service:Action' (e.g. 's3:GetObject') or '*'">>());
expectType<true>(is<Same<CheckAction<'arn:aws:s3:::my-bucket/*'>, "invalid action 'arn:aws:s3:::my-bucket/*': an ARN names a resource; give it to .on(...), and actions here (e.g. 's3:GetObject')">>());
expectType<true>(is<Same<CheckAction<'s3:GetObject, s3:PutObject'>, "invalid action 's3:GetObject, s3:PutObject': write each action as its own argument or entry">>());
// a name alone: the one service that has it (exact case), else no guess
expectType<true>(is<Same<CheckAction<'PassRole'>, "invalid action 'PassRole': did you mean 'iam:PassRole'?">>());
expectType<true>(is<Same<CheckAction<'GetObject'>, "invalid action 'GetObject': write 'service:Action' (e.g. 's3:GetObject') or '*'">>());
expectType<true>(is<Same<CheckAction<'passrole'>, "invalid action 'passrole': write 'service:Action' (e.g. 's3:GetObject') or '*'">>());
// a wildcard service prefix with characters or a shape the run-time check refuses (it names no service to look up)
expectType<true>(is<Same<CheckAction<'*:Get#Object'>, "invalid action '*:Get#Object': write 'service:Action' (e.g. 's3:GetObject') or '*'">>());
// stray whitespace, quotes, a comma after the action: the action it stands for (model/syntax.ts actionSlip, strayAction)
expectType<true>(is<Same<CheckAction<'*:Get Object'>, "invalid action '*:Get Object': did you mean '*:GetObject'?">>());
expectType<true>(is<Same<CheckAction<'s3:Get *'>, "invalid action 's3:Get *': did you mean 's3:Get*'?">>());
expectType<true>(is<Same<CheckAction<"'s3:GetObject'">, "invalid action ''s3:GetObject'': did you mean 's3:GetObject'?">>());
expectType<true>(is<Same<CheckAction<'"kms:Decrypt"'>, "invalid action '\"kms:Decrypt\"': did you mean 'kms:Decrypt'?">>());
expectType<true>(is<Same<CheckAction<'s3:GetObject,'>, "invalid action 's3:GetObject,': did you mean 's3:GetObject'?">>());
expectType<true>(is<Same<CheckAction<'s*:'>, "invalid action 's*:': write 'service:Action' (e.g. 's3:GetObject') or '*'">>());
expectType<true>(is<Same<CheckAction<'*:*'>, '*:*'>>());
expectType<true>(is<Same<CheckAction<string>, NotALiteral>>());
// a template type is known only at run time too: refused alone, passed in an array or spread (checked when built)
expectType<true>(is<Same<CheckAction<`s3:Get${string}`>, NotALiteral>>());
expectType<true>(is<Same<CheckAction<`${string}:GetObject`>, NotALiteral>>());
expectType<true>(is<Same<CheckAction<`s3:${string}`>, NotALiteral>>());
expectType<true>(is<Same<CheckActions<readonly [readonly `s3:Get${string}`[]]>, readonly [readonly `s3:Get${string}`[]]>>());
expectType<true>(is<Same<CheckActions<`s3:Get${string}`[]>, `s3:Get${string}`[]>>());
expectType<true>(is<Same<CheckActions<readonly [readonly [`s3:Get${string}`, 's3:GetObjekt']]>, readonly [readonly [`s3:Get${string}`, "unknown action 's3:GetObjekt': did you mean 's3:GetObject'?"]]>>());
// a template whose service prefix is a literal naming no service is refused in an array (it passed, and the run-time
// check reads syntax only); alone it is refused as every template is (use unchecked)
expectType<true>(is<Same<CheckAction<`s4:${string}`>, NotALiteral>>());
expectType<true>(is<Same<CheckActions<readonly [readonly `S3:${string}`[]]>, readonly [readonly `unknown service 'S3' in 'S3:${string}': did you mean 's3'? Service prefixes are lower case`[]]>>());
expectType<true>(is<Same<CheckActions<readonly [readonly `s4:${string}`[]]>, readonly [readonly `unknown service 's4' in 's4:${string}': write a service prefix such as 's3' or 'dynamodb'`[]]>>());
expectType<true>(is<Same<CheckActions<readonly [readonly `s3:${string}`[], readonly `*:${string}`[]]>, readonly [readonly `s3:${string}`[], readonly `*:${string}`[]]>>());
// a union of literals: each member checked
expectType<true>(is<Same<CheckAction<'s3:GetObject' | 's3:GetObjekt'>, 's3:GetObject' | "unknown action 's3:GetObjekt': did you mean 's3:GetObject'?">>());
// what a run-time string meets reads as its one property's sentence
expectType<'use allow.unchecked(...) or deny.unchecked(...) for actions read at run time'>(is<keyof UseUncheckedForRunTimeActions>());
expectType<true>(is<Same<CheckActions<readonly [readonly []]>, readonly ['give at least one action']>>());
// values and arrays mix (flattened one level; test-d/arrays.test-d.ts: arrays do not nest)
expectType<true>(is<Same<CheckActions<readonly ['s3:GetObject', readonly ['s3:PutObject']]>, readonly ['s3:GetObject', readonly ['s3:PutObject']]>>());
expectType<true>(is<Same<CheckActions<readonly ['s3:GetObject', readonly ['s3:GetObjekt']]>, readonly ['s3:GetObject', readonly [CheckAction<'s3:GetObjekt'>]]>>());
// a spread run-time list (allow(...list)) passes like an array argument; a run-time string written alone does not
expectType<true>(is<Same<CheckActions<string[]>, string[]>>());
expectType<true>(is<Same<CheckActions<readonly ['s3:GetObject', ...string[]]>, readonly ['s3:GetObject', ...string[]]>>()); // TypeScript 5.4+ (array argument or spread list)
expectType<true>(is<Same<CheckActions<readonly [string]>, readonly [NotALiteral]>>());
expectType<true>(is<Same<CheckActions<readonly []>, readonly [give_at_least_one: 'give at least one action']>>());
// while typing: the completions
expectType<true>(is<Same<CheckAction<'dynamo:GetItem'>, 'dynamodb:'>>());

// resources
expectType<true>(is<Same<CheckResource<'my-bucket/*'>, "resource 'my-bucket/*' must be an ARN ('arn:partition:service:...') or '*'">>());
expectType<true>(is<Same<CheckResource<'ar'>, '*' | 'arn:'>>());
// an ARN must be whole, as the run-time check reads it: six fields (five colons) or ending in '*'
expectType<true>(is<Same<CheckResource<'arn:aws:s3'>, "resource 'arn:aws:s3' is not a whole ARN: write 'arn:partition:service:region:account:resource' (five colons) or end it with '*'">>());
expectType<true>(is<Same<CheckResource<'arn:'>, "resource 'arn:' is not a whole ARN: write 'arn:partition:service:region:account:resource' (five colons) or end it with '*'">>());
expectType<true>(is<Same<CheckResource<'arn:aws:s3:::'>, 'arn:aws:s3:::'>>());
expectType<true>(is<Same<CheckResource<'arn:aws:s3:*'>, 'arn:aws:s3:*'>>());
expectType<true>(is<Same<CheckResource<`arn:${string}`>, `arn:${string}`>>());
expectType<true>(is<Same<CheckResource<`arn:aws:s3:::${string}`>, `arn:aws:s3:::${string}`>>());
expectType<true>(is<Same<CheckResource<string>, string>>());
// a branded string (no template matches it) is a run-time string: checked when built (was: "resource '${string & { __brand: "Arn"; }}' must be an ARN")
expectType<true>(is<Same<CheckResource<string & { __brand: 'Arn' }>, string & { __brand: 'Arn' }>>());
expectType<true>(is<Same<CheckResource<string & {}>, string & {}>>());
expectType<true>(is<Same<CheckResources<readonly [readonly []]>, readonly ["give at least one ARN (or '*')"]>>());
expectType<true>(is<Same<CheckResources<readonly ['*', readonly string[]]>, readonly ['*', readonly string[]]>>());
expectType<true>(is<Same<CheckResources<readonly []>, readonly [give_at_least_one: "give at least one ARN (or '*')"]>>());

// condition operators
expectType<true>(is<Same<CheckOperator<'stringEquals'>, "condition operators are case-sensitive: write 'StringEquals'">>());
expectType<true>(is<Same<CheckOperator<'ForAnyValue:stringlike'>, "condition operators are case-sensitive: write 'ForAnyValue:StringLike'">>());
expectType<true>(is<Same<CheckOperator<'NullIfExists'>, "Null has no IfExists form: write 'Null'">>());
expectType<true>(is<Same<CheckOperator<'StringEqualz'>, "unknown condition operator 'StringEqualz': write a base operator such as StringEquals, optionally with IfExists or a ForAnyValue:/ForAllValues: prefix">>());
// condition keys: operator/key mismatch names both and the operators to use
expectType<true>(is<Same<CheckKey<'NumericLessThan', 'aws:SourceIp'>, "'aws:SourceIp' is an IP key: use IpAddress or NotIpAddress, not NumericLessThan">>());
expectType<true>(is<Same<CheckKey<'IpAddress', 'aws:SecureTransport'>, "'aws:SecureTransport' is a boolean key: use Bool, not IpAddress">>());
expectType<true>(is<Same<CheckKey<'ArnLike', 'aws:PrincipalOrgID'>, "'aws:PrincipalOrgID' is a string key: use a String operator (StringEquals, StringLike, ...), not ArnLike">>());
expectType<true>(is<Same<CheckKey<'DateLessThan', 'aws:MultiFactorAuthAge'>, "'aws:MultiFactorAuthAge' is a numeric key: use a Numeric operator (NumericEquals, NumericLessThan, ...), not DateLessThan">>());
expectType<true>(is<Same<CheckKey<'StringEquals', 'aws:CurrentTime'>, "'aws:CurrentTime' is a date key: use a Date operator (DateEquals, DateLessThan, ...), not StringEquals">>());
expectType<true>(is<Same<CheckKey<'NumericEquals', 'aws:SourceArn'>, "'aws:SourceArn' is an ARN key: use ArnEquals or ArnLike (or a String operator), not NumericEquals">>());
expectType<true>(is<Same<CheckKey<'StringEquals', 'aws:TagKeys'>, "'aws:TagKeys' is multivalued: use ForAnyValue: or ForAllValues: with a String operator (StringEquals, StringLike, ...), not StringEquals">>());
// a custom OIDC provider's key (no catalog lists it) is a string key
expectType<true>(is<Same<CheckKey<'NumericEquals', 'oidc.example.com:sub'>, "'oidc.example.com:sub' is a string key: use a String operator (StringEquals, StringLike, ...), not NumericEquals">>());
expectType<true>(is<Same<CheckKey<'StringLike', 'oidc.example.com:sub'>, 'oidc.example.com:sub'>>());
// tag keys (catalog patterns) fit like names
expectType<true>(is<Same<CheckKey<'Null', 'aws:ResourceTag/Owner'>, 'aws:ResourceTag/Owner'>>());
expectType<true>(is<Same<CheckKey<'NumericEquals', 'aws:RequestTag/Env'>, "'aws:RequestTag/Env' is a string key: use a String operator (StringEquals, StringLike, ...), not NumericEquals">>());
// unknown keys, case variants
expectType<true>(is<Same<CheckKey<'StringEquals', 's3:NotAKey'>, "unknown condition key 's3:NotAKey': check the spelling, or use .whenUnchecked(...) for a key the catalog does not list">>());
expectType<true>(is<Same<CheckKey<'StringEquals', 'AWS:SourceArn'>, "condition key 'AWS:SourceArn' differs from the catalog in case: write 'aws:SourceArn'">>());
expectType<true>(is<Same<CheckKey<'StringEquals', 'aws:SourceVPC'>, "condition key 'aws:SourceVPC' differs from the catalog in case: write 'aws:SourceVpc'">>());
expectType<true>(is<Same<CheckKey<'StringEquals', 'AWS:RequestTag/Env'>, "condition key 'AWS:RequestTag/Env' differs from the catalog in case: write 'aws:RequestTag/Env'">>());
// a key holding `${` (a policy variable, a placeholder copied from the docs) matched a tag-key pattern and threw when built
expectType<true>(is<Same<CheckKey<'StringEquals', 'aws:RequestTag/${TagKey}'>, "condition key 'aws:RequestTag/${TagKey}' holds '${': a key takes no policy variable or placeholder; write the name itself (e.g. 'aws:PrincipalTag/team')">>());
expectType<true>(is<Same<CheckKey<'StringEquals', 'aws:PrincipalTag/${aws:username}'>, "condition key 'aws:PrincipalTag/${aws:username}' holds '${': a key takes no policy variable or placeholder; write the name itself (e.g. 'aws:PrincipalTag/team')">>());
expectType<true>(is<Same<CheckKey<'StringEquals', string>, UseWhenUncheckedForRunTimeKeys>>());
expectType<'use .whenUnchecked(operator, key, value) for condition keys read at run time'>(is<keyof UseWhenUncheckedForRunTimeKeys>());
// multivalued keys of other families name that family's operators
expectType<true>(is<Same<CheckKey<'ArnLike', 'events:TargetArn'>, "'events:TargetArn' is multivalued: use ForAnyValue: or ForAllValues: with ArnEquals or ArnLike (or a String operator), not ArnLike">>());
// a value that does not fit the operator meets the operator's value type
expectType<true>(is<Same<ValueArg<'Bool'>, boolean | 'true' | 'false' | readonly (boolean | 'true' | 'false')[]>>());
expectType<true>(is<Same<ValueArg<'NumericLessThan'>, number | `${number}` | readonly (number | `${number}`)[]>>());
// operators known only at run time (a `string`, a template type) meet an object naming .whenUnchecked
expectType<true>(is<Same<CheckOperator<string>, UseWhenUncheckedForRunTimeOperators>>());
expectType<true>(is<Same<CheckOperator<`String${string}`>, UseWhenUncheckedForRunTimeOperators>>());
expectType<'use .whenUnchecked(operator, key, value) for condition operators read at run time'>(is<keyof UseWhenUncheckedForRunTimeOperators>());
// a union of operators: each member checked (a valid one gives no message)
expectType<true>(is<Same<CheckOperator<'StringEquals' | 'stringequals'>, "condition operators are case-sensitive: write 'StringEquals'">>());
expectType<true>(is<Same<CheckOperator<'StringEquals' | 'NumericEquals'>, 'StringEquals' | 'NumericEquals'>>());
// keys: a template that is no catalog pattern is known only at run time; a tag-key template is a pattern
expectType<true>(is<Same<CheckKey<'StringEquals', `aws:${string}`>, UseWhenUncheckedForRunTimeKeys>>());
expectType<true>(is<Same<CheckKey<'StringEquals', `aws:PrincipalTag/${string}`>, `aws:PrincipalTag/${string}`>>());
// a union of keys: each member checked
expectType<true>(is<Same<CheckKey<'StringEquals', 'aws:PrincipalOrgID' | 'aws:SourceIp'>, 'aws:PrincipalOrgID' | "'aws:SourceIp' is an IP key: use IpAddress or NotIpAddress, not StringEquals">>());
// a union of operators is one of them at run time: the key must fit each (NumericEquals | StringEquals took aws:PrincipalOrgID)
expectType<true>(is<Same<CheckKey<'StringEquals' | 'NumericEquals', 'aws:PrincipalOrgID'>, "'aws:PrincipalOrgID' is a string key: use a String operator (StringEquals, StringLike, ...), not NumericEquals">>());
expectType<true>(is<Same<CheckKey<'StringEquals' | 'ArnLike', 'aws:SourceArn'>, 'aws:SourceArn'>>());
expectType<true>(is<Same<CheckKey<'StringEquals' | 'Null', 'aws:PrincipalOrgID'>, 'aws:PrincipalOrgID'>>());
// an invalid operator leaves the key alone (one error per mistake)
expectType<true>(is<Same<CheckKey<'stringEquals', 'aws:SourceIp'>, 'aws:SourceIp'>>());

// service principals
expectType<true>(is<Same<CheckServicePrincipal<'lambda.amazon.org'>, "'lambda.amazon.org' is not a service principal: write '<service>.amazonaws.com', e.g. 'lambda.amazonaws.com'">>());
expectType<true>(is<Same<CheckServicePrincipal<'Lambda.amazonaws.com'>, "service principals are lower case: write 'lambda.amazonaws.com'">>());
expectType<true>(is<Same<CheckServicePrincipal<'lambda'>, 'lambda.amazonaws.com'>>());
// a name of the domain whose labels the run-time rule refuses
expectType<true>(is<Same<CheckServicePrincipal<'*.amazonaws.com'>, "'*.amazonaws.com' is not a service principal: write '<service>.amazonaws.com', e.g. 'lambda.amazonaws.com'">>());
expectType<true>(is<Same<CheckServicePrincipal<'a b.amazonaws.com'>, "'a b.amazonaws.com' is not a service principal: write '<service>.amazonaws.com', e.g. 'lambda.amazonaws.com'">>());
// a template that is not of the `${string}.amazonaws.com` pattern meets what a `string` meets (not a lower-case message)
expectType<true>(is<Same<CheckServicePrincipal<`lambda${string}`>, KnownServicePrincipal | (`${string}.amazonaws.com` & {})>>());
expectType<true>(is<Same<CheckServicePrincipal<`${string}.amazonaws.com`>, `${string}.amazonaws.com`>>());

// managed policy names
expectType<true>(is<Same<CheckManagedPolicyName<'NotAPolicy'>, "unknown AWS managed policy 'NotAPolicy': check the name (e.g. 'ReadOnlyAccess' or 'service-role/AWSLambdaBasicExecutionRole')">>());
expectType<true>(is<Same<CheckManagedPolicyName<'readonlyaccess'>, "AWS managed policy names are case-sensitive: write 'ReadOnlyAccess'">>());

// policy kinds
const noResource = allow('s3:GetObject');
const withPrincipal = allow('s3:GetObject').on('*').by(principal.anyone());
const withNotPrincipal = deny('s3:GetObject').on('*').notBy(principal.account('111122223333'));
expectType<true>(is<Same<CheckKind<'identity', typeof noResource>, 'a statement of an identity policy needs a Resource: add .on(...)'>>());
expectType<true>(is<Same<CheckKind<'boundary', typeof noResource>, 'a statement of a boundary policy needs a Resource: add .on(...)'>>());
expectType<true>(is<Same<CheckKind<'session', typeof noResource>, 'a statement of a session policy needs a Resource: add .on(...)'>>());
expectType<true>(is<Same<CheckKind<'scp', typeof noResource>, 'a statement of an scp policy needs a Resource: add .on(...)'>>());
expectType<true>(is<Same<CheckKind<'identity', typeof withPrincipal>, 'Principal is not allowed in an identity policy: remove .by(...)'>>());
expectType<true>(is<Same<CheckKind<'scp', typeof withNotPrincipal>, 'NotPrincipal is not allowed in an scp policy: remove .notBy(...)'>>());
expectType<true>(is<Same<CheckKind<'boundary', typeof withPrincipal>, 'Principal is not allowed in a boundary policy: remove .by(...)'>>());
expectType<true>(is<Same<CheckKind<'session', typeof withNotPrincipal>, 'NotPrincipal is not allowed in a session policy: remove .notBy(...)'>>());
expectType<true>(is<Same<CheckKind<'trust', typeof noResource>, 'a trust policy statement needs a Principal: add .by(...)'>>());
const trustNot = deny('sts:AssumeRole').notBy(principal.anyone());
expectType<true>(is<Same<CheckKind<'trust', typeof trustNot>, 'NotPrincipal is not allowed in a trust policy: use .by(...)'>>());
const trustS3 = allow('s3:GetObject').by(principal.anyone());
const TRUST_ONLY = 'a trust policy only takes sts:AssumeRole, sts:AssumeRoleWithSAML, sts:AssumeRoleWithWebIdentity, sts:TagSession, sts:SetSourceIdentity or sts:SetContext';
expectType<true>(is<Same<CheckKind<'trust', typeof trustS3>, 'a trust policy only takes sts:AssumeRole, sts:AssumeRoleWithSAML, sts:AssumeRoleWithWebIdentity, sts:TagSession, sts:SetSourceIdentity or sts:SetContext'>>());
// the trust actions are those the run-time rule takes (model TRUST_ACTIONS): another sts action, or an sts: wildcard matching none of them, is refused
const trustSts = allow('sts:GetCallerIdentity').by(principal.anyone());
expectType<true>(is<Same<CheckKind<'trust', typeof trustSts>, typeof TRUST_ONLY>>());
const trustStsGet = allow('sts:Get*', 'sts:AssumeRole').by(principal.anyone());
expectType<true>(is<Same<CheckKind<'trust', typeof trustStsGet>, typeof TRUST_ONLY>>());
const trustWild = allow('sts:Assume*', 'sts:tagsession').by(principal.anyone());
expectType<true>(is<Same<CheckKind<'trust', typeof trustWild>, typeof trustWild>>());
// actions known only at run time are checked when built
const trustRunTime = allow.unchecked('sts:AssumeRole').by(principal.anyone());
expectType<true>(is<Same<CheckKind<'trust', typeof trustRunTime>, typeof trustRunTime>>());
const trustNotResource = allow('sts:AssumeRole').by(principal.anyone()).notOn('*');
expectType<true>(is<Same<CheckKind<'trust', typeof trustNotResource>, 'NotResource is not allowed in a trust policy: remove .notOn(...)'>>());
// a state the types do not know (a helper's `StatementBuilder` parameter, `any`) is checked when built
expectType<true>(is<Same<CheckKind<'identity', StatementBuilder>, StatementBuilder>>());
expectType<true>(is<Same<CheckKind<'trust', StatementBuilder>, StatementBuilder>>());
expectType<true>(is<Same<CheckKind<'rcp', StatementBuilder>, StatementBuilder>>());
// eslint-disable-next-line @typescript-eslint/no-explicit-any
expectType<true>(is<Same<CheckKind<'endpoint', StatementBuilder<any>>, StatementBuilder<any>>>());
const trustResource = allow('sts:AssumeRole').by(principal.anyone()).on('*');
expectType<true>(is<Same<CheckKind<'trust', typeof trustResource>, 'Resource is not allowed in a trust policy: remove .on(...)'>>());
expectType<true>(is<Same<CheckKind<'rcp', typeof withPrincipal>, 'a resource control policy only takes Deny statements: use deny(...)'>>());
const rcpNot = deny.not('s3:GetObject').by(principal.anyone()).on('*');
expectType<true>(is<Same<CheckKind<'rcp', typeof rcpNot>, 'NotAction is not allowed in a resource control policy: list the denied actions in deny(...)'>>());
const rcpNoResource = deny('s3:*').by(principal.anyone());
expectType<true>(is<Same<CheckKind<'rcp', typeof rcpNoResource>, 'a statement of an rcp policy needs a Resource: add .on(...)'>>());
// '*' alone is refused in an RCP's Action, as when built (model rcpActionStar); a run-time action is checked when built
const rcpStar = deny('*', 's3:*').by(principal.anyone()).on('*');
expectType<true>(is<Same<CheckKind<'rcp', typeof rcpStar>, "a resource control policy does not take '*' alone as an action: name the services, e.g. deny('s3:*')">>());
const rcpRunTime = deny.unchecked('*').by(principal.anyone()).on('*');
expectType<true>(is<Same<CheckKind<'rcp', typeof rcpRunTime>, typeof rcpRunTime>>());
const rcpAccount = deny('s3:*').by(principal.account('111122223333')).on('*');
expectType<true>(is<Same<CheckKind<'rcp', typeof rcpAccount>, 'a resource control policy statement needs .by(principal.anyone())'>>());
expectType<true>(is<Same<CheckKind<'endpoint', typeof trustS3>, 'a statement of an endpoint policy needs a Resource: add .on(...)'>>());
expectType<true>(is<Same<CheckKind<'endpoint', typeof noResource>, 'an endpoint policy statement needs a Principal: add .by(...)'>>());
expectType<true>(is<Same<CheckKind<'resource', typeof noResource>, 'a resource policy statement needs a Principal: add .by(...)'>>());
// NotPrincipal only with Deny (IAM User Guide, NotPrincipal); Deny with NotPrincipal is taken by resource and endpoint policies
const allowAllBut = allow('s3:GetObject').on('*').notBy(principal.account('111122223333'));
expectType<true>(is<Same<CheckKind<'resource', typeof allowAllBut>, 'NotPrincipal needs Deny: with Allow it grants everyone not listed; use deny(...), or name the principals in .by(...)'>>());
expectType<true>(is<Same<CheckKind<'endpoint', typeof allowAllBut>, 'NotPrincipal needs Deny: with Allow it grants everyone not listed; use deny(...), or name the principals in .by(...)'>>());
const denyAllBut = deny('s3:GetObject').on('*').notBy(principal.account('111122223333'));
expectType<true>(is<Same<CheckKind<'endpoint', typeof denyAllBut>, typeof denyAllBut>>());
expectType<true>(is<Same<CheckKind<'identity', { effect: 'Allow' }>, 'not a statement: start one with allow(...) or deny(...)'>>());
// Sid characters (alphanumeric kinds)
const dashed = allow('s3:GetObject').on('*').sid('read-objects');
expectType<true>(is<Same<CheckKind<'identity', typeof dashed>, "Sid 'read-objects' may only hold A-Z, a-z and 0-9 in an identity policy: remove '-'">>());
const dashedDeny = deny('s3:*').on('*').by(principal.anyone()).sid('no deletes');
expectType<true>(is<Same<CheckKind<'rcp', typeof dashedDeny>, "Sid 'no deletes' may only hold A-Z, a-z and 0-9 in an rcp policy: remove ' '">>());
expectType<true>(is<Same<CheckKind<'resource', typeof dashedDeny>, typeof dashedDeny>>());
// a Sid partly known at compile time: its literal characters are checked, the rest when built
const tailSid = allow('s3:GetObject').on('*').sid('' as `${string}Read`);
expectType<true>(is<Same<CheckKind<'identity', typeof tailSid>, typeof tailSid>>());
const dashSid = allow('s3:GetObject').on('*').sid('' as `${string}-read`);
expectType<true>(is<Same<CheckKind<'identity', typeof dashSid>, `Sid '${string}-read' may only hold A-Z, a-z and 0-9 in an identity policy: remove '-'`>>());

// statements: array arguments of the factories (and .add)
expectType<true>(is<Same<CheckStatements<'identity', [readonly []]>, readonly ['give at least one statement']>>());
expectType<true>(is<Same<CheckStatements<'identity', []>, readonly ['give at least one statement']>>());
expectType<true>(is<Same<CheckStatements<'identity', [readonly (typeof withPrincipal)[], typeof withPrincipal]>, [readonly 'Principal is not allowed in an identity policy: remove .by(...)'[], 'Principal is not allowed in an identity policy: remove .by(...)']>>());
// principals and run-time actions: a call that writes none (instantiated as the compiler reads `.by()`)
const toGrant = allow('s3:GetObject').on('*');
expectType<true>(is<Same<Parameters<typeof toGrant.by<readonly []>>, [give_at_least_one: 'give at least one principal']>>());
expectType<true>(is<Same<Parameters<typeof toGrant.notBy<readonly [readonly []]>>, [give_at_least_one: 'give at least one principal']>>());
expectType<true>(is<Same<Parameters<typeof allow.unchecked<readonly []>>, [give_at_least_one: 'give at least one action']>>());
// a condition written with an empty array of values (was: compiled, then EMPTY_VALUE when built)
expectType<true>(is<Same<Parameters<typeof toGrant.when<'StringEquals', 'aws:PrincipalOrgID', never[]>>[2], 'give at least one value, or leave out .when'>>());
expectType<true>(is<Same<Parameters<typeof toGrant.when<'StringEquals', 'aws:PrincipalOrgID', readonly []>>[2], 'give at least one value, or leave out .when'>>());
// ... an array known only at run time passes (checked when built)
expectType<true>(is<Same<Parameters<typeof toGrant.when<'StringEquals', 'aws:PrincipalOrgID', string[]>>[2], string[]>>());
// Sid: single-valued
const named = allow('s3:GetObject').on('*').sid('One');
expectType<true>(is<Same<Parameters<typeof named.sid>[0], 'the Sid is already set: call .sid(...) once'>>());
// service principals: a run-time string meets the completions (known names and the pattern)
expectType<true>(is<Same<CheckServicePrincipal<string>, KnownServicePrincipal | (`${string}.amazonaws.com` & {})>>());

// the vitest matchers' actions: the same sentences as allow(...) (a run-time string passes, checked when the matcher runs)
expectType<true>(is<Same<MatcherRequest<'s3:GetObjekt'>['action'], "unknown action 's3:GetObjekt': did you mean 's3:GetObject'?">>());
expectType<true>(is<Same<MatcherRequest<'s4:GetObject'>['action'], "unknown service 's4' in 's4:GetObject': write a service prefix such as 's3' or 'dynamodb'">>());
expectType<true>(is<Same<MatcherRequest<string>['action'], string>>());
// a pattern is no request's action: the sentence names the matcher that asks about a pattern
expectType<true>(is<Same<MatcherRequest<'s3:*'>['action'], "a request calls one action: 's3:*' is a pattern; name one action, or ask about every action it covers with toNeverAllow({ actions: ['s3:*'] })">>());
expectType<true>(is<Same<NonNullable<MatcherQuery<['s3:Put*', 's3:Gxt*']>['actions']>, readonly ['s3:Put*', "no s3 action matches 's3:Gxt*': fix the pattern (s3 actions are listed in typed-iam/catalog)"]>>());
