import type { LintRule } from '../context.js';
import { badArn } from '../../model/messages.js';
import { API_SHORT_FORM, arnProblem } from '../../model/arn.js';

const RESOURCE_KINDS = ['identity', 'resource', 'boundary', 'scp', 'rcp', 'session', 'endpoint'] as const;

/** INVALID_ARN_PREFIX: a resource that is neither `*` nor starts with `arn:` (the model's `arnProblem`, as the builder checks). */
export const invalidArnPrefix: LintRule = {
  code: 'INVALID_ARN_PREFIX',
  severity: 'error',
  description: 'A Resource or NotResource entry is neither "*" nor an ARN starting with `arn:`.',
  kinds: RESOURCE_KINDS,
  check(ctx, report) {
    for (const s of ctx.statements)
      for (const r of s.resources) {
        // API Gateway's short form is valid in a resource policy (expanded to the API's ARN on save)
        if (ctx.kind === 'resource' && r.raw.startsWith(API_SHORT_FORM)) continue;
        if (r.raw !== '' && arnProblem(r.raw) === 'prefix') report(r.path, badArn(r.raw));
      }
  },
};
