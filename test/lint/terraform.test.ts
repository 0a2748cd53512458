/**
 * lintTerraform: the IAM policies of a Terraform plan or state as `terraform show -json` prints it.
 * Format (Terraform, "JSON Output Format"): a plan's `resource_changes[]` give each instance's
 * `change.after` with `after_unknown` marking values known only after apply; a state's
 * `values.root_module` lists `resources[]` and nests `child_modules[]`; `format_version` is raised in
 * its major version for changes readers cannot follow, and readers are to reject such output.
 * Attributes: the AWS provider's resource documentation (aws_iam_role `assume_role_policy` and
 * `inline_policy`, aws_organizations_policy `content` and `type`, ...).
 */
import { describe, expect, it } from 'vitest';
import { formatFindings, isTerraformJson, lintTerraform, type Finding } from '../../src/lint/index.js';
import { PolicyArgumentError } from '../../src/errors.js';

const text = (...Statement: object[]) => JSON.stringify({ Version: '2012-10-17', Statement });
const passRole = { Effect: 'Allow', Action: 'iam:PassRole', Resource: '*' };
const publicRead = { Effect: 'Allow', Principal: '*', Action: 's3:GetObject', Resource: 'arn:aws:s3:::b/*' };

/** One resource change of a plan: `after` and, as a plan marks them, the attributes known only after apply. */
const change = (address: string, after: object | null, afterUnknown: object = {}, extra: object = {}) => {
  const [type = '', name = ''] = address.replace(/^(module\.[^.]+\.)+/, '').split('.');
  const module = /^((?:module\.[^.]+\.)*module\.[^.]+)\./.exec(address)?.[1];
  return { address, ...(module === undefined ? {} : { module_address: module }), mode: 'managed', type, name, change: { actions: after === null ? ['delete'] : ['create'], before: null, after, after_unknown: afterUnknown }, ...extra };
};
const plan = (changes: object[], configuration?: object) => ({ format_version: '1.2', terraform_version: '1.9.5', resource_changes: changes, ...(configuration === undefined ? {} : { configuration }) });
const codes = (json: unknown, options?: Parameters<typeof lintTerraform>[1]) => lintTerraform(json, options).map((f) => `${f.code} ${f.path}`);

