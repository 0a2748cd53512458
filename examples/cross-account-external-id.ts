/** A role another account (a vendor) may assume, only with the agreed external id. */
import { allow, policy, principal } from 'typed-iam';

export const crossAccountTrust = policy.trust(
  allow('sts:AssumeRole')
    .by(principal.account('111122223333'))
    .when('StringEquals', 'sts:ExternalId', 'vendor-7f3a91c2')
    .sid('VendorAssume'),
);
