/**
 * Delegated administration: the boundary caps whatever developers' roles may do, and stops them
 * from removing it.
 */
import { allow, deny, policy } from 'typed-iam';

export const developerBoundary = policy.boundary(
  allow('s3:*', 'dynamodb:*', 'lambda:*', 'logs:*', 'cloudwatch:*', 'sqs:*', 'sns:*').on('*').sid('AllowAppServices'),
  allow('iam:PassRole')
    .on('arn:aws:iam::123456789012:role/app/*')
    .when('StringEquals', 'iam:PassedToService', 'lambda.amazonaws.com')
    .sid('PassAppRolesToLambda'),
  deny('iam:DeleteRolePermissionsBoundary', 'iam:PutRolePermissionsBoundary', 'iam:DeleteUserPermissionsBoundary', 'iam:PutUserPermissionsBoundary')
    .on('*')
    .sid('KeepBoundary'),
);
