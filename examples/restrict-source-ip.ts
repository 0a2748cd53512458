/** Deny requests from outside the corporate ranges, except calls AWS services make for you. */
import { deny, policy } from 'typed-iam';

export const corporateNetworkOnly = policy.identity(
  deny('*')
    .on('*')
    .when('NotIpAddress', 'aws:SourceIp', ['192.0.2.0/24', '203.0.113.0/24'])
    .when('Bool', 'aws:ViaAWSService', false)
    .sid('DenyOutsideCorporateNetwork'),
);
