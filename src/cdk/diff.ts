/**
 * Access added and removed between two versions of a CDK app, per construct: the permissions of each
 * role, user and group (all their policies together), each trust policy and each resource policy,
 * compared by meaning with typed-iam/analyze (not by text). No aws-cdk-lib here.
 */
import { diff, type AccessRow, type Reason } from '../analyze/index.js';
import { requestKey } from '../analyze/checks.js';
import { analyzeMessages } from '../analyze/messages.js';
import { analyzeClock, deadlineOf } from '../analyze/regions.js';
import { IamPolicyError } from '../errors.js';
import { hasKeyDeep } from '../internal/record.js';
import type { PolicyKind } from '../model/policy-document.js';
import { cdkMessages } from './messages.js';
import { choiceBasis, combinations, entries, expanded, findPolicies, madeIn, MAX_VARIANTS, policyEntities, policySet, readContext, readDocument, type TemplateCheckOptions } from './template.js';
import { ifKey, isIntrinsic, nestsTooDeep, type Chooser, type ReadContext, type Template, type TemplateValue } from './tokens.js';

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

/** One policy of a unit: the document it has in a combination of the template's choices. */
interface Part {
  /** The document as written (an assembled policy: the statements of the resources made), or undefined where the unit does not have it. */
  readonly document: (choose: Chooser) => TemplateValue | undefined;
  /** Its object keys are Fn::Sub text (PolicySite.keysSub). */
  readonly keysSub?: boolean;
}

interface Unit {
  readonly construct: string;
  readonly what: AccessChange['what'];
  readonly parts: Part[];
}

/** The units of one version, and how to read their documents. */
interface Side {
  readonly units: Map<string, Unit>;
  readonly ctx: ReadContext;
}

function refId(v: TemplateValue): string | undefined {
  if (typeof v === 'string') return `name:${v}`;
  if (!isIntrinsic(v)) return undefined;
  const r = (v as { Ref?: unknown }).Ref;
  return typeof r === 'string' ? r : undefined;
}

/** What each construct of a template is allowed, keyed by construct. */
function units(stack: DiffStack): Side {
  // the resources an Fn::ForEach loop makes, as findPolicies reads them
  const template = expanded(stack.template);
  const options = stack.options ?? {};
  const ctx = readContext(template, options);
  const resources = template.Resources ?? {};
  const resource = (id: string) => (Object.hasOwn(resources, id) ? resources[id] : undefined);
  const label = (id: string) => {
    const p = options.pathOf?.(id) ?? (typeof resource(id)?.Metadata?.['aws:cdk:path'] === 'string' ? (resource(id)!.Metadata!['aws:cdk:path'] as string) : undefined);
    return p === undefined ? (resource(id) === undefined ? id.replace(/^name:/, '') : id) : p.replace(/\/(Resource|Default)$/, '');
  };
  const out = new Map<string, Unit>();
  const add = (key: string, construct: string, what: Unit['what'], document: Part['document'], keysSub = false) => {
    const u: Unit = out.get(key) ?? { construct, what, parts: [] };
    u.parts.push({ document, keysSub });
    out.set(key, u);
  };
  // managed policies attached through a principal's ManagedPolicyArns (in any branch of an Fn::If)
  const arnsOf = (id: string, choose?: Chooser) => entries(resource(id)?.Properties?.['ManagedPolicyArns'], choose).map(refId);
  const attachedBy = new Map<string, string[]>();
  for (const id of Object.keys(resources))
    for (const mp of arnsOf(id)) if (mp !== undefined && resource(mp)?.Type === 'AWS::IAM::ManagedPolicy') attachedBy.set(mp, [...(attachedBy.get(mp) ?? []), id]);
  for (const site of findPolicies(template, options)) {
    const props = resource(site.logicalId)?.Properties ?? {};
    // in a combination: the Fn::Ifs that chose the policy take its branch, and its resource is made (for an
    // assembled policy, each statement's resource)
    const document = (choose: Chooser): TemplateValue | undefined => {
      if (!Object.entries(site.conditions ?? {}).every(([c, b]) => choose(ifKey(c), 2) === b - 1)) return undefined;
      const owners = site.owners;
      if (owners === undefined) return madeIn(resource(site.logicalId), choose) ? site.document : undefined;
      const statements = (site.document as { Statement?: TemplateValue }).Statement;
      const kept = Array.isArray(statements) ? (statements as TemplateValue[]).filter((_, i) => madeIn(resource(owners[i] ?? site.logicalId), choose)) : [];
      return kept.length === 0 ? undefined : { ...(site.document as object), Statement: kept };
    };
    if (site.kind === 'identity') {
      const managed = site.resourceType === 'AWS::IAM::ManagedPolicy';
      const lists = ['Roles', 'Users', 'Groups'].map((k) => props[k]);
      // the principals it may be attached to, and whether it is in a combination (an Fn::If in Roles, in ManagedPolicyArns)
      const holders = managed ? [...lists.flatMap((l) => entries(l).map(refId)), ...(attachedBy.get(site.logicalId) ?? [])].filter((x): x is string => x !== undefined) : site.entities;
      const attached = (h: string, choose: Chooser): boolean =>
        managed
          ? lists.some((l) => entries(l, choose).some((e) => refId(e) === h)) || ((attachedBy.get(site.logicalId) ?? []).includes(h) && arnsOf(h, choose).includes(site.logicalId))
          : site.resourceType !== 'AWS::IAM::Policy' || policyEntities(props, choose).some((e) => e.key === h);
      if (holders.length === 0) add(`policy:${site.logicalId}`, label(site.logicalId), 'identity', document, site.keysSub);
      for (const h of new Set(holders)) add(`principal:${label(h)}`, label(h), 'permissions', (choose) => (madeIn(resource(h), choose) && attached(h, choose) ? document(choose) : undefined), site.keysSub);
    } else if (site.kind === 'trust') add(`trust:${label(site.logicalId)}`, label(site.logicalId), 'trust', document, site.keysSub);
    // the branches of an Fn::If choosing the whole policy are one policy, decided in each combination
    else add(`${site.kind}:${label(site.logicalId)}:${site.property.replace(/\.Fn::If\[[12]\]/g, '')}`, label(site.logicalId), site.kind, document, site.keysSub);
  }
  return { units: out, ctx };
}

