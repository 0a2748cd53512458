/**
 * How many policies of a size target one entity can have attached, where AWS caps it
 * (iam-reference §5): 10 managed policies per role or user (IAM quotas, adjustable), 10 SCPs
 * (5 before 15 May 2026) and 5 RCPs per root, OU or account (Organizations quotas); 10 CloudWatch
 * Logs resource policies without a `resourceArn` per account and Region (CloudWatch Logs
 * PutResourcePolicy: "a maximum of 10 policies without resourceARN"; its quotas page: "can't be
 * changed"). Read by the size targets (`attachable`), by the advice of size errors and by the
 * readers counting Logs policies; it imports nothing.
 */
export const ATTACHABLE = { managed: 10, scp: 10, rcp: 5, logsPolicies: 10 } as const;

/**
 * The AWS managed policy AWS Organizations keeps attached to every root, OU and account, by policy
 * type: FullAWSAccess (AttachPolicy API reference: Organizations "attaches a default SCP named
 * FullAWSAccess to every root, OU, and account"; it can be detached, and takes a place of the SCP
 * quota while attached) and RCPFullAWSAccess ("automatically attached to the organization root,
 * every OU, and every account"; it cannot be detached, and AWS does not say whether it takes one of
 * the 5 places). Read by `split` (the parts it plans) and by the readers counting the policies a
 * template or plan attaches to one root, OU or account.
 */
export const ATTACHED_BY_DEFAULT = { scp: 'FullAWSAccess', rcp: 'RCPFullAWSAccess' } as const;

/**
 * How many policies of one Organizations type are attached to one root, OU or account, and whether
 * that is over the quota (`ATTACHABLE.scp`, `ATTACHABLE.rcp`): `sure` policies surely attached,
 * `all` those that may be (under a template Condition too); `made` when the template or plan makes
 * the OU or account, so Organizations attaches FullAWSAccess to it (surely there, possibly on one that
 * exists, which may have been detached); RCPFullAWSAccess possibly takes a place (AWS does not say).
 * `defaultAmong`: the policy Organizations keeps attached is among those counted already.
 */
export function organizationCount(type: 'scp' | 'rcp', sure: number, all: number, made: boolean, defaultAmong = false): { readonly certain: number; readonly possible: number; readonly verdict: 'over' | 'maybe' | 'within' } {
  const certain = sure + (type === 'scp' && made && !defaultAmong ? 1 : 0);
  const possible = all + (defaultAmong ? 0 : 1);
  return { certain, possible, verdict: certain > ATTACHABLE[type] ? 'over' : possible > ATTACHABLE[type] ? 'maybe' : 'within' };
}
