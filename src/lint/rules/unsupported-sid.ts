import type { LintRule } from '../context.js';
import { invalidSid } from '../../model/messages.js';

/** UNSUPPORTED_SID: a Sid with characters the policy kind does not accept (the message policy factories use). */
export const unsupportedSid: LintRule = {
  code: 'UNSUPPORTED_SID',
  severity: 'error',
  description: 'In IAM policies (identity, trust, boundary, session) and SCPs/RCPs a Sid may only hold letters and digits; resource and endpoint policies accept more.',
  kinds: ['identity', 'trust', 'boundary', 'session', 'scp', 'rcp'],
  check(ctx, report) {
    for (const s of ctx.statements) {
      const sid = s.statement.Sid;
      if (sid === undefined || /^[A-Za-z0-9]*$/.test(sid)) continue;
      report(`${s.path}.Sid`, invalidSid(sid, ctx.kind));
    }
  },
};
