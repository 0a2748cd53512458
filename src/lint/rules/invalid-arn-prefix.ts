import type { LintRule } from '../context.js';
import { show } from '../helpers.js';

const RESOURCE_KINDS = ['identity', 'resource', 'boundary', 'scp', 'rcp', 'session', 'endpoint'] as const;

/** True for resources made only of wildcards (`*`, `*:*`). */
export function onlyWildcards(r: string): boolean {
  for (let i = 0; i < r.length; i++) if (r[i] !== '*' && r[i] !== '?' && r[i] !== ':') return false;
  return true;
}

/** INVALID_ARN_PREFIX: a resource that is neither `*` nor starts with `arn:`. */
export const invalidArnPrefix: LintRule = {
  code: 'INVALID_ARN_PREFIX',
  severity: 'error',
  description: 'A Resource or NotResource entry is neither "*" nor an ARN starting with `arn:`.',
  kinds: RESOURCE_KINDS,
  check(ctx, report) {
    for (const s of ctx.statements)
      for (const r of s.resources) {
        if (onlyWildcards(r.raw) || r.raw.startsWith('arn:') || r.raw.startsWith('${')) continue;
        report(r.path, `Resource ${show(r.raw)} is not an ARN; write "arn:partition:service:region:account:resource" or "*".`);
      }
  },
};
