import type { PolicyKind } from '../../model/policy-document.js';
import type { LintContext, LintRule, StatementFacts } from '../context.js';
import { show } from '../helpers.js';

/** Kinds stored by IAM or Organizations, which reject a policy whose Sids repeat (iam-reference §1). */
export const UNIQUE_SID_KINDS: readonly PolicyKind[] = ['identity', 'trust', 'boundary', 'session', 'scp', 'rcp'];

/** UNIQUE_SIDS_REQUIRED: two statements share a Sid in a policy type that requires unique Sids. */
export const uniqueSidsRequired: LintRule = {
  code: 'UNIQUE_SIDS_REQUIRED',
  severity: 'error',
  description: 'Two statements share a Sid in a policy that IAM or Organizations stores (identity, trust, boundary, session, SCP, RCP), where Sids must be unique; the policy is rejected.',
  kinds: UNIQUE_SID_KINDS,
  check(ctx, report) {
    repeatedSids(ctx, (s, sid, at) => report(`${s.path}.Sid`, `Sid ${show(sid)} is already used by Statement[${at}]; this policy type requires unique Sids.`));
  },
};

/** Calls `found` for each statement whose Sid an earlier statement already has. */
export function repeatedSids(ctx: LintContext, found: (s: StatementFacts, sid: string, at: number) => void): void {
  const first = new Map<string, number>();
  for (const s of ctx.statements) {
    const sid = s.statement.Sid;
    if (sid === undefined || sid === '') continue;
    const at = first.get(sid);
    if (at === undefined) first.set(sid, s.index);
    else found(s, sid, at);
  }
}
