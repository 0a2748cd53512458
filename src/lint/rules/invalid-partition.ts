import { eachResource, type LintRule, type ResourceText } from '../context.js';
import { hasVariable, hasWildcard, PARTITIONS, show } from '../helpers.js';
import { wildcardMatch } from '../../model/match.js';

/** The finding of an ARN whose partition is not an AWS partition. */
function badPartition(r: ResourceText): string | undefined {
  const f = r.arn;
  if (f === undefined || f.partition === '' || hasVariable(f.partition)) return undefined;
  const p = f.partition;
  const ok = hasWildcard(p) ? PARTITIONS.some((x) => wildcardMatch(p, x, false)) : PARTITIONS.includes(p);
  return ok ? undefined : `ARN ${show(r.raw)} names partition ${show(p)}, which does not exist; use "aws" (or aws-cn, aws-us-gov, ...).`;
}

/** INVALID_PARTITION: an ARN partition that is not an AWS partition. */
export const invalidPartition: LintRule = {
  code: 'INVALID_PARTITION',
  severity: 'error',
  description: 'An ARN names a partition other than aws, aws-cn, aws-us-gov, aws-iso, aws-iso-b, aws-iso-e, aws-iso-f or aws-eusc.',
  kinds: ['identity', 'resource', 'boundary', 'scp', 'rcp', 'session', 'endpoint'],
  inspects: 'arns',
  resource: badPartition,
  check: eachResource(badPartition),
};
