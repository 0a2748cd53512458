/**
 * SESSION_POLICY_WITH_SESSION_TAGS: an EKS Pod Identity association with a session policy must disable its session
 * tags. Amazon EKS API reference, CreatePodIdentityAssociation / UpdatePodIdentityAssociation, policy: "Session tags:
 * When using this policy, disableSessionTags must be set to true." (disableSessionTags defaults to false: EKS adds
 * six session tags, kubernetes-namespace, eks-cluster-name, ...).
 */
import { App, Stack } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import * as eks from 'aws-cdk-lib/aws-eks';
import * as iam from 'aws-cdk-lib/aws-iam';
import { describe, expect, it } from 'vitest';
import { checkTemplate, type Template as CfnTemplate } from '../../src/cdk/cloudformation.js';
import { lintTerraform } from '../../src/lint/index.js';

const session = JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::tenant-a/*' }] });
const association = (props: Partial<eks.CfnPodIdentityAssociationProps>) => {
  const stack = new Stack(new App(), 'Pods');
  new eks.CfnPodIdentityAssociation(stack, 'Tenant', { clusterName: 'c', namespace: 'tenant-a', serviceAccount: 'app', roleArn: 'arn:aws:iam::111122223333:role/shared', ...props });
  return Template.fromStack(stack).toJSON() as CfnTemplate;
};
const tagged = (t: CfnTemplate) => checkTemplate(t).findings.filter((f) => f.code === 'SESSION_POLICY_WITH_SESSION_TAGS');

describe('SESSION_POLICY_WITH_SESSION_TAGS (cdk check)', () => {
  it('a session policy with the session tags left on (absent, or false) is an error', () => {
    const absent = tagged(association({ policy: session }));
    expect(absent.map((f) => [f.severity, f.templatePath])).toEqual([['error', 'Resources.Tenant.Properties.Policy']]);
    expect(absent[0]!.message).toMatch(/^EKS refuses a Pod Identity association's session policy while its session tags are on .*: set DisableSessionTags: true\./);
    expect(tagged(association({ policy: session, disableSessionTags: false })).map((f) => f.templatePath)).toEqual(['Resources.Tenant.Properties.DisableSessionTags']);
  });

  it('none with the tags disabled, without a session policy, or where the setting is known only at deploy time', () => {
    expect(tagged(association({ policy: session, disableSessionTags: true }))).toEqual([]);
    expect(tagged(association({}))).toEqual([]);
    const t = association({ policy: session }) as { Resources: { Tenant: { Properties: object } } } & CfnTemplate;
    const param = { ...t, Parameters: { Off: { Type: 'String' } }, Resources: { Tenant: { ...t.Resources.Tenant, Type: 'AWS::EKS::PodIdentityAssociation', Properties: { ...t.Resources.Tenant.Properties, DisableSessionTags: { Ref: 'Off' } } } } };
    expect(tagged(param as CfnTemplate)).toEqual([]);
  });
});

describe('SESSION_POLICY_WITH_SESSION_TAGS (lintTerraform)', () => {
  const plan = (after: object, unknown: object = {}) => ({
    format_version: '1.2',
    resource_changes: [{ address: 'aws_eks_pod_identity_association.tenant', mode: 'managed', type: 'aws_eks_pod_identity_association', name: 'tenant', change: { actions: ['create'], before: null, after: { cluster_name: 'c', namespace: 'n', service_account: 's', role_arn: 'arn:aws:iam::111122223333:role/shared', ...after }, after_unknown: unknown } }],
  });
  const found = (json: object) => lintTerraform(json).filter((f) => f.code === 'SESSION_POLICY_WITH_SESSION_TAGS');

  it('a policy with disable_session_tags false (its default) is an error at disable_session_tags', () => {
    const [f, ...rest] = found(plan({ policy: session, disable_session_tags: false }));
    expect(rest).toEqual([]);
    expect([f?.severity, f?.path]).toEqual(['error', 'aws_eks_pod_identity_association.tenant.disable_session_tags']);
    expect(f?.message).toContain('set disable_session_tags = true.');
    // a policy known only after apply is still a policy
    expect(found(plan({ policy: null, disable_session_tags: false }, { policy: true })).length).toBe(1);
  });

  it('none with disable_session_tags true, without a policy, or with the setting known only after apply', () => {
    expect(found(plan({ policy: session, disable_session_tags: true }))).toEqual([]);
    expect(found(plan({ policy: null, disable_session_tags: false }))).toEqual([]);
    expect(found(plan({ policy: session, disable_session_tags: null }, { disable_session_tags: true }))).toEqual([]);
  });
});

describe('MISSING_TAG_SESSION_FOR_EKS_POD_IDENTITY in cdk check', () => {
  // Amazon EKS User Guide: the trust policy EKS Pod Identity requires allows sts:AssumeRole and sts:TagSession
  const template = (...disable: (boolean | undefined)[]) => {
    const stack = new Stack(new App(), 'Pods');
    const role = new iam.CfnRole(stack, 'Shared', { assumeRolePolicyDocument: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { Service: 'pods.eks.amazonaws.com' }, Action: 'sts:AssumeRole' }] } });
    disable.forEach((d, i) => new eks.CfnPodIdentityAssociation(stack, `A${i}`, { clusterName: 'c', namespace: `n${i}`, serviceAccount: 's', roleArn: role.attrArn, ...(d === undefined ? {} : { disableSessionTags: d }) }));
    return Template.fromStack(stack).toJSON() as CfnTemplate;
  };
  const warned = (t: CfnTemplate) => checkTemplate(t).findings.filter((f) => f.code === 'MISSING_TAG_SESSION_FOR_EKS_POD_IDENTITY').map((f) => f.templatePath);

  it('warns for a role an association with its session tags on uses, or no association of the template', () => {
    expect(warned(template())).toEqual(['Resources.Shared.Properties.AssumeRolePolicyDocument.Statement[0].Action']);
    expect(warned(template(true, undefined))).toEqual(['Resources.Shared.Properties.AssumeRolePolicyDocument.Statement[0].Action']);
  });

  it('not for a role whose associations all turn their session tags off: EKS does not tag its sessions', () => {
    expect(warned(template(true, true))).toEqual([]);
  });
});

describe('MISSING_TAG_SESSION_FOR_EKS_POD_IDENTITY in lintTerraform', () => {
  const trust = JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { Service: 'pods.eks.amazonaws.com' }, Action: 'sts:AssumeRole' }] });
  const arn = 'arn:aws:iam::111122223333:role/shared';
  const resource = (address: string, values: object) => {
    const [type = '', name = ''] = address.split('.');
    return { address, mode: 'managed', type, name, values };
  };
  const state = (...disable: (boolean | undefined)[]) => ({
    format_version: '1.0',
    values: {
      root_module: {
        resources: [
          resource('aws_iam_role.shared', { name: 'shared', arn, assume_role_policy: trust }),
          ...disable.map((d, i) => resource(`aws_eks_pod_identity_association.a${i}`, { cluster_name: 'c', namespace: `n${i}`, service_account: 's', role_arn: arn, disable_session_tags: d ?? false })),
        ],
      },
    },
  });
  const warned = (json: object) => lintTerraform(json).filter((f) => f.code === 'MISSING_TAG_SESSION_FOR_EKS_POD_IDENTITY').map((f) => f.path);

  it('warns unless every association of the role turns its session tags off', () => {
    expect(warned(state())).toEqual(['aws_iam_role.shared.assume_role_policy.Statement[0].Action']);
    expect(warned(state(true, false))).toEqual(['aws_iam_role.shared.assume_role_policy.Statement[0].Action']);
    expect(warned(state(true, true))).toEqual([]);
  });

  it("in a plan, a new role's association named by the configuration (its ARN known after apply)", () => {
    const change = (address: string, after: object, unknown: object = {}) => {
      const [type = '', name = ''] = address.split('.');
      return { address, mode: 'managed', type, name, change: { actions: ['create'], before: null, after, after_unknown: unknown } };
    };
    const plan = (disable: boolean) => ({
      format_version: '1.2',
      resource_changes: [
        change('aws_iam_role.shared', { name: 'shared', assume_role_policy: trust }, { arn: true }),
        change('aws_eks_pod_identity_association.a', { cluster_name: 'c', namespace: 'n', service_account: 's', role_arn: null, disable_session_tags: disable }, { role_arn: true }),
      ],
      configuration: { root_module: { resources: [{ address: 'aws_eks_pod_identity_association.a', mode: 'managed', type: 'aws_eks_pod_identity_association', name: 'a', expressions: { role_arn: { references: ['aws_iam_role.shared.arn', 'aws_iam_role.shared'] } } }] } },
    });
    expect(warned(plan(true))).toEqual([]);
    expect(warned(plan(false))).toEqual(['aws_iam_role.shared.assume_role_policy.Statement[0].Action']);
  });
});
