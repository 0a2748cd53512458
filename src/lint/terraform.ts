/**
 * The IAM policies of a Terraform plan or state as `terraform show -json` prints it (OpenTofu's
 * `tofu show -json` prints the same format), with the kind and size target of each; lint's
 * `lintTerraform` (lint/index.ts) lints each as the kind it is. The format: Terraform's "JSON
 * Output Format" (internals/json-format); the attributes: the AWS provider's resource documentation.
 */
import { isRecord, ownValue } from '../internal/record.js';
import type { PolicyKind } from '../model/policy-document.js';
import type { SizeTargetName } from '../emit/size-targets.js';
import { ATTACHABLE, ATTACHED_BY_DEFAULT, organizationCount } from '../emit/attachable.js';
import type { EntityKind } from './types.js';
import { functionKey, lambdaPermissionStatement } from '../model/lambda-permission.js';

type Values = { readonly [key: string]: unknown };

/** A resource type holding one policy document in one attribute: the attribute, the kind and the size target (none where AWS documents no size quota). */
type Single = readonly [attribute: string, kind: PolicyKind, target: SizeTargetName | undefined];

/**
 * Resource types of the AWS provider holding a policy of their own (each attribute required);
 * `aws_iam_policy` (identity or boundary, `managed`) is read apart.
 */
const SINGLE: { readonly [type: string]: Single } = {
  aws_s3_bucket_policy: ['policy', 'resource', 's3-bucket'],
  aws_sqs_queue_policy: ['policy', 'resource', 'sqs-queue'],
  aws_sns_topic_policy: ['policy', 'resource', 'sns-topic'],
  aws_kms_key_policy: ['policy', 'resource', 'kms-key'],
  aws_secretsmanager_secret_policy: ['policy', 'resource', 'secretsmanager'],
  aws_ecr_repository_policy: ['policy', 'resource', 'ecr-repository'],
  aws_ecrpublic_repository_policy: ['policy', 'resource', 'ecr-repository'],
  aws_ecr_registry_policy: ['policy', 'resource', undefined],
  aws_vpc_endpoint_policy: ['policy', 'endpoint', 'vpc-endpoint'],
  aws_efs_file_system_policy: ['policy', 'resource', 'efs-file-system'],
  aws_cloudwatch_log_resource_policy: ['policy_document', 'resource', 'logs-resource-policy'],
  aws_cloudwatch_event_bus_policy: ['policy', 'resource', 'eventbridge-bus'],
  aws_opensearch_domain_policy: ['access_policies', 'resource', 'opensearch'],
  aws_elasticsearch_domain_policy: ['access_policies', 'resource', 'opensearch'],
  aws_api_gateway_rest_api_policy: ['policy', 'resource', 'apigateway'],
  aws_dynamodb_resource_policy: ['policy', 'resource', 'dynamodb'],
  aws_glacier_vault: ['access_policy', 'resource', 's3-glacier-vault'],
  aws_backup_vault_policy: ['policy', 'resource', undefined],
  aws_codeartifact_domain_permissions_policy: ['policy_document', 'resource', undefined],
  aws_codeartifact_repository_permissions_policy: ['policy_document', 'resource', undefined],
  aws_kinesis_resource_policy: ['policy', 'resource', undefined],
  aws_cloudwatch_log_destination_policy: ['access_policy', 'resource', undefined],
  aws_s3control_access_point_policy: ['policy', 'resource', undefined],
  aws_s3tables_table_bucket_policy: ['resource_policy', 'resource', undefined],
  // an IAM Identity Center permission set's inline policy: the one inline policy of the role it makes in each account
  aws_ssoadmin_permission_set_inline_policy: ['inline_policy', 'identity', 'inline-role'],
  // a function's (version's, alias's) whole resource-based policy, as PutResourcePolicy writes it
  aws_lambda_resource_policy: ['policy', 'resource', 'lambda'],
  aws_acmpca_policy: ['policy', 'resource', undefined],
  aws_cloudsearch_domain_service_access_policy: ['access_policy', 'resource', undefined],
  aws_cloudwatch_log_delivery_destination_policy: ['delivery_destination_policy', 'resource', undefined],
  aws_codebuild_resource_policy: ['policy', 'resource', undefined],
  aws_dsql_cluster_policy: ['policy', 'resource', undefined],
  aws_glacier_vault_lock: ['policy', 'resource', undefined],
  aws_glue_resource_policy: ['policy', 'resource', undefined],
  aws_mediastore_container_policy: ['policy', 'resource', undefined],
  aws_msk_cluster_policy: ['policy', 'resource', undefined],
  aws_networkfirewall_resource_policy: ['policy', 'resource', undefined],
  aws_oam_sink_policy: ['policy', 'resource', undefined],
  aws_organizations_resource_policy: ['content', 'resource', undefined],
  aws_redshift_resource_policy: ['policy', 'resource', undefined],
  aws_redshiftserverless_resource_policy: ['policy', 'resource', undefined],
  aws_s3control_access_grants_instance_resource_policy: ['policy', 'resource', undefined],
  aws_s3control_bucket_policy: ['policy', 'resource', undefined],
  aws_s3control_object_lambda_access_point_policy: ['policy', 'resource', undefined],
  aws_s3tables_table_policy: ['resource_policy', 'resource', undefined],
  aws_sagemaker_model_package_group_policy: ['resource_policy', 'resource', undefined],
  aws_schemas_registry_policy: ['policy', 'resource', undefined],
  aws_ses_identity_policy: ['policy', 'resource', undefined],
  aws_sesv2_email_identity_policy: ['policy', 'resource', undefined],
  aws_vpclattice_auth_policy: ['policy', 'resource', undefined],
  aws_vpclattice_resource_policy: ['policy', 'resource', undefined],
  aws_xray_resource_policy: ['policy_document', 'resource', undefined],
};

/**
 * Resource types whose policy attribute is optional (and may be computed: a replica key's policy is
 * the default key policy when none is given): a value known only after apply is reported only when
 * the configuration sets the attribute.
 */
const OPTIONAL: { readonly [type: string]: Single } = {
  aws_kms_external_key: ['policy', 'resource', 'kms-key'],
  aws_kms_replica_key: ['policy', 'resource', 'kms-key'],
  aws_kms_replica_external_key: ['policy', 'resource', 'kms-key'],
  aws_ecr_repository_creation_template: ['repository_policy', 'resource', 'ecr-repository'],
  // a private custom domain name's policy (execute-api:Invoke on the domain)
  aws_api_gateway_domain_name: ['policy', 'resource', undefined],
  // session policies: the most an EKS pod's or an IAM Roles Anywhere session's credentials may do
  aws_eks_pod_identity_association: ['policy', 'session', undefined],
  aws_rolesanywhere_profile: ['session_policy', 'session', undefined],
  // an AWS Transfer Family user's (or a directory group's access) scope-down policy, at most 2048 characters
  aws_transfer_user: ['policy', 'session', 'session'],
  aws_transfer_access: ['policy', 'session', 'session'],
};

/**
 * Resource types whose policy attribute is optional and computed: the state holds the resource's
 * policy as AWS returns it, also when a policy resource of its own (`child`, naming it by `ref`)
 * sets it. That policy is read once, at the policy resource.
 */
