/**
 * ALLOW/DENY(_NOT_ACTION)_WITH_UNSUPPORTED_TAG_CONDITION_KEY_FOR_SERVICE: a global tag key
 * (`aws:ResourceTag/...`, `aws:RequestTag/...`, `aws:TagKeys`) beside actions of services that never
 * put it in the request context. A condition that does not match an absent key (a positive operator
 * without IfExists, `Null` with `false`) is then false, so the statement never applies to those
 * actions. One that matches an absent key (negated, IfExists, ForAllValues, `Null` with `true`)
 * applies to them whatever their tags: Access Analyzer warns against those as workarounds, not here.
 */
import type { Severity } from '../types.js';
import type { ConditionEntry, LintRule, StatementFacts } from '../context.js';
import { normaliseKey, patternKeys } from '../catalog-cache.js';
import { ALL_KINDS, show } from '../helpers.js';
import { matchesMissingKey } from '../../model/operators.js';

const TAG_KEYS = ['aws:resourcetag/{}', 'aws:requesttag/{}', 'aws:tagkeys'];

const isTagKey = (lower: string): boolean => lower.startsWith('aws:resourcetag/') || lower.startsWith('aws:requesttag/') || lower === 'aws:tagkeys';
const NONE: readonly ConditionEntry[] = [];

/**
 * `Null: false` or `StringLike` with only `"*"`: a test that the tag is present (EQUIVALENT_TO_NULL_FALSE),
 * which Access Analyzer does not report here (AmazonDataZoneEnvironmentRolePermissionsBoundary,
 * AWSSupplyChainFederationAdminAccess).
 */
const presenceTest = (c: ConditionEntry): boolean => c.op!.base === 'Null' || (c.op!.compare === 'like' && c.values.every((v) => v === '*'));

function tagKeys(s: StatementFacts): readonly ConditionEntry[] {
  if (!s.conditions.some((c) => isTagKey(c.keyLower))) return NONE;
  const seen = new Set<string>();
  return s.conditions.filter((c) => {
    const lower = c.keyLower;
    if (!isTagKey(lower) || c.op === undefined || matchesMissingKey(c.op, c.values) || presenceTest(c)) return false;
    if (!TAG_KEYS.includes(normaliseKey(c.info?.key ?? c.key)) || seen.has(lower)) return false;
    seen.add(c.keyLower);
    return true;
  });
}

/**
 * What in the statement never carries the key: each named action that does not document it
 * (Access Analyzer "returns findings for the service actions that are not supported": S3 supports
 * aws:ResourceTag for a subset of its resources, so a named action counts by itself, whatever the
 * statement's other entries), and each service whose wildcard entries all match no action that
 * documents it (one that does, such as `ssm:Get*`, applies to those): the actions first, then the services.
 */
function unsupported(s: StatementFacts, key: string): { readonly actions: readonly string[]; readonly services: readonly string[] } {
  const actions: string[] = [];
  const wildcards = new Map<string, boolean>();
  for (const a of s.actionTexts) {
    if (a.serviceWildcard || a.data.actions.length === 0) continue;
    const ok = patternKeys(a.lower).has(key);
    if (!a.wildcard) {
      if (!ok && !actions.includes(a.raw)) actions.push(a.raw);
    } else wildcards.set(a.service, (wildcards.get(a.service) ?? false) || ok);
  }
  return { actions, services: [...wildcards].filter(([, ok]) => !ok).map(([svc]) => svc) };
}

function tagRule(code: string, effect: 'Allow' | 'Deny', element: 'Action' | 'NotAction', severity: Severity, description: string): LintRule {
  return {
    code,
    // typed-iam spelled NotAction with an underscore before it took Access Analyzer's issue codes
    ...(element === 'NotAction' ? { aliases: [code.replace('NOTACTION', 'NOT_ACTION')] } : {}),
    severity,
    description: `${description} Only conditions that are false without the key count (not negated, IfExists or ForAllValues ones, nor \`Null\` with \`true\`).`,
    kinds: ALL_KINDS,
    inspects: 'conditions',
    check(ctx, report) {
      for (const s of ctx.statements) {
        if (s.statement.Effect !== effect || s.actionElement !== element) continue;
        for (const c of tagKeys(s)) {
          const key = normaliseKey(c.info?.key ?? c.key);
          if (element === 'NotAction') {
            report(c.path, `${show(c.key)} is absent from the request context of services without tag support, so this ${effect} statement ${effect === 'Deny' ? 'does not deny' : 'does not allow'} their actions (NotAction covers them all); list the actions instead.`);
            continue;
          }
          const { actions, services } = unsupported(s, key);
          if (actions.length + services.length === 0) continue;
          const one = actions.length === 1 && services.length === 0;
          report(
            c.path,
            `${show(c.key)} is never in the request context of ${[...actions.map(show), ...services.map((svc) => `${show(svc)} actions`)].join(', ')}, so this ${effect} statement ${effect === 'Deny' ? 'does not deny' : 'does not allow'} ${one ? 'it; move it' : 'them; move those actions'} to a statement without this key.`,
          );
        }
      }
    },
  };
}

/** DENY_WITH_UNSUPPORTED_TAG_CONDITION_KEY_FOR_SERVICE */
export const denyWithUnsupportedTagConditionKeyForService = tagRule(
  'DENY_WITH_UNSUPPORTED_TAG_CONDITION_KEY_FOR_SERVICE',
  'Deny',
  'Action',
  'security',
  'A Deny statement conditions on a global tag key (`aws:ResourceTag/...`, `aws:RequestTag/...`, `aws:TagKeys`) that the listed actions of some service never carry, so those actions are not denied.',
);
/** DENY_NOTACTION_WITH_UNSUPPORTED_TAG_CONDITION_KEY_FOR_SERVICE */
export const denyNotActionWithUnsupportedTagConditionKeyForService = tagRule(
  'DENY_NOTACTION_WITH_UNSUPPORTED_TAG_CONDITION_KEY_FOR_SERVICE',
  'Deny',
  'NotAction',
  'security',
  'A Deny statement with NotAction conditions on a global tag key; actions of the many services without tag support are not denied.',
);
/** ALLOW_WITH_UNSUPPORTED_TAG_CONDITION_KEY_FOR_SERVICE */
export const allowWithUnsupportedTagConditionKeyForService = tagRule(
  'ALLOW_WITH_UNSUPPORTED_TAG_CONDITION_KEY_FOR_SERVICE',
  'Allow',
  'Action',
  'suggestion',
  'An Allow statement conditions on a global tag key that the listed actions of some service never carry, so it never allows those actions.',
);
/** ALLOW_NOTACTION_WITH_UNSUPPORTED_TAG_CONDITION_KEY_FOR_SERVICE */
export const allowNotActionWithUnsupportedTagConditionKeyForService = tagRule(
  'ALLOW_NOTACTION_WITH_UNSUPPORTED_TAG_CONDITION_KEY_FOR_SERVICE',
  'Allow',
  'NotAction',
  'suggestion',
  'An Allow statement with NotAction conditions on a global tag key; it never allows the actions of services without tag support.',
);
