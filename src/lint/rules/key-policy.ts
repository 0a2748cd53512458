/**
 * KEY_POLICY_LOCKOUT (ours): AWS KMS refuses a key policy that would not let the principal setting it
 * update it again. KMS API reference, CreateKey and PutKeyPolicy, `Policy`: "The key policy must allow
 * the calling principal to make a subsequent PutKeyPolicy request on the KMS key. This reduces the risk
 * that the KMS key becomes unmanageable"; the refusal reads "The new key policy will not allow you to
 * update the key policy in the future" (MalformedPolicyDocumentException), unless the request sets
 * `BypassPolicyLockoutSafetyCheck`. The caller is an IAM principal of the key's account that lint does
 * not know, so the rule reports only a policy that lets no IAM principal at all call
 * `kms:PutKeyPolicy` (conditions read as met, any Resource as the key's), or that denies it to
 * everyone without a condition: no caller passes the check.
 */
import type { LintRule } from '../context.js';
import type { Statement } from '../../model/policy-document.js';
import { wildcardMatch } from '../../model/match.js';
import { isPublicPrincipal } from '../helpers.js';

const PUT = 'kms:PutKeyPolicy';

/** Does the statement's Action (or NotAction) reach kms:PutKeyPolicy? */
function reachesPut(s: Statement): boolean {
  if (s.Action !== undefined) return s.Action.some((a) => wildcardMatch(a, PUT));
  return s.NotAction !== undefined && !s.NotAction.some((a) => wildcardMatch(a, PUT));
}

/** May the statement's Resource (or NotResource) be the key? Any Resource may (the key's ARN is not known); a NotResource of `*` is none. */
function mayBeKey(s: Statement): boolean {
  if (s.Resource !== undefined) return s.Resource.length > 0;
  return s.NotResource !== undefined && !s.NotResource.includes('*');
}

/** May the statement's principal be an IAM principal (a role, a user, a session of the key's account)? */
function mayBeIamPrincipal(s: Statement): boolean {
  return s.NotPrincipal !== undefined || isPublicPrincipal(s.Principal) || (s.Principal !== undefined && s.Principal !== '*' && (s.Principal.AWS ?? []).length > 0);
}

export const keyPolicyLockout: LintRule = {
  code: 'KEY_POLICY_LOCKOUT',
  severity: 'error',
  description:
    'A KMS key policy lets no IAM principal call `kms:PutKeyPolicy` (or denies it to everyone): KMS refuses it at CreateKey and PutKeyPolicy ("The new key policy will not allow you to update the key policy in the future"), as the key would become unmanageable. Checked for key policies only (target `kms-key`).',
  kinds: ['resource'],
  // the caller may be any statement's: a value a reader cannot see anywhere may be the one that allows it
  decidedBy: 'Document',
  check(ctx, report) {
    const target = typeof ctx.target === 'string' ? ctx.target : ctx.target?.name;
    if (target !== 'kms-key') return;
    const statements = ctx.statements.map((f) => f.statement);
    // everyone denied without a condition: no caller passes, whatever is allowed
    const denied = ctx.statements.find(({ statement: s }) => s.Effect === 'Deny' && s.Condition === undefined && isPublicPrincipal(s.Principal) && reachesPut(s) && (s.Resource ?? []).includes('*'));
    if (denied !== undefined) {
      report(denied.path, `This statement denies ${PUT} to everyone, so KMS refuses the key policy (CreateKey, PutKeyPolicy: "The key policy must allow the calling principal to make a subsequent PutKeyPolicy request"): leave ${PUT} out of it, or limit it with a condition that spares the key's administrators.`);
      return;
    }
    if (statements.some((s) => s.Effect === 'Allow' && reachesPut(s) && mayBeKey(s) && mayBeIamPrincipal(s))) return;
    report(
      '',
      `No statement lets an IAM principal call ${PUT}, so KMS refuses the key policy (CreateKey, PutKeyPolicy: "The key policy must allow the calling principal to make a subsequent PutKeyPolicy request"; "The new key policy will not allow you to update the key policy in the future"): allow the account (Principal {"AWS": "arn:aws:iam::<account>:root"}) kms:* as the default key policy does, which lets IAM policies grant it, or allow the key's administrators ${PUT}.`,
    );
  },
};
