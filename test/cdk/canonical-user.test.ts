/**
 * A CloudFront origin access identity read through a token: CDK's `bucket.grantRead(oai)` writes the
 * bucket policy's principal as `{ "CanonicalUser": { "Fn::GetAtt": [oai, "S3CanonicalUserId"] } }`, a
 * 96-digit hex id (CloudFormation reference). lint must read a stand-in of that form, not call it malformed,
 * and the size bound of a CanonicalUser token is the longest such id.
 */
import { App, Stack } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import * as cloudfront from 'aws-cdk-lib/aws-cloudfront';
import * as s3 from 'aws-cdk-lib/aws-s3';
import { describe, expect, it } from 'vitest';
import { checkTemplate, type Template as CfnTemplate } from '../../src/cdk/index.js';
import { PRINCIPAL_MAX } from '../../src/cdk/resources.js';

describe('CanonicalUser principals from a CloudFront origin access identity', () => {
  it('bucket.grantRead(oai): no INVALID_PRINCIPAL_FORMAT on the token', () => {
    const app = new App();
    const stack = new Stack(app, 'Site');
    const bucket = new s3.Bucket(stack, 'Site');
    const oai = new cloudfront.OriginAccessIdentity(stack, 'Oai');
    bucket.grantRead(oai);
    const template = Template.fromStack(stack).toJSON() as CfnTemplate;
    expect(JSON.stringify(template)).toContain('S3CanonicalUserId');
    const codes = checkTemplate(template).findings.map((f) => f.code);
    expect(codes).not.toContain('INVALID_PRINCIPAL_FORMAT');
  });

  it('a role unique id (RoleId) as an AWS principal is read as one (INVALID_ROLE_REFERENCE), not as malformed', () => {
    const template: CfnTemplate = {
      Resources: {
        R: { Type: 'AWS::IAM::Role', Properties: { AssumeRolePolicyDocument: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 'sts:AssumeRole', Principal: { Service: 'lambda.amazonaws.com' } }] } } },
        B: { Type: 'AWS::S3::Bucket' },
        P: {
          Type: 'AWS::S3::BucketPolicy',
          Properties: {
            Bucket: { Ref: 'B' },
            PolicyDocument: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::b/*', Principal: { AWS: { 'Fn::GetAtt': ['R', 'RoleId'] } } }] },
          },
        },
      },
    };
    const codes = checkTemplate(template).findings.map((f) => f.code);
    expect(codes).not.toContain('INVALID_PRINCIPAL_FORMAT');
    expect(codes).toContain('INVALID_ROLE_REFERENCE');
  });

  it('a CanonicalUser token is bounded by the longest id, 96 digits (was 64)', () => {
    expect(PRINCIPAL_MAX['CanonicalUser']!.length).toBe(96);
  });
});
