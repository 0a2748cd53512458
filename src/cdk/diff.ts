/**
 * Access added and removed between two versions of a CDK app, per construct: the permissions of each
 * role, user and group (all their policies together), each trust policy and each resource policy,
 * compared by meaning with typed-iam/analyze (not by text). No aws-cdk-lib here.
 */
import { diff, type AccessRow, type Reason } from '../analyze/index.js';
import { analyzeMessages } from '../analyze/messages.js';
import { analyzeClock, deadlineOf } from '../analyze/regions.js';
import type { PolicySet } from '../evaluate/types.js';
import { IamPolicyError } from '../errors.js';
import type { PolicyKind } from '../model/policy-document.js';
import { expanded, findPolicies, policySet, readContext, readDocument, type TemplateCheckOptions } from './template.js';
import { isIntrinsic, type Template, type TemplateValue } from './tokens.js';

/** A template to compare, with what is known about its stack. */
export interface DiffStack {
  readonly name: string;
  readonly template: Template;
  readonly options?: TemplateCheckOptions;
}

/** The access one construct gained or lost. */
export interface AccessChange {
  readonly stack: string;
  /** Construct path of the principal (role, user, group) or of the resource whose policy changed. */
  readonly construct: string;
  /** `permissions` (identity policies of a principal), `trust`, or the resource policy's kind. */
  readonly what: 'permissions' | 'trust' | PolicyKind;
  readonly added: readonly AccessRow[];
  readonly removed: readonly AccessRow[];
  /** False when the comparison could not cover every request (see `reasons`). */
  readonly complete: boolean;
  readonly reasons: readonly Reason[];
}

interface Unit {
  readonly construct: string;
  readonly what: AccessChange['what'];
  readonly docs: TemplateValue[];
  /** Why a policy of the unit cannot be read (too deep): the unit is not decided. */
  unreadable?: string;
}

function refId(v: TemplateValue): string | undefined {
  if (typeof v === 'string') return `name:${v}`;
  if (!isIntrinsic(v)) return undefined;
  const r = (v as { Ref?: unknown }).Ref;
  return typeof r === 'string' ? r : undefined;
}

/** What each construct of a template is allowed, keyed by construct. */
function units(stack: DiffStack): Map<string, Unit> {
  // the resources an Fn::ForEach loop makes, as findPolicies reads them
  const template = expanded(stack.template);
  const options = stack.options ?? {};
  const ctx = readContext(template, options);
  const resources = template.Resources ?? {};
  const label = (id: string) => {
    const p = options.pathOf?.(id) ?? (typeof resources[id]?.Metadata?.['aws:cdk:path'] === 'string' ? (resources[id]!.Metadata!['aws:cdk:path'] as string) : undefined);
    return p === undefined ? (resources[id] === undefined ? id.replace(/^name:/, '') : id) : p.replace(/\/(Resource|Default)$/, '');
  };
  const out = new Map<string, Unit>();
  let unreadable: string | undefined;
  const add = (key: string, construct: string, what: Unit['what'], doc: TemplateValue) => {
    const u: Unit = out.get(key) ?? { construct, what, docs: [] };
    u.docs.push(doc);
    if (unreadable !== undefined) u.unreadable = unreadable;
    out.set(key, u);
  };
  // managed policies attached through the principal's ManagedPolicyArns
  const attachedBy = new Map<string, string[]>();
  for (const [id, r] of Object.entries(resources)) {
    const arns = r.Properties?.['ManagedPolicyArns'];
    if (!Array.isArray(arns)) continue;
    for (const a of arns as TemplateValue[]) {
      const mp = refId(a);
      if (mp !== undefined && resources[mp]?.Type === 'AWS::IAM::ManagedPolicy') attachedBy.set(mp, [...(attachedBy.get(mp) ?? []), id]);
    }
  }
  for (const site of findPolicies(template, options)) {
    let doc: TemplateValue = {};
    unreadable = undefined;
    try {
      doc = readDocument(site.document, ctx).lint;
    } catch (e) {
      // a policy nested too deep to read: its unit is reported undecided
      if (!(e instanceof IamPolicyError)) throw e;
      unreadable = e.message;
    }
    if (site.kind === 'identity') {
      const props = resources[site.logicalId]?.Properties ?? {};
      const holders =
        site.resourceType === 'AWS::IAM::ManagedPolicy'
          ? [...[props['Roles'], props['Users'], props['Groups']].flatMap((l) => (Array.isArray(l) ? (l as TemplateValue[]) : [])).map(refId), ...(attachedBy.get(site.logicalId) ?? [])].filter((x): x is string => x !== undefined)
          : site.entities;
      if (holders.length === 0) add(`policy:${site.logicalId}`, label(site.logicalId), 'identity', doc);
      for (const h of new Set(holders)) add(`principal:${label(h)}`, label(h), 'permissions', doc);
    } else if (site.kind === 'trust') add(`trust:${label(site.logicalId)}`, label(site.logicalId), 'trust', doc);
    else add(`${site.kind}:${label(site.logicalId)}:${site.property}`, label(site.logicalId), site.kind, doc);
  }
  return out;
}

