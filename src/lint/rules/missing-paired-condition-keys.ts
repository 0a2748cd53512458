import type { LintRule } from '../context.js';
import { ALL_KINDS, show } from '../helpers.js';

/**
 * Keys that are only safe beside a related key (Access Analyzer's documented pair): aws:VpcSourceIp
 * is compared within any VPC, so it needs aws:SourceVpc (or aws:SourceVpce) to name the VPC.
 */
const PAIRS: readonly { readonly key: string; readonly shown: string; readonly partners: readonly string[] }[] = [
  { key: 'aws:vpcsourceip', shown: 'aws:VpcSourceIp', partners: ['aws:sourcevpc', 'aws:sourcevpce'] },
];

/** MISSING_PAIRED_CONDITION_KEYS: a key used without the key it must be paired with. */
export const missingPairedConditionKeys: LintRule = {
  code: 'MISSING_PAIRED_CONDITION_KEYS',
  severity: 'security',
  description: 'A condition key that is overly permissive alone is used without its related key in the same statement: `aws:VpcSourceIp` matches the address in any VPC unless `aws:SourceVpc` (or `aws:SourceVpce`) names the VPC.',
  kinds: ALL_KINDS,
  decidedBy: 'Condition',
  inspects: 'conditions',
  check(ctx, report) {
    for (const s of ctx.statements)
      for (const p of PAIRS) {
        if (!s.keys.has(p.key) || p.partners.some((k) => s.keys.has(k))) continue;
        const c = s.conditions.find((x) => x.keyLower === p.key)!;
        report(c.path, `${show(p.shown)} alone matches that address in any VPC, including other accounts'; add aws:SourceVpc (or aws:SourceVpce) to the same condition block.`);
      }
  },
};
