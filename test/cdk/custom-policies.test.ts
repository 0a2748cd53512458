/** Policies aws-cdk-lib L2 constructs write where no Cfn policy property holds them: OpenSearch access policies, Lambda layer permissions, Logs destinations. */
import { App, Aspects, Stack } from 'aws-cdk-lib';
import { Annotations, Match, Template } from 'aws-cdk-lib/assertions';
import * as es from 'aws-cdk-lib/aws-elasticsearch';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as kinesis from 'aws-cdk-lib/aws-kinesis';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as logs from 'aws-cdk-lib/aws-logs';
import * as os from 'aws-cdk-lib/aws-opensearchservice';
import * as s3 from 'aws-cdk-lib/aws-s3';
import { beforeAll, describe, expect, it } from 'vitest';
import { findPolicies, TypedIamChecks, type Template as CfnTemplate } from '../../src/cdk/index.js';

const publicFinding = Match.stringLikeRegexp('PUBLIC_PRINCIPAL_WITHOUT_CONDITION');

describe('policies written by custom resources or one statement per resource', () => {
  let stack: Stack;
  let template: CfnTemplate;
  beforeAll(() => {
    const app = new App();
    stack = new Stack(app, 'Svc');
    const open = new iam.PolicyStatement({ actions: ['es:ESHttpGet'], principals: [new iam.AnyPrincipal()], resources: ['*'] });
    // Domain.accessPolicies is applied by a custom resource (updateDomainConfig), not the Domain's AccessPolicies
    const search = new os.Domain(stack, 'Search', { version: os.EngineVersion.OPENSEARCH_2_11, accessPolicies: [open] });
    search.addAccessPolicies(new iam.PolicyStatement({ actions: ['es:ESHttpPost'], principals: [new iam.AccountRootPrincipal()], resources: [`${search.domainArn}/*`] }));
    new es.Domain(stack, 'Legacy', { version: es.ElasticsearchVersion.V7_10, accessPolicies: [open] });
    // LayerVersion.addPermission: one AWS::Lambda::LayerVersionPermission per grant
    const layer = new lambda.LayerVersion(stack, 'Layer', { code: lambda.Code.fromBucket(s3.Bucket.fromBucketName(stack, 'Artifacts', 'artifacts'), 'layer.zip') });
    layer.addPermission('Org', { accountId: '*', organizationId: 'o-abcdef1234' });
    layer.addPermission('Partner', { accountId: '222222222222' });
    const publicLayer = new lambda.LayerVersion(stack, 'PublicLayer', { code: lambda.Code.fromBucket(s3.Bucket.fromBucketName(stack, 'More', 'more-artifacts'), 'layer.zip') });
    publicLayer.addPermission('Everyone', { accountId: '*' });
    // CrossAccountDestination: its policy is JSON text in DestinationPolicy
    const destination = new logs.CrossAccountDestination(stack, 'Destination', {
      role: new iam.Role(stack, 'DeliveryRole', { assumedBy: new iam.ServicePrincipal('logs.amazonaws.com') }),
      targetArn: new kinesis.Stream(stack, 'Stream').streamArn,
    });
    destination.addToPolicy(new iam.PolicyStatement({ actions: ['logs:PutSubscriptionFilter'], principals: [new iam.AnyPrincipal()], resources: ['*'] }));
    Aspects.of(app).add(new TypedIamChecks());
    template = Template.fromStack(stack).toJSON() as CfnTemplate;
  }, 120_000);

  it('each is found, with the OpenSearch quota for domain access policies', () => {
    const sites = findPolicies(template).filter((p) => /AccessPolicy|Layer|Destination/.test(p.resourceType));
    expect(sites.map((p) => `${p.resourceType} ${p.target?.name ?? '-'}`).sort()).toEqual([
      'AWS::Lambda::LayerVersionPermission -',
      'AWS::Lambda::LayerVersionPermission -',
      'AWS::Logs::Destination -',
      'Custom::ElasticsearchAccessPolicy opensearch',
      'Custom::OpenSearchAccessPolicy opensearch',
    ]);
    const search = sites.find((p) => p.resourceType === 'Custom::OpenSearchAccessPolicy')!;
    expect((search.document as { Statement: unknown[] }).Statement).toHaveLength(2);
    const layer = sites.find((p) => p.resourceType === 'AWS::Lambda::LayerVersionPermission' && p.also.length > 0)!;
    expect(layer.document).toMatchObject({ Statement: [{ Principal: '*', Condition: { StringEquals: { 'aws:PrincipalOrgID': 'o-abcdef1234' } } }, { Principal: { AWS: { 'Fn::Sub': 'arn:${AWS::Partition}:iam::222222222222:root' } } }] });
  });

  it('lint reads them: each grant to everyone without a condition is reported at its construct (they went unchecked)', () => {
    const errors = Annotations.fromStack(stack).findError('*', publicFinding).map((e) => e.id).sort();
    expect(errors).toEqual(['/Svc/Destination/Resource', '/Svc/Legacy/ESAccessPolicy/Resource/Default', '/Svc/PublicLayer/Everyone', '/Svc/Search/AccessPolicy/Resource/Default']);
  });

  it('the domain access policy is sized against its quota', () => {
    const info = Annotations.fromStack(stack).findInfo('/Svc/Search/AccessPolicy/Resource/Default', Match.stringLikeRegexp('POLICY_SIZE'));
    expect(String(info[0]!.entry.data)).toMatch(/target 'opensearch'/);
  });
});
