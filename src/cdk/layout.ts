/**
 * `fitRolePolicies`: lay a role's permission statements out by exact size with `planRole`, over
 * the template values CDK wrote (intrinsics kept). No aws-cdk-lib here: the aspect applies it.
 */
import { PolicyArgumentError } from '../errors.js';
import { cdkMessages } from './messages.js';
import { planRole, type RolePlan } from '../optimize/plan-role.js';
import { withoutLimitOptions } from '../parse/index.js';
import { aggregateSize, attachedCount, checkTemplateArgument, expanded, inlineMembers, managedAttachments, readContext, readDocument, restoreTokens, type TemplateCheckOptions } from './template.js';
import { entityOf, isIntrinsic, isNoValue, type Template, type TemplateValue } from './tokens.js';

/** What {@link layoutRole} gives: the new documents, with the plan's figures. */
export interface RoleLayout {
  /** Document of the role's inline policy (the one that was CDK's DefaultPolicy). */
  readonly inline: TemplateValue;
  /** Documents of the managed policies, in order. */
  readonly managed: readonly TemplateValue[];
  readonly plan: RolePlan;
}

function statements(doc: TemplateValue | undefined): TemplateValue[] {
  if (typeof doc !== 'object' || doc === null || Array.isArray(doc) || isIntrinsic(doc)) return [];
  const s = (doc as { Statement?: TemplateValue }).Statement;
  if (s === undefined) return [];
  return (Array.isArray(s) ? (s as TemplateValue[]) : [s]).filter((x) => !isNoValue(x));
}

/**
 * Plans the statements of a role's inline policy `inlineId` and managed policies `managedIds`
 * (CDK's DefaultPolicy and OverflowPolicy resources) anew with `planRole`: exact sizes, tokens
 * at their longest, the role's other inline policies and attached managed policies counted.
 * Throws what `planRole` throws (a statement too large for any policy).
 *
 * @example
 * ```ts
 * import { readFileSync } from 'node:fs';
 * import { layoutRole } from 'typed-iam/cdk';
 * const template = JSON.parse(readFileSync('cdk.out/App.template.json', 'utf8'));
 * const layout = layoutRole(template, 'WorkerRoleABCD', 'WorkerRoleDefaultPolicyEF12', ['WorkerRoleOverflowPolicy1AB34']);
 * layout.plan.managedSizes.map((s) => s.length); // [6140, 6097, 2210]
 * ```
 */
export function layoutRole(
  template: Template,
  roleId: string,
  inlineId: string,
  managedIds: readonly string[],
  options: TemplateCheckOptions & { readonly minimize?: boolean } = {},
): RoleLayout {
  options = checkTemplateArgument(template, options);
  // from JavaScript: logical ids that are no text matched nothing, and a managedIds that is no array was a TypeError
  for (const [argument, id] of [['roleId', roleId], ['inlineId', inlineId]] as const)
    if (typeof id !== 'string') throw new PolicyArgumentError(argument, cdkMessages.notLogicalId(argument, id));
  if (!Array.isArray(managedIds) || managedIds.some((id) => typeof id !== 'string')) throw new PolicyArgumentError('managedIds', cdkMessages.notLogicalId('managedIds', managedIds));
  const resources = expanded(template).Resources ?? {};
  const ctx = readContext(template, options);
  const mine = new Set([inlineId, ...managedIds]);
  const all = [inlineId, ...managedIds].flatMap((id) => statements(resources[id]?.Properties?.['PolicyDocument']));
  const read = readDocument({ Version: '2012-10-17', Statement: all }, ctx);

  // the role's other inline policies share the 10,240-character budget: those of this template (however
  // they name the role: Ref, its name as text) and those other templates of the app attach to it
  const role = Object.hasOwn(resources, roleId) ? resources[roleId] : undefined;
  const entity = role === undefined ? undefined : entityOf(options.stackKey, roleId, role, options.account);
  const here = options.stackKey ?? '';
  const local = entity === undefined ? [] : (inlineMembers(template, options).get(`inline-role ${entity}`)?.members ?? []);
  const elsewhere = entity === undefined ? [] : (options.inlineElsewhere?.(entity, 'inline-role') ?? []).filter((m) => m.stack !== here);
  const inlineUsed = aggregateSize([...local.filter((m) => !mine.has(m.logicalId)), ...elsewhere]).long;
  // managed policies attached otherwise count against the quota (by this template or others of the app; an Fn::If list by its longer branch)
  const attached =
    entity === undefined
      ? 0
      : attachedCount([
          ...(managedAttachments(template, options).get(entity) ?? []).filter((a) => a.policy === undefined || !managedIds.some((id) => a.policy === `${here}#${id}`)),
          ...(options.managedElsewhere?.(entity) ?? []).filter((a) => a.stack !== here),
        ]);
  const policy = withoutLimitOptions.parse(read.long, { kind: 'identity' });
  const plan = planRole(policy, {
    inlineUsed,
    maxManagedPolicies: Math.max(0, (options.maxManagedPolicies ?? 10) - attached),
    ...(options.minimize === true ? { minimize: true } : {}),
  });
  const restore = (p: { toJSON(): unknown }) => restoreTokens(p.toJSON(), read.tokens);
  return {
    inline: plan.inline === undefined ? { Version: '2012-10-17', Statement: [] } : restore(plan.inline),
    managed: plan.managed.map(restore),
    plan,
  };
}
