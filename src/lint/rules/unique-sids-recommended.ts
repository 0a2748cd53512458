import type { LintRule } from '../context.js';
import { show } from '../helpers.js';

/** UNIQUE_SIDS_RECOMMENDED: two statements share a Sid. */
export const uniqueSidsRecommended: LintRule = {
  code: 'UNIQUE_SIDS_RECOMMENDED',
  severity: 'warning',
  description: 'Two statements of a resource-based or VPC endpoint policy share a Sid; Sids should be unique within a policy (some services, such as SNS, reject duplicates). Policy types that require unique Sids get UNIQUE_SIDS_REQUIRED instead.',
  kinds: ['resource', 'endpoint'],
  check(ctx, report) {
    const first = new Map<string, number>();
    for (const s of ctx.statements) {
      const sid = s.statement.Sid;
      if (sid === undefined || sid === '') continue;
      const at = first.get(sid);
      if (at === undefined) first.set(sid, s.index);
      else report(`${s.path}.Sid`, `Sid ${show(sid)} is already used by Statement[${at}]; give each statement its own Sid.`);
    }
  },
};
