import type { LintRule } from '../context.js';
import { show } from '../helpers.js';

/** UNSUPPORTED_SID: a Sid with characters the policy kind does not accept. */
export const unsupportedSid: LintRule = {
  code: 'UNSUPPORTED_SID',
  severity: 'error',
  description: 'In IAM policies (identity, trust, boundary, session) and SCPs/RCPs a Sid may only hold letters and digits; resource and endpoint policies accept more.',
  kinds: ['identity', 'trust', 'boundary', 'session', 'scp', 'rcp'],
  check(ctx, report) {
    for (const s of ctx.statements) {
      const sid = s.statement.Sid;
      if (sid === undefined || /^[A-Za-z0-9]*$/.test(sid)) continue;
      report(`${s.path}.Sid`, `Sid ${show(sid)} may only hold letters A-Z, a-z and digits 0-9 in ${/^([aeiou]|scp|rcp)/.test(ctx.kind) ? 'an' : 'a'} ${ctx.kind} policy; try ${show(sid.replace(/[^A-Za-z0-9]/g, ''))}.`);
    }
  },
};
