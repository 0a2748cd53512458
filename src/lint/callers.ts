/**
 * Who can make the requests a policy decides, as far as its place says: the one reading of where
 * `aws:username` is never in the request context (UNRESOLVABLE_VARIABLE, IRRELEVANT_CONDITION_KEY).
 */
import type { LintContext } from './context.js';

/**
 * Why no caller of this policy is an IAM user (so no request carries `aws:username`), or `undefined`
 * when one may be. IAM User Guide, global condition keys, aws:username: "This key is always included
 * in the request context for IAM users. Anonymous requests and requests that are made using the AWS
 * account root user or IAM roles don't include this key." A session policy caps a role session or a
 * federated user (AWS Transfer Family: "you can't use the ${aws:Username} variable in this session
 * policy"); an inline policy of a role (target `inline-role`) is a role's, and so is a managed
 * policy the caller says only roles have (option `attachedTo: ['role']`).
 */
export function noIamUserCaller(ctx: Pick<LintContext, 'kind' | 'target' | 'attachedTo'>): string | undefined {
  if (ctx.kind === 'session') return 'a session policy: it caps role sessions and federated users';
  // attached to (or the boundary of) roles only, as the caller knows; an empty list says nothing
  if (ctx.attachedTo !== undefined && ctx.attachedTo.length > 0 && ctx.attachedTo.every((e) => e === 'role')) return 'a managed policy only roles have';
  const target = typeof ctx.target === 'string' ? ctx.target : ctx.target?.name;
  return target === 'inline-role' ? "a role's inline policy" : undefined;
}
