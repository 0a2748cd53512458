import { eachResource, type LintRule, type ResourceText } from '../context.js';
import { show } from '../helpers.js';
import { isPolicyPartition } from '../../model/arn.js';

/** The finding of an ARN whose partition is not an AWS partition. */
function badPartition(r: ResourceText): string | undefined {
  const f = r.arn;
  if (f === undefined || f.partition === '' || isPolicyPartition(f.partition)) return undefined;
  return `ARN ${show(r.raw)} names partition ${show(f.partition)}, which does not exist; use "aws" (or aws-cn, aws-us-gov, ...).`;
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
