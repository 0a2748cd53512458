import type { LintRule } from '../context.js';
import { badArn } from '../../model/messages.js';
import { arnProblem } from '../../model/arn.js';

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
        if (r.raw !== '' && arnProblem(r.raw) === 'prefix') report(r.path, badArn(r.raw));
      }
  },
};
