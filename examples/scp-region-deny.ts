/** SCP: deny everything outside two regions, except global services. */
import { deny, policy } from 'typed-iam';

export const regionGuard = policy.scp(
  deny
    .not('iam:*', 'organizations:*', 'route53:*', 'cloudfront:*', 'sts:*', 'support:*', 'budgets:*', 'waf:*')
    .on('*')
    .when('StringNotEquals', 'aws:RequestedRegion', ['eu-west-1', 'eu-central-1'])
    .sid('DenyOutsideApprovedRegions'),
);
