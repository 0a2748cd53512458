import { normaliseKey, patternKeys } from '../catalog-cache.js';
import { noIamUserCaller } from '../callers.js';
import { ACTION_FLAGS, type LintRule } from '../context.js';
import { ALL_KINDS, show } from '../helpers.js';
import { matchesMissingKey, type ParsedOperator } from '../../model/operators.js';
import type { ConditionValue } from '../../model/policy-document.js';

/**
 * Federation keys AWS documents as in the request context of later requests made with the session's
 * credentials, whatever the action, though the Service Authorization Reference lists them for sts's
 * AssumeRoleWithSAML / AssumeRoleWithWebIdentity only. IAM User Guide, "Cross-service SAML-based AWS STS
 * federation context keys": `saml:namequalifier`, `saml:sub`, `saml:sub_type` "can be used in subsequent
 * requests to authorize AWS operations in other services" (its SAML page grants s3:GetObject on a condition
 * on `saml:sub_type`); "Cross-service AWS web identity federation context keys": amr, aud, id and sub, whose
 * entries name these keys.
 */
const SESSION_KEYS: ReadonlySet<string> = new Set([
  'saml:namequalifier',
  'saml:sub',
  'saml:sub_type',
  'cognito-identity.amazonaws.com:amr',
  'cognito-identity.amazonaws.com:aud',
  'cognito-identity.amazonaws.com:sub',
  'accounts.google.com:aud',
  'accounts.google.com:sub',
  'graph.facebook.com:app_id',
  'graph.facebook.com:id',
  'www.amazon.com:app_id',
  'www.amazon.com:user_id',
]);

/** What a condition on a key the request never holds does, by its operator (the missing-key table). */
function absentEffect(op: ParsedOperator | undefined, values: readonly ConditionValue[], deny: boolean): string {
  if (op === undefined) return 'the condition reads a key that is never there.';
  if (!matchesMissingKey(op, values)) return `${show(op.name)} never matches a missing key, so the statement never applies.`;
  return `${show(op.name)} matches a missing key, so the condition restricts nothing${deny ? ' and the Deny applies without it' : ''}.`;
}

/** IRRELEVANT_CONDITION_KEY: a service key that no action of the statement supports. */
export const irrelevantConditionKey: LintRule = {
  code: 'IRRELEVANT_CONDITION_KEY',
  severity: 'warning',
  description:
    'A service condition key applies to none of the actions of the statement, so it is never in the request context (global `aws:` keys are not checked, but for `aws:username` in a session policy, a role\'s inline policy, target `inline-role`, or a managed policy attached only to roles, option `attachedTo: [\'role\']`: only IAM users\' requests carry it). Keys the Service Authorization Reference lists for their service but ties to no action or resource type of it are not checked either: the Reference cannot say which actions they apply to (`states:HTTPEndpoint`, which the Step Functions guide gives for `states:InvokeHTTPEndpoint`; `codebuild:projectArn`, which CodeBuild sets on requests made with a build\'s credentials, whatever the action). Nor are the federation keys the IAM User Guide lists as available in later requests of a federated session ("cross-service" SAML and web identity keys: `saml:sub`, `saml:sub_type`, `saml:namequalifier`, `cognito-identity.amazonaws.com:sub`, `accounts.google.com:aud`, ...), which its SAML page uses in a policy granting `s3:GetObject`.',
  kinds: ALL_KINDS,
  inspects: 'conditions',
  check(ctx, report) {
    const users = noIamUserCaller(ctx);
    for (const s of ctx.statements) {
      if (s.conditions.length === 0) continue;
      // a key no caller of this policy sends, whatever the actions
      if (users !== undefined)
        for (const c of s.conditions)
          if (c.keyLower === 'aws:username')
            report(
              c.path,
              `Condition key ${show(c.key)} is never in the request context here: only IAM users' requests carry it (this is ${users}). ${absentEffect(c.op, c.values, s.statement.Effect === 'Deny')} Compare aws:userid (role-id:session-name for a role session) or a principal tag instead.`,
            );
      if (s.actionElement !== 'Action') continue;
      // every entry matches actions (no entry is `*` here: the statement has no service wildcard)
      if (s.anyServiceWildcard || (s.actionTexts.length > 0 && (s.everyActionFlags & ACTION_FLAGS.matched) === 0)) continue;
      for (const c of s.conditions) {
        if (c.keyLower.startsWith('aws:')) continue;
        const info = c.info;
        if (info === undefined || info.global || SESSION_KEYS.has(c.keyLower)) continue;
        const k = normaliseKey(info.key);
        if (s.actionTexts.some((a) => patternKeys(a.lower).has(k))) continue;
        // a key the Reference ties to no action (nor resource type) of its service: which actions it applies to is unknown
        if (!info.services.some((service) => patternKeys(`${service}:*`).has(k))) continue;
        report(
          c.path,
          `Condition key ${show(c.key)} applies to none of the actions ${s.actionTexts.slice(0, 5).map((a) => show(a.raw)).join(', ')}${s.actionTexts.length > 5 ? ', ...' : ''}, so it is never in their request context: ${absentEffect(c.op, c.values, s.statement.Effect === 'Deny')} Move it to a statement whose actions support it.`,
        );
      }
    }
  },
};
