import { expectError, expectType } from 'tsd';
import { allow, deny, policy, principal, type Policy } from 'typed-iam';

// identity-like kinds: no Principal, Resource required
expectType<Policy<'identity'>>(policy.identity(allow('s3:GetObject').on('*')));
expectType<Policy<'boundary'>>(policy.boundary(allow('s3:*').on('*')));
expectType<Policy<'session'>>(policy.session(allow('s3:GetObject').on('arn:aws:s3:::b/*')));
expectType<Policy<'scp'>>(policy.scp(deny('s3:*').on('*')));
expectError(policy.identity(allow('s3:GetObject').on('*').by(principal.anyone())));
expectError(policy.identity(deny('s3:GetObject').on('*').notBy(principal.account('111122223333'))));
expectError(policy.scp(deny('s3:*').on('*').by(principal.anyone())));
expectError(policy.identity(allow('s3:GetObject')));
expectError(policy.identity(allow('s3:GetObject').on('*'), allow('s3:PutObject')));

// trust: Principal required, no Resource, sts actions only
expectType<Policy<'trust'>>(policy.trust(allow('sts:AssumeRole').by(principal.service('lambda.amazonaws.com'))));
policy.trust(allow('sts:AssumeRoleWithWebIdentity', 'sts:TagSession').by(principal.githubActions('111122223333')));
expectError(policy.trust(allow('sts:AssumeRole')));
expectError(policy.trust(allow('sts:AssumeRole').by(principal.anyone()).on('*')));
expectError(policy.trust(allow('s3:GetObject').by(principal.anyone())));
expectError(policy.trust(deny('sts:AssumeRole').notBy(principal.anyone())));

// resource: Principal required
policy.resource(allow('s3:GetObject').by(principal.anyone()).on('arn:aws:s3:::b/*'));
policy.resource(deny('s3:*').notBy(principal.account('111122223333')).on('*'));
policy.resource(allow('ecr:BatchGetImage').by(principal.account('111122223333')));
expectError(policy.resource(allow('s3:GetObject').on('*')));

// rcp: Deny only, Principal "*", no NotAction
policy.rcp(deny('s3:*').by(principal.anyone()).on('*'));
expectError(policy.rcp(allow('s3:GetObject').by(principal.anyone()).on('*')));
expectError(policy.rcp(deny('s3:*').by(principal.account('111122223333')).on('*')));
expectError(policy.rcp(deny.not('s3:GetObject').by(principal.anyone()).on('*')));
// '*' alone is refused in an RCP's Action (it compiled, then threw when built); a service wildcard is fine
expectError(policy.rcp(deny('*').by(principal.anyone()).on('*')));
expectError(policy.rcp(deny('s3:*', '*').by(principal.anyone()).on('*')));
policy.rcp(deny('s3:*', 'sqs:*').by(principal.anyone()).on('*'));

// endpoint: Principal required; NotPrincipal supported (IAM User Guide, NotPrincipal: "including VPC endpoints")
policy.endpoint(allow('s3:GetObject').by(principal.anyone()).on('*'));
policy.endpoint(deny('s3:*').notBy(principal.account('111122223333')).on('*'));
expectError(policy.endpoint(allow('s3:GetObject').on('*')));
expectError(policy.endpoint(deny('s3:*').notBy(principal.account('111122223333'))));
// NotPrincipal only with Deny (IAM User Guide, NotPrincipal)
expectError(policy.endpoint(allow('s3:GetObject').notBy(principal.account('111122223333')).on('*')));
expectError(policy.resource(allow('s3:GetObject').notBy(principal.account('111122223333')).on('*')));

// add() follows the kind
const id = policy.identity(allow('s3:GetObject').on('*'));
expectType<Policy<'identity'>>(id.add(deny('s3:DeleteObject').on('*')));
expectError(id.add(allow('s3:GetObject').on('*').by(principal.anyone())));

// at least one statement
expectError(policy.identity());

// Sid is single-valued
allow('s3:GetObject').sid('One');
expectError(allow('s3:GetObject').sid('One').sid('Two'));
