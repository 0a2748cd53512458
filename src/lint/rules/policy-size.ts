/**
 * Policy size against the quota of its size target (option `target`, default: the kind's target),
 * counted the way AWS counts, under Access Analyzer's code for the kind.
 */
import type { PolicyKind } from '../../model/policy-document.js';
import type { Severity } from '../types.js';
import type { LintRule } from '../context.js';
import { compactText } from '../../emit/emit.js';
import { countExcesses, measure, type SizeReport } from '../../emit/size.js';
import { DEFAULT_TARGET, resolveTarget } from '../../emit/size-targets.js';
import { count, fitAdvice, overLimit, quotaExcess, SEND_COMPACT } from '../../messages.js';

/** A number with an exponent (`1e5`) can grow when re-emitted; otherwise compact output is never longer than the text. */
const EXPONENT = /\d[eE][+-]?\d/;

function sizeRule(code: string, severity: Severity, kinds: readonly PolicyKind[], what: string): LintRule {
  return {
    code,
    severity,
    description: `The ${what} is larger than the quota of its size target (option \`target\`, default: the kind's default target), counted the way AWS counts (JSON text, for a target that counts whitespace, as written); AWS rejects it.`,
    kinds,
    aliases: ['POLICY_SIZE_EXCEEDS_QUOTA'],
    check(ctx, report) {
      const t = resolveTarget(ctx.target ?? DEFAULT_TARGET[ctx.kind]);
      const overBy = (r: SizeReport, as: string) => overLimit(`The ${what}${as}`, { length: r.length, limit: r.limit, unit: r.unit, target: String(r.target) });
      // the compact text: a policy's own (a parsed one keeps its source form), else the canonical emit
      const compact = (): SizeReport => {
        if (ctx.measure !== undefined) return ctx.measure(t);
        const text = compactText(ctx.document);
        return measure(text, text, t);
      };
      if (ctx.source !== undefined && t.whitespaceCounts) {
        // text input, and the target counts the text as sent (iam-reference §5): the text linted is that text
        const written = measure(ctx.source, ctx.source, t);
        if (written.fits) return;
        const c = compact();
        report('', c.fits ? `${overBy(written, ' as written')}; without whitespace it is ${count(c.length)} ${c.unit} and fits: ${SEND_COMPACT}.` : `${overBy(written, ' as written')} (${count(c.length)} without whitespace). ${fitAdvice(t.name, ctx.kind)}`);
        return;
      }
      if (ctx.source !== undefined && !EXPONENT.test(ctx.source)) {
        // upper bound: the compact text is at most the source; bytes at most 2 per character
        const bound = ctx.source.length * (t.unit === 'bytes' ? 2 : 1);
        if (bound <= t.limit) return;
      }
      const r = compact();
      if (!r.fits) report('', `${overBy(r, '')}. ${fitAdvice(t.name, ctx.kind)}`);
    },
  };
}

/** POLICY_SIZE_EXCEEDS_IDENTITY_POLICY_QUOTA (identity, boundary and session policies). */
export const policySizeExceedsIdentityPolicyQuota = sizeRule('POLICY_SIZE_EXCEEDS_IDENTITY_POLICY_QUOTA', 'warning', ['identity', 'boundary', 'session'], 'identity policy');
/** POLICY_SIZE_EXCEEDS_RESOURCE_POLICY_QUOTA (resource-based and VPC endpoint policies). */
export const policySizeExceedsResourcePolicyQuota = sizeRule('POLICY_SIZE_EXCEEDS_RESOURCE_POLICY_QUOTA', 'warning', ['resource', 'endpoint'], 'resource policy');
/** POLICY_SIZE_EXCEEDS_ROLE_TRUST_POLICY_QUOTA */
export const policySizeExceedsRoleTrustPolicyQuota = sizeRule('POLICY_SIZE_EXCEEDS_ROLE_TRUST_POLICY_QUOTA', 'warning', ['trust'], 'role trust policy');
/** POLICY_SIZE_EXCEEDS_SCP_QUOTA */
export const policySizeExceedsScpQuota = sizeRule('POLICY_SIZE_EXCEEDS_SCP_QUOTA', 'error', ['scp'], 'service control policy');
/** POLICY_SIZE_EXCEEDS_RCP_QUOTA */
export const policySizeExceedsRcpQuota = sizeRule('POLICY_SIZE_EXCEEDS_RCP_QUOTA', 'error', ['rcp'], 'resource control policy');

/**
 * POLICY_ELEMENTS_EXCEED_QUOTA: more statements, or more actions in one statement, than the size
 * target allows (its `counts`: an SQS queue policy takes 20 statements of at most 7 actions, an SNS
 * topic policy 100 statements). Runs for targets with such quotas, given with the `target` option.
 */
export const policyElementsExceedQuota: LintRule = {
  code: 'POLICY_ELEMENTS_EXCEED_QUOTA',
  severity: 'error',
  description:
    'The resource policy has more statements, or more actions in one statement, than its size target allows (option `target`: `sqs-queue` takes 20 statements of at most 7 actions each, `sns-topic` 100 statements); AWS rejects it.',
  kinds: ['resource'],
  check(ctx, report) {
    const t = resolveTarget(ctx.target ?? DEFAULT_TARGET[ctx.kind]);
    for (const x of countExcesses(ctx.document, t)) report(x.path, `The policy has ${quotaExcess(x, t.name)}`);
  },
};
