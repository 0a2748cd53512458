import type { LintRule } from '../context.js';
import { hasVariable, hasWildcard, PARTITIONS, show } from '../helpers.js';
import { wildcardMatch } from '../../model/match.js';

/** INVALID_PARTITION: an ARN partition that is not an AWS partition. */
export const invalidPartition: LintRule = {
  code: 'INVALID_PARTITION',
  severity: 'error',
  description: 'An ARN names a partition other than aws, aws-cn, aws-us-gov, aws-iso, aws-iso-b, aws-iso-e, aws-iso-f or aws-eusc.',
  kinds: ['identity', 'resource', 'boundary', 'scp', 'rcp', 'session', 'endpoint'],
  inspects: 'arns',
  check(ctx, report) {
    for (const s of ctx.statements)
      for (const r of s.resources) {
        const f = r.arn;
        if (f === undefined || f.partition === '' || hasVariable(f.partition)) continue;
        const p = f.partition;
        const ok = hasWildcard(p) ? PARTITIONS.some((x) => wildcardMatch(p, x, false)) : PARTITIONS.includes(p);
        if (!ok) report(r.path, `ARN ${show(r.raw)} names partition ${show(p)}, which does not exist; use "aws" (or aws-cn, aws-us-gov, ...).`);
      }
  },
};
