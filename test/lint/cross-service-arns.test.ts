import { describe, expect, it } from 'vitest';
import { resourceTypesOf, serviceNames } from '../../src/catalog/index.js';
import { arnFieldOwners } from '../../src/catalog/data.js';
import { ARN_FIELDS } from '../../src/catalog/generated/catalog-data.js';
import { lint } from '../../src/lint/index.js';

/*
 * Service Authorization Reference: a service's resource types may have ARNs of another service
 * (sts lists `root-user` as arn:${Partition}:iam::${Account}:root). ARN formats are read by the
 * ARN's service field, whichever service lists them; AWS managed policies IAMAuditRootUserCredentials,
 * IAMCreateRootUserPassword and IAMDeleteRootUserCredentials name arn:aws:iam::*:root.
 */
const doc = (Action: string, Resource: string, Effect = 'Allow') => ({ Version: '2012-10-17', Statement: [{ Effect, Action, Resource }] });
const codes = (Action: string, Resource: string, Effect?: string) =>
  lint(doc(Action, Resource, Effect) as Parameters<typeof lint>[0]).map((f) => f.code);
const ARN_CODES = ['INVALID_ARN_RESOURCE', 'ARN_REGION_NOT_ALLOWED', 'ARN_ACCOUNT_NOT_ALLOWED', 'MISSING_ARN_REGION', 'RESOURCE_MISMATCH'];
const arnCodes = (Action: string, Resource: string, Effect?: string) => codes(Action, Resource, Effect).filter((c) => ARN_CODES.includes(c));

describe('ARN formats are read by the ARN service field, across services', () => {
  it('accepts the account root for sts:AssumeRoot', () => {
    // Service Authorization Reference: sts resource type root-user has ARN arn:${Partition}:iam::${Account}:root
    expect(arnCodes('sts:AssumeRoot', 'arn:aws:iam::111122223333:root')).toEqual([]);
    expect(arnCodes('sts:AssumeRoot', 'arn:aws:iam::*:root', 'Deny')).toEqual([]);
  });

  it('accepts a context provider ARN (account field "aws") as an iam ARN', () => {
    // Service Authorization Reference: sts resource type context-provider has ARN arn:${Partition}:iam::aws:contextProvider/${ContextProviderName}
    expect(codes('sts:SetContext', 'arn:aws:iam::aws:contextProvider/*')).not.toContain('INVALID_ARN_RESOURCE');
    expect(codes('iam:GetRole', 'arn:aws:iam::aws:contextProvider/IdentityCenter')).not.toContain('INVALID_ARN_RESOURCE');
  });

  it('accepts a format listed only under another prefix (q lists qdeveloper plugins)', () => {
    // Service Authorization Reference: q resource type plugin has ARN arn:${Partition}:qdeveloper:${Region}:${Account}:plugin/${Identifier}
    expect(codes('q:UsePlugin', 'arn:aws:qdeveloper:*:*:plugin/GitLabDuoWithAmazonQ/*')).not.toContain('INVALID_ARN_RESOURCE');
  });

  it('still reports an iam resource part that fits no iam format of any service', () => {
    // Service Authorization Reference: no resource type of any service has an iam ARN with resource part nosuchtype/...
    expect(codes('iam:GetRole', 'arn:aws:iam::111122223333:nosuchtype/x')).toContain('INVALID_ARN_RESOURCE');
    expect(codes('sts:AssumeRoot', 'arn:aws:iam::111122223333:rootx')).toContain('INVALID_ARN_RESOURCE');
  });

  it("no longer reads a service's own formats of another service field as its own", () => {
    // Service Authorization Reference: ec2 resource type role is arn:${Partition}:iam::${Account}:role/${RoleNameWithPath}, an iam ARN, not an ec2 one
    expect(codes('ec2:RunInstances', 'arn:aws:ec2:us-east-1:111122223333:role/x')).toContain('INVALID_ARN_RESOURCE');
  });

  it('reads a placeholder service field as the service that lists it (backup recovery points)', () => {
    // Service Authorization Reference: backup resource type recoveryPoint is arn:${Partition}:${Vendor}:${Region}:*:${ResourceType}:${RecoveryPointId}
    expect(codes('backup:DeleteRecoveryPoint', 'arn:aws:backup:*:*:recovery-point:*')).not.toContain('INVALID_ARN_RESOURCE');
  });

  it('checks ARN service fields that are no service prefix (servicecatalog portfolios are arn:...:catalog:...)', () => {
    // Service Authorization Reference: servicecatalog resource type Portfolio has ARN arn:${Partition}:catalog:${Region}:${Account}:portfolio/${PortfolioId}
    expect(codes('servicecatalog:DescribePortfolio', 'arn:aws:catalog:us-east-1:111122223333:portfolio/port-1')).not.toContain('INVALID_ARN_RESOURCE');
    expect(codes('servicecatalog:DescribePortfolio', 'arn:aws:catalog:us-east-1:111122223333:portfolo/port-1')).toContain('INVALID_ARN_RESOURCE');
  });

  it('says the reference lists no resource of the service only when no format of the actions has that service field', () => {
    // Service Authorization Reference: sts:SetContext lists role (arn:${Partition}:iam::${Account}:role/...) and self-session, not context-provider
    const mismatch = (Action: string, Resource: string) =>
      lint(doc(Action, Resource) as Parameters<typeof lint>[0]).find((f) => f.code === 'RESOURCE_MISMATCH')?.message ?? '';
    expect(mismatch('sts:SetContext', 'arn:aws:iam::aws:contextProvider/*')).not.toContain('lists no resource of service');
    // Service Authorization Reference: devops-guru:AddNotificationChannel lists only topic, an sns ARN
    expect(mismatch('devops-guru:AddNotificationChannel', 'arn:aws:devops-guru:*:*:/channels')).toContain('lists no resource of service "devops-guru"');
  });
});

describe('the generated table of ARN service fields', () => {
  it('is what the catalog resource types give: each field with the other prefixes that list formats with it', () => {
    // derived, not hand-written: recompute it from every resource type of every service
    const expected = new Map<string, Set<string>>();
    for (const p of serviceNames())
      for (const rt of resourceTypesOf(p))
        for (const arn of rt.arns) {
          const field = arn.split(':')[2]!;
          if (field !== p && !field.includes('$')) expected.set(field, (expected.get(field) ?? new Set()).add(p));
        }
    const table = [...expected]
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([field, owners]) => `${field}=${[...owners].sort().join(',')}`)
      .join('|');
    expect(ARN_FIELDS).toBe(table);
    for (const [field, owners] of expected) expect(arnFieldOwners(field), field).toEqual([...owners].sort());
    expect(arnFieldOwners('iam')).toEqual(['codestar', 'ec2', 'es', 'ssm', 'sts']);
    expect(arnFieldOwners('dynamodb')).toEqual([]);
    expect(arnFieldOwners('constructor')).toEqual([]);
  });
});