/**
 * Whether two versions of a stack read alike: the same template and read options, and no value read
 * through another stack (an import, a parent's parameter, a nested stack's output), which may have
 * changed though the template did not. Then each construct has the same policies in every
 * combination of the choices, however many.
 */
function readAlike(b: DiffStack, a: DiffStack, tb: Template, ta: Template): boolean {
  const scalars = (o: TemplateCheckOptions) => JSON.stringify([o.stackKey, o.stackName, o.account, o.region, o.partition, o.tokenLengths ?? {}, o.unknownTokenLength]);
  const outside = (t: Template, o: TemplateCheckOptions) =>
    (o.importValue !== undefined && hasKeyDeep(t, (k) => k === 'Fn::ImportValue')) ||
    (o.parameterValue !== undefined && Object.keys(t.Parameters ?? {}).length > 0) ||
    (o.nestedOutput !== undefined && Object.values(t.Resources ?? {}).some((r) => r.Type === 'AWS::CloudFormation::Stack'));
  const [ob, oa] = [b.options ?? {}, a.options ?? {}];
  return !nestsTooDeep(tb) && !nestsTooDeep(ta) && scalars(ob) === scalars(oa) && !outside(tb, ob) && !outside(ta, oa) && JSON.stringify(tb) === JSON.stringify(ta);
}

/** The documents of a unit in the combination `choose` picks, read as lint reads them. */
function docsOf(u: Unit | undefined, ctx: ReadContext, choose: Chooser): TemplateValue[] {
  return (u?.parts ?? []).flatMap((p) => {
    const doc = p.document(choose);
    const read = doc === undefined ? undefined : readDocument(doc, { ...ctx, choose, ...(p.keysSub === true ? { subKeys: true } : {}) }).lint;
    // a policy whose statements the combination chooses all away grants nothing there (IAM refuses it; evaluate would too)
    const statements = typeof read === 'object' && read !== null && !Array.isArray(read) ? (read as { Statement?: TemplateValue }).Statement : undefined;
    return read === undefined || (Array.isArray(statements) && statements.length === 0) ? [] : [read];
  });
}

/** The rows of several comparisons, each example request once (the patterns of rows with one example merged). */
function unionRows(lists: readonly (readonly AccessRow[])[]): AccessRow[] {
  const byRequest = new Map<string, AccessRow>();
  for (const row of lists.flat()) {
    const key = requestKey(row.example);
    const seen = byRequest.get(key);
    const merge = (a: readonly string[] | undefined, b: readonly string[] | undefined) => [...new Set([...(a ?? []), ...(b ?? [])])].sort();
    if (seen === undefined) byRequest.set(key, row);
    else {
      const cell = seen.cell === undefined && row.cell === undefined ? {} : { cell: merge(seen.cell, row.cell) };
      byRequest.set(key, { ...seen, actions: merge(seen.actions, row.actions), resources: merge(seen.resources, row.resources), ...cell });
    }
  }
  return [...byRequest.values()];
}

