/** Lambda service role: trust policy for lambda.amazonaws.com plus basic execution (logs). */
import { allow, policy, principal } from 'typed-iam';

export const trust = policy.trust(
  allow('sts:AssumeRole').by(principal.service('lambda.amazonaws.com')).sid('LambdaAssume'),
);

export const execution = policy.identity(
  allow('logs:CreateLogGroup').on('arn:aws:logs:us-east-1:123456789012:*').sid('CreateGroup'),
  allow('logs:CreateLogStream', 'logs:PutLogEvents')
    .on('arn:aws:logs:us-east-1:123456789012:log-group:/aws/lambda/orders-api:*')
    .sid('WriteLogs'),
);
