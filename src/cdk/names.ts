/**
 * IAM names a template gives: "IAM user, group, role, and policy names must be unique within the
 * account. Names are not distinguished by case" (IAM API reference, CreateRole, CreateUser,
 * CreateGroup, CreatePolicy). Two resources of one kind named alike in one account, in one template
 * or in two stacks deploying to that account in any Region (IAM is global), fail: the second create
 * is refused ("already exists").
 */
import { ownValue } from '../internal/record.js';
import { isIntrinsic, type TemplateResource, type TemplateValue } from './tokens.js';

/** The IAM resource types whose name is unique in the account, with the kind a message names and the property naming it. */
const NAMED: { readonly [type: string]: readonly [kind: string, property: string] } = {
  'AWS::IAM::Role': ['role', 'RoleName'],
  'AWS::IAM::User': ['user', 'UserName'],
  'AWS::IAM::Group': ['group', 'GroupName'],
  'AWS::IAM::ManagedPolicy': ['managed policy', 'ManagedPolicyName'],
};

/** An IAM role, user, group or managed policy a template names with literal text. */
export interface IamNameUse {
  /** The template (stack) making it, as the check's `stackKey` names it. */
  readonly stack: string;
  readonly logicalId: string;
  /** `role`, `user`, `group` or `managed policy`. */
  readonly kind: string;
  /** The name as written. */
  readonly name: string;
  /** The property naming it (`RoleName`). */
  readonly property: string;
  /** True when a template Condition decides whether it is made. */
  readonly conditional: boolean;
}

/** An {@link IamNameUse} of another template of the app: `sameAccount` says whether it deploys to this template's account (`maybe`: one of them is not known at synth). */
export interface IamNameElsewhere extends IamNameUse {
  readonly sameAccount: 'yes' | 'maybe';
}

/** Two or more resources of one kind and name (ignoring case), made where one account holds them all, or may. */
export interface IamNameClash {
  /** This template's resource. */
  readonly at: IamNameUse;
  /** The others of that name: this template's (no `sameAccount`) and other templates'. */
  readonly others: readonly (IamNameUse | IamNameElsewhere)[];
  /** True when both are surely made in one account: none under a Condition, and the other in this template or in a stack of this account. */
  readonly certain: boolean;
}

/** A name as literal text: a string, or an `Fn::Sub` of text with no variable (an `Fn::ForEach` loop's, once expanded). */
function literal(v: TemplateValue | undefined): string | undefined {
  if (typeof v === 'string') return v;
  if (v === undefined || !isIntrinsic(v)) return undefined;
  const sub = (v as { readonly 'Fn::Sub'?: unknown })['Fn::Sub'];
  return typeof sub === 'string' && !/\$\{(?!!)/.test(sub) ? sub.replaceAll('${!', '${') : undefined;
}

/** The roles, users, groups and managed policies a template names with literal text, in template order. */
export function iamNameUses(resources: { readonly [id: string]: TemplateResource }, stack: string, conditionOf: (r: TemplateResource) => unknown): IamNameUse[] {
  const out: IamNameUse[] = [];
  for (const [id, r] of Object.entries(resources)) {
    const named = typeof r.Type === 'string' ? ownValue(NAMED, r.Type) : undefined;
    if (named === undefined) continue;
    const name = literal(r.Properties?.[named[1]]);
    if (name !== undefined && name !== '') out.push({ stack, logicalId: id, kind: named[0], name, property: named[1], conditional: conditionOf(r) !== undefined });
  }
  return out;
}

/** The key two names of one kind compare by (IAM ignores case), kept for each name: the app's are compared for every stack. */
const KEYS = new WeakMap<IamNameUse, string>();
function keyOf(u: IamNameUse): string {
  let key = KEYS.get(u);
  if (key === undefined) KEYS.set(u, (key = `${u.kind}:${u.name.toLowerCase()}`));
  return key;
}

/**
 * Each of `own` (one template's names) that another resource of its kind and name (ignoring case)
 * shares: another of `own`, or one of `elsewhere` (other templates', in the same account or maybe).
 */
export function iamNameClashes(own: readonly IamNameUse[], elsewhere: readonly IamNameElsewhere[]): IamNameClash[] {
  // this template's names, then only those of the others that one of them takes
  const byName = new Map<string, (IamNameUse | IamNameElsewhere)[]>();
  for (const u of own) byName.set(keyOf(u), [...(byName.get(keyOf(u)) ?? []), u]);
  for (const u of elsewhere) byName.get(keyOf(u))?.push(u);
  const out: IamNameClash[] = [];
  for (const u of own) {
    const others = byName.get(keyOf(u))!.filter((o) => o !== u);
    if (others.length === 0) continue;
    const certain = !u.conditional && others.some((o) => !o.conditional && (!('sameAccount' in o) || o.sameAccount === 'yes'));
    out.push({ at: u, others, certain });
  }
  return out;
}
