import type { LintRule } from '../context.js';
import { show } from '../helpers.js';

/** LEGACY_SCP_SYNTAX (opt-in): constructs SCPs rejected before the 2025-09 full IAM language. */
export const legacyScpSyntax: LintRule = {
  code: 'LEGACY_SCP_SYNTAX',
  severity: 'error',
  description: 'Opt-in: SCP constructs that AWS Organizations rejected before SCPs gained the full IAM language in September 2025 (Allow with Condition, NotAction, specific Resource or NotResource; `*` not at the end of an action). Enable it for tools that still apply the old rules.',
  kinds: ['scp'],
  optIn: true,
  check(ctx, report) {
    for (const s of ctx.statements) {
      const st = s.statement;
      if (st.Effect === 'Allow') {
        if (st.Condition !== undefined) report(`${s.path}.Condition`, 'Legacy SCP rules: an Allow statement cannot have a Condition.');
        if (st.NotAction !== undefined) report(`${s.path}.NotAction`, 'Legacy SCP rules: an Allow statement cannot use NotAction.');
        if (st.Resource !== undefined && !(st.Resource.length === 1 && st.Resource[0] === '*'))
          report(`${s.path}.Resource`, 'Legacy SCP rules: an Allow statement must use "Resource": "*".');
      }
      if (st.NotResource !== undefined) report(`${s.path}.NotResource`, 'Legacy SCP rules: NotResource is not supported.');
      for (const a of s.actions) {
        const star = a.raw.indexOf('*');
        if (a.raw.includes('?') || (star >= 0 && star !== a.raw.length - 1))
          report(a.path, `Legacy SCP rules: ${show(a.raw)} may only have "*" at the end of the action name.`);
      }
    }
  },
};
