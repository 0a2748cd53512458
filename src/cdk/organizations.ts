/**
 * The service control and resource control policies a template attaches to each root, OU and
 * account (`AWS::Organizations::Policy` `TargetIds`), counted against the AWS Organizations quota of
 * policies of one type attached to one root, OU or account (`ATTACHABLE.scp`, `ATTACHABLE.rcp`).
 */
import { organizationCount } from '../emit/attachable.js';
import { ownValue } from '../internal/record.js';
import { isIntrinsic, isNoValue, type TemplateResource, type TemplateValue } from './tokens.js';

/** The Organizations policy types in the IAM policy language, by `AWS::Organizations::Policy` `Type`. */
const TYPES: { readonly [type: string]: 'scp' | 'rcp' } = { SERVICE_CONTROL_POLICY: 'scp', RESOURCE_CONTROL_POLICY: 'rcp' };

/**
 * The resources whose `Ref` (and `Fn::GetAtt` of the attribute named) is the id of an OU or account
 * the template makes: Organizations attaches FullAWSAccess to it when it is made.
 */
const MADE: { readonly [type: string]: string } = {
  'AWS::Organizations::OrganizationalUnit': 'Id',
  'AWS::Organizations::Account': 'AccountId',
};

/**
 * An SCP or RCP that a template attaches to a root, OU or account named by its id
 * (`AWS::Organizations::Policy` `TargetIds`), as another template of the app may attach to it too:
 * AWS Organizations counts the policies attached to one root, OU or account together, whichever
 * stack attaches them.
 */
export interface OrganizationPolicyUse {
  /** The template (stack) attaching it, as the check's `stackKey` names it. */
  readonly stack: string;
  readonly logicalId: string;
  readonly type: 'scp' | 'rcp';
  /** The id of the root, OU or account as written (`ou-ab12-11111111`). */
  readonly target: string;
  /** True when a template Condition decides it (the resource's, or an `Fn::If` in `TargetIds`). */
  readonly conditional: boolean;
}

/** One root, OU or account over the quota of one policy type, or possibly over it. */
export interface OrganizationTargetCount {
  readonly type: 'scp' | 'rcp';
  /** The target as a message names it: its id, or the OU, account or root the template makes (`the OU Workloads this template makes`). */
  readonly target: string;
  /** True when the template makes the OU or account: Organizations attaches FullAWSAccess to it. */
  readonly made: boolean;
  /**
   * The policies attaching to it, each once: this template's in template order (no `stack`), then
   * other templates' (`stack` set); `conditional` when a template Condition decides it.
   */
  readonly policies: readonly { readonly logicalId: string; readonly conditional: boolean; readonly stack?: string }[];
  /** How many are surely attached: the unconditional policies, and FullAWSAccess on an OU or account the template makes. */
  readonly certain: number;
  /** How many may be attached: every policy, and the policy Organizations keeps attached (FullAWSAccess, RCPFullAWSAccess). */
  readonly possible: number;
  /** `'over'` when `certain` is over the quota, else `'maybe'` (only `possible` is). */
  readonly verdict: 'over' | 'maybe';
}

/** A target an entry of `TargetIds` names: its key (`@` and a logical ID for one the template makes), label, and whether it is made. */
interface Target {
  readonly key: string;
  readonly label: string;
  readonly made: boolean;
  readonly conditional: boolean;
}

/** The type of the template's resource `id`, `''` when it has none. */
const typeOf = (resources: { readonly [id: string]: TemplateResource }, id: string): string => {
  const type = ownValue(resources, id)?.Type;
  return typeof type === 'string' ? type : '';
};

/** How a message names an OU or account the template makes: `the OU Workloads this template makes`. */
const madeLabel = (id: string, type: string) => `the ${type === 'AWS::Organizations::Account' ? 'account' : 'OU'} ${id} this template makes`;

/**
 * The targets a `TargetIds` value names: literal ids, and the OUs, accounts and organization roots
 * of the template (`Ref`, `Fn::GetAtt`); each branch of an `Fn::If`, as conditional. A value known
 * only at deploy time (a parameter, an import) names no target that can be counted.
 */
