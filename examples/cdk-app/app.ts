/**
 * An AWS CDK app checked by typed-iam: `TypedIamChecks` lints and sizes every IAM policy when the
 * app synthesises, and lays the worker role's many statements out by exact size. `npm test`
 * synthesises it (test/cdk/cli.test.ts) and runs `typed-iam cdk check` on the result.
 */
import { App, Aspects, Duration, Stack, type Environment, type StackProps } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as s3 from 'aws-cdk-lib/aws-s3';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import type { Construct } from 'constructs';
import { allow, policy, principal } from 'typed-iam';
import { TypedIamChecks, toAssumeRolePrincipal, toPolicyStatements, type TypedIamChecksOptions } from 'typed-iam/cdk';

/** Orders: a bucket of reports, a queue of jobs, a worker role and a vendor role. */
export class OrdersStack extends Stack {
  readonly worker: iam.Role;

  constructor(scope: Construct, id: string, props: StackProps & { readonly tenants?: number } = {}) {
    super(scope, id, props);
    const key = new kms.Key(this, 'Key', { enableKeyRotation: true });
    const reports = new s3.Bucket(this, 'Reports', { encryptionKey: key, enforceSSL: true });
    const jobs = new sqs.Queue(this, 'Jobs', { encryptionMasterKey: key, visibilityTimeout: Duration.minutes(5) });

    this.worker = new iam.Role(this, 'Worker', { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') });
    reports.grantReadWrite(this.worker);
    jobs.grantConsumeMessages(this.worker);
    // one statement per tenant: enough to go past the 10,240-character inline quota
    for (let i = 0; i < (props.tenants ?? 120); i++) {
      this.worker.addToPolicy(
        new iam.PolicyStatement({
          actions: ['dynamodb:GetItem', 'dynamodb:Query', 'dynamodb:PutItem'],
          resources: [this.formatArn({ service: 'dynamodb', resource: 'table', resourceName: `tenant-${i}` })],
          conditions: { 'ForAllValues:StringEquals': { 'dynamodb:LeadingKeys': [`tenant-${i}`] } },
        }),
      );
    }

    // a typed trust policy for a vendor role: the external id is required by the types' author, not by luck
    const vendorTrust = policy.trust(
      allow('sts:AssumeRole').by(principal.account('444455556666')).when('StringEquals', 'sts:ExternalId', 'vendor-7f3a91c2').sid('VendorAssume'),
    );
    const vendor = new iam.Role(this, 'Vendor', { assumedBy: toAssumeRolePrincipal(vendorTrust) });
    const read = policy.identity(allow('s3:ListBucket').on('arn:aws:s3:::acme-vendor-drop').sid('ListDrop'));
    for (const s of toPolicyStatements(read)) vendor.addToPolicy(s);

    // the queue takes messages from one SNS topic of the same account only
    jobs.addToResourcePolicy(
      new iam.PolicyStatement({
        actions: ['sqs:SendMessage'],
        resources: [jobs.queueArn],
        principals: [new iam.ServicePrincipal('sns.amazonaws.com')],
        conditions: { ArnEquals: { 'aws:SourceArn': this.formatArn({ service: 'sns', resource: 'orders-events' }) } },
      }),
    );
  }
}

/** The app, with typed-iam's checks on every stack. */
export function buildApp(
  options: { readonly outdir?: string; readonly checks?: TypedIamChecksOptions; readonly tenants?: number; readonly env?: Environment } = {},
): App {
  const app = new App(options.outdir === undefined ? {} : { outdir: options.outdir });
  new OrdersStack(app, 'Orders', {
    ...(options.tenants === undefined ? {} : { tenants: options.tenants }),
    ...(options.env === undefined ? {} : { env: options.env }),
  });
  Aspects.of(app).add(new TypedIamChecks(options.checks ?? { fitRolePolicies: true }));
  return app;
}
