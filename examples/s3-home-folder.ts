/** Each IAM user may list and use only their own folder of a shared bucket. */
import { allow, policy, policyVariable } from 'typed-iam';

const user = policyVariable('aws:username');

export const homeFolder = policy.identity(
  allow('s3:ListBucket')
    .on('arn:aws:s3:::team-home')
    .when('StringLike', 's3:prefix', ['', 'home/', `home/${user}/*`])
    .sid('ListOwnFolder'),
  allow('s3:GetObject', 's3:PutObject', 's3:DeleteObject').on(`arn:aws:s3:::team-home/home/${user}/*`).sid('UseOwnFolder'),
);
