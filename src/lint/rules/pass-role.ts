/** The PASS_ROLE_* security checks: iam:PassRole granted on every role. */
import { starVariant } from '../star-variants.js';

const RISK = 'lets any role, including administrator roles, be passed to a service.';
const FIX = 'List the roles in Resource (arn:aws:iam::<account>:role/<name>) and add an iam:PassedToService condition.';
/**
 * Keys whose condition keeps the statement from passing any role anywhere: iam:PassedToService (the
 * reference: "add the iam:PassedToService condition key"), and iam:AssociatedResourceArn, which
 * Access Analyzer also accepts (AWSServiceRoleForSMS: StringEqualsIfExists on iam:PassedToService beside
 * StringLike on iam:AssociatedResourceArn, no finding).
 */
const EXEMPT = ['iam:passedtoservice', 'iam:associatedresourcearn'];
const pass = (code: string, reach: 'named' | 'star' | 'not-action', where: 'star' | 'not-resource') =>
  starVariant('iam:PassRole', { code, reach, where }, 'security', where === 'star' ? EXEMPT : [], RISK, FIX);

/** PASS_ROLE_WITH_STAR_IN_RESOURCE: `iam:PassRole` on `*`. */
export const passRoleWithStarInResource = pass('PASS_ROLE_WITH_STAR_IN_RESOURCE', 'named', 'star');
/** PASS_ROLE_WITH_STAR_IN_ACTION_AND_RESOURCE: `iam:*` (or `*`) on `*`. */
export const passRoleWithStarInActionAndResource = pass('PASS_ROLE_WITH_STAR_IN_ACTION_AND_RESOURCE', 'star', 'star');
/** PASS_ROLE_WITH_STAR_IN_RESOURCE_AND_NOT_ACTION: NotAction leaving iam:PassRole in, on `*`. */
export const passRoleWithStarInResourceAndNotAction = pass('PASS_ROLE_WITH_STAR_IN_RESOURCE_AND_NOT_ACTION', 'not-action', 'star');
/** PASS_ROLE_WITH_NOT_RESOURCE: `iam:PassRole` with NotResource. */
export const passRoleWithNotResource = pass('PASS_ROLE_WITH_NOT_RESOURCE', 'named', 'not-resource');
/** PASS_ROLE_WITH_STAR_IN_ACTION_AND_NOT_RESOURCE: `iam:*` (or `*`) with NotResource. */
export const passRoleWithStarInActionAndNotResource = pass('PASS_ROLE_WITH_STAR_IN_ACTION_AND_NOT_RESOURCE', 'star', 'not-resource');
/** PASS_ROLE_WITH_NOT_ACTION_AND_NOT_RESOURCE: NotAction leaving iam:PassRole in, with NotResource. */
export const passRoleWithNotActionAndNotResource = pass('PASS_ROLE_WITH_NOT_ACTION_AND_NOT_RESOURCE', 'not-action', 'not-resource');