const PARENT: { readonly [type: string]: { readonly single: Single; readonly ids: readonly string[]; readonly child: string; readonly ref: string } } = {
  aws_s3_bucket: { single: ['policy', 'resource', 's3-bucket'], ids: ['bucket', 'id'], child: 'aws_s3_bucket_policy', ref: 'bucket' },
  aws_sqs_queue: { single: ['policy', 'resource', 'sqs-queue'], ids: ['url', 'id'], child: 'aws_sqs_queue_policy', ref: 'queue_url' },
  aws_sns_topic: { single: ['policy', 'resource', 'sns-topic'], ids: ['arn', 'id'], child: 'aws_sns_topic_policy', ref: 'arn' },
  aws_kms_key: { single: ['policy', 'resource', 'kms-key'], ids: ['key_id', 'id', 'arn'], child: 'aws_kms_key_policy', ref: 'key_id' },
  aws_secretsmanager_secret: { single: ['policy', 'resource', 'secretsmanager'], ids: ['arn', 'id'], child: 'aws_secretsmanager_secret_policy', ref: 'secret_arn' },
  aws_vpc_endpoint: { single: ['policy', 'endpoint', 'vpc-endpoint'], ids: ['id'], child: 'aws_vpc_endpoint_policy', ref: 'vpc_endpoint_id' },
  aws_opensearch_domain: { single: ['access_policies', 'resource', 'opensearch'], ids: ['domain_name'], child: 'aws_opensearch_domain_policy', ref: 'domain_name' },
  aws_elasticsearch_domain: { single: ['access_policies', 'resource', 'opensearch'], ids: ['domain_name'], child: 'aws_elasticsearch_domain_policy', ref: 'domain_name' },
  aws_api_gateway_rest_api: { single: ['policy', 'resource', 'apigateway'], ids: ['id'], child: 'aws_api_gateway_rest_api_policy', ref: 'rest_api_id' },
  aws_s3_access_point: { single: ['policy', 'resource', undefined], ids: ['arn'], child: 'aws_s3control_access_point_policy', ref: 'access_point_arn' },
};

/** The parent type of each policy resource type of {@link PARENT} (`aws_s3_bucket_policy`: `aws_s3_bucket`). */
const PARENT_OF: { readonly [child: string]: string } = /*#__PURE__*/ Object.fromEntries(Object.entries(PARENT).map(([type, p]) => [p.child, type]));

/** Inline policies of a user, group or role (IAM counts them together): the attribute naming the entity. */
const INLINE: { readonly [type: string]: readonly [entity: EntityKind, target: SizeTargetName] } = {
  aws_iam_role_policy: ['role', 'inline-role'],
  aws_iam_user_policy: ['user', 'inline-user'],
  aws_iam_group_policy: ['group', 'inline-group'],
};

/** The attributes naming a managed policy a role, user or group uses as a permissions boundary. */
const BOUNDARY: { readonly [type: string]: string } = { aws_iam_role: 'permissions_boundary', aws_iam_user: 'permissions_boundary' };

/**
 * The resources attaching managed policies: the attribute naming the policy (one ARN, or a list of
 * them), and the attributes naming the roles, users and groups (one name, or a list of them).
 */
const ATTACHING: { readonly [type: string]: { readonly policies: string; readonly entities: { readonly [attribute: string]: EntityKind } } } = {
  aws_iam_role_policy_attachment: { policies: 'policy_arn', entities: { role: 'role' } },
  aws_iam_user_policy_attachment: { policies: 'policy_arn', entities: { user: 'user' } },
  aws_iam_group_policy_attachment: { policies: 'policy_arn', entities: { group: 'group' } },
  aws_iam_policy_attachment: { policies: 'policy_arn', entities: { roles: 'role', users: 'user', groups: 'group' } },
  aws_iam_role_policy_attachments_exclusive: { policies: 'policy_arns', entities: { role_name: 'role' } },
  aws_iam_user_policy_attachments_exclusive: { policies: 'policy_arns', entities: { user_name: 'user' } },
  aws_iam_group_policy_attachments_exclusive: { policies: 'policy_arns', entities: { group_name: 'group' } },
  // computed: the state lists every policy attached to the role, those attachment resources attach too (counted once, by ARN)
  aws_iam_role: { policies: 'managed_policy_arns', entities: {} },
};

/** Organizations policy types in the IAM policy language (the others, tag or backup policies, are not). */
const ORGANIZATIONS: { readonly [type: string]: PolicyKind & SizeTargetName } = {
  SERVICE_CONTROL_POLICY: 'scp',
  RESOURCE_CONTROL_POLICY: 'rcp',
};

/**
 * True for a value shaped as `terraform show -json` output: an object without `Statement` holding a
 * `format_version` string and a plan's or state's parts (`planned_values`, `resource_changes`,
 * `values`, or the `terraform_version` of an empty state).
 *
 * @example
 * ```ts
 * import { isTerraformJson } from 'typed-iam/lint';
 * isTerraformJson({ format_version: '1.2', terraform_version: '1.9.5', resource_changes: [] }); // true
 * isTerraformJson({ Version: '2012-10-17', Statement: [] }); // false
 * ```
 */
export function isTerraformJson(value: unknown): boolean {
  try {
    if (!isRecord(value) || Object.hasOwn(value, 'Statement') || typeof value['format_version'] !== 'string') return false;
    return isRecord(value['planned_values']) || Array.isArray(value['resource_changes']) || isRecord(value['values']) || typeof value['terraform_version'] === 'string';
  } catch {
    // a getter or proxy that throws: no output of Terraform's
    return false;
  }
}

/**
 * True for a `format_version` typed-iam reads: major version 0 (Terraform 0.12 to 1.0) or 1. Terraform
 * raises the major version for a change readers cannot follow, and tells them to reject it.
 */
export function terraformFormatSupported(formatVersion: string): boolean {
  return /^[01]\.\d+$/.test(formatVersion);
}

/**
 * One policy of the plan or state: where it is (the resource address and attribute), its text and
 * what it is; `entity` for an inline policy (`role:NAME`), counted with the entity's others; or,
 * with `unknown`, a policy Terraform knows only after apply; or, with `thrown`, a resource whose
 * reading threw (a getter, a proxy).
 */
export type TerraformSite =
  | {
      readonly path: string;
      readonly document: unknown;
      readonly kind: PolicyKind;
      readonly target: SizeTargetName | undefined;
      readonly entity?: string;
      /** A managed policy's attachments, where the output shows every one (lint's `attachedTo`). */
      readonly attachedTo?: readonly (EntityKind)[];
      /**
       * The lint rules the resource makes moot, which it is linted without: `MISSING_TAG_SESSION_FOR_EKS_POD_IDENTITY`
       * for a role whose EKS Pod Identity associations all turn their session tags off, `KEY_POLICY_LOCKOUT` for a key
       * policy set with `bypass_policy_lockout_safety_check`.
       */
      readonly moot?: readonly string[];
      /** A policy assembled from resources (a function's policy from its `aws_lambda_permission`s): the address of the resource writing each statement. */
      readonly owners?: readonly string[];
    }
  | { readonly path: string; readonly unknown: true; /** One statement of an assembled policy (a permission's), not a whole policy. */ readonly statement?: true }
  | { readonly path: string; readonly thrown: unknown };

/**
 * One resource instance: its address, type, attribute values, (in a plan) which of them are known
 * only after apply and the attributes its configuration sets (undefined where the plan holds no
 * configuration).
 */
