/**
 * MISSING_ARN_ACCOUNT (IAM User Guide, "IAM policy validation check reference", Error – Missing ARN account:
 * "Include an account ID in the resource ARN"), read against the ARN formats of the Service Authorization
 * Reference, and the AWS-owned resources AWS names with an empty account field (src/lint/aws-owned.ts).
 */
import { describe, expect, it } from 'vitest';
import { firstEntryError } from '../../src/lint/entries.js';
import { lint } from '../../src/lint/index.js';

const codes = (Resource: string, Action = '*', Effect = 'Allow') =>
  lint({ Version: '2012-10-17', Statement: [{ Effect, Action, Resource }] }).map((f) => f.code);
const CODE = 'MISSING_ARN_ACCOUNT';

describe('MISSING_ARN_ACCOUNT', () => {
  it('reports an empty account where every format of the service for that resource has one, also under Action "*"', () => {
    // Service Authorization Reference: arn:${Partition}:ec2:${Region}:${Account}:instance/${InstanceId},
    // arn:${Partition}:dynamodb:${Region}:${Account}:table/${TableName}, arn:${Partition}:iam::${Account}:role/...
    for (const arn of ['arn:aws:ec2:us-east-1::instance/*', 'arn:aws:dynamodb:*::table/t', 'arn:aws:iam:::role/service-role/x*', 'arn:aws:kms:*::*'])
      expect(codes(arn), arn).toContain(CODE);
    // RESOURCE_MISMATCH is about the statement's actions, and is reported beside it as for MISSING_ARN_REGION
    expect(codes('arn:aws:lambda:us-east-1::function:f', 'lambda:InvokeFunction')).toEqual(expect.arrayContaining([CODE, 'RESOURCE_MISMATCH']));
    const [f] = lint({ Version: '2012-10-17', Statement: [{ Effect: 'Deny', Action: '*', Resource: 'arn:aws:sqs:*::q' }] });
    expect(f).toMatchObject({ code: CODE, severity: 'error', path: 'Statement[0].Resource[0]' });
    expect(f!.message).toContain('"*" for any account');
  });

  it('is quiet where the format has no account, or some format fitting the resource part has none', () => {
    // arn:${Partition}:s3:::${BucketName}; arn:${Partition}:ec2:${Region}::image/${ImageId} and ::snapshot/${SnapshotId}
    for (const arn of ['arn:aws:s3:::b/*', 'arn:aws:ec2:us-east-1::image/ami-1', 'arn:aws:ec2:*::snapshot/*', 'arn:aws:route53:::hostedzone/Z1'])
      expect(codes(arn), arn).not.toContain(CODE);
    // an account given, a wildcard, a variable or `aws` is not an empty field
    for (const arn of ['arn:aws:ec2:*:*:instance/*', 'arn:aws:ec2:*:1111*:instance/*', 'arn:aws:ec2:*:${aws:PrincipalAccount}:instance/*', 'arn:aws:iam::aws:policy/x'])
      expect(codes(arn), arn).not.toContain(CODE);
  });

  it('leaves out the AWS-owned resources AWS names without an account (the table RESOURCE_MISMATCH reads too)', () => {
    // Systems Manager User Guide: AWS-owned documents are named without the account; "Public parameters":
    // arn:aws:ssm:us-east-2::parameter/aws/service/...; Resource Explorer User Guide, "What are AWS service views"
    for (const arn of [
      'arn:aws:ssm:us-east-1::document/AWS-RunShellScript',
      'arn:aws:ssm:*::automation-definition/AWSSupport-*:*',
      'arn:aws:ssm:*::document/*',
      'arn:aws:ssm:us-east-1::parameter/aws/service/ami-amazon-linux-latest/x',
      'arn:aws:ssm:*::document/${aws:username}',
      'arn:aws:resource-explorer-2:*::view/AWSServiceViewForApplicationSignals/service-view',
      // DescribeType's ARN of a public AWS extension; the AccessDenied of cloudformation:DescribeType names it so
      'arn:aws:cloudformation:us-east-1::type/resource/AWS-IAM-Role',
      'arn:aws:cloudformation:*::type/hook/AWS-Hooks-*',
      // AWS Security Finding Format, ProductArn of GuardDuty findings
      'arn:aws:securityhub:us-east-1::product/aws/guardduty',
      // AWS IoT Developer Guide, managed job templates
      'arn:aws:iot:eu-north-1::jobtemplate/AWS-Download-File:1.0',
    ])
      expect(codes(arn), arn).not.toContain(CODE);
    // a customer's document, parameter or view needs its account
    for (const arn of [
      'arn:aws:ssm:us-east-1::document/MyDocument',
      'arn:aws:ssm:us-east-1::parameter/app/db',
      'arn:aws:resource-explorer-2:*::view/my-view/*',
      'arn:aws:cloudformation:us-east-1::type/resource/MyOrg-App-Thing',
      'arn:aws:securityhub:us-east-1::product/alertlogic/althreatmanagement',
      'arn:aws:iot:eu-north-1::jobtemplate/my-template',
    ])
      expect(codes(arn), arn).toContain(CODE);
  });

  it('RESOURCE_MISMATCH now also accepts Resource Explorer service views without an account (one table)', () => {
    expect(codes('arn:aws:resource-explorer-2:us-east-1::view/AWSServiceViewForApplicationSignals/service-view', 'resource-explorer-2:GetView')).not.toContain('RESOURCE_MISMATCH');
    expect(codes('arn:aws:resource-explorer-2:us-east-1::view/my-view/*', 'resource-explorer-2:GetView')).toContain('RESOURCE_MISMATCH');
  });

  it('makes a request resource without its account a catalog error of the entry (vitest matchers, CLI simulate/check)', () => {
    // a request for arn:aws:ec2:us-east-1::instance/i-1 names no instance: an assertion of absence on it must not pass
    expect(firstEntryError('Resource', ['arn:aws:ec2:us-east-1::instance/i-1'], new Set())).toMatchObject({ code: CODE, catalog: true });
    expect(firstEntryError('Resource', ['arn:aws:ec2:us-east-1::instance/i-1'], new Set(['arn:aws:ec2:us-east-1::instance/i-1']))).toBeUndefined();
  });
});
