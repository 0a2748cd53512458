import { ACTION_FLAGS, type LintRule } from '../context.js';
import { show } from '../helpers.js';

/** True for `*` and ARN patterns made only of wildcards (`arn:*:*:*:*:*`). */
function isAnyResource(r: string): boolean {
  if (r === '*') return true;
  for (let i = 0; i < r.length; i++) {
    const c = r[i];
    if (c !== '*' && c !== ':' && c !== '?') return r.startsWith('arn:') && /^arn:[*?:]*$/.test(r);
  }
  return true;
}

/**
 * NO_RESOURCE_LEVEL_PERMISSIONS (ours, not an Access Analyzer check): only actions for which the
 * Service Authorization Reference lists no resource type, yet only specific ARNs. IAM authorizes such
 * actions against `*`, so the ARNs do not match, unless the reference is incomplete for the action
 * (it is for some: `logs:DescribeLogGroups` and `ssmmessages:OpenDataChannel` accept ARNs), hence a
 * suggestion.
 */
export const noResourceLevelPermissions: LintRule = {
  code: 'NO_RESOURCE_LEVEL_PERMISSIONS',
  severity: 'suggestion',
  description: 'Ours, not an Access Analyzer check. The Service Authorization Reference lists no resource type for any action of the statement (they are authorized against `Resource: "*"`), yet the statement names only specific ARNs, so it may not grant them. A suggestion: the reference omits resource types for some actions that accept ARNs in practice (`logs:DescribeLogGroups`, `ssmmessages:OpenDataChannel`).',
  kinds: ['identity', 'resource', 'boundary', 'scp', 'rcp', 'session', 'endpoint'],
  check(ctx, report) {
    for (const s of ctx.statements) {
      if (s.actionElement !== 'Action' || s.resourceElement !== 'Resource' || s.resourceTexts.length === 0 || s.actionTexts.length === 0 || s.anyStar) continue;
      if ((s.everyActionFlags & ACTION_FLAGS.starOnly) === 0) continue;
      if (s.resourceTexts.some((r) => isAnyResource(r.raw))) continue;
      const names = s.actionTexts.map((a) => a.raw);
      report(
        `${s.path}.Resource`,
        `${names.length === 1 ? `Action ${show(names[0])} has no resource type` : `None of the actions ${names.map(show).join(', ')} has a resource type`} in the Service Authorization Reference, so IAM authorizes ${names.length === 1 ? 'it' : 'them'} against "*" and the specific ARNs in Resource may not match; use "Resource": "*" (narrow with conditions instead) unless the service documents ARNs for ${names.length === 1 ? 'this action' : 'these actions'}.`,
      );
    }
  },
};
