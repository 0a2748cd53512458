import type { LintRule } from '../context.js';
import { show } from '../helpers.js';
import { badArn } from '../../model/messages.js';
import { arnProblem } from '../../model/arn.js';

/** MISSING_ARN_FIELD: an ARN with fewer than six fields (the model's `arnProblem`), or an empty partition, service or resource. */
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
        // a short ARN ending in a wildcard is padded with wildcards by IAM
        if (arnProblem(r.raw) === 'fields') {
          report(r.path, badArn(r.raw));
          continue;
        }
        const f = r.arn;
        const empty = f === undefined ? undefined : f.partition === '' ? 'partition' : f.service === '' ? 'service' : f.resource === '' ? 'resource' : undefined;
        if (empty !== undefined) report(r.path, `ARN ${show(r.raw)} has an empty ${empty} field; fill it in (use "*" to match any).`);
      }
  },
};
