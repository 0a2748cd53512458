import { eachResource, type LintRule, type ResourceText } from '../context.js';
import { show } from '../helpers.js';

/** The finding of an ARN with upper-case letters in its service field. */
function badServiceCase(r: ResourceText): string | undefined {
  const f = r.arn;
  if (f === undefined || f.service === f.service.toLowerCase()) return undefined;
  return `ARN ${show(r.raw)} has service ${show(f.service)}; write it in lower case: ${show(f.service.toLowerCase())}.`;
}

/** INVALID_ARN_SERVICE_CASE: upper-case letters in the service field of an ARN. */
export const invalidArnServiceCase: LintRule = {
  code: 'INVALID_ARN_SERVICE_CASE',
  severity: 'error',
  description: 'The service field of an ARN must be lower case, as the service prefix is written (Access Analyzer: "including capitalization"); evaluate reads an Allow on such an ARN as granting nothing.',
  kinds: ['identity', 'resource', 'boundary', 'scp', 'rcp', 'session', 'endpoint'],
  inspects: 'arns',
  resource: badServiceCase,
  check: eachResource(badServiceCase),
};
