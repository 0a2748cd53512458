import type { LintRule } from '../context.js';
import { show } from '../helpers.js';

/** MISSING_ARN_FIELD: an ARN with fewer than six fields, or an empty partition, service or resource. */
export const missingArnField: LintRule = {
  code: 'MISSING_ARN_FIELD',
  severity: 'error',
  description: 'An ARN has fewer than the six colon-separated fields, or an empty partition, service or resource field.',
  kinds: ['identity', 'resource', 'boundary', 'scp', 'rcp', 'session', 'endpoint'],
  inspects: 'arns',
  check(ctx, report) {
    for (const s of ctx.statements)
      for (const r of s.resources) {
        if (!r.isArn) continue;
        const f = r.arn;
        // a short ARN ending in a wildcard is padded with wildcards by IAM
        if (f === undefined) {
          if (r.raw.endsWith('*')) continue;
          report(r.path, `ARN ${show(r.raw)} has fewer than six fields; write arn:partition:service:region:account:resource (leave region/account empty where the service has none, e.g. "arn:aws:s3:::bucket").`);
          continue;
        }
        const empty = f.partition === '' ? 'partition' : f.service === '' ? 'service' : f.resource === '' ? 'resource' : undefined;
        if (empty !== undefined) report(r.path, `ARN ${show(r.raw)} has an empty ${empty} field; fill it in (use "*" to match any).`);
      }
  },
};
