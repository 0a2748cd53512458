import type { LintRule } from '../context.js';
import { ALL_KINDS } from '../helpers.js';

/** MISSING_VERSION: the policy text has no Version, so IAM reads it as 2008-10-17. */
export const missingVersion: LintRule = {
  code: 'MISSING_VERSION',
  severity: 'warning',
  description: 'The policy has no Version element, so IAM uses the 2008-10-17 language (no policy variables). An error for SCPs and RCPs, which require it.',
  kinds: ALL_KINDS,
  check(ctx, report) {
    if (ctx.versionWritten !== false) return;
    const required = ctx.kind === 'scp' || ctx.kind === 'rcp';
    report('', 'The policy has no Version, so IAM reads it with the 2008-10-17 language rules; add "Version": "2012-10-17".', required ? 'error' : undefined);
  },
};
