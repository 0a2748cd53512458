/**
 * The six checks Access Analyzer runs for one sensitive action (iam:PassRole, iam:CreateServiceLinkedRole):
 * the action named or matched by a wildcard (or left in by NotAction), on `*` or with NotResource.
 */
import type { Severity } from './types.js';
import { narrowsKey, shared, type LintContext, type LintRule, type StatementFacts } from './context.js';
import { show } from './helpers.js';
import { patternCovers, wildcardMatch } from '../model/match.js';
import { entryComponents, SHORT_ARNS, shortEntryPadded, type ShortArnMode } from '../model/arn.js';
import { BoundedCache } from '../model/bounded-cache.js';

/** How a statement reaches the action. */
type Reach = 'named' | 'star' | 'not-action';
/** How a statement names the resources. */
type Where = 'star' | 'not-resource';

/**
 * True when the Resource entry matches every IAM role ARN (both actions act on `role` resources),
 * reading it as evaluate does (the model's {@link entryComponents} and {@link shortEntryPadded}):
 * `*`; a short ARN the policy type pads with wildcards (`arn:*`, `arn:aws:iam::*` in an identity
 * policy); or an ARN whose service matches `iam`, whose Region matches the empty Region of IAM ARNs
 * and whose resource part covers every role name `role/?*` (`role/*`, `role*`, `rol?/*`, `*`), in any account. A path
 * or name prefix (`role/app-*`) narrows it; so does another service or resource type
 * (`arn:aws:s3:::bucket/*`, `user/*`), which names no role.
 */
function reachesEveryRole(raw: string, mode: ShortArnMode, version: string): boolean {
  if (raw === '*') return true;
  const parts = entryComponents(raw, version);
  if (parts.length < 6) {
    // compared with the whole resource text
    if (!shortEntryPadded(raw, mode)) return patternCovers(raw, 'arn:*:iam::*:role/?*', false);
    while (parts.length < 6) parts.push('*');
  }
  return (
    wildcardMatch(parts[0]!, 'arn', false) &&
    wildcardMatch(parts[2]!, 'iam', true) &&
    wildcardMatch(parts[3]!, '', true) &&
    patternCovers(parts[5]!, 'role/?*', false)
  );
}

/** One Allow statement that reaches the action on every resource (or with NotResource). */
interface Hit {
  readonly s: StatementFacts;
  readonly how: Reach;
  readonly raw: string;
  readonly where: Where;
  readonly path: string;
  /** The resource entry that reaches every role (for `star`). */
  readonly resource: string;
}

/**
 * The computation of the hits of each action, one function per action (the key of {@link shared}).
 * Keyed by the actions the rules name, so it never reaches its bound.
 */
const hitsOf = new BoundedCache<string, (ctx: LintContext) => readonly Hit[]>(64);

/** The statements that reach `action` on `*` or with NotResource, found once per policy for the six variants of the action. */
function hits(ctx: LintContext, action: string): readonly Hit[] {
  return shared(ctx, hitsOf.remember(action, hitsComputation));
}

function hitsComputation(action: string): (ctx: LintContext) => readonly Hit[] {
  const lower = action.toLowerCase();
  const service = lower.slice(0, lower.indexOf(':'));
  return (c) => {
    const out: Hit[] = [];
    for (const s of c.statements) {
      if (s.statement.Effect !== 'Allow') continue;
      const r = computeReach(s, action, lower, service);
      if (r === undefined) continue;
      const w = where(s, SHORT_ARNS[c.kind as keyof typeof SHORT_ARNS] ?? 'never', c.document.Version);
      if (w !== undefined) out.push({ s, how: r.how, raw: r.raw, ...w });
    }
    return out;
  };
}

function computeReach(s: StatementFacts, action: string, lower: string, service: string): { how: Reach; raw: string } | undefined {
  if (s.actionElement === 'Action') {
    // a named entry wins over a wildcard one wherever it stands
    let star: string | undefined;
    for (const a of s.actionTexts) {
      if (!a.wildcard) {
        if (a.lower === lower) return { how: 'named', raw: a.raw };
      } else if (star === undefined && (a.star || a.serviceWildcard || a.service === service) && wildcardMatch(a.raw, action)) star = a.raw;
    }
    return star === undefined ? undefined : { how: 'star', raw: star };
  }
  if (s.actionElement === 'NotAction' && !s.actionTexts.some((a) => (a.star || a.serviceWildcard || a.service === service) && wildcardMatch(a.raw, action))) return { how: 'not-action', raw: 'NotAction' };
  return undefined;
}

function where(s: StatementFacts, mode: ShortArnMode, version: string): { where: Where; path: string; resource: string } | undefined {
  if (s.resourceElement === 'NotResource') return { where: 'not-resource', path: `${s.path}.NotResource`, resource: '' };
  const star = s.resourceTexts.findIndex((r) => reachesEveryRole(r.raw, mode, version));
  return star < 0 ? undefined : { where: 'star', path: s.resources[star]!.path, resource: s.resourceTexts[star]!.raw };
}

/** One variant: its code and the shape of statement it reports. */
export interface Variant {
  readonly code: string;
  readonly reach: Reach;
  readonly where: Where;
}

/**
 * Builds the rule of one variant. `exempt` names condition keys (lower case) that make the statement
 * fine; with `literal`, only when they list values without wildcards (see {@link narrowsKey}).
 */
export function starVariant(action: string, v: Variant, severity: Severity, exempt: readonly string[], risk: string, fix: string, literal = false): LintRule {
  const reachText = v.reach === 'named' ? `\`${action}\`` : v.reach === 'star' ? `a wildcard action that matches \`${action}\`` : `NotAction that leaves \`${action}\` in`;
  const whereText = v.where === 'star' ? 'on every role (`"*"`, `arn:aws:iam::*:role/*`, or a short ARN the policy type pads with wildcards, `arn:*`)' : 'with NotResource';
  return {
    code: v.code,
    severity,
    description: `An Allow statement grants ${reachText} ${whereText}${exempt.length > 0 ? ` without a condition that limits \`${exempt[0]}\` to listed values` : ''}: ${risk}`,
    kinds: ['identity', 'resource'],
    check(ctx, report) {
      for (const h of hits(ctx, action)) {
        if (h.how !== v.reach || h.where !== v.where) continue;
        // IfExists does not exempt, though the action always carries the key: Access Analyzer reports
        // AWSServiceRoleForAmazonEKSNodegroup's StringEqualsIfExists on iam:PassedToService
        if (exempt.some((k) => narrowsKey(h.s, k, false, literal))) continue;
        const what = h.how === 'not-action' ? `NotAction (which leaves ${action} allowed)` : show(h.raw);
        report(h.path, `${what} ${v.where === 'star' ? `on ${show(h.resource)}` : 'with NotResource'} ${risk} ${fix}`);
      }
    },
  };
}