function setOf(u: Unit | undefined, what: Unit['what']): PolicySet {
  return policySet(what === 'trust' ? 'trust' : what, u?.docs ?? []);
}

/**
 * Compares two versions of an app's templates by meaning: for each principal (all its identity
 * policies together), each trust policy and each resource policy, the access added and removed.
 * Moving statements between policies (as `fitRolePolicies` or CDK's split do) changes nothing.
 * `timeoutMs` (default 10,000) is the budget of the whole call, as for `diff` of typed-iam/analyze:
 * a comparison still running at the deadline, and each one not started by then, is reported
 * undecided (`complete: false`, reason `unknown`), never as unchanged.
 *
 * @example
 * ```ts
 * import { readFileSync } from 'node:fs';
 * import { diffTemplates } from './diff.js';
 * const before = JSON.parse(readFileSync('cdk.out.main/App.template.json', 'utf8'));
 * const after = JSON.parse(readFileSync('cdk.out/App.template.json', 'utf8'));
 * const changes = diffTemplates([{ name: 'App', template: before }], [{ name: 'App', template: after }]);
 * changes.filter((c) => c.added.length > 0).map((c) => c.construct); // ['App/Worker']
 * ```
 */
export function diffTemplates(before: readonly DiffStack[], after: readonly DiffStack[], options: { readonly timeoutMs?: number } = {}): AccessChange[] {
  const out: AccessChange[] = [];
  // one deadline for the call: each comparison gets what the ones before it left (analyze's clock)
  const deadline = deadlineOf(options.timeoutMs);
  const names = [...new Set([...before.map((s) => s.name), ...after.map((s) => s.name)])];
  for (const name of names) {
    const b = before.find((s) => s.name === name);
    const a = after.find((s) => s.name === name);
    const ub = b === undefined ? new Map<string, Unit>() : units(b);
    const ua = a === undefined ? new Map<string, Unit>() : units(a);
    for (const key of [...new Set([...ub.keys(), ...ua.keys()])].sort()) {
      const x = ub.get(key);
      const y = ua.get(key);
      const u = (y ?? x)!;
      const undecided = (message: string) => out.push({ stack: name, construct: u.construct, what: u.what, added: [], removed: [], complete: false, reasons: [{ code: 'unknown', message }] });
      const unread = x?.unreadable ?? y?.unreadable;
      if (unread !== undefined) {
        undecided(unread);
        continue;
      }
      if (x !== undefined && y !== undefined && JSON.stringify(x.docs) === JSON.stringify(y.docs)) continue;
      const left = deadline - analyzeClock.now();
      if (left <= 0) {
        undecided(analyzeMessages.timedOut('comparing the policies'));
        continue;
      }
      let d;
      try {
        d = diff(setOf(x, u.what), setOf(y, u.what), { timeoutMs: left });
      } catch (e) {
        // a policy the analysis will not read (an empty NotResource, an operator IAM rejects): this unit is not decided
        if (!(e instanceof IamPolicyError)) throw e;
        undecided(e.message);
        continue;
      }
      if (d.added.length === 0 && d.removed.length === 0 && d.complete) continue;
      out.push({ stack: name, construct: u.construct, what: u.what, added: d.added, removed: d.removed, complete: d.complete, reasons: d.reasons });
    }
  }
  return out;
}