interface Instance {
  readonly address: string;
  /** The module instance's address (`module.app[0]`), `''` in the root module. */
  readonly module: string;
  /** The resource's name in its module (`aws_iam_policy.<name>`). */
  readonly name: string;
  readonly type: string;
  readonly values: Values;
  readonly unknown: unknown;
  readonly configured: Values | undefined;
  /** The configuration's `for_each` or `count` expression (undefined where there is none, or no configuration). */
  readonly repeat: unknown;
}

/**
 * Each resource of a values representation's module tree (`root_module`, its `child_modules`), with
 * its module's address and its place: depth first in the output's order, without recursion (any
 * depth) and each module once (an object given twice, or a cycle).
 */
function walkModules(root: unknown, rootPath: string, guarded: (path: string, f: () => void) => void, visit: (resource: unknown, module: unknown, path: string) => void): void {
  const seen = new Set<unknown>();
  const stack: [module: unknown, path: string][] = [[root, rootPath]];
  while (stack.length > 0) {
    const [module, path] = stack.pop()!;
    if (!isRecord(module) || seen.has(module)) continue;
    seen.add(module);
    guarded(path, () => {
      const resources = module['resources'];
      if (Array.isArray(resources)) resources.forEach((r, i) => visit(r, module['address'], `${path}.resources[${i}]`));
      const children = module['child_modules'];
      if (Array.isArray(children)) for (let i = children.length - 1; i >= 0; i--) stack.push([children[i], `${path}.child_modules[${i}]`]);
    });
  }
}

/**
 * The managed resource instances of the output: a plan's `resource_changes` (each instance as it
 * is after the change; deleted ones left out), else the modules of `planned_values` or of a state's
 * `values`. Data sources are left out: a policy they compute (`aws_iam_policy_document`) is read
 * where a resource uses it.
 */
function instances(json: Values, out: TerraformSite[]): Instance[] {
  const found: Instance[] = [];
  const expressions = configurationLookup(json['configuration']);
  const instance = (r: unknown, values: unknown, unknown: unknown, module: unknown) => {
    if (!isRecord(r) || r['mode'] !== 'managed' || typeof r['type'] !== 'string' || !isRecord(values)) return;
    const block = unknown === undefined ? undefined : expressions(module, `${r['type']}.${String(r['name'])}`);
    const configured = block === undefined ? undefined : isRecord(block['expressions']) ? block['expressions'] : {};
    const address = typeof r['address'] === 'string' ? r['address'] : `${r['type']}.${String(r['name'])}`;
    found.push({ address, module: typeof module === 'string' ? module : '', name: String(r['name']), type: r['type'], values, unknown, configured, repeat: block?.['for_each_expression'] ?? block?.['count_expression'] });
  };
  const guarded = (path: string, f: () => void) => {
    try {
      f();
    } catch (e) {
      out.push({ path, thrown: e });
    }
  };
  const changes = json['resource_changes'];
  if (Array.isArray(changes)) {
    changes.forEach((r, i) =>
      guarded(`resource_changes[${i}]`, () => {
        // a deposed object is replaced by the current one, read at its own entry
        if (!isRecord(r) || r['deposed'] !== undefined) return;
        const change = r['change'];
        if (isRecord(change)) instance(r, change['after'], change['after_unknown'], r['module_address']);
      }),
    );
    return found;
  }
  const values = isRecord(json['planned_values']) ? json['planned_values'] : json['values'];
  const base = isRecord(json['planned_values']) ? 'planned_values' : 'values';
  if (isRecord(values)) guarded('values', () => walkModules(values['root_module'], `${base}.root_module`, guarded, (r, module, path) => guarded(path, () => instance(r, isRecord(r) ? r['values'] : undefined, undefined, module))));
  return found;
}

/**
 * A resource's configuration block (a plan's `configuration`, where module calls nest by name:
 * `module.app[0].module.db` is the call `db` of the call `app`), or undefined when the plan holds
 * none for it. Each module's resources are indexed by address once.
 */
