/** AWS CDK: typed-iam documents used through `iam.PolicyDocument.fromJson` and CloudFormation L1s. */
import { App, Stack } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as s3 from 'aws-cdk-lib/aws-s3';
import { describe, expect, it } from 'vitest';
import { allow, deny, policy, principal } from '../../src/index.js';

const table = 'arn:aws:dynamodb:eu-west-1:111122223333:table/Orders';

const identity = policy.identity(
  allow('dynamodb:GetItem', 'dynamodb:Query').on(table, `${table}/index/*`).sid('ReadOrders'),
  allow('dynamodb:PutItem').on(table).when('ForAllValues:StringEquals', 'dynamodb:Attributes', ['pk', 'sk', 'status']).sid('WriteOrders'),
  deny('dynamodb:DeleteTable').on('*').sid('NeverDrop'),
);

function onlyResource(template: Template, type: string): Record<string, unknown> {
  const resources = Object.values(template.findResources(type));
  expect(resources).toHaveLength(1);
  return (resources[0] as { Properties: Record<string, unknown> }).Properties;
}

describe('aws-cdk-lib', () => {
  it('a managed policy built from PolicyDocument.fromJson(doc.toJSON()) holds the same document', () => {
    const stack = new Stack(new App(), 'Identity');
    new iam.ManagedPolicy(stack, 'OrdersAccess', { document: iam.PolicyDocument.fromJson(identity.toJSON()) });
    const template = Template.fromStack(stack);
    template.hasResourceProperties('AWS::IAM::ManagedPolicy', { PolicyDocument: identity.toJSON() });
    expect(onlyResource(template, 'AWS::IAM::ManagedPolicy').PolicyDocument).toEqual(identity.toJSON());
  });

  it('a trust policy goes into a role unchanged (L1 CfnRole)', () => {
    const trust = policy.trust(
      allow('sts:AssumeRole')
        .by(principal.account('444455556666'))
        .when('StringEquals', 'sts:ExternalId', 'vendor-7f3a91c2')
        .sid('VendorAssume'),
    );
    const stack = new Stack(new App(), 'Trust');
    new iam.CfnRole(stack, 'VendorRole', { assumeRolePolicyDocument: trust.toJSON() });
    expect(onlyResource(Template.fromStack(stack), 'AWS::IAM::Role').AssumeRolePolicyDocument).toEqual(trust.toJSON());
  });

  it('bucket policy statements go through PolicyStatement.fromJson', () => {
    const stack = new Stack(new App(), 'Bucket');
    const bucket = 'arn:aws:s3:::acme-reports';
    const doc = policy.resource(
      deny('s3:*').by(principal.anyone()).on(bucket, `${bucket}/*`).when('Bool', 'aws:SecureTransport', false).sid('DenyInsecureTransport'),
    );
    const cdkBucket = new s3.Bucket(stack, 'Reports', { bucketName: 'acme-reports' });
    for (const statement of doc.toJSON().Statement) cdkBucket.addToResourcePolicy(iam.PolicyStatement.fromJson(statement));
    const rendered = onlyResource(Template.fromStack(stack), 'AWS::S3::BucketPolicy').PolicyDocument;
    expect(rendered).toEqual(doc.toJSON());
  });
});
