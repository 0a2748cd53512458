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
