/**
 * Deny everything but MFA set-up when the caller did not sign in with MFA. BoolIfExists also
 * catches long-term access keys, for which aws:MultiFactorAuthPresent is absent.
 */
import { deny, policy } from 'typed-iam';

export const requireMfa = policy.identity(
  deny
    .not('iam:CreateVirtualMFADevice', 'iam:EnableMFADevice', 'iam:ListMFADevices', 'iam:ListVirtualMFADevices', 'iam:ResyncMFADevice', 'sts:GetSessionToken')
    .on('*')
    .when('BoolIfExists', 'aws:MultiFactorAuthPresent', false)
    .sid('DenyWithoutMfa'),
);
