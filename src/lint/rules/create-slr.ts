/** The CREATE_SLR_* warnings: iam:CreateServiceLinkedRole granted for every service. */
import { starVariant } from '../star-variants.js';

const RISK = 'can create service-linked roles for any service.';
const FIX = 'Name the service-linked role ARNs in Resource or add an iam:AWSServiceName condition listing the services (StringEquals, no wildcards).';
/**
 * A pattern in iam:AWSServiceName does not exempt: Access Analyzer reports AlexaForBusinessFullAccess's
 * StringLike "*a4b.amazonaws.com" (policy check reference, CREATE_SLR_WITH_STAR_IN_RESOURCE, "AWS managed
 * policies with this general warning").
 */
const slr = (code: string, reach: 'named' | 'star' | 'not-action', where: 'star' | 'not-resource') =>
  starVariant('iam:CreateServiceLinkedRole', { code, reach, where }, 'warning', ['iam:awsservicename'], RISK, FIX, true);

/** CREATE_SLR_WITH_STAR_IN_RESOURCE */
export const createSlrWithStarInResource = slr('CREATE_SLR_WITH_STAR_IN_RESOURCE', 'named', 'star');
/** CREATE_SLR_WITH_STAR_IN_ACTION_AND_RESOURCE */
export const createSlrWithStarInActionAndResource = slr('CREATE_SLR_WITH_STAR_IN_ACTION_AND_RESOURCE', 'star', 'star');
/** CREATE_SLR_WITH_STAR_IN_RESOURCE_AND_NOT_ACTION */
export const createSlrWithStarInResourceAndNotAction = slr('CREATE_SLR_WITH_STAR_IN_RESOURCE_AND_NOT_ACTION', 'not-action', 'star');
/** CREATE_SLR_WITH_NOT_RESOURCE */
export const createSlrWithNotResource = slr('CREATE_SLR_WITH_NOT_RESOURCE', 'named', 'not-resource');
/** CREATE_SLR_WITH_STAR_IN_ACTION_AND_NOT_RESOURCE */
export const createSlrWithStarInActionAndNotResource = slr('CREATE_SLR_WITH_STAR_IN_ACTION_AND_NOT_RESOURCE', 'star', 'not-resource');
/** CREATE_SLR_WITH_NOT_ACTION_AND_NOT_RESOURCE */
export const createSlrWithNotActionAndNotResource = slr('CREATE_SLR_WITH_NOT_ACTION_AND_NOT_RESOURCE', 'not-action', 'not-resource');
