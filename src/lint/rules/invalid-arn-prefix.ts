import type { LintRule, ResourceText } from '../context.js';
import { badArn } from '../../model/messages.js';
import { API_SHORT_FORM, arnProblem } from '../../model/arn.js';

const RESOURCE_KINDS = ['identity', 'resource', 'boundary', 'scp', 'rcp', 'session', 'endpoint'] as const;

/** The finding of a resource that is neither `*` nor starts with `arn:` (before the resource-policy exception below). */
function badPrefix(r: ResourceText): string | undefined {
  return r.raw !== '' && arnProblem(r.raw) === 'prefix' ? badArn(r.raw) : undefined;
}

/** INVALID_ARN_PREFIX: a resource that is neither `*` nor starts with `arn:` (the model's `arnProblem`, as the builder checks). */
export const invalidArnPrefix: LintRule = {
  code: 'INVALID_ARN_PREFIX',
  severity: 'error',
  description: 'A Resource or NotResource entry is neither "*" nor an ARN starting with `arn:`.',
  kinds: RESOURCE_KINDS,
  resource: badPrefix,
  check(ctx, report) {
    for (const s of ctx.statements)
      for (let i = 0; i < s.resourceTexts.length; i++) {
        const r = s.resourceTexts[i]!;
        // API Gateway's short form is valid in a resource policy (expanded to the API's ARN on save)
        if (ctx.kind === 'resource' && r.raw.startsWith(API_SHORT_FORM)) continue;
        const message = badPrefix(r);
        if (message !== undefined) report(s.resources[i]!.path, message);
      }
  },
};