describe('lintTerraform: each policy as its resource type gives it', () => {
  it('reads IAM policies, trust policies, inline policies and SCPs, each at its resource address and attribute', () => {
    const json = plan([
      change('aws_iam_policy.deploy', { name: 'deploy', policy: text(passRole) }),
      change('aws_iam_role.app', { name: 'app', assume_role_policy: text({ Effect: 'Allow', Principal: { Service: 'lambda.amazonaws.com' }, Action: 'sts:AssumeRole', Resource: '*' }) }),
      change('module.a.module.b.aws_iam_user_policy.u', { name: 'u', user: 'alice', policy: text(passRole) }),
      change('aws_iam_group_policy.g["ops"]', { name: 'g', group: 'ops', policy: text(passRole) }),
    ]);
    expect(codes(json)).toEqual([
      'PASS_ROLE_WITH_STAR_IN_RESOURCE aws_iam_policy.deploy.policy.Statement[0].Resource[0]',
      // a trust policy is read as one: Resource is not allowed there
      'RESOURCE_NOT_ALLOWED aws_iam_role.app.assume_role_policy.Statement[0].Resource',
      'PASS_ROLE_WITH_STAR_IN_RESOURCE module.a.module.b.aws_iam_user_policy.u.policy.Statement[0].Resource[0]',
      'PASS_ROLE_WITH_STAR_IN_RESOURCE aws_iam_group_policy.g["ops"].policy.Statement[0].Resource[0]',
    ]);
    // positions are in the policy's own text, which is a string of the output: the path locates the finding instead
    expect(lintTerraform(json).every((f: Finding) => f.line === undefined && f.column === undefined)).toBe(true);
  });

  it('an aws_organizations_policy is an SCP or an RCP by its type (SERVICE_CONTROL_POLICY by default); tag and backup policies are no IAM policies', () => {
    // SCPs and RCPs take no Principal in an Allow of an SCP; an RCP requires Principal "*"
    const scp = text({ Effect: 'Allow', Action: 's3:GetObject', Resource: '*', Principal: '*' });
    const rcp = text({ Effect: 'Deny', Action: 's3:GetObject', Resource: '*' });
    const json = plan([
      change('aws_organizations_policy.scp', { content: scp, type: 'SERVICE_CONTROL_POLICY' }),
      change('aws_organizations_policy.default', { content: scp }),
      change('aws_organizations_policy.rcp', { content: rcp, type: 'RESOURCE_CONTROL_POLICY' }),
      change('aws_organizations_policy.tags', { content: '{"tags":{"costcenter":{"tag_key":{"@@assign":"CostCenter"}}}}', type: 'TAG_POLICY' }),
    ]);
    const found = codes(json);
    expect(found.filter((c) => c.includes('.scp.content'))).toContain('PRINCIPAL_NOT_ALLOWED aws_organizations_policy.scp.content.Statement[0].Principal');
    expect(found.filter((c) => c.includes('.default.content'))).toContain('PRINCIPAL_NOT_ALLOWED aws_organizations_policy.default.content.Statement[0].Principal');
    expect(found).toContain('PRINCIPAL_REQUIRED aws_organizations_policy.rcp.content.Statement[0]');
    expect(found.some((c) => c.includes('.tags.'))).toBe(false);
  });

  it('a policy is measured as the plan holds it where whitespace counts (Organizations counts an SCP\'s whitespace; the provider sends its content as written)', () => {
    const statements = Array.from({ length: 60 }, (_, i) => ({ Effect: 'Deny', Action: `s3:PutObject`, Resource: `arn:aws:s3:::bucket-${i}-${'x'.repeat(80)}/*` }));
    const compact = JSON.stringify({ Version: '2012-10-17', Statement: statements });
    const indented = JSON.stringify({ Version: '2012-10-17', Statement: statements }, null, 8);
    expect(compact.length).toBeLessThan(10240);
    expect(indented.length).toBeGreaterThan(10240);
    expect(codes(plan([change('aws_organizations_policy.compact', { content: compact })])).filter((c) => c.startsWith('POLICY_SIZE'))).toEqual([]);
    const found = lintTerraform(plan([change('aws_organizations_policy.indented', { content: indented })])).filter((f) => f.code.startsWith('POLICY_SIZE'));
    expect(found.map((f) => f.path)).toEqual(['aws_organizations_policy.indented.content']);
    expect(found[0]!.message).toContain(`without whitespace it is ${compact.length.toLocaleString('en-US')} characters and fits: write it with jsonencode(), which Terraform writes compact.`);
  });

  it('reads resource policies with their kind and size target: a VPC endpoint policy is an endpoint policy, a bucket policy over 20 KB is over', () => {
    const many = Array.from({ length: 400 }, (_, i) => `arn:aws:s3:::bucket-${i}-${'x'.repeat(30)}/*`);
    const json = plan([
      change('aws_s3_bucket_policy.b', { bucket: 'b', policy: text({ ...publicRead, Resource: many }) }),
      change('aws_vpc_endpoint_policy.e', { vpc_endpoint_id: 'vpce-1', policy: text({ Effect: 'Allow', Action: 's3:GetObject', Resource: '*' }) }),
      change('aws_sqs_queue_policy.q', { queue_url: 'https://sqs', policy: text({ Effect: 'Allow', Principal: '*', Action: 'sqs:SendMessage', Resource: '*' }) }),
    ]);
    const found = codes(json);
    expect(found).toContain('POLICY_SIZE_EXCEEDS_RESOURCE_POLICY_QUOTA aws_s3_bucket_policy.b.policy');
    expect(found).toContain('PUBLIC_PRINCIPAL_WITHOUT_CONDITION aws_s3_bucket_policy.b.policy.Statement[0].Principal');
    expect(found).toContain('PUBLIC_PRINCIPAL_WITHOUT_CONDITION aws_sqs_queue_policy.q.policy.Statement[0].Principal');
    // a VPC endpoint policy needs a Principal (the endpoint rules); the same statement as an identity policy would not
    expect(found).toContain('PRINCIPAL_REQUIRED aws_vpc_endpoint_policy.e.policy.Statement[0]');
    // AWS documents no size quota for a Backup vault's access policy: linted, not sized (it was sized as an S3 bucket policy, the kind's default)
    const vault = codes(plan([change('aws_backup_vault_policy.v', { backup_vault_name: 'v', policy: text({ ...publicRead, Action: 'backup:DescribeBackupVault', Resource: many }) })]));
    expect(vault.filter((c) => c.startsWith('POLICY_SIZE'))).toEqual([]);
    expect(vault).toContain('PUBLIC_PRINCIPAL_WITHOUT_CONDITION aws_backup_vault_policy.v.policy.Statement[0].Principal');
  });

  it('leaves out deleted resources, deposed objects and data sources (a data source\'s policy is read where a resource uses it)', () => {
    const json = plan([
      change('aws_iam_policy.gone', null),
      change('aws_iam_policy.old', { policy: text(passRole) }, {}, { deposed: 'deadbeef' }),
      // data "aws_iam_policy": a policy that exists (an AWS managed one), not one the configuration writes
      { ...change('data.aws_iam_policy.admin', { arn: 'arn:aws:iam::aws:policy/AdministratorAccess', policy: text(passRole) }), mode: 'data', type: 'aws_iam_policy', name: 'admin' },
    ]);
    expect(codes(json)).toEqual([]);
  });

  it('reads a state (values.root_module) and its child modules at any depth', () => {
    const state = {
      format_version: '1.0',
      terraform_version: '1.5.7',
      values: {
        root_module: {
          resources: [{ address: 'aws_iam_policy.p', mode: 'managed', type: 'aws_iam_policy', name: 'p', values: { policy: text(passRole) } }],
          child_modules: [
            {
              address: 'module.a',
              child_modules: [{ address: 'module.a.module.b', resources: [{ address: 'module.a.module.b.aws_iam_policy.q', mode: 'managed', type: 'aws_iam_policy', name: 'q', values: { policy: text(passRole) } }] }],
            },
          ],
        },
      },
    };
    expect(codes(state)).toEqual([
      'PASS_ROLE_WITH_STAR_IN_RESOURCE aws_iam_policy.p.policy.Statement[0].Resource[0]',
      'PASS_ROLE_WITH_STAR_IN_RESOURCE module.a.module.b.aws_iam_policy.q.policy.Statement[0].Resource[0]',
    ]);
    // any depth, each module once: 5,000 nested modules (no recursion), and a module object listed twice
    let deep: object = { address: 'module.d', resources: [{ address: 'module.d.aws_iam_policy.deep', mode: 'managed', type: 'aws_iam_policy', name: 'deep', values: { policy: text(passRole) } }] };
    for (let i = 0; i < 5000; i++) deep = { address: 'module.d', child_modules: [deep] };
    const twice = { address: 'module.t', resources: [{ address: 'module.t.aws_iam_policy.t', mode: 'managed', type: 'aws_iam_policy', name: 't', values: { policy: text(passRole) } }] };
    expect(codes({ format_version: '1.0', values: { root_module: { child_modules: [deep, twice, twice] } } })).toEqual([
      'PASS_ROLE_WITH_STAR_IN_RESOURCE module.d.aws_iam_policy.deep.policy.Statement[0].Resource[0]',
      'PASS_ROLE_WITH_STAR_IN_RESOURCE module.t.aws_iam_policy.t.policy.Statement[0].Resource[0]',
    ]);
    // a plan without resource_changes: its planned_values
    expect(codes({ format_version: '1.2', planned_values: state.values })).toHaveLength(2);
    // an empty state (terraform show -json with no resources) holds nothing to lint
    expect(lintTerraform({ format_version: '1.0', terraform_version: '1.9.5' })).toEqual([]);
  });
});

