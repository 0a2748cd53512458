/**
 * The six checks Access Analyzer runs for one sensitive action (iam:PassRole, iam:CreateServiceLinkedRole):
 * the action named or matched by a wildcard (or left in by NotAction), on `*` or with NotResource.
 */
import type { Severity } from './types.js';
import { shared, type LintContext, type LintRule, type StatementFacts } from './context.js';
import { show, splitArn } from './helpers.js';
import { hasWildcard, wildcardMatch } from '../model/match.js';
import { BoundedCache } from '../model/bounded-cache.js';

/** How a statement reaches the action. */
type Reach = 'named' | 'star' | 'not-action';
/** How a statement names the resources. */
type Where = 'star' | 'not-resource';

/** True for `*` and ARNs whose resource part is `*` or `<type>/*` (every resource of the type). */
function isStarResource(raw: string): boolean {
  if (raw === '*') return true;
  const f = splitArn(raw);
  if (f === undefined) return false;
  const slash = f.resource.indexOf('/');
  const name = slash < 0 ? f.resource : f.resource.slice(slash + 1);
  return name === '*' && (slash < 0 || !hasWildcard(f.resource.slice(0, slash)));
}

/** One Allow statement that reaches the action on every resource (or with NotResource). */
interface Hit {
  readonly s: StatementFacts;
  readonly how: Reach;
  readonly raw: string;
  readonly where: Where;
  readonly path: string;
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
      const w = where(s);
      if (w !== undefined) out.push({ s, how: r.how, raw: r.raw, where: w.where, path: w.path });
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

function where(s: StatementFacts): { where: Where; path: string } | undefined {
  if (s.resourceElement === 'NotResource') return { where: 'not-resource', path: `${s.path}.NotResource` };
  const star = s.resourceTexts.findIndex((r) => isStarResource(r.raw));
  return star < 0 ? undefined : { where: 'star', path: s.resources[star]!.path };
}

/** One variant: its code and the shape of statement it reports. */
export interface Variant {
  readonly code: string;
  readonly reach: Reach;
  readonly where: Where;
}

/** Builds the rule of one variant. `exempt` names condition keys (lower case) that make the statement fine. */
export function starVariant(action: string, v: Variant, severity: Severity, exempt: readonly string[], risk: string, fix: string): LintRule {
  const reachText = v.reach === 'named' ? `\`${action}\`` : v.reach === 'star' ? `a wildcard action that matches \`${action}\`` : `NotAction that leaves \`${action}\` in`;
  const whereText = v.where === 'star' ? 'on `"*"` (or every resource of the type)' : 'with NotResource';
  return {
    code: v.code,
    severity,
    description: `An Allow statement grants ${reachText} ${whereText}${exempt.length > 0 ? ` without a \`${exempt[0]}\` condition` : ''}: ${risk}`,
    kinds: ['identity', 'resource'],
    check(ctx, report) {
      for (const h of hits(ctx, action)) {
        if (h.how !== v.reach || h.where !== v.where) continue;
        if (exempt.some((k) => h.s.keys.has(k))) continue;
        const what = h.how === 'not-action' ? `NotAction (which leaves ${action} allowed)` : show(h.raw);
        report(h.path, `${what} ${v.where === 'star' ? 'on "*"' : 'with NotResource'} ${risk} ${fix}`);
      }
    },
  };
}
