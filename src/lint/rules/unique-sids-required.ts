import { eachRepeatedSid, kindRules } from '../../model/kinds.js';
import { POLICY_KINDS, type PolicyKind } from '../../model/policy-document.js';
import type { LintContext, LintRule, StatementFacts } from '../context.js';
import { show } from '../helpers.js';

/** Kinds stored by IAM or Organizations, which reject a policy whose Sids repeat (the model's kind rules). */
export const UNIQUE_SID_KINDS: readonly PolicyKind[] = POLICY_KINDS.filter((k) => kindRules[k].uniqueSids);

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

/** Calls `found` for each statement whose Sid an earlier statement already has (the model's rule). */
export function repeatedSids(ctx: LintContext, found: (s: StatementFacts, sid: string, at: number) => void): void {
  eachRepeatedSid(ctx.document.Statement, (i, sid, at) => found(ctx.statements[i]!, sid, at));
}
