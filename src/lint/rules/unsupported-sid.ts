import type { LintRule } from '../context.js';
import { invalidSid } from '../../model/messages.js';
import { ALPHANUMERIC_SID, kindRules } from '../../model/kinds.js';
import { ALL_KINDS } from '../helpers.js';

/** UNSUPPORTED_SID: a Sid with characters the policy kind does not accept (the message policy factories use). */
export const unsupportedSid: LintRule = {
  code: 'UNSUPPORTED_SID',
  severity: 'error',
  description: 'In IAM policies (identity, trust, boundary, session) and SCPs/RCPs a Sid may only hold letters and digits; resource and endpoint policies accept more.',
  // the kinds whose Sid the model's kind rules restrict (policy factories refuse the same Sids)
  kinds: ALL_KINDS.filter((k) => kindRules[k].alphanumericSid),
  check(ctx, report) {
    for (const s of ctx.statements) {
      const sid = s.statement.Sid;
      if (sid === undefined || ALPHANUMERIC_SID.test(sid)) continue;
      report(`${s.path}.Sid`, invalidSid(sid, ctx.kind));
    }
  },
};
