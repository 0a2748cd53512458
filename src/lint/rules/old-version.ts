import type { LintRule } from '../context.js';
import { ALL_KINDS } from '../helpers.js';

/** OLD_VERSION: `"Version": "2008-10-17"` written explicitly. */
export const oldVersion: LintRule = {
  code: 'OLD_VERSION',
  severity: 'warning',
  description: 'The policy uses the legacy 2008-10-17 language version, which has no policy variables.',
  kinds: ALL_KINDS,
  check(ctx, report) {
    if (ctx.versionWritten !== false && ctx.document.Version === '2008-10-17')
      report('Version', 'Version "2008-10-17" is the legacy language version without policy variables; use "2012-10-17".');
  },
};