function targetsOf(v: TemplateValue | undefined, resources: { readonly [id: string]: TemplateResource }, conditional: boolean, out: Target[]): void {
  if (typeof v === 'string') {
    if (v !== '') out.push({ key: v, label: v, made: false, conditional });
    return;
  }
  if (Array.isArray(v)) {
    for (const x of v as readonly TemplateValue[]) targetsOf(x, resources, conditional, out);
    return;
  }
  if (v === undefined || !isIntrinsic(v) || isNoValue(v)) return;
  const o = v as { readonly [fn: string]: TemplateValue };
  if (typeof o['Ref'] === 'string') {
    const type = typeOf(resources, o['Ref']);
    if (ownValue(MADE, type) !== undefined) out.push({ key: `@${o['Ref']}`, label: madeLabel(o['Ref'], type), made: true, conditional });
    return;
  }
  const getAtt = o['Fn::GetAtt'];
  if (getAtt !== undefined) {
    const [id, attribute] = typeof getAtt === 'string' ? [getAtt.slice(0, getAtt.indexOf('.')), getAtt.slice(getAtt.indexOf('.') + 1)] : Array.isArray(getAtt) ? getAtt : [];
    if (typeof id !== 'string' || typeof attribute !== 'string') return;
    const type = typeOf(resources, id);
    if (ownValue(MADE, type) === attribute) out.push({ key: `@${id}`, label: madeLabel(id, type), made: true, conditional });
    // the organization's root exists before any policy is attached to it: FullAWSAccess may have been detached
    else if (type === 'AWS::Organizations::Organization' && attribute === 'RootId') out.push({ key: `@${id}.RootId`, label: `the root of organization ${id}`, made: false, conditional });
    return;
  }
  const choice = o['Fn::If'];
  if (Array.isArray(choice) && choice.length === 3) for (const branch of choice.slice(1) as readonly TemplateValue[]) targetsOf(branch, resources, true, out);
}

/** A policy attaching to a target, as {@link ownTargets} reads the template. */
interface Attaching extends Target {
  readonly logicalId: string;
  readonly type: 'scp' | 'rcp';
}

/** Each SCP and RCP of the template with each target its `TargetIds` names, in template order. */
function ownTargets(resources: { readonly [id: string]: TemplateResource }, conditionOf: (r: TemplateResource) => unknown): Attaching[] {
  const out: Attaching[] = [];
  for (const [id, r] of Object.entries(resources)) {
    if (r.Type !== 'AWS::Organizations::Policy') continue;
    const given = r.Properties?.['Type'];
    const type = typeof given === 'string' ? ownValue(TYPES, given) : undefined;
    if (type === undefined) continue;
    const targets: Target[] = [];
    targetsOf(r.Properties?.['TargetIds'], resources, conditionOf(r) !== undefined, targets);
    for (const t of targets) out.push({ ...t, logicalId: id, type });
  }
  return out;
}

/**
 * The SCPs and RCPs a template attaches to roots, OUs and accounts named by their ids, what other
 * templates of the app count with (see {@link organizationTargets}); the OUs and accounts the
 * template makes are its own.
 */
export function organizationPolicyUses(resources: { readonly [id: string]: TemplateResource }, stack: string, conditionOf: (r: TemplateResource) => unknown): OrganizationPolicyUse[] {
  return ownTargets(resources, conditionOf).flatMap((a) => (a.made || a.key.startsWith('@') ? [] : [{ stack, logicalId: a.logicalId, type: a.type, target: a.key, conditional: a.conditional }]));
}

/**
 * The roots, OUs and accounts to which a template attaches more service control policies or resource
 * control policies than AWS Organizations allows (10 SCPs, 5 RCPs per root, OU or account), with
 * those the app's other templates attach to the same ids (`elsewhere`), surely (`'over'`) or possibly
 * (`'maybe'`: counting the policies under a template Condition, FullAWSAccess on a target the
 * template does not make, which may have been detached, and RCPFullAWSAccess, which AWS does not say
 * takes a place). Policies whose `Type` or `TargetIds` is known only at deploy time are not counted.
 * `conditionOf` reads a resource's `Condition`.
 */
export function organizationTargets(resources: { readonly [id: string]: TemplateResource }, conditionOf: (r: TemplateResource) => unknown, elsewhere: readonly OrganizationPolicyUse[] = []): OrganizationTargetCount[] {
  const groups = new Map<string, { type: 'scp' | 'rcp'; label: string; made: boolean; policies: Map<string, { logicalId: string; conditional: boolean; stack?: string }> }>();
  const attach = (type: 'scp' | 'rcp', key: string, policy: { logicalId: string; conditional: boolean; stack?: string }, t?: Target) => {
    let g = groups.get(`${type}|${key}`);
    if (g === undefined) {
      // another template's policies count where this template attaches too
      if (t === undefined) return;
      groups.set(`${type}|${key}`, (g = { type, label: t.label, made: t.made, policies: new Map() }));
    }
    const id = policy.stack === undefined ? policy.logicalId : `${policy.stack}/${policy.logicalId}`;
    const before = g.policies.get(id);
    // a policy naming the target outside an Fn::If too attaches to it whatever the condition
    g.policies.set(id, { ...policy, conditional: (before?.conditional ?? true) && policy.conditional });
  };
  for (const a of ownTargets(resources, conditionOf)) attach(a.type, a.key, { logicalId: a.logicalId, conditional: a.conditional }, a);
  for (const u of elsewhere) attach(u.type, u.target, { logicalId: u.logicalId, conditional: u.conditional, stack: u.stack });
  const out: OrganizationTargetCount[] = [];
  for (const g of groups.values()) {
    const policies = [...g.policies.values()];
    const { certain, possible, verdict } = organizationCount(g.type, policies.filter((p) => !p.conditional).length, policies.length, g.made);
    if (verdict !== 'within') out.push({ type: g.type, target: g.label, made: g.made, policies, certain, possible, verdict });
  }
  return out;
}
