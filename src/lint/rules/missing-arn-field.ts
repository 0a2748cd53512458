import { eachResource, type LintRule, type ResourceText } from '../context.js';
import { show } from '../helpers.js';
import { badArn } from '../../model/messages.js';
import { arnProblem } from '../../model/arn.js';

/** The finding of an ARN with fewer than six fields, or an empty partition, service or resource. */
function missingField(r: ResourceText): string | undefined {
  if (!r.isArn) return undefined;
  // a short ARN ending in a wildcard is padded with wildcards by IAM
  if (arnProblem(r.raw) === 'fields') return badArn(r.raw);
  const f = r.arn;
  const empty = f === undefined ? undefined : f.partition === '' ? 'partition' : f.service === '' ? 'service' : f.resource === '' ? 'resource' : undefined;
  return empty === undefined ? undefined : `ARN ${show(r.raw)} has an empty ${empty} field; fill it in (use "*" to match any).`;
}

/** MISSING_ARN_FIELD: an ARN with fewer than six fields (the model's `arnProblem`), or an empty partition, service or resource. */
export const missingArnField: LintRule = {
  code: 'MISSING_ARN_FIELD',
  severity: 'error',
  description: 'An ARN has fewer than the six colon-separated fields, or an empty partition, service or resource field.',
  kinds: ['identity', 'resource', 'boundary', 'scp', 'rcp', 'session', 'endpoint'],
  inspects: 'arns',
  resource: missingField,
  check: eachResource(missingField),
};
