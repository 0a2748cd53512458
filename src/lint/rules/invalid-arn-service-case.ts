import type { LintRule } from '../context.js';
import { show } from '../helpers.js';

/** INVALID_ARN_SERVICE_CASE: upper-case letters in the service field of an ARN. */
export const invalidArnServiceCase: LintRule = {
  code: 'INVALID_ARN_SERVICE_CASE',
  severity: 'error',
  description: 'The service field of an ARN must be lower case; IAM compares it exactly.',
  kinds: ['identity', 'resource', 'boundary', 'scp', 'rcp', 'session', 'endpoint'],
  inspects: 'arns',
  check(ctx, report) {
    for (const s of ctx.statements)
      for (const r of s.resources) {
        const f = r.arn;
        if (f === undefined || f.service === f.service.toLowerCase()) continue;
        report(r.path, `ARN ${show(r.raw)} has service ${show(f.service)}; write it in lower case: ${show(f.service.toLowerCase())}.`);
      }
  },
};
