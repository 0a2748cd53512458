import type { LintRule } from '../context.js';
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

/** NO_RESOURCE_LEVEL_PERMISSIONS: only actions without resource-level support, yet only specific ARNs. */
export const noResourceLevelPermissions: LintRule = {
  code: 'NO_RESOURCE_LEVEL_PERMISSIONS',
  severity: 'warning',
  description: 'Every action of the statement supports only `Resource: "*"` (no resource-level permissions) but the statement names specific ARNs, so IAM may never match it. A warning, not an error: the Service Authorization Reference lists no resource type for some actions that do accept ARNs in practice.',
  kinds: ['identity', 'resource', 'boundary', 'scp', 'rcp', 'session', 'endpoint'],
  check(ctx, report) {
    for (const s of ctx.statements) {
      if (s.actionElement !== 'Action' || s.resourceElement !== 'Resource' || s.resources.length === 0 || s.actions.length === 0 || s.anyStar) continue;
      if (s.resources.some((r) => isAnyResource(r.raw))) continue;
      if (!s.actions.every((a) => a.data.starOnly)) continue;
      const names = s.actions.map((a) => a.raw);
      report(
        `${s.path}.Resource`,
        `${names.length === 1 ? `Action ${show(names[0])} does` : `None of the actions ${names.map(show).join(', ')} do`} not support resource-level permissions (Service Authorization Reference), so the specific ARNs in Resource may never match; use "Resource": "*" (narrow with conditions instead).`,
      );
    }
  },
};