function configurationLookup(configuration: unknown): (moduleAddress: unknown, address: string) => Values | undefined {
  const indexes = new Map<unknown, Map<unknown, Values>>();
  return (moduleAddress, address) => {
    if (!isRecord(configuration)) return undefined;
    let module: unknown = configuration['root_module'];
    if (typeof moduleAddress === 'string')
      for (const [, call] of moduleAddress.matchAll(/module\.([^.[]+)(?:\[(?:\d+|"(?:[^"\\]|\\.)*")\])?/g)) {
        const calls = isRecord(module) ? module['module_calls'] : undefined;
        const c = isRecord(calls) ? calls[call!] : undefined;
        module = isRecord(c) ? c['module'] : undefined;
      }
    if (!isRecord(module)) return undefined;
    let index = indexes.get(module);
    if (index === undefined) {
      index = new Map();
      const resources = module['resources'];
      // the first of an address, as a search in order finds it
      if (Array.isArray(resources)) for (const r of resources) if (isRecord(r) && !index.has(r['address'])) index.set(r['address'], r);
      indexes.set(module, index);
    }
    return index.get(address);
  };
}

/**
 * The managed policies an attribute names: each ARN it holds, and (in a plan, where a new policy's ARN
 * is unknown) each `aws_iam_policy` of the same module its configuration refers to, as
 * `module|aws_iam_policy.name`.
 */
function policyKeys(r: Instance, attribute: string): string[] {
  const v = r.values[attribute];
  const keys = (Array.isArray(v) ? v : [v]).filter((arn): arn is string => typeof arn === 'string' && arn !== '');
  for (const name of references(r.configured?.[attribute])) keys.push(`${r.module}|aws_iam_policy.${name}`);
  return keys;
}

/**
 * The names of the resources of `type` an attribute's configuration expression refers to in its own
 * module (`aws_iam_policy.boundary.arn`, `aws_iam_policy.boundary[0].arn`: `boundary`). A list is one
 * expression, or an array of them (a block).
 */
function references(expression: unknown, type = 'aws_iam_policy'): string[] {
  const out: string[] = [];
  for (const e of Array.isArray(expression) ? expression : [expression]) {
    const refs = isRecord(e) ? e['references'] : undefined;
    if (!Array.isArray(refs)) continue;
    for (const ref of refs) {
      const name = typeof ref === 'string' && ref.startsWith(`${type}.`) ? /^[^.[]+/.exec(ref.slice(type.length + 1))?.[0] : undefined;
      if (name !== undefined && !out.includes(name)) out.push(name);
    }
  }
  return out;
}

/** The key of a role, user or group: `role:NAME`, or where its name is known only after apply (`name_prefix`) `role:@ADDRESS`. */
function ownKey(r: Instance, kind: EntityKind): string {
  const name = text(r.values, 'name');
  return name === undefined ? `${kind}:@${r.address}` : `${kind}:${name}`;
}

/** How a resource names roles, users or groups (see {@link entityNames}). */
type EntityNames = (r: Instance, attribute: string, kind: EntityKind) => string[];

/**
 * The roles, users and groups a resource of {@link ATTACHING} attaches its policies to, each with its
 * kind: those its attributes name (`entities`), or a role's own `managed_policy_arns`: that role.
 */
function attachingEntities(r: Instance, entities: { readonly [attribute: string]: EntityKind }, named: EntityNames): [key: string, kind: EntityKind][] {
  if (r.type === 'aws_iam_role') return [[ownKey(r, 'role'), 'role']];
  return Object.entries(entities).flatMap(([attribute, kind]) => named(r, attribute, kind).map((e): [string, EntityKind] => [e, kind]));
}

/**
 * How a resource names a role, user or group: an entity key for each name an attribute holds; in a plan,
 * where the name is known only after apply (`role = aws_iam_role.app.id`), the entity its configuration
 * refers to, when one instance of it is in the module.
 */
function entityNames(all: readonly Instance[]): EntityNames {
  const referenced = referencedInstances(all, ['aws_iam_role', 'aws_iam_user', 'aws_iam_group']);
  return (r, attribute, kind) => {
    const v = r.values[attribute];
    const keys = (Array.isArray(v) ? v : [v]).filter((n): n is string => typeof n === 'string' && n !== '').map((n) => `${kind}:${n}`);
    if (keys.length > 0 || !unknownAt(r.unknown, attribute)) return keys;
    return referenced(r, attribute, `aws_iam_${kind}`).map((found) => ownKey(found, kind));
  };
}

/**
 * The instances of the resources of `types` an attribute's configuration refers to in its own module
 * (`role = aws_iam_role.app.id`), for a value known only after apply: one for each reference, none
 * where `count` or `for_each` make several (which instance is not known from the reference).
 */
function referencedInstances(all: readonly Instance[], types: readonly string[]): (r: Instance, attribute: string, type: string) => Instance[] {
  const byName = new Map<string, Instance[]>();
  for (const r of all) {
    if (!types.includes(r.type)) continue;
    const key = `${r.type}|${r.module}|${r.name}`;
    byName.set(key, [...(byName.get(key) ?? []), r]);
  }
  return (r, attribute, type) =>
    references(r.configured?.[attribute], type).flatMap((name) => {
      const found = byName.get(`${type}|${r.module}|${name}`) ?? [];
      return found.length === 1 ? [found[0]!] : [];
    });
}

/**
 * The instance of a resource of `type` an attribute refers to, in a plan where its value is known only
 * after apply: the one instance of the resource its expression names (`aws_organizations_policy.scp.id`),
 * or, for a resource made with `count` or `for_each`, the instance of the same key as `r`'s
 * (`aws_organizations_policy.p[count.index].id`, `each.value.id` in a resource whose `for_each` is
 * `aws_organizations_policy.p`), when the plan holds it.
 */
function sameKeyInstance(all: readonly Instance[], types: readonly string[]): (r: Instance, attribute: string, type: string) => Instance | undefined {
  const single = referencedInstances(all, types);
  const byAddress = new Map<string, Instance>();
  for (const r of all) if (types.includes(r.type)) byAddress.set(r.address, r);
  return (r, attribute, type) => {
    const [one] = single(r, attribute, type);
    if (one !== undefined) return one;
    const expression = r.configured?.[attribute];
    const named = references(expression, type);
    const keyed = named.length === 0 && refersTo(expression, 'each.') ? references(r.repeat, type) : named;
    const key = /\[(?:\d+|"(?:[^"\\]|\\.)*")\]$/.exec(r.address)?.[0];
    if (keyed.length !== 1 || key === undefined || !(refersTo(expression, 'count.index') || refersTo(expression, 'each.'))) return undefined;
    return byAddress.get(`${r.module === '' ? '' : `${r.module}.`}${type}.${keyed[0]!}${key}`);
  };
}

/** True when a configuration expression refers to a name starting with `prefix` (`count.index`, `each.`). */
function refersTo(expression: unknown, prefix: string): boolean {
  const refs = isRecord(expression) ? expression['references'] : undefined;
  return Array.isArray(refs) && refs.some((ref) => typeof ref === 'string' && ref.startsWith(prefix));
}

/**
 * How an entity key reads in a message: `role "app"`, or `role aws_iam_role.app` for one whose name
 * is known only after apply.
 */
export function entityLabel(key: string): string {
  const at = key.indexOf(':');
  const name = key.slice(at + 1);
  return `${key.slice(0, at)} ${name.startsWith('@') ? name.slice(1) : JSON.stringify(name)}`;
}

/** True when the plan knows `attribute` only after apply (`after_unknown` marks it, or an entry of it, true). */
function unknownAt(unknown: unknown, attribute: string | number): boolean {
  if (Array.isArray(unknown) && typeof attribute === 'number') return unknown[attribute] === true;
  return isRecord(unknown) && unknown[attribute] === true;
}

/** True when the configuration sets `attribute`, or when the output holds no configuration to tell (the safe reading). */
function setIn(r: Instance, attribute: string): boolean {
  return r.configured === undefined || r.configured[attribute] !== undefined;
}

/** A non-empty string attribute, else undefined. */
function text(values: Values, attribute: string): string | undefined {
  const v = values[attribute];
  return typeof v === 'string' && v !== '' ? v : undefined;
}

/**
 * What lint's `lintTerraform` reads of a plan or state (`terraform show -json`), its resources read
 * once: the policies in the order it lists its resources, and the managed policies attached to each
 * role, user and group.
 */
export function readTerraform(json: Values): {
  readonly sites: TerraformSite[];
  readonly attachments: Map<string, TerraformAttachment[]>;
  readonly policyTwice: readonly { readonly path: string; readonly permissions: readonly string[] }[];
  readonly sessionTags: readonly string[];
  readonly managedArns: readonly { readonly path: string; readonly arn: string }[];
  readonly logsPolicies: readonly { readonly places: readonly string[]; readonly n: number; readonly region: string | undefined; readonly certain: boolean }[];
  readonly organizationTargets: readonly OrganizationTargetGroup[];
  readonly iamNames: readonly { readonly kind: string; readonly name: string; readonly places: readonly string[]; readonly certain: boolean }[];
} {
  const out: TerraformSite[] = [];
  const all = instances(json, out);
  const named = entityNames(all);
  return { sites: policySites(all, named, out), attachments: attachmentsOf(all, named), policyTwice: functionPolicyTwice(all), managedArns: managedArnsNamed(all), sessionTags: sessionPolicyWithTags(all), logsPolicies: logsPolicyGroups(json, all), organizationTargets: organizationPolicyGroups(json, all), iamNames: iamNameGroups(json, all) };
}

/**
 * Every managed policy ARN an attribute attaches or sets as a boundary (the attaching resources,
 * `permissions_boundary`, an IAM Identity Center permission set's `managed_policy_arn` and its
 * boundary's), with its
 * place: each once per place; values known only after apply are left out.
 */
function managedArnsNamed(all: readonly Instance[]): { path: string; arn: string }[] {
  const out: { path: string; arn: string }[] = [];
  for (const r of all) {
    try {
      const attributes = [ownValue(ATTACHING, r.type)?.policies, ownValue(BOUNDARY, r.type), r.type === 'aws_ssoadmin_managed_policy_attachment' ? 'managed_policy_arn' : undefined];
      for (const attribute of attributes) {
        if (attribute === undefined) continue;
        const v = r.values[attribute];
        const path = `${r.address}.${attribute}`;
        const arns = typeof v === 'string' ? [v] : Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
        for (const arn of new Set(arns)) out.push({ path, arn });
      }
      // a permission set's boundary: one block naming an AWS managed policy or a customer managed policy reference
      const boundary = r.type === 'aws_ssoadmin_permissions_boundary_attachment' ? r.values['permissions_boundary'] : undefined;
      if (Array.isArray(boundary))
        boundary.forEach((b, i) => {
          const arn = isRecord(b) ? b['managed_policy_arn'] : undefined;
          if (typeof arn === 'string' && arn !== '') out.push({ path: `${r.address}.permissions_boundary[${i}].managed_policy_arn`, arn });
        });
    } catch {
      // a value that throws: the resource is reported where it is read
    }
  }
  return out;
}

/**
 * The places of the EKS Pod Identity associations that give a session policy and keep their session
 * tags (`disable_session_tags` false, its default): EKS refuses them. A value known only after apply
 * is not judged.
 */
function sessionPolicyWithTags(all: readonly Instance[]): string[] {
  const out: string[] = [];
  for (const r of all) {
    if (r.type !== 'aws_eks_pod_identity_association') continue;
    try {
      const policy = r.values['policy'];
      if ((typeof policy !== 'string' || policy === '') && !unknownAt(r.unknown, 'policy')) continue;
      if (!unknownAt(r.unknown, 'disable_session_tags') && r.values['disable_session_tags'] !== true) out.push(`${r.address}.disable_session_tags`);
    } catch {
      // a value that throws: the resource is reported where its policy is read
    }
  }
  return out;
}

/**
 * The CloudWatch Logs resource policies without a `resource_arn` a plan makes or keeps, by Region
 * (`region`, which AWS provider 6 sets on each resource; one group where it is absent), in the
 * groups of more than CloudWatch Logs allows in an account and Region: their places, how many
 * policies they are (one `policy_name` is one policy) and whether one AWS provider configuration
 * makes them all, so one account (`certain`). A state is not read: what it holds was made, within
 * the quota. A `region` or `resource_arn` known only after apply is not judged.
 */
function logsPolicyGroups(json: Values, all: readonly Instance[]): { places: string[]; n: number; region: string | undefined; certain: boolean }[] {
  if (!Array.isArray(json['resource_changes']) && !isRecord(json['planned_values'])) return [];
  const groups = new Map<string, { places: string[]; names: Set<string>; unnamed: number }>();
  for (const r of all) {
    if (r.type !== 'aws_cloudwatch_log_resource_policy') continue;
    try {
      if (unknownAt(r.unknown, 'region') || unknownAt(r.unknown, 'resource_arn') || (r.values['resource_arn'] ?? '') !== '') continue;
      const region = text(r.values, 'region') ?? '';
      const g = groups.get(region) ?? { places: [], names: new Set<string>(), unnamed: 0 };
      groups.set(region, g);
      g.places.push(r.address);
      const name = unknownAt(r.unknown, 'policy_name') ? undefined : text(r.values, 'policy_name');
      if (name === undefined) g.unnamed++;
      else g.names.add(name);
    } catch {
      // a value that throws: the resource is reported where its policy is read
    }
  }
  const certain = oneAccount(json);
  return [...groups].flatMap(([region, g]) => {
    const n = g.names.size + g.unnamed;
    return n > ATTACHABLE.logsPolicies ? [{ places: g.places, n, region: region === '' ? undefined : region, certain }] : [];
  });
}

/** A root, OU or account a plan attaches more SCPs or RCPs to than AWS Organizations allows, or may. */
export interface OrganizationTargetGroup {
  readonly type: 'scp' | 'rcp';
  /** The target's id, or the address of the OU or account the plan makes. */
  readonly target: string;
  /** True when the plan makes the OU or account (its id is known only after apply): Organizations attaches FullAWSAccess to it. */
  readonly made: boolean;
  /** The addresses of the aws_organizations_policy_attachment resources attaching to it, in the plan's order. */
  readonly places: readonly string[];
  /** How many policies are surely attached (FullAWSAccess counted on an OU or account the plan makes), and how many may be. */
  readonly certain: number;
  readonly possible: number;
  /** `'over'` when `certain` is over the quota, else `'maybe'` (only `possible` is). */
  readonly verdict: 'over' | 'maybe';
}

/**
 * The roots, OUs and accounts a plan attaches more service control or resource control policies to
 * (`aws_organizations_policy_attachment`) than AWS Organizations allows, or may: FullAWSAccess is
 * counted as surely attached to an OU or account the plan makes (its id known only after apply) and
 * as possibly attached to one that exists (it may have been detached), RCPFullAWSAccess as possibly
 * taking a place. A policy is read from the `aws_organizations_policy` of the plan it names (by id,
 * else, in a new policy's case, by the configuration's reference), `p-FullAWSAccess` as FullAWSAccess;
 * an attachment whose policy type or target cannot be told is not counted. A state is not read: what
 * it holds was attached, within the quota.
 */
function organizationPolicyGroups(json: Values, all: readonly Instance[]): OrganizationTargetGroup[] {
  if (!Array.isArray(json['resource_changes']) && !isRecord(json['planned_values'])) return [];
  const byId = new Map<string, Instance>();
  for (const r of all) if (r.type === 'aws_organizations_policy' && !unknownAt(r.unknown, 'id')) byId.set(text(r.values, 'id') ?? '', r);
  const referenced = sameKeyInstance(all, ['aws_organizations_policy', 'aws_organizations_organizational_unit', 'aws_organizations_account']);
  const typeOf = (p: Instance) => (unknownAt(p.unknown, 'type') ? undefined : ownValue(ORGANIZATIONS, text(p.values, 'type') ?? 'SERVICE_CONTROL_POLICY'));
  const groups = new Map<string, { type: 'scp' | 'rcp'; target: string; made: boolean; policies: Set<string>; places: string[] }>();
  for (const r of all) {
    if (r.type !== 'aws_organizations_policy_attachment') continue;
    try {
      let policy: string | undefined;
      let type: PolicyKind | undefined;
      const id = unknownAt(r.unknown, 'policy_id') ? undefined : text(r.values, 'policy_id');
      if (id !== undefined) {
        const p = byId.get(id);
        policy = id;
        type = p !== undefined ? typeOf(p) : id === `p-${ATTACHED_BY_DEFAULT.scp}` ? 'scp' : undefined;
      } else {
        const p = referenced(r, 'policy_id', 'aws_organizations_policy');
        if (p !== undefined) [policy, type] = [`@${p.address}`, typeOf(p)];
      }
      if (policy === undefined || (type !== 'scp' && type !== 'rcp')) continue;
      let target = unknownAt(r.unknown, 'target_id') ? undefined : text(r.values, 'target_id');
      const made = target === undefined;
      if (made) target = (referenced(r, 'target_id', 'aws_organizations_organizational_unit') ?? referenced(r, 'target_id', 'aws_organizations_account'))?.address;
      if (target === undefined) continue;
      const key = `${type}|${target}`;
      const g = groups.get(key) ?? { type, target, made, policies: new Set<string>(), places: [] };
      groups.set(key, g);
      g.policies.add(policy);
      g.places.push(r.address);
    } catch {
      // a value that throws: read nowhere else, so not counted
    }
  }
  return [...groups.values()].flatMap((g) => {
    // FullAWSAccess attached by the plan itself is counted among its policies
    const { certain, possible, verdict } = organizationCount(g.type, g.policies.size, g.policies.size, g.made, g.type === 'scp' && g.policies.has(`p-${ATTACHED_BY_DEFAULT.scp}`));
    return verdict === 'within' ? [] : [{ type: g.type, target: g.target, made: g.made, places: g.places, certain, possible, verdict }];
  });
}

/** True when a plan's configuration has exactly one AWS provider configuration, so makes everything in one account (aliases may be other accounts; a plan without its configuration does not say). */
function oneAccount(json: Values): boolean {
  const configuration = json['configuration'];
  const providers = isRecord(configuration) && isRecord(configuration['provider_config']) ? Object.values(configuration['provider_config']) : [];
  return providers.filter((p) => isRecord(p) && p['name'] === 'aws').length === 1;
}

/** The IAM resource types whose `name` is unique in the account (ignoring case), with the kind a message names. */
const NAMED: { readonly [type: string]: string } = { aws_iam_role: 'role', aws_iam_user: 'user', aws_iam_group: 'group', aws_iam_policy: 'managed policy' };

/**
 * The roles, users, groups and managed policies a plan makes or keeps under one name (ignoring case)
 * more than once: IAM names are unique in an account, in every Region, so the second create fails.
 * `certain` when one AWS provider configuration makes them all (one account). A name known only
 * after apply (`name_prefix`) is not compared; a state is not read (what it holds was made).
 */
function iamNameGroups(json: Values, all: readonly Instance[]): { kind: string; name: string; places: string[]; certain: boolean }[] {
  if (!Array.isArray(json['resource_changes']) && !isRecord(json['planned_values'])) return [];
  const groups = new Map<string, { kind: string; name: string; places: string[] }>();
  for (const r of all) {
    const kind = ownValue(NAMED, r.type);
    if (kind === undefined) continue;
    try {
      const name = unknownAt(r.unknown, 'name') ? undefined : text(r.values, 'name');
      if (name === undefined) continue;
      const key = `${kind}:${name.toLowerCase()}`;
      const g = groups.get(key) ?? { kind, name, places: [] };
      groups.set(key, g);
      g.places.push(r.address);
    } catch {
      // a value that throws: the resource is reported where its policy is read
    }
  }
  const certain = oneAccount(json);
  return [...groups.values()].flatMap((g) => (g.places.length > 1 ? [{ ...g, certain }] : []));
}

/**
 * Each aws_lambda_resource_policy whose function aws_lambda_permission resources grant on too, with
 * those permissions: PutResourcePolicy replaces the policy AddPermission adds to, so each apply of
 * one may undo the other (the provider's documentation says not to use both on one function). Only
 * names known in the output are compared.
 */
function functionPolicyTwice(all: readonly Instance[]): { path: string; permissions: string[] }[] {
  const permissions = new Map<string, string[]>();
  const policies: [string, string][] = [];
  for (const r of all) {
    if (r.type === 'aws_lambda_permission') {
      const fn = text(r.values, 'function_name');
      if (fn !== undefined) {
        const key = functionKey(fn, text(r.values, 'qualifier'));
        permissions.set(key, [...(permissions.get(key) ?? []), r.address]);
      }
    } else if (r.type === 'aws_lambda_resource_policy') {
      const arn = text(r.values, 'resource_arn');
      if (arn !== undefined) policies.push([`${r.address}.resource_arn`, functionKey(arn, undefined)]);
    }
  }
  return policies.flatMap(([path, key]) => (permissions.has(key) ? [{ path, permissions: permissions.get(key)! }] : []));
}

/** The policies of the resources, after `out` (the resources whose reading threw). */
function policySites(all: readonly Instance[], named: EntityNames, out: TerraformSite[]): TerraformSite[] {
  // the policy resources naming each parent (a bucket by name, a queue by URL), and each role's inline policies by name
  const referenced = new Set<string>();
  const inlineNamed = new Set<string>();
  // managed policies used as permissions boundaries, and those attached: by ARN, and (in a plan, where a new
  // policy's ARN is unknown) by the aws_iam_policy the configuration refers to, `module|aws_iam_policy.name`
  const boundaries = new Set<string>();
  const attached = new Set<string>();
  // the roles, users and groups each policy is attached to, by the same keys: entity key to its kind; and the
  // kinds of entity each is the permissions boundary of
  const attachedBy = new Map<string, Map<string, EntityKind>>();
  const boundedKinds = new Map<string, Set<EntityKind>>();
  // each function's ARN by its name
  const lambdaArns = new Map<string, string>();
  // the roles of EKS Pod Identity associations (by ARN, or the aws_iam_role the configuration refers to): true while
  // every association of the role turns its session tags off
  const podTagsOff = new Map<string, boolean>();
  const policiesIn = (r: Instance, attribute: string, into: Set<string>) => {
    for (const key of policyKeys(r, attribute)) into.add(key);
  };
  for (const r of all) {
    try {
      const parent = ownValue(PARENT_OF, r.type);
      const ref = parent === undefined ? undefined : text(r.values, PARENT[parent]!.ref);
      if (parent !== undefined && ref !== undefined) referenced.add(`${parent}\u0000${ref}`);
      if (r.type === 'aws_iam_role_policy' && typeof r.values['name'] === 'string') for (const role of named(r, 'role', 'role')) inlineNamed.add(`${role}\u0000${r.values['name']}`);
      const boundary = ownValue(BOUNDARY, r.type);
      if (boundary !== undefined) {
        policiesIn(r, boundary, boundaries);
        const kind = r.type === 'aws_iam_role' ? 'role' : 'user';
        for (const key of policyKeys(r, boundary)) boundedKinds.set(key, new Set([...(boundedKinds.get(key) ?? []), kind]));
      }
      const attaching = ownValue(ATTACHING, r.type);
      if (attaching !== undefined) {
        policiesIn(r, attaching.policies, attached);
        const entities = attachingEntities(r, attaching.entities, named);
        for (const key of policyKeys(r, attaching.policies)) {
          const by = attachedBy.get(key) ?? new Map<string, EntityKind>();
          for (const [e, kind] of entities) by.set(e, kind);
          attachedBy.set(key, by);
        }
      }
      if (r.type === 'aws_eks_pod_identity_association') {
        const keys = [text(r.values, 'role_arn') ?? '', ...references(r.configured?.['role_arn'], 'aws_iam_role').map((name) => `${r.module}|aws_iam_role.${name}`)].filter((k) => k !== '');
        for (const key of keys) podTagsOff.set(key, (podTagsOff.get(key) ?? true) && r.values['disable_session_tags'] === true);
      }
      const [fn, arn] = r.type === 'aws_lambda_function' ? [text(r.values, 'function_name'), text(r.values, 'arn')] : [];
      if (fn !== undefined && arn !== undefined) lambdaArns.set(fn, arn);
    } catch {
      // a value that throws: the resource is reported where it is read below
    }
  }
  /**
   * What a customer managed policy is attached to, where the output shows every attachment: as many
   * roles, users and groups attach it as its `attachment_count` (a state's; IAM's count) says; with
   * the kinds of entity it is the permissions boundary of in the output (a state holds no count of
   * those: a boundary use outside it is not seen).
   */
  const attachedTo = (r: Instance): EntityKind[] | undefined => {
    const count = r.values['attachment_count'];
    if (typeof count !== 'number' || count < 1) return undefined;
    const ids = [typeof r.values['arn'] === 'string' ? r.values['arn'] : '', `${r.module}|aws_iam_policy.${r.name}`];
    const entities = new Map<string, EntityKind>();
    for (const id of ids) for (const [e, kind] of attachedBy.get(id) ?? []) entities.set(e, kind);
    if (entities.size !== count) return undefined;
    return [...new Set([...entities.values(), ...ids.flatMap((id) => [...(boundedKinds.get(id) ?? [])])])];
  };
  /**
   * A customer managed policy is a permissions boundary (the boundary rules apply, `Allow *` on `*` is
   * what one often says) when a role or user uses it as one and nothing attaches it: no attachment in
   * the output, and (in a state) an `attachment_count` of 0 where it is known.
   */
  const isBoundary = (r: Instance): boolean => {
    const ids = [typeof r.values['arn'] === 'string' ? r.values['arn'] : '', `${r.module}|aws_iam_policy.${r.name}`];
    const count = r.values['attachment_count'];
    return ids.some((id) => boundaries.has(id)) && !ids.some((id) => attached.has(id)) && !(typeof count === 'number' && count > 0);
  };
  /**
   * The policy in `attribute`. Known only after apply: reported when `set`, false for a computed
   * attribute (the provider fills it from AWS) the configuration does not set (a new bucket's policy,
   * a new role's inline_policy).
   */
  const read = (r: Instance, attribute: string, kind: PolicyKind, target: SizeTargetName | undefined, entity?: string, set = true, to?: readonly (EntityKind)[], moot: readonly string[] = []) => {
    const path = `${r.address}.${attribute}`;
    if (unknownAt(r.unknown, attribute)) {
      if (set) out.push({ path, unknown: true });
      return;
    }
    const v = r.values[attribute];
    // an empty string or null is no policy; a policy given as an object (not what Terraform writes) is still read
    if (v === undefined || v === null || v === '') return;
    out.push({ path, document: v, kind, target, ...(entity === undefined ? {} : { entity }), ...(to === undefined ? {} : { attachedTo: to }), ...(moot.length === 0 ? {} : { moot }) });
  };
  /**
   * Each function's policy, from its aws_lambda_permission resources: the statement Lambda adds for
   * each (AddPermission), in the output's order. A permission whose principal, action or conditions
   * the plan knows only after apply is not read (`POLICY_NOT_READ`); a function or qualifier known only
   * after apply stands in for itself, and the policy is then not sized.
   */
  const functions = new Map<string, { statements: object[]; owners: string[]; exact: boolean }>();
  const permission = (r: Instance) => {
    const fields = ['principal', 'action', 'source_account', 'source_arn', 'principal_org_id', 'event_source_token', 'function_url_auth_type'] as const;
    const unknown = fields.find((f) => unknownAt(r.unknown, f));
    if (unknown !== undefined) return void out.push({ path: `${r.address}.${unknown}`, unknown: true, statement: true });
    const given = (f: string) => text(r.values, f);
    const qualifier = given('qualifier');
    const fn = given('function_name');
    // a function named by a reference known only after apply: the aws_lambda_function the configuration names
    const refs = fn === undefined ? references(r.configured?.['function_name'], 'aws_lambda_function') : [];
    const key = fn !== undefined ? `${fn}|${qualifier ?? ''}` : refs.length === 1 ? `@${r.module}|${refs[0]}|${qualifier ?? ''}` : `@${r.address}`;
    let exact = !unknownAt(r.unknown, 'qualifier') && !unknownAt(r.unknown, 'statement_id');
    // the function's ARN: as given, or of the aws_lambda_function of that name; else a stand-in of the same shape
    let arn: string;
    if (fn?.startsWith('arn:') === true) arn = fn;
    else if (fn !== undefined && lambdaArns.has(fn)) arn = lambdaArns.get(fn)!;
    else {
      arn = fn === undefined ? 'arn:aws:lambda:*:*:function:*' : fn.includes(':function:') ? `arn:aws:lambda:*:${fn}` : `arn:aws:lambda:*:*:function:${fn}`;
      exact = false;
    }
    const resource = qualifier === undefined || /:function:[^:]+:[^:]+$/.test(arn) ? arn : `${arn}:${qualifier}`;
    const statement = lambdaPermissionStatement<string>({
      // Lambda refuses a statement id the function's policy already has; one Terraform generates (unknown in a plan) is unique
      sid: given('statement_id') ?? `terraform-generated-${functions.get(key)?.statements.length ?? 0}`,
      principal: given('principal'),
      action: given('action'),
      resource,
      sourceAccount: given('source_account'),
      sourceArn: given('source_arn'),
      principalOrgId: given('principal_org_id'),
      functionUrlAuthType: given('function_url_auth_type'),
      eventSourceToken: given('event_source_token'),
    });
    const f = functions.get(key) ?? { statements: [], owners: [], exact: true };
    f.statements.push(statement);
    f.owners.push(r.address);
    f.exact &&= exact;
    functions.set(key, f);
  };
  for (const r of all) {
    try {
      const single = ownValue(SINGLE, r.type);
      // a key policy KMS sets without its lockout safety check (aws_kms_key, aws_kms_key_policy, the external and replica keys)
      const moot = r.values['bypass_policy_lockout_safety_check'] === true && r.type.startsWith('aws_kms_') ? ['KEY_POLICY_LOCKOUT'] : [];
      if (r.type === 'aws_iam_policy') read(r, 'policy', isBoundary(r) ? 'boundary' : 'identity', 'managed', undefined, true, attachedTo(r));
      else if (single !== undefined) read(r, ...single, undefined, true, undefined, moot);
      const optional = ownValue(OPTIONAL, r.type);
      if (optional !== undefined) read(r, ...optional, undefined, setIn(r, optional[0]), undefined, moot);
      const parent = ownValue(PARENT, r.type);
      // set by a policy resource of its own: read there
      const byChild = (id: string) => {
        const v = text(r.values, id);
        return v !== undefined && referenced.has(`${r.type}\u0000${v}`);
      };
      if (parent !== undefined && !parent.ids.some(byChild)) read(r, ...parent.single, undefined, setIn(r, parent.single[0]), undefined, moot);
      const inline = ownValue(INLINE, r.type);
      if (inline !== undefined) {
        read(r, 'policy', 'identity', inline[1], named(r, inline[0], inline[0])[0]);
      }
      if (r.type === 'aws_iam_role') {
        // a role only Pod Identity associations with their session tags off use: EKS does not tag its sessions
        const roleKeys = [text(r.values, 'arn') ?? '', `${r.module}|aws_iam_role.${r.name}`];
        read(r, 'assume_role_policy', 'trust', 'trust', undefined, true, undefined, roleKeys.some((k) => podTagsOff.get(k) === true) ? ['MISSING_TAG_SESSION_FOR_EKS_POD_IDENTITY'] : []);
        const role = ownKey(r, 'role');
        const unknown = isRecord(r.unknown) ? r.unknown['inline_policy'] : undefined;
        // computed: a new role without inline_policy blocks plans one whose name and policy are unknown
        const set = setIn(r, 'inline_policy');
        if (unknown === true && set) out.push({ path: `${r.address}.inline_policy`, unknown: true });
        const blocks = r.values['inline_policy'];
        if (Array.isArray(blocks))
          blocks.forEach((b, i) => {
            if (!isRecord(b)) return;
            // the state lists the role's inline policies, those an aws_iam_role_policy sets too: read at that resource
            const name = text(b, 'name');
            if (name !== undefined && inlineNamed.has(`${role}\u0000${name}`)) return;
            read({ ...r, address: `${r.address}.inline_policy[${i}]`, values: b, unknown: Array.isArray(unknown) ? unknown[i] : undefined }, 'policy', 'identity', 'inline-role', role, set);
          });
      }
      if (r.type === 'aws_organizations_policy') {
        // type defaults to SERVICE_CONTROL_POLICY (a plan holds the default)
        const kind = ownValue(ORGANIZATIONS, typeof r.values['type'] === 'string' ? r.values['type'] : 'SERVICE_CONTROL_POLICY');
        if (kind !== undefined) read(r, 'content', kind, kind);
      }
      if (r.type === 'aws_lambda_permission') permission(r);
    } catch (e) {
      out.push({ path: r.address, thrown: e });
    }
  }
  for (const f of functions.values()) {
    if (f.statements.length === 0) continue;
    // sized only when every ARN is known: a stand-in for an unknown one has no length of its own
    const document = { Version: '2012-10-17', Id: 'default', Statement: f.statements };
    out.push({ path: f.owners[0]!, document, kind: 'resource', target: f.exact ? 'lambda' : undefined, owners: f.owners });
  }
  return out;
}

/**
 * The managed policies an attaching attribute names, one key each: its ARN where known; in a plan,
 * where a new policy's ARN is unknown, the `aws_iam_policy` its configuration refers to (so two
 * attachments of one new policy are one), else a key of its own (`path`, `path[i]`).
 */
function attachedKeys(r: Instance, attribute: string, path: string): string[] {
  const v = r.values[attribute];
  const unknown = isRecord(r.unknown) ? r.unknown[attribute] : undefined;
  const refs = references(r.configured?.[attribute]).map((name) => `${r.module}|aws_iam_policy.${name}`);
  if (typeof v === 'string') return v === '' ? [] : [v];
  if (Array.isArray(v)) return v.flatMap((arn, i) => (typeof arn === 'string' ? (arn === '' ? [] : [arn]) : unknownAt(unknown, i) ? [`${path}[${i}]`] : []));
  if (unknown !== true) return [];
  // a whole list unknown: the policies its configuration refers to (none when it is computed, not configured)
  if (attribute !== 'policy_arn') return refs;
  return [refs[0] ?? path];
}

/** One managed policy attached to a role, user or group: the attaching resource's place, and the policy (its ARN, its `aws_iam_policy`, or that place where neither is known). */
export interface TerraformAttachment {
  readonly path: string;
  readonly policy: string;
}

/**
 * The managed policies attached to each role, user and group the output names (`role:NAME`, or
 * `role:@ADDRESS` for one whose name is known only after apply),
 * in the order it lists the attaching resources; a policy an entity has twice (an attachment, and
 * the role's computed `managed_policy_arns` in a state) is listed once.
 */
function attachmentsOf(all: readonly Instance[], named: EntityNames): Map<string, TerraformAttachment[]> {
  const out = new Map<string, TerraformAttachment[]>();
  const sets = permissionSetsOf(all);
  for (const r of all) {
    const attaching = ownValue(PERMISSION_SET_ATTACHING, r.type);
    if (attaching !== undefined) {
      try {
        for (const [entity, path, policy] of sets(r, attaching)) {
          const list = out.get(entity) ?? [];
          if (!list.some((a) => a.policy === policy)) list.push({ path, policy });
          out.set(entity, list);
        }
      } catch {
        // a value that throws: left out of the count
      }
      continue;
    }
    const spec = ownValue(ATTACHING, r.type);
    if (spec === undefined) continue;
    try {
      const path = `${r.address}.${spec.policies}`;
      const keys = attachedKeys(r, spec.policies, path);
      for (const [entity] of attachingEntities(r, spec.entities, named)) {
        const list = out.get(entity) ?? [];
        for (const policy of keys) if (!list.some((a) => a.policy === policy)) list.push({ path, policy });
        out.set(entity, list);
      }
    } catch {
      // a value that throws: the resource is reported where its policies are read
    }
  }
  return out;
}

/**
 * The resources attaching managed policies to an IAM Identity Center permission set, the role it
 * makes in each account holds them (the IAM Identity Center User Guide: "any combination of up to 10
 * AWS managed policies and Customer managed policies ... This quota is set by IAM"): the attribute
 * naming the policy.
 */
const PERMISSION_SET_ATTACHING: { readonly [type: string]: string } = {
  aws_ssoadmin_managed_policy_attachment: 'managed_policy_arn',
  aws_ssoadmin_customer_managed_policy_attachment: 'customer_managed_policy_reference',
};

/**
 * The permission set an attachment names (`permission set:ARN`; where the ARN is known only after
 * apply, the `aws_ssoadmin_permission_set` its configuration refers to, when one instance of it is in
 * the module), with the place and key of the policy it attaches: an AWS managed policy by ARN, a
 * customer managed policy by path and name (each account has its own of that name).
 */
function permissionSetsOf(all: readonly Instance[]): (r: Instance, attribute: string) => [entity: string, path: string, policy: string][] {
  const referenced = referencedInstances(all, ['aws_ssoadmin_permission_set']);
  return (r, attribute) => {
    const arn = text(r.values, 'permission_set_arn');
    let entity: string | undefined = arn === undefined ? undefined : `permission set:${arn}`;
    if (entity === undefined && unknownAt(r.unknown, 'permission_set_arn')) {
      const found = referenced(r, 'permission_set_arn', 'aws_ssoadmin_permission_set');
      if (found.length === 1) entity = `permission set:@${found[0]!.address}`;
    }
    if (entity === undefined) return [];
    const path = `${r.address}.${attribute}`;
    const v = r.values[attribute];
    if (typeof v === 'string' && v !== '') return [[entity, path, v]];
    const reference = Array.isArray(v) && isRecord(v[0]) ? v[0] : undefined;
    const name = reference === undefined ? undefined : text(reference, 'name');
    if (name !== undefined) return [[entity, path, `customer managed ${text(reference!, 'path') ?? '/'}${name}`]];
    // known after apply: a policy of its own
    return unknownAt(r.unknown, attribute) || (Array.isArray(v) && v.length > 0) ? [[entity, path, path]] : [];
  };
}

/**
 * The output's own account ids: the `account_id` of each `aws_caller_identity` data source (read at
 * plan time: in a plan's prior state, or a state), and the account in the ARNs of the IAM roles,
 * users, groups and policies it manages. A new role's ARN is unknown in a plan; the caller identity
 * most configurations read is not.
 */
export function terraformAccounts(json: Values): string[] {
  const ids = new Set<string>();
  const ignore = (_path: string, f: () => void) => {
    try {
      f();
    } catch {
      // a value that throws names no account
    }
  };
  const visit = (r: unknown, values: unknown) =>
    ignore('', () => {
      if (!isRecord(r) || !isRecord(values)) return;
      const account = values['account_id'];
      if (r['mode'] === 'data' && r['type'] === 'aws_caller_identity' && typeof account === 'string' && /^\d{12}$/.test(account)) ids.add(account);
      const arn = values['arn'];
      const id = r['mode'] === 'managed' && typeof r['type'] === 'string' && r['type'].startsWith('aws_iam_') && typeof arn === 'string' ? /^arn:[^:]+:iam::(\d{12}):/.exec(arn)?.[1] : undefined;
      if (id !== undefined) ids.add(id);
    });
  ignore('', () => {
    const changes = json['resource_changes'];
    if (Array.isArray(changes)) for (const r of changes) visit(r, isRecord(r) && isRecord(r['change']) ? r['change']['after'] : undefined);
    const prior = isRecord(json['prior_state']) ? json['prior_state']['values'] : undefined;
    for (const values of [json['planned_values'], json['values'], prior])
      if (isRecord(values)) walkModules(values['root_module'], '', ignore, (r) => visit(r, isRecord(r) ? r['values'] : undefined));
  });
  return [...ids];
}
