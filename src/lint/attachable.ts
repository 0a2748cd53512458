/**
 * Whether IAM would attach an AWS managed policy an ARN names (`cdk check` and `lintTerraform` read
 * attachments; both ask here). IAM refuses an ARN no policy has ("Policy ... does not exist or is not
 * attachable") and a policy for service-linked roles given to anything else ("Cannot attach a
 * Service Role Policy to a Customer Role", PolicyNotAttachable).
 */
import { awsManagedPolicy, managedPolicySource } from '../catalog/managed-policies.js';
import { managedPolicyMessages } from '../messages.js';
import type { Severity } from './types.js';

/**
 * The finding for an AWS managed policy ARN IAM would not attach, or `undefined`: one that names a
 * policy of the list, or no AWS managed policy at all (a policy of an account). A name without its
 * path, or a policy under `aws-service-role/`, is an error, in every partition (the paths are AWS's
 * in each); a name in another case, or one the list does not hold (it may be newer than the list),
 * a warning in the `aws` partition only, as typed-iam carries no other partition's list. `name`:
 * the policy's name as written, where it was given by name (AWS SAM's `Policies`), for the message.
 * (An IAM Identity Center permission set's policies are attached to the roles it makes in each
 * account: customer roles too.)
 *
 * @example
 * ```ts
 * import { unattachableManagedPolicy } from './attachable.js';
 * unattachableManagedPolicy('arn:aws:iam::aws:policy/AWSLambdaBasicExecutionRole')?.severity; // 'error'
 * unattachableManagedPolicy('arn:aws:iam::aws:policy/ReadOnlyAccess'); // undefined
 * ```
 */
export function unattachableManagedPolicy(arn: string, name?: string): { readonly severity: Severity; readonly message: string } | undefined {
  const m = /^arn:(aws(?:-[a-z]+)*):iam::aws:policy\/(.+)$/.exec(arn);
  if (m === null) return undefined;
  const partition = m[1]!;
  const found = awsManagedPolicy(m[2]!);
  // given as a name (AWS SAM's Policies): the message names it as written, and offers names
  const given = name ?? arn;
  if (found.found) return found.serviceLinked ? { severity: 'error', message: managedPolicyMessages.serviceLinkedPolicy(given) } : undefined;
  // another partition (aws-cn, aws-us-gov) has a list of its own, which typed-iam does not carry: a name
  // unknown or in another case may be its; a name the list has under a path is that policy without its path
  if (partition !== 'aws' && found.why !== 'path') return undefined;
  if (found.why === 'unknown') return { severity: 'warning', message: managedPolicyMessages.unknownManagedPolicy(given, found.near, managedPolicySource, name !== undefined) };
  return { severity: found.why === 'path' ? 'error' : 'warning', message: managedPolicyMessages.misnamedManagedPolicy(given, found.why, found.name, name !== undefined, partition) };
}
