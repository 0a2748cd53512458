/** Shared bench inputs: one generator of conditioned identity statements for evaluate and analyze. */
import type { Statement } from '../src/model/policy-document.js';

export const ACCT = '111122223333';
const services = ['s3', 'ec2', 'dynamodb', 'sqs', 'sns', 'lambda', 'kms', 'logs', 'iam', 'sts'];

/**
 * 50 statements over 10 services, each with three action patterns, two ARNs and String/Ip/Bool/Date
 * conditions. `home` is the path segment of the second ARN (a policy variable or a literal);
 * `variant` 1 changes one condition value of statement 25.
 */
export function conditionedStatements(home: string, variant = 0): Statement[] {
  const statements: Statement[] = [];
  for (let i = 0; i < 50; i++) {
    const svc = services[i % services.length]!;
    statements.push({
      Sid: `S${i}`,
      Effect: i % 10 === 9 ? 'Deny' : 'Allow',
      Action: [`${svc}:Get*`, `${svc}:List*`, `${svc}:Describe${i}*`],
      Resource: [`arn:aws:${svc}:*:${ACCT}:thing-${i}/*`, `arn:aws:s3:::bucket-${i}/${home}/*`],
      Condition: {
        StringEquals: { 'aws:PrincipalTag/team': [`team-${i % 7}`, i === 25 && variant === 1 ? 'platform-2' : 'platform'] },
        IpAddress: { 'aws:SourceIp': ['203.0.113.0/24', '2001:db8::/32'] },
        ...(i % 3 === 0 ? { BoolIfExists: { 'aws:MultiFactorAuthPresent': ['true'] } } : {}),
        ...(i % 4 === 0 ? { DateLessThan: { 'aws:CurrentTime': ['2030-01-01T00:00:00Z'] } } : {}),
      },
    });
  }
  return statements;
}
