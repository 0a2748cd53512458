import { suggestServices, didYouMean } from '../../catalog/index.js';
import { knownArnService } from '../catalog-cache.js';
import { eachResource, type LintRule, type ResourceText } from '../context.js';
import { hasWildcard, show, splitArn } from '../helpers.js';

/**
 * The service field of an ARN as written, also of a short ARN (`arn:aws:foo:*`, which IAM pads with
 * wildcards): colons inside a policy variable do not separate fields.
 */
function serviceField(r: ResourceText): string | undefined {
  if (r.arn !== undefined) return r.arn.service;
  return r.isArn ? splitArn(`${r.raw}:::::`)?.service : undefined;
}

/**
 * Service fields that the reference still prints in an ARN format although the service is retired
 * and Access Analyzer says it does not exist. Amazon Elastic Inference (end of life 2024; its own
 * `elastic-inference` service page is gone) survives in EC2's `elastic-inference` resource type of
 * ec2:RunInstances; ValidatePolicy reports BatchServiceRolePolicy's
 * `arn:aws:elastic-inference:*:*:elastic-inference-accelerator/*` as "The service elastic-inference
 * does not exist" (zoph-io/MAMIP's published findings, its only INVALID_SERVICE).
 */
const RETIRED: ReadonlySet<string> = new Set(['elastic-inference']);

/** The finding of an ARN whose service field names no service of the catalog. */
function unknownService(r: ResourceText): string | undefined {
  const service = serviceField(r);
  // empty: MISSING_ARN_FIELD; wildcards match services (WILDCARD_IN_SERVICE_NAME); a variable is known only at request time
  if (service === undefined || service === '' || hasWildcard(service) || service.includes('${')) return undefined;
  const lower = service.toLowerCase();
  // upper case in a known service is INVALID_ARN_SERVICE_CASE's finding
  if (knownArnService(lower) && !RETIRED.has(lower)) return undefined;
  return `The service ${show(service)} in ARN ${show(r.raw)} does not exist, so the entry matches no resource.${didYouMean(suggestServices(lower))} Use a valid service name, as the current ARN formats of the Service Authorization Reference write it.`;
}

/**
 * INVALID_SERVICE: the service field of a Resource or NotResource ARN names no AWS service (Access
 * Analyzer's "Invalid service": "The service ... does not exist. Use a valid service name.").
 */
export const invalidService: LintRule = {
  code: 'INVALID_SERVICE',
  severity: 'error',
  description:
    'The service field of a Resource or NotResource ARN (`arn:aws:SERVICE:...`) names no AWS service: neither a service prefix nor the service of an ARN format in the Service Authorization Reference (`arn:aws:s4:::bucket`), or a retired service the reference still prints (`elastic-inference`), so the entry matches no resource. Wildcards and policy variables in the field are not checked.',
  kinds: ['identity', 'resource', 'boundary', 'scp', 'rcp', 'session', 'endpoint'],
  inspects: 'arns',
  resource: unknownService,
  check: eachResource(unknownService),
};
