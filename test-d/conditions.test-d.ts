import { expectError } from 'tsd';
import { allow, deny, policyVariable } from 'typed-iam';

const s = allow('s3:GetObject').on('*');

// operators fit key types
s.when('StringEquals', 'aws:PrincipalOrgID', 'o-abc123');
s.when('StringLike', 'aws:PrincipalArn', 'arn:aws:iam::*:role/ci-*');
s.when('ArnLike', 'aws:SourceArn', 'arn:aws:sns:*:123456789012:topic');
s.when('IpAddress', 'aws:SourceIp', ['203.0.113.0/24']);
s.when('NotIpAddress', 'aws:SourceIp', '2001:db8::/32');
s.when('Bool', 'aws:SecureTransport', true);
s.when('BoolIfExists', 'aws:MultiFactorAuthPresent', 'false');
s.when('NumericLessThan', 'aws:MultiFactorAuthAge', 3600);
s.when('NumericLessThan', 's3:signatureAge', '600000');
s.when('DateGreaterThan', 'aws:CurrentTime', new Date('2030-01-01'));
s.when('DateLessThan', 'aws:CurrentTime', '2030-01-01T00:00:00Z');
s.when('Null', 'aws:ResourceTag/Owner', true);
s.when('ForAllValues:StringEquals', 'aws:TagKeys', ['env', 'team']);
s.when('ForAnyValue:StringLike', 'aws:PrincipalOrgPaths', 'o-a1b2c3/r-ab12/ou-ab12-*');
s.when('StringEqualsIfExists', 'aws:RequestTag/Env', ['prod', 'dev']);
s.when('StringEquals', 's3:x-amz-acl', 'bucket-owner-full-control');
s.when('StringEquals', 'token.actions.githubusercontent.com:sub', 'repo:acme/app:ref:refs/heads/main');
s.when('StringEquals', 'oidc.eks.eu-west-1.amazonaws.com/id/ABC:sub', 'system:serviceaccount:default:app');
s.when('StringLike', 's3:prefix', `home/${policyVariable('aws:username')}/*`);

// operator that does not fit the key's type
expectError(s.when('Bool', 'aws:SourceIp', true));
expectError(s.when('IpAddress', 'aws:SecureTransport', '10.0.0.0/8'));
expectError(s.when('ArnLike', 'aws:PrincipalOrgID', 'o-1'));
expectError(s.when('NumericLessThan', 'aws:SourceIp', 1));
expectError(s.when('DateLessThan', 'aws:MultiFactorAuthAge', '2020-01-01'));
// multivalued keys need a set qualifier
expectError(s.when('StringEquals', 'aws:TagKeys', 'env'));
// values fit the operator
expectError(s.when('Bool', 'aws:SecureTransport', 'yes'));
expectError(s.when('NumericLessThan', 'aws:MultiFactorAuthAge', 'soon'));
expectError(s.when('IpAddress', 'aws:SourceIp', 10));
// deliberate differences from the run-time check (docs/concepts.md, Conditions): TypeScript's
// `${number}` also reads hexadecimal, binary, octal and exponent text, which IAM does not read as a
// number (the builder refuses it when built); Bool and Null take `true`/`false` in lower case, though
// IAM and the builder read any case (`.whenUnchecked`, or a value typed `string` under String operators)
s.when('NumericEquals', 'aws:MultiFactorAuthAge', '0x10');
s.when('NumericEquals', 'aws:MultiFactorAuthAge', '1e3');
expectError(s.when('Bool', 'aws:SecureTransport', 'TRUE'));
s.whenUnchecked('Bool', 'aws:SecureTransport', 'TRUE');
// unknown operator, unknown key
expectError(s.when('stringEquals', 'aws:PrincipalOrgID', 'o-1'));
expectError(s.when('NullIfExists', 'aws:PrincipalOrgID', true));
expectError(s.when('StringEquals', 'aws:PrincipalOrgId2', 'o-1'));
expectError(s.when('StringEquals', 's3:NotAKey', 'x'));
// a key holding a policy variable or a placeholder (the run-time check refuses `${` in a key)
expectError(s.when('StringEquals', 'aws:RequestTag/${TagKey}', 'x'));
expectError(s.when('StringEquals', 'aws:PrincipalTag/${aws:username}', 'x'));
expectError(s.when('Null', 'ec2:ResourceTag/${TagKey}', true));
expectError(s.when('StringEquals', '${x}.example.com:sub', 'x'));
s.when('StringEquals', 'aws:RequestTag/team', 'x');
s.when('StringEquals', 's3:ExistingObjectTag/team', 'x');

// escape hatch for run-time keys
declare const key: string;
deny('s3:*').on('*').whenUnchecked('StringEquals', key, 'x');