describe('lintTerraform: policies known only after apply', () => {
  it('a policy attribute the plan knows only after apply is one POLICY_NOT_READ warning at its place, never a silent pass', () => {
    const json = plan([change('aws_iam_policy.p', { name: 'p' }, { policy: true, arn: true }), change('aws_iam_role.r', { name: 'r' }, { assume_role_policy: true })]);
    const found = lintTerraform(json);
    expect(found.map((f) => `${f.code} ${f.severity} ${f.path}`)).toEqual(['POLICY_NOT_READ warning aws_iam_policy.p.policy', 'POLICY_NOT_READ warning aws_iam_role.r.assume_role_policy']);
    expect(found[0]!.message).toContain('lint the state after apply (terraform show -json)');
    // turned off, or raised, like a rule
    expect(codes(json, { rules: { POLICY_NOT_READ: 'off' } })).toEqual([]);
    expect(lintTerraform(json, { rules: { POLICY_NOT_READ: 'error' } })[0]!.severity).toBe('error');
  });

  it('in SARIF, POLICY_NOT_READ and MANAGED_POLICIES_QUOTA_EXCEEDED are rules of their own meaning and level (both were "could not be read as written", errors)', () => {
    const attach = Array.from({ length: 11 }, (_, i) => change(`aws_iam_role_policy_attachment.a${i}`, { role: 'r', policy_arn: `arn:aws:iam::111122223333:policy/P${i}` }));
    const sarif = JSON.parse(formatFindings(lintTerraform(plan([change('aws_iam_policy.p', { name: 'p' }, { policy: true }), ...attach])), 'sarif')) as { runs: [{ tool: { driver: { rules: { id: string; shortDescription: { text: string }; defaultConfiguration: { level: string } }[] } } }] };
    const rule = (id: string) => sarif.runs[0].tool.driver.rules.find((r) => r.id === id)!;
    expect(rule('POLICY_NOT_READ').defaultConfiguration.level).toBe('warning');
    expect(rule('POLICY_NOT_READ').shortDescription.text).toMatch(/^A policy was not read, so not linted/);
    expect(rule('MANAGED_POLICIES_QUOTA_EXCEEDED').shortDescription.text).toMatch(/^More managed policies are attached/);
    expect(rule('MANAGED_POLICIES_QUOTA_EXCEEDED').defaultConfiguration.level).toBe('error');
  });

  it('reads the policies of more resource types (the AWS provider\'s arguments): resource policies, function policies, session policies', () => {
    const resources: [string, string][] = [
      ['aws_acmpca_policy', 'policy'],
      ['aws_cloudsearch_domain_service_access_policy', 'access_policy'],
      ['aws_cloudwatch_log_delivery_destination_policy', 'delivery_destination_policy'],
      ['aws_codebuild_resource_policy', 'policy'],
      ['aws_dsql_cluster_policy', 'policy'],
      ['aws_glacier_vault_lock', 'policy'],
      ['aws_glue_resource_policy', 'policy'],
      ['aws_mediastore_container_policy', 'policy'],
      ['aws_msk_cluster_policy', 'policy'],
      ['aws_networkfirewall_resource_policy', 'policy'],
      ['aws_oam_sink_policy', 'policy'],
      ['aws_organizations_resource_policy', 'content'],
      ['aws_redshift_resource_policy', 'policy'],
      ['aws_redshiftserverless_resource_policy', 'policy'],
      ['aws_s3control_access_grants_instance_resource_policy', 'policy'],
      ['aws_s3control_bucket_policy', 'policy'],
      ['aws_s3control_object_lambda_access_point_policy', 'policy'],
      ['aws_s3tables_table_policy', 'resource_policy'],
      ['aws_sagemaker_model_package_group_policy', 'resource_policy'],
      ['aws_schemas_registry_policy', 'policy'],
      ['aws_ses_identity_policy', 'policy'],
      ['aws_sesv2_email_identity_policy', 'policy'],
      ['aws_vpclattice_auth_policy', 'policy'],
      ['aws_vpclattice_resource_policy', 'policy'],
      ['aws_xray_resource_policy', 'policy_document'],
      ['aws_kms_replica_key', 'policy'],
      ['aws_kms_external_key', 'policy'],
      ['aws_kms_replica_external_key', 'policy'],
      ['aws_ecr_repository_creation_template', 'repository_policy'],
      ['aws_api_gateway_domain_name', 'policy'],
    ];
    const found = codes(plan(resources.map(([type, attribute]) => change(`${type}.x`, { [attribute]: text(publicRead) }))));
    for (const [type, attribute] of resources) expect(found, type).toContain(`PUBLIC_PRINCIPAL_WITHOUT_CONDITION ${type}.x.${attribute}.Statement[0].Principal`);
    // a function's whole resource-based policy: linted and sized as a function policy (20 KB)
    const fn = 'arn:aws:lambda:eu-west-1:111122223333:function:f';
    const invoke = { Effect: 'Allow', Principal: { Service: 's3.amazonaws.com' }, Action: 'lambda:InvokeFunction', Resource: Array.from({ length: 300 }, (_, i) => `${fn}:${'v'.repeat(60)}${i}`) };
    expect(codes(plan([change('aws_lambda_resource_policy.f', { resource_arn: fn, policy: text(invoke) })]))).toEqual([
      'POLICY_SIZE_EXCEEDS_RESOURCE_POLICY_QUOTA aws_lambda_resource_policy.f.policy',
      'RESTRICT_ACCESS_TO_SERVICE_PRINCIPAL aws_lambda_resource_policy.f.policy.Statement[0].Principal.Service',
    ]);
    // session policies take no Principal and are checked as such
    const session = text({ Effect: 'Allow', Action: 's3:GetObjekt', Resource: '*' });
    expect(codes(plan([change('aws_eks_pod_identity_association.p', { policy: session, disable_session_tags: true }), change('aws_rolesanywhere_profile.r', { session_policy: session })]))).toEqual([
      'INVALID_ACTION aws_eks_pod_identity_association.p.policy.Statement[0].Action[0]',
      'INVALID_ACTION aws_rolesanywhere_profile.r.session_policy.Statement[0].Action[0]',
    ]);
    // AWS Transfer Family scope-down policies (a user's, a directory group's access): session policies of at most
    // 2048 characters (Transfer CreateUser and CreateAccess, Policy); ${transfer:...} are Transfer's variables
    const home = text({ Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::${transfer:HomeBucket}/${transfer:HomeFolder}/*' });
    expect(codes(plan([change('aws_transfer_user.u', { policy: home }), change('aws_transfer_access.a', { policy: home })]))).toEqual([]);
    const long = text({ Effect: 'Allow', Action: 's3:GetObject', Resource: Array.from({ length: 30 }, (_, i) => `arn:aws:s3:::\${transfer:HomeBucket}/${'x'.repeat(60)}${i}/*`) });
    expect(codes(plan([change('aws_transfer_user.u', { policy: long }), change('aws_transfer_access.a', { policy: session })]))).toEqual([
      'POLICY_SIZE_EXCEEDS_IDENTITY_POLICY_QUOTA aws_transfer_user.u.policy',
      'INVALID_ACTION aws_transfer_access.a.policy.Statement[0].Action[0]',
    ]);
  });

  it('a function policy written by aws_lambda_resource_policy and by aws_lambda_permission is a warning at the resource policy', () => {
    // the provider's aws_lambda_resource_policy documentation: PutResourcePolicy replaces the entire policy, including
    // statements added with aws_lambda_permission; do not use both on the same function, version or alias
    const fn = 'arn:aws:lambda:eu-west-1:111122223333:function:f';
    const allow = text({ Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::111122223333:root' }, Action: 'lambda:InvokeFunction', Resource: fn });
    const perm = (address: string, values: object) => change(address, { action: 'lambda:InvokeFunction', principal: '111122223333', ...values });
    const twice = (...changes: object[]) => lintTerraform(plan([change('aws_lambda_resource_policy.p', { resource_arn: fn, policy: allow }), ...changes])).filter((f) => f.code === 'FUNCTION_POLICY_WRITTEN_TWICE');
    const found = twice(perm('aws_lambda_permission.a', { function_name: 'f' }), perm('aws_lambda_permission.b', { function_name: fn }));
    expect(found.map((f) => [f.path, f.severity])).toEqual([['aws_lambda_resource_policy.p.resource_arn', 'warning']]);
    expect(found[0]!.message).toContain('aws_lambda_permission.a, aws_lambda_permission.b add statements to it');
    // another function, or an alias of it (a policy of its own); a name known only after apply is not compared
    expect(twice(perm('aws_lambda_permission.c', { function_name: 'g' }), perm('aws_lambda_permission.d', { function_name: 'f', qualifier: 'prod' }))).toEqual([]);
    expect(twice(perm('aws_lambda_permission.e', {}))).toEqual([]);
  });

  it('an optional policy the provider computes (a replica key\'s default key policy) is not reported unknown unless the configuration sets it', () => {
    const json = (configuration: object) => plan([change('aws_kms_replica_key.k', { primary_key_arn: 'arn:aws:kms:eu-west-1:111122223333:key/k' }, { policy: true })], configuration);
    const resource = (expressions: object) => ({ root_module: { resources: [{ address: 'aws_kms_replica_key.k', mode: 'managed', expressions }] } });
    expect(codes(json(resource({ primary_key_arn: {} })))).toEqual([]);
    expect(codes(json(resource({ policy: { references: ['aws_iam_role.r.arn'] } })))).toEqual(['POLICY_NOT_READ aws_kms_replica_key.k.policy']);
  });

  it('a computed policy attribute (a new bucket\'s policy, a new role\'s inline_policy) is read only where the configuration sets it', () => {
    const unknownInline = { inline_policy: [{ name: true, policy: true }] };
    const json = (configuration: object) =>
      plan(
        [
          change('aws_s3_bucket.b', { bucket: 'b' }, { policy: true, arn: true }),
          change('module.x["k"].module.y[0].aws_iam_role.r', { name: 'r', assume_role_policy: text({ Effect: 'Allow', Principal: { Service: 'ec2.amazonaws.com' }, Action: 'sts:AssumeRole' }), inline_policy: [{}] }, unknownInline),
        ],
        configuration,
      );
    const resource = (address: string, expressions: object) => ({ address, mode: 'managed', expressions });
    // not set in the configuration: the provider fills it from AWS (the default), no policy of the user's
    const unset = { root_module: { resources: [resource('aws_s3_bucket.b', { bucket: {} })], module_calls: { x: { module: { module_calls: { y: { module: { resources: [resource('aws_iam_role.r', { name: {} })] } } } } } } } };
    expect(codes(json(unset))).toEqual([]);
    // set (jsonencode of a new resource's ARN): reported
    const set = {
      root_module: {
        resources: [resource('aws_s3_bucket.b', { bucket: {}, policy: { references: ['aws_sns_topic.t.arn'] } })],
        module_calls: { x: { module: { module_calls: { y: { module: { resources: [resource('aws_iam_role.r', { name: {}, inline_policy: [{ policy: { references: ['aws_s3_bucket.b.arn'] } }] })] } } } } } },
      },
    };
    expect(codes(json(set))).toEqual(['POLICY_NOT_READ aws_s3_bucket.b.policy', 'POLICY_NOT_READ module.x["k"].module.y[0].aws_iam_role.r.inline_policy[0].policy']);
    // a plan without its configuration: reported (the safe reading)
    expect(codes(json({}))).toEqual(['POLICY_NOT_READ aws_s3_bucket.b.policy', 'POLICY_NOT_READ module.x["k"].module.y[0].aws_iam_role.r.inline_policy[0].policy']);
  });
});

describe('lintTerraform: each policy read once', () => {
  it('a resource\'s computed policy set by a policy resource of its own is read at the policy resource only (the state holds it at both)', () => {
    const policy = text(publicRead);
    const state = {
      format_version: '1.0',
      values: {
        root_module: {
          resources: [
            { address: 'aws_s3_bucket.b', mode: 'managed', type: 'aws_s3_bucket', name: 'b', values: { bucket: 'b', id: 'b', policy } },
            { address: 'aws_s3_bucket_policy.b', mode: 'managed', type: 'aws_s3_bucket_policy', name: 'b', values: { bucket: 'b', policy } },
            // another bucket, whose policy is set on the bucket itself: read there
            { address: 'aws_s3_bucket.c', mode: 'managed', type: 'aws_s3_bucket', name: 'c', values: { bucket: 'c', policy } },
          ],
        },
      },
    };
    expect(codes(state)).toEqual(['PUBLIC_PRINCIPAL_WITHOUT_CONDITION aws_s3_bucket_policy.b.policy.Statement[0].Principal', 'PUBLIC_PRINCIPAL_WITHOUT_CONDITION aws_s3_bucket.c.policy.Statement[0].Principal']);
  });

  it("an access point's own policy is read there, or at the aws_s3control_access_point_policy that sets it (the state holds it at both)", () => {
    const policy = text({ ...publicRead, Resource: 'arn:aws:s3:eu-west-1:111122223333:accesspoint/a/object/*' });
    const arn = (name: string) => `arn:aws:s3:eu-west-1:111122223333:accesspoint/${name}`;
    const state = {
      format_version: '1.0',
      values: {
        root_module: {
          resources: [
            { address: 'aws_s3_access_point.a', mode: 'managed', type: 'aws_s3_access_point', name: 'a', values: { name: 'a', arn: arn('a'), policy } },
            { address: 'aws_s3control_access_point_policy.a', mode: 'managed', type: 'aws_s3control_access_point_policy', name: 'a', values: { access_point_arn: arn('a'), policy } },
            { address: 'aws_s3_access_point.b', mode: 'managed', type: 'aws_s3_access_point', name: 'b', values: { name: 'b', arn: arn('b'), policy } },
          ],
        },
      },
    };
    expect(codes(state).filter((c) => c.startsWith('PUBLIC_PRINCIPAL'))).toEqual([
      'PUBLIC_PRINCIPAL_WITHOUT_CONDITION aws_s3control_access_point_policy.a.policy.Statement[0].Principal',
      'PUBLIC_PRINCIPAL_WITHOUT_CONDITION aws_s3_access_point.b.policy.Statement[0].Principal',
    ]);
  });

  it('a role\'s inline_policy entry that an aws_iam_role_policy sets is read at that resource only', () => {
    const json = plan([
      change('aws_iam_role.r', { name: 'r', assume_role_policy: text({ Effect: 'Allow', Principal: { Service: 'ec2.amazonaws.com' }, Action: 'sts:AssumeRole' }), inline_policy: [{ name: 'p', policy: text(passRole) }, { name: 'own', policy: text(passRole) }] }),
      change('aws_iam_role_policy.p', { name: 'p', role: 'r', policy: text(passRole) }),
    ]);
    expect(codes(json)).toEqual([
      'PASS_ROLE_WITH_STAR_IN_RESOURCE aws_iam_role.r.inline_policy[1].policy.Statement[0].Resource[0]',
      'PASS_ROLE_WITH_STAR_IN_RESOURCE aws_iam_role_policy.p.policy.Statement[0].Resource[0]',
    ]);
  });
});

describe('lintTerraform: a raised role trust policy quota', () => {
  // IAM quotas: role trust policy length 2,048 characters by default, adjustable (Service Quotas L-C07B4B0D)
  it('trustPolicyLimit sizes every role\'s trust policy against your account\'s quota', () => {
    const principals = Array.from({ length: 60 }, (_, i) => `arn:aws:iam::111122223333:role/deployer-${i}`);
    const trust = text({ Effect: 'Allow', Principal: { AWS: principals }, Action: 'sts:AssumeRole' });
    expect(trust.length).toBeGreaterThan(2048);
    expect(trust.length).toBeLessThan(4096);
    const json = plan([change('aws_iam_role.r', { name: 'r', arn: 'arn:aws:iam::111122223333:role/r', assume_role_policy: trust })]);
    expect(codes(json)).toEqual(['POLICY_SIZE_EXCEEDS_ROLE_TRUST_POLICY_QUOTA aws_iam_role.r.assume_role_policy']);
    expect(codes(json, { trustPolicyLimit: 4096 })).toEqual([]);
    expect(() => lintTerraform(json, { trustPolicyLimit: 1.5 })).toThrow(PolicyArgumentError);
  });
});

describe('lintTerraform: a customer managed policy used as a permissions boundary', () => {
  // a boundary sets the most an identity may do; "Allow * on *" beside Denies is what one often says (IAM: permissions boundaries)
  const boundary = text({ Effect: 'Allow', Action: '*', Resource: '*' }, { Effect: 'Deny', Action: 'iam:DeleteRolePermissionsBoundary', Resource: '*' });
  const role = (address: string, after: object, extra: object = {}) => change(address, { name: 'r', assume_role_policy: text({ Effect: 'Allow', Principal: { Service: 'ec2.amazonaws.com' }, Action: 'sts:AssumeRole' }), ...after }, { arn: true, ...extra });
  const resource = (address: string, expressions: object) => ({ address, mode: 'managed', expressions });

  it('in a plan, found by the configuration\'s references (a new policy\'s ARN is unknown): the boundary rules apply, not the identity ones', () => {
    const json = (attach: boolean) =>
      plan(
        [
          change('aws_iam_policy.boundary', { name: 'boundary', policy: boundary }, { arn: true }),
          role('aws_iam_role.r', {}, { permissions_boundary: true }),
          ...(attach ? [change('aws_iam_role_policy_attachment.a', { role: 'r' }, { policy_arn: true })] : []),
        ],
        {
          root_module: {
            resources: [
              resource('aws_iam_role.r', { permissions_boundary: { references: ['aws_iam_policy.boundary.arn', 'aws_iam_policy.boundary'] } }),
              ...(attach ? [resource('aws_iam_role_policy_attachment.a', { policy_arn: { references: ['aws_iam_policy.boundary.arn', 'aws_iam_policy.boundary'] } })] : []),
            ],
          },
        },
      );
    expect(codes(json(false))).toEqual([]);
    // attached too: it grants what it says, and the identity rules apply
    expect(codes(json(true))).toContain('ALL_ACTIONS_ON_ALL_RESOURCES aws_iam_policy.boundary.policy.Statement[0].Action[0]');
  });

  it('a reference names a policy of its own module only', () => {
    const json = plan(
      [change('module.m.aws_iam_policy.boundary', { policy: boundary }, { arn: true }), change('aws_iam_policy.boundary', { policy: boundary }, { arn: true }), role('module.m.aws_iam_role.r', {}, { permissions_boundary: true })],
      { root_module: { resources: [], module_calls: { m: { module: { resources: [resource('aws_iam_role.r', { permissions_boundary: { references: ['aws_iam_policy.boundary.arn'] } })] } } } } },
    );
    expect(codes(json).filter((c) => c.startsWith('ALL_ACTIONS'))).toEqual(['ALL_ACTIONS_ON_ALL_RESOURCES aws_iam_policy.boundary.policy.Statement[0].Action[0]']);
  });

  it('in a state, by ARN, unless IAM counts attachments of it (attachment_count)', () => {
    const arn = 'arn:aws:iam::111122223333:policy/boundary';
    const state = (count: number) => ({
      format_version: '1.0',
      values: {
        root_module: {
          resources: [
            { address: 'aws_iam_policy.b', mode: 'managed', type: 'aws_iam_policy', name: 'b', values: { arn, attachment_count: count, policy: boundary } },
            { address: 'aws_iam_user.u', mode: 'managed', type: 'aws_iam_user', name: 'u', values: { name: 'u', permissions_boundary: arn } },
          ],
        },
      },
    });
    expect(codes(state(0))).toEqual([]);
    expect(codes(state(2)).filter((c) => c.startsWith('ALL_ACTIONS'))).toEqual(['ALL_ACTIONS_ON_ALL_RESOURCES aws_iam_policy.b.policy.Statement[0].Action[0]']);
  });
});

describe('lintTerraform: what a managed policy is attached to (lint option attachedTo)', () => {
  // IAM User Guide, global condition keys, aws:username: "requests that are made using ... IAM roles don't include this key"
  const arn = 'arn:aws:iam::111122223333:policy/home';
  const home = text({ Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::bucket/home/${aws:username}/*' });
  const state = (count: number | undefined, ...attachments: object[]) => ({
    format_version: '1.0',
    values: {
      root_module: {
        resources: [
          { address: 'aws_iam_policy.home', mode: 'managed', type: 'aws_iam_policy', name: 'home', values: { arn, policy: home, ...(count === undefined ? {} : { attachment_count: count }) } },
          ...attachments.map((values, i) => {
            const type = Object.hasOwn(values, 'managed_policy_arns') ? 'aws_iam_role' : Object.hasOwn(values, 'users') ? 'aws_iam_policy_attachment' : Object.hasOwn(values, 'user') ? 'aws_iam_user_policy_attachment' : Object.hasOwn(values, 'permissions_boundary') ? 'aws_iam_user' : 'aws_iam_role_policy_attachment';
            return { address: `${type}.a${i}`, mode: 'managed', type, name: `a${i}`, values };
          }),
        ],
      },
    },
  });
  const unresolvable = (json: object) => codes(json).filter((c) => c.startsWith('UNRESOLVABLE_VARIABLE'));

  it('in a state whose attachments of it are all roles, as many as its attachment_count: ${aws:username} never resolves', () => {
    // a role's managed_policy_arns lists what its attachment resource attaches too: one role, counted once
    const json = state(2, { role: 'app', policy_arn: arn }, { name: 'app', managed_policy_arns: [arn] }, { role: 'worker', policy_arn: arn });
    expect(unresolvable(json)).toEqual(['UNRESOLVABLE_VARIABLE aws_iam_policy.home.policy.Statement[0].Resource[0]']);
  });

  it('not when a user has it, when IAM counts more attachments than the output shows, or without attachment_count (a plan)', () => {
    expect(unresolvable(state(2, { role: 'app', policy_arn: arn }, { user: 'alice', policy_arn: arn }))).toEqual([]);
    expect(unresolvable(state(2, { name: 'b', roles: ['app'], users: ['alice'], policy_arn: arn }))).toEqual([]);
    expect(unresolvable(state(2, { role: 'app', policy_arn: arn }))).toEqual([]);
    expect(unresolvable(state(undefined, { role: 'app', policy_arn: arn }))).toEqual([]);
    // the permissions boundary of a user: that user's requests carry aws:username
    expect(unresolvable(state(1, { role: 'app', policy_arn: arn }, { name: 'alice', permissions_boundary: arn }))).toEqual([]);
  });
});

describe('lintTerraform: the inline policies of one role, user or group are counted together', () => {
  // IAM quotas: a role's inline policies together at most 10,240 characters, a user's 2,048, a group's 5,120 (whitespace not counted)
  const sized = (n: number) => text({ Effect: 'Allow', Action: 's3:GetObject', Resource: Array.from({ length: n }, (_, i) => `arn:aws:s3:::bucket-${i}/*`) });

  it('reports each member when the sum is over, naming the others; each alone within the limit', () => {
    const a = sized(220);
    const json = plan([
      change('aws_iam_role.r', { name: 'r', assume_role_policy: text({ Effect: 'Allow', Principal: { Service: 'ec2.amazonaws.com' }, Action: 'sts:AssumeRole' }), inline_policy: [{ name: 'inline', policy: a }] }),
      change('aws_iam_role_policy.x', { name: 'x', role: 'r', policy: a }),
      // another role of the same policy: counted apart
      change('aws_iam_role_policy.y', { name: 'y', role: 'other', policy: a }),
    ]);
    expect(a.length * 2).toBeGreaterThan(10240);
    expect(a.length).toBeLessThan(10240);
    const found = lintTerraform(json).filter((f) => f.code.startsWith('POLICY_SIZE'));
    expect(found.map((f) => f.path)).toEqual(['aws_iam_role.r.inline_policy[0].policy', 'aws_iam_role_policy.x.policy']);
    expect(found[0]!.message).toContain(`The 2 inline policies of role "r" (aws_iam_role.r.inline_policy[0].policy, aws_iam_role_policy.x.policy), summed as IAM counts them: the sum is ${(a.length * 2).toLocaleString('en-US')} characters`);
    expect(found[0]!.message).toContain("limit of target 'inline-role'");
    // a user's are counted against 2,048
    const user = plan([change('aws_iam_user_policy.a', { user: 'u', policy: sized(45) }), change('aws_iam_user_policy.b', { user: 'u', policy: sized(45) })]);
    expect(sized(45).length).toBeLessThan(2048);
    expect(codes(user).filter((c) => c.startsWith('POLICY_SIZE'))).toEqual(['POLICY_SIZE_EXCEEDS_IDENTITY_POLICY_QUOTA aws_iam_user_policy.a.policy', 'POLICY_SIZE_EXCEEDS_IDENTITY_POLICY_QUOTA aws_iam_user_policy.b.policy']);
    // rules turn it off by its code or the alias lint's size rules share
    expect(codes(user, { rules: { POLICY_SIZE_EXCEEDS_QUOTA: 'off' } }).filter((c) => c.startsWith('POLICY_SIZE'))).toEqual([]);
    expect(lintTerraform(user, { rules: { POLICY_SIZE_EXCEEDS_IDENTITY_POLICY_QUOTA: 'error' } }).filter((f) => f.code.startsWith('POLICY_SIZE')).map((f) => f.severity)).toEqual(['error', 'error']);
  });

  it('in a plan, a role named by a reference known only after apply (role = aws_iam_role.app.id, a name_prefix) is the role the configuration names', () => {
    const a = sized(220);
    const resource = (address: string, expressions: object) => ({ address, mode: 'managed', expressions });
    const json = (roles: object[]) =>
      plan(
        [
          ...roles,
          change('aws_iam_role_policy.x', { name: 'x', policy: a }, { role: true, id: true }),
          change('aws_iam_role_policy.y', { name: 'y', policy: a }, { role: true, id: true }),
        ],
        { root_module: { resources: ['x', 'y'].map((n) => resource(`aws_iam_role_policy.${n}`, { role: { references: ['aws_iam_role.app.id', 'aws_iam_role.app'] } })) } },
      );
    const trust = text({ Effect: 'Allow', Principal: { Service: 'ec2.amazonaws.com' }, Action: 'sts:AssumeRole' });
    const sizes = (roles: object[]) => lintTerraform(json(roles)).filter((f) => f.code.startsWith('POLICY_SIZE'));
    // a name_prefix: the role is named by its address
    const prefixed = sizes([change('aws_iam_role.app', { name_prefix: 'app-', assume_role_policy: trust }, { name: true, arn: true })]);
    expect(prefixed.map((f) => f.path)).toEqual(['aws_iam_role_policy.x.policy', 'aws_iam_role_policy.y.policy']);
    expect(prefixed[0]!.message).toContain('The 2 inline policies of role aws_iam_role.app (');
    // a name: by its name
    expect(sizes([change('aws_iam_role.app', { name: 'app', assume_role_policy: trust }, { arn: true })])[0]!.message).toContain('The 2 inline policies of role "app" (');
    // count: which instance is not known, so no sum (each alone is still checked)
    const counted = [0, 1].map((i) => ({ ...change(`aws_iam_role.app[${i}]`, { name: `app-${i}`, assume_role_policy: trust }, { arn: true }), name: 'app', index: i }));
    expect(sizes(counted)).toEqual([]);
  });

  it('within the limit together: nothing', () => {
    const json = plan([change('aws_iam_role_policy.a', { role: 'r', policy: sized(10) }), change('aws_iam_role_policy.b', { role: 'r', policy: sized(10) })]);
    expect(codes(json)).toEqual([]);
  });
});

describe('lintTerraform: managed policies attached per role, user or group', () => {
  // IAM quotas: managed policies attached to a role or user 10 (adjustable up to 20), to a group 10
  const arn = (i: number) => `arn:aws:iam::111122223333:policy/Policy${i}`;
  const attach = (i: number, entity = { role: 'app' }, type = 'aws_iam_role_policy_attachment') => change(`${type}.a${i}`, { ...entity, policy_arn: arn(i) });

  it('more than 10 on one role: MANAGED_POLICIES_QUOTA_EXCEEDED at each attachment, naming them', () => {
    const json = plan(Array.from({ length: 11 }, (_, i) => attach(i)));
    const found = lintTerraform(json).filter((f) => f.code === 'MANAGED_POLICIES_QUOTA_EXCEEDED');
    expect(found).toHaveLength(11);
    expect(found[0]!).toMatchObject({ severity: 'error', path: 'aws_iam_role_policy_attachment.a0.policy_arn' });
    expect(found[0]!.message).toMatch(/^role "app" has 11 managed policies attached \(aws_iam_role_policy_attachment\.a0\.policy_arn, .*, and 1 more\), 1 over the 10 IAM allows one role or user/);
    // 10 is within; a raised quota is an option
    expect(codes(plan(Array.from({ length: 10 }, (_, i) => attach(i))))).toEqual([]);
    expect(codes(json, { maxManagedPolicies: 20 })).toEqual([]);
    expect(() => lintTerraform(json, { maxManagedPolicies: 0 })).toThrow(PolicyArgumentError);
    expect(codes(json, { rules: { MANAGED_POLICIES_QUOTA_EXCEEDED: 'off' } })).toEqual([]);
  });

  it('each policy counted once per entity: an attachment and the role\'s computed managed_policy_arns name the same ARN', () => {
    const role = change('aws_iam_role.app', { name: 'app', assume_role_policy: text({ Effect: 'Allow', Principal: { Service: 'ec2.amazonaws.com' }, Action: 'sts:AssumeRole' }), managed_policy_arns: Array.from({ length: 10 }, (_, i) => arn(i)) });
    expect(codes(plan([role, ...Array.from({ length: 10 }, (_, i) => attach(i))]))).toEqual([]);
    expect(codes(plan([role, attach(10)]))).toHaveLength(2);
  });

  it('aws_iam_policy_attachment counts toward each role, user and group it names; groups, users and roles apart', () => {
    const many = Array.from({ length: 11 }, (_, i) => change(`aws_iam_policy_attachment.p${i}`, { roles: ['r'], users: ['u'], groups: ['g'], policy_arn: arn(i) }));
    const found = lintTerraform(plan(many)).filter((f) => f.code === 'MANAGED_POLICIES_QUOTA_EXCEEDED');
    expect(new Set(found.map((f) => f.message.split(' has ')[0]))).toEqual(new Set(['role "r"', 'user "u"', 'group "g"']));
    expect(found.find((f) => f.message.startsWith('group'))!.message).toContain('(a quota that cannot be raised)');
  });

  it('in a plan, policies whose ARN is known only after apply: one per attachment, or one per new aws_iam_policy its configuration refers to', () => {
    const unknownAttach = (i: number, ref?: string) => change(`aws_iam_role_policy_attachment.n${i}`, { role: 'app' }, { policy_arn: true });
    const resource = (address: string, expressions: object) => ({ address, mode: 'managed', expressions });
    const changes = [...Array.from({ length: 9 }, (_, i) => attach(i)), unknownAttach(0), unknownAttach(1)];
    // two attachments of unknown policies, no configuration: two policies, 11
    expect(codes(plan(changes)).filter((c) => c.startsWith('MANAGED'))).toHaveLength(11);
    // both refer to the same new policy: one, 10
    const conf = { root_module: { resources: [0, 1].map((i) => resource(`aws_iam_role_policy_attachment.n${i}`, { policy_arn: { references: ['aws_iam_policy.shared.arn', 'aws_iam_policy.shared'] } })) } };
    expect(codes(plan(changes, conf))).toEqual([]);
  });
});

describe('lintTerraform: a function\'s policy from its aws_lambda_permission resources', () => {
  // Lambda AddPermission: each permission is one statement of the function's policy; a service principal without
  // aws:SourceArn or aws:SourceAccount may invoke it on behalf of any account (confused deputy)
  const permission = (name: string, after: object, unknown: object = {}) => change(`aws_lambda_permission.${name}`, { function_name: 'fn', action: 'lambda:InvokeFunction', statement_id: `Allow_${name}-1`, ...after }, unknown);
  const state = (permissions: object[]) => ({
    format_version: '1.0',
    values: {
      root_module: {
        resources: [
          { address: 'aws_lambda_function.fn', mode: 'managed', type: 'aws_lambda_function', name: 'fn', values: { function_name: 'fn', arn: 'arn:aws:lambda:eu-west-1:111122223333:function:fn' } },
          ...permissions.map((p, i) => ({ address: `aws_lambda_permission.p${i}`, mode: 'managed', type: 'aws_lambda_permission', name: `p${i}`, values: { function_name: 'fn', action: 'lambda:InvokeFunction', statement_id: `p${i}`, ...p } })),
        ],
      },
    },
  });

  it('each permission is the statement Lambda adds, its findings at the permission\'s address', () => {
    const found = codes(plan([permission('s3', { principal: 's3.amazonaws.com' }), permission('events', { principal: 'events.amazonaws.com', source_arn: 'arn:aws:events:eu-west-1:111122223333:rule/r' })]));
    expect(found).toEqual(['RESTRICT_ACCESS_TO_SERVICE_PRINCIPAL aws_lambda_permission.s3.statement.Principal.Service']);
  });

  it('two permissions of one statement_id on one function: reported (Lambda refuses the second); ids Terraform generates are unique', () => {
    const events = { principal: 'events.amazonaws.com', source_arn: 'arn:aws:events:eu-west-1:111122223333:rule/r' };
    const found = codes(plan([permission('a', { ...events, statement_id: 'Same' }), permission('b', { ...events, source_arn: 'arn:aws:events:eu-west-1:111122223333:rule/q', statement_id: 'Same' })]));
    expect(found).toEqual(['UNIQUE_SIDS_RECOMMENDED aws_lambda_permission.b.statement.Sid']);
    const generated = [0, 1].map((i) => permission(`g${i}`, { ...events, source_arn: `arn:aws:events:eu-west-1:111122223333:rule/${i}`, statement_id: undefined }, { statement_id: true }));
    expect(codes(plan(generated))).toEqual([]);
  });

  it('a permission whose condition the plan knows only after apply is not read (POLICY_NOT_READ); the function\'s others are', () => {
    const found = lintTerraform(plan([permission('s3', { principal: 's3.amazonaws.com' }, { source_arn: true }), permission('sns', { principal: 'sns.amazonaws.com' })]));
    expect(found.map((f) => `${f.code} ${f.path}`)).toEqual(['POLICY_NOT_READ aws_lambda_permission.s3.source_arn', 'RESTRICT_ACCESS_TO_SERVICE_PRINCIPAL aws_lambda_permission.sns.statement.Principal.Service']);
    expect(found[0]!.message).toContain("so the statement it is part of was not linted (the function's other statements were)");
  });

  it('a function\'s permissions together are its policy, sized against 20 KB when every ARN is known (each version or alias apart)', () => {
    const arn = (i: number) => `arn:aws:execute-api:eu-west-1:111122223333:${'a'.repeat(150)}/${i}/*`;
    const many = (n: number, extra: object = {}) => Array.from({ length: n }, (_, i) => ({ principal: 'apigateway.amazonaws.com', source_arn: arn(i), ...extra }));
    const sizes = (json: unknown) => codes(json).filter((c) => c.startsWith('POLICY_SIZE'));
    expect(sizes(state(many(80)))).toHaveLength(80);
    expect(sizes(state(many(80)))[0]).toBe('POLICY_SIZE_EXCEEDS_RESOURCE_POLICY_QUOTA aws_lambda_permission.p0');
    expect(sizes(state(many(40)))).toEqual([]);
    // two aliases: two policies of 40
    expect(sizes(state([...many(40, { qualifier: 'live' }), ...many(40, { qualifier: 'test' })]))).toEqual([]);
    // the function's ARN known only after apply: linted with a stand-in, not sized
    expect(sizes(plan(many(80).map((p, i) => permission(`n${i}`, p))))).toEqual([]);
  });
});

describe('lintTerraform: what it accepts', () => {
  it('isTerraformJson tells terraform show -json output from a policy and other JSON', () => {
    expect(isTerraformJson({ format_version: '1.2', resource_changes: [] })).toBe(true);
    expect(isTerraformJson({ format_version: '1.0', values: {} })).toBe(true);
    expect(isTerraformJson({ format_version: '1.0', terraform_version: '1.9.5' })).toBe(true);
    expect(isTerraformJson({ format_version: '1.0' })).toBe(false);
    expect(isTerraformJson({ Version: '2012-10-17', Statement: [], format_version: '1.0', values: {} })).toBe(false);
    expect(isTerraformJson('{"format_version":"1.0","values":{}}')).toBe(false);
    expect(isTerraformJson(new Proxy({}, { get: () => { throw new Error('no'); }, has: () => { throw new Error('no'); } }))).toBe(false);
  });

  it('refuses other input, and a format_version of another major version (Terraform: reject an unsupported major version)', () => {
    expect(() => lintTerraform({ Version: '2012-10-17', Statement: [] })).toThrow(PolicyArgumentError);
    expect(() => lintTerraform({ format_version: '2.0', resource_changes: [] })).toThrow(/format_version "2\.0" is a Terraform JSON output format typed-iam does not read/);
    expect(() => lintTerraform({ format_version: 'x', resource_changes: [] })).toThrow(PolicyArgumentError);
    // format 0.x: Terraform 0.12 to 1.0
    expect(lintTerraform({ format_version: '0.2', resource_changes: [] })).toEqual([]);
    expect(() => lintTerraform({ format_version: '1.2', resource_changes: [] }, null as never)).toThrow(PolicyArgumentError);
  });

  it('a resource type named as a property of every object (constructor, toString) is no type the tables know: no finding', () => {
    expect(codes(plan(['constructor', 'toString', '__proto__', 'hasOwnProperty'].map((type) => ({ ...change(`${type}.x`, { policy: text(passRole) }), type }))))).toEqual([]);
  });

  it('an entry whose reading throws (a getter) is one INVALID_TYPE finding at its place; the others are linted', () => {
    const bad = change('aws_iam_policy.bad', {});
    Object.defineProperty(bad, 'change', { get: () => { throw new Error('boom'); }, enumerable: true });
    const found = codes(plan([bad, change('aws_iam_policy.ok', { policy: text(passRole) })]));
    expect(found).toEqual(['INVALID_TYPE resource_changes[0]', 'PASS_ROLE_WITH_STAR_IN_RESOURCE aws_iam_policy.ok.policy.Statement[0].Resource[0]']);
  });

  it('a policy that is no JSON is reported as lint reports it, and malformed output never passes as clean', () => {
    const found = codes(plan([change('aws_iam_policy.p', { policy: '{"Version":' })]));
    expect(found).toEqual(['JSON_SYNTAX aws_iam_policy.p.policy.Version']);
  });

  it('the account ids of the IAM ARNs are the trust rules\' own accounts (a trust of the same account is no cross-account trust)', () => {
    const trust = (account: string) => text({ Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${account}:root` }, Action: 'sts:AssumeRole' });
    const state = (account: string) => ({
      format_version: '1.0',
      values: { root_module: { resources: [{ address: 'aws_iam_role.r', mode: 'managed', type: 'aws_iam_role', name: 'r', values: { name: 'r', arn: 'arn:aws:iam::111122223333:role/r', assume_role_policy: trust(account) } }] } },
    });
    expect(codes(state('111122223333'))).toEqual([]);
    expect(codes(state('444455556666'))).toEqual(['CROSS_ACCOUNT_TRUST_WITHOUT_CONDITION aws_iam_role.r.assume_role_policy.Statement[0].Principal.AWS']);
    expect(codes(state('111122223333'), { accounts: ['444455556666'] })).toEqual(['CROSS_ACCOUNT_TRUST_WITHOUT_CONDITION aws_iam_role.r.assume_role_policy.Statement[0].Principal.AWS']);
    // a plan of a new role (its ARN unknown): the account of the aws_caller_identity data source, read at plan time
    const caller = { address: 'data.aws_caller_identity.current', mode: 'data', type: 'aws_caller_identity', name: 'current', values: { account_id: '111122223333', id: '111122223333' } };
    const newRole = (prior: object[]) => ({ ...plan([change('aws_iam_role.r', { name: 'r', assume_role_policy: trust('111122223333') }, { arn: true })]), prior_state: { values: { root_module: { resources: prior } } } });
    expect(codes(newRole([caller]))).toEqual([]);
    // without it, no account is known to be the role's own: every account is another's (the safe reading)
    expect(codes(newRole([]))).toEqual(['CROSS_ACCOUNT_TRUST_WITHOUT_CONDITION aws_iam_role.r.assume_role_policy.Statement[0].Principal.AWS']);
  });
});

describe('lintTerraform: AWS managed policies IAM would not attach (MANAGED_POLICY_NOT_ATTACHABLE)', () => {
  // IAM: "Policy arn:aws:iam::aws:policy/... does not exist or is not attachable"; "Cannot attach a Service Role Policy to a Customer Role"
  it('a name without its path, a service-linked role policy, a typo; not a policy of an account or a name known after apply', () => {
    const found = lintTerraform(
      plan([
        change('aws_iam_role_policy_attachment.a', { role: 'r', policy_arn: 'arn:aws:iam::aws:policy/AWSLambdaBasicExecutionRole' }),
        change('aws_iam_policy_attachment.b', { name: 'b', roles: ['r'], users: ['u'], policy_arn: 'arn:aws:iam::aws:policy/aws-service-role/AmazonElasticsearchServiceRolePolicy' }),
        change('aws_iam_role.c', { name: 'c', managed_policy_arns: ['arn:aws:iam::aws:policy/ReadOnlyAccess', 'arn:aws:iam::aws:policy/AmazonS3ReadOnly'], permissions_boundary: 'arn:aws:iam::aws:policy/PowerUserAcess' }),
        change('aws_ssoadmin_managed_policy_attachment.d', { managed_policy_arn: 'arn:aws:iam::aws:policy/job-function/ViewOnlyAccess' }),
        change('aws_iam_user_policy_attachment.e', { user: 'u', policy_arn: 'arn:aws:iam::111122223333:policy/Mine' }),
        change('aws_iam_group_policy_attachment.f', { group: 'g', policy_arn: null }, { policy_arn: true }),
      ]),
    ).filter((f) => f.code === 'MANAGED_POLICY_NOT_ATTACHABLE');
    expect(found.map((f) => `${f.severity} ${f.path}`)).toEqual([
      'error aws_iam_role_policy_attachment.a.policy_arn',
      'error aws_iam_policy_attachment.b.policy_arn',
      'warning aws_iam_role.c.managed_policy_arns',
      'warning aws_iam_role.c.permissions_boundary',
    ]);
    expect(found[0]!.message).toContain('write "arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole"');
    expect(found[2]!.message).toContain('Did you mean "arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess"?');
  });
});
