/**
 * INVALID_SERVICE_PRINCIPAL_FORMAT on condition values. Access Analyzer policy check reference,
 * "Invalid service principal format": "You can specify a service principal in the Principal element
 * or as a value for some global condition keys and service-specific keys ... the kms:ViaService
 * condition key requires the following format for service principals in all lowercase letters:
 * service-name.AWS_region.amazonaws.com".
 */
import { describe, expect, it } from 'vitest';
import { lint } from '../../src/lint/index.js';

const findings = (Condition: Record<string, unknown>, Action = 'iam:PassRole') =>
  lint({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action, Resource: 'arn:aws:iam::111122223333:role/app', Condition }] }, { kind: 'identity' }).filter(
    (f) => f.code === 'INVALID_SERVICE_PRINCIPAL_FORMAT',
  );

describe('INVALID_SERVICE_PRINCIPAL_FORMAT: values of keys that hold service principals', () => {
  it.each([
    ['iam:PassedToService', 'Lambda.amazonaws.com'],
    ['iam:PassedToService', 'lambda'],
    ['iam:AWSServiceName', 'elasticbeanstalk'],
    ['aws:PrincipalServiceName', 'cloudtrail.amazonaws'],
    ['aws:CalledVia', 'Athena.amazonaws.com'],
    ['aws:CalledViaFirst', 'cloudformation'],
    ['organizations:ServicePrincipal', 'config'],
  ])('%s %s', (key, value) => {
    const [f] = findings({ StringEquals: { [key]: value } });
    expect(f).toMatchObject({ severity: 'error', path: `Statement[0].Condition.StringEquals["${key}"]` });
    expect(f!.message).toContain(`"${value}" is not a service principal name`);
  });
  it('names the value in a list by its index, and suggests the full name', () => {
    const f = findings({ StringEquals: { 'iam:PassedToService': ['ec2.amazonaws.com', 'lambda'] } });
    expect(f.map((x) => x.path)).toEqual(['Statement[0].Condition.StringEquals["iam:PassedToService"][1]']);
    expect(f[0]!.message).toContain('("lambda.amazonaws.com")');
  });
  it('well-formed names, patterns, variables and other operator families are not reported', () => {
    expect(findings({ StringEquals: { 'iam:PassedToService': ['ec2.amazonaws.com', 'ec2.amazonaws.com.cn', 'alexa-appkit.amazon.com'] } })).toEqual([]);
    expect(findings({ StringLike: { 'iam:PassedToService': ['*.amazonaws.com', 'Lambda*'] } })).toEqual([]);
    expect(findings({ StringEquals: { 'aws:CalledVia': '${aws:PrincipalTag/svc}' } })).toEqual([]);
    expect(findings({ StringNotEquals: { 'iam:PassedToService': 'lambda' } })).toHaveLength(1);
    expect(findings({ Null: { 'iam:PassedToService': 'false' } })).toEqual([]);
  });
  it('kms:ViaService takes service-name.region.amazonaws.com', () => {
    const via = (v: string) => findings({ StringEquals: { 'kms:ViaService': v } }, 'kms:Decrypt');
    expect(via('ec2.us-east-1.amazonaws.com')).toEqual([]);
    expect(via('s3.cn-north-1.amazonaws.com.cn')).toEqual([]);
    // the usual mistake: the service principal without a Region
    expect(via('ec2.amazonaws.com')[0]!.message).toBe('"ec2.amazonaws.com" is not a kms:ViaService value; use the format service-name.region.amazonaws.com in lower case (such as "ec2.us-east-1.amazonaws.com").');
    expect(via('EC2.us-east-1.amazonaws.com')).toHaveLength(1);
  });
  it('the Principal element is checked as before', () => {
    const trust = lint({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { Service: 'Lambda' }, Action: 'sts:AssumeRole' }] }, { kind: 'trust' });
    expect(trust.filter((f) => f.code === 'INVALID_SERVICE_PRINCIPAL_FORMAT').map((f) => f.path)).toEqual(['Statement[0].Principal.Service[0]']);
  });
});
