import type { LintRule } from '../context.js';
import { ALL_KINDS, isPrivateIp, parseIp, show } from '../helpers.js';

/** PRIVATE_IP_ADDRESS: a private range under aws:SourceIp, which only holds public addresses. */
export const privateIpAddress: LintRule = {
  code: 'PRIVATE_IP_ADDRESS',
  severity: 'error',
  description: '`aws:SourceIp` only ever holds public addresses; a private range under IpAddress/NotIpAddress never matches (use `aws:VpcSourceIp`).',
  kinds: ALL_KINDS,
  check(ctx, report) {
    for (const s of ctx.statements)
      for (const c of s.conditions) {
        if (c.keyLower !== 'aws:sourceip' || c.op?.family !== 'IPAddress') continue;
        c.values.forEach((v, i) => {
          const b = parseIp(v);
          if (b !== undefined && isPrivateIp(b))
            report(c.values.length === 1 ? c.path : `${c.path}[${i}]`, `${show(v)} is a private address range, but aws:SourceIp only holds public addresses; for requests through a VPC endpoint use aws:VpcSourceIp.`);
        });
      }
  },
};