/**
 * Compares two versions of an app's templates by meaning: for each principal (all its identity
 * policies together), each trust policy and each resource policy, the access added and removed.
 * Moving statements between policies (as `fitRolePolicies` or CDK's split do) changes nothing.
 * Each construct is compared in each combination of the choices its policies meet (`Fn::If`
 * branches, `Fn::Select` indexes and `Fn::FindInMap` keys known only at deploy time, resource
 * `Condition`s), at most {@link MAX_VARIANTS} (beyond, `complete: false`); the rows are those of any
 * combination. A choice is one in both versions only where both decide it alike ({@link choiceBasis}).
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
  // each name's first stack, found by name (a search of the list per name was quadratic in the stacks)
  const byName = (stacks: readonly DiffStack[]) => {
    const out = new Map<string, DiffStack>();
    for (const s of stacks) if (!out.has(s.name)) out.set(s.name, s);
    return out;
  };
  const [beforeByName, afterByName] = [byName(before), byName(after)];
  const names = [...new Set([...beforeByName.keys(), ...afterByName.keys()])];
  for (const name of names) {
    const b = beforeByName.get(name);
    const a = afterByName.get(name);
    const sb = b === undefined ? undefined : units(b);
    const sa = a === undefined ? undefined : units(a);
    // a choice is one in both versions only where both decide it alike (a condition of the same definition, ...);
    // else the two are independent, and every pair of their options is compared
    const alike = new Map<string, boolean>();
    const same = (key: string): boolean => {
      let v = alike.get(key);
      if (v === undefined) {
        const basis = sb === undefined ? undefined : choiceBasis(sb.ctx.template, key);
        alike.set(key, (v = basis !== undefined && sa !== undefined && basis === choiceBasis(sa.ctx.template, key)));
      }
      return v;
    };
    const side =
      (tag: string, choose: Chooser): Chooser =>
      (key, count) =>
        choose(same(key) ? key : `${tag} ${key}`, count);
    const alikeStack = b !== undefined && a !== undefined && sb !== undefined && sa !== undefined && readAlike(b, a, sb.ctx.template, sa.ctx.template);
    const ub = sb?.units ?? new Map<string, Unit>();
    const ua = sa?.units ?? new Map<string, Unit>();
    for (const key of [...new Set([...ub.keys(), ...ua.keys()])].sort()) {
      const x = ub.get(key);
      const y = ua.get(key);
      const u = (y ?? x)!;
      if (alikeStack && x !== undefined && y !== undefined) continue;
      let variants;
      try {
        // each combination of the choices the unit's policies meet in either version: what it has before and after
        variants = combinations((choose) => ({
          before: sb === undefined ? [] : docsOf(x, sb.ctx, side('before', choose)),
          after: sa === undefined ? [] : docsOf(y, sa.ctx, side('after', choose)),
        }));
      } catch (e) {
        // a policy nested too deep to read: this unit is not decided
        if (!(e instanceof IamPolicyError)) throw e;
        out.push({ stack: name, construct: u.construct, what: u.what, added: [], removed: [], complete: false, reasons: [{ code: 'unknown', message: e.message }] });
        continue;
      }
      const added: (readonly AccessRow[])[] = [];
      const removed: (readonly AccessRow[])[] = [];
      const reasons: Reason[] = variants.complete ? [] : [{ code: 'unknown', message: cdkMessages.diffPartly(MAX_VARIANTS, variants.results.length) }];
      let complete = variants.complete;
      for (const v of variants.results) {
        // the same policies in this combination: nothing changed, no time taken
        if (JSON.stringify(v.before) === JSON.stringify(v.after)) continue;
        const left = deadline - analyzeClock.now();
        if (left <= 0) {
          complete = false;
          reasons.push({ code: 'unknown', message: analyzeMessages.timedOut('comparing the policies') });
          break;
        }
        try {
          const d = diff(policySet(u.what, v.before), policySet(u.what, v.after), { timeoutMs: left });
          added.push(d.added);
          removed.push(d.removed);
          complete &&= d.complete;
          reasons.push(...d.reasons);
        } catch (e) {
          // a policy the analysis will not read (an empty NotResource, an operator IAM rejects): this unit is not decided
          if (!(e instanceof IamPolicyError)) throw e;
          complete = false;
          reasons.push({ code: 'unknown', message: e.message });
        }
      }
      const change = { added: unionRows(added), removed: unionRows(removed) };
      if (change.added.length === 0 && change.removed.length === 0 && complete) continue;
      const distinct = [...new Map(reasons.map((r) => [`${r.code} ${r.message}`, r])).values()];
      out.push({ stack: name, construct: u.construct, what: u.what, ...change, complete, reasons: distinct });
    }
  }
  return out;
}
