import { normaliseKey, patternKeys } from '../catalog-cache.js';
import { ACTION_FLAGS, type LintRule } from '../context.js';
import { ALL_KINDS, show } from '../helpers.js';

/** IRRELEVANT_CONDITION_KEY: a service key that no action of the statement supports. */
export const irrelevantConditionKey: LintRule = {
  code: 'IRRELEVANT_CONDITION_KEY',
  severity: 'warning',
  description:
    'A service condition key applies to none of the actions of the statement, so it is never in the request context (global `aws:` keys are not checked). Keys the Service Authorization Reference lists for their service but ties to no action or resource type of it are not checked either: the Reference cannot say which actions they apply to (`states:HTTPEndpoint`, which the Step Functions guide gives for `states:InvokeHTTPEndpoint`; `codebuild:projectArn`, which CodeBuild sets on requests made with a build\'s credentials, whatever the action).',
  kinds: ALL_KINDS,
  inspects: 'conditions',
  check(ctx, report) {
    for (const s of ctx.statements) {
      if (s.actionElement !== 'Action' || s.conditions.length === 0) continue;
      // every entry matches actions (no entry is `*` here: the statement has no service wildcard)
      if (s.anyServiceWildcard || (s.actionTexts.length > 0 && (s.everyActionFlags & ACTION_FLAGS.matched) === 0)) continue;
      for (const c of s.conditions) {
        if (c.keyLower.startsWith('aws:')) continue;
        const info = c.info;
        if (info === undefined || info.global) continue;
        const k = normaliseKey(info.key);
        if (s.actionTexts.some((a) => patternKeys(a.lower).has(k))) continue;
        // a key the Reference ties to no action (nor resource type) of its service: which actions it applies to is unknown
        if (!info.services.some((service) => patternKeys(`${service}:*`).has(k))) continue;
        report(
          c.path,
          `Condition key ${show(c.key)} applies to none of the actions ${s.actionTexts.slice(0, 5).map((a) => show(a.raw)).join(', ')}${s.actionTexts.length > 5 ? ', ...' : ''}; with a positive operator the statement never matches. Move it to a statement whose actions support it.`,
        );
      }
    }
  },
};
