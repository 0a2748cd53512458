import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { serviceNames } from '../../src/catalog/index.js';
import { arnServices } from '../../src/catalog/data.js';
import { lint, type LintOptions } from '../../src/lint/index.js';
import type { PolicyKind } from '../../src/model/policy-document.js';

/*
 * IAM User Guide, "IAM policy validation check reference", Error – Invalid service: issue code
 * INVALID_SERVICE, "The service {{service}} does not exist. Use a valid service name." (an unknown
 * service in an action is the separate check INVALID_SERVICE_IN_ACTION, "... specified in the action
 * does not exist"). Lint applies it to the service field of Resource and NotResource ARNs.
 */
const statement = (Resource: unknown, extra: Record<string, unknown> = {}) => ({ Effect: 'Allow', Action: 's3:GetObject', Resource, ...extra });
const doc = (...Statement: unknown[]) => ({ Version: '2012-10-17', Statement });
const found = (d: unknown, options: LintOptions = {}) => lint(d as Parameters<typeof lint>[0], options).filter((f) => f.code === 'INVALID_SERVICE');
const at = (resource: unknown, kind: PolicyKind = 'identity') =>
  found(doc(statement(resource, kind === 'resource' ? { Principal: { AWS: '111122223333' } } : {})), { kind }).map((f) => f.path);

describe('INVALID_SERVICE: a Resource ARN whose service field names no AWS service', () => {
  it('reports an unknown service, with the service and the ARN, as an error', () => {
    const [f, ...rest] = found(doc(statement(['arn:aws:s3:::ok/*', 'arn:aws:s4:::typo/*'])));
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ code: 'INVALID_SERVICE', severity: 'error', path: 'Statement[0].Resource[1]' });
    expect(f!.message).toContain('"s4"');
    expect(f!.message).toContain('does not exist');
    expect(f!.message).toContain('Did you mean "s3"?');
  });

  it('reads NotResource too, and every kind with resources', () => {
    expect(found(doc({ Effect: 'Deny', Action: 's3:*', NotResource: 'arn:aws:s3x:::b' }))).toHaveLength(1);
    for (const kind of ['identity', 'resource', 'boundary', 'scp', 'rcp', 'session', 'endpoint'] as const) expect(at('arn:aws:nosuch:::b', kind), kind).toHaveLength(1);
  });

  it('knows the services whose ARNs use a name other than their action prefix (the catalog ARN formats are the truth)', () => {
    // servicecatalog portfolios are arn:...:catalog:..., EC2 Elastic Inference accelerators arn:...:elastic-inference:...
    expect(at('arn:aws:catalog:us-east-1:111122223333:portfolio/port-1')).toEqual([]);
    expect(at('arn:aws:iq-permission:us-east-1:111122223333:permission/1')).toEqual([]);
  });

  it('reports a retired service the reference still prints in an ARN format, as Access Analyzer does', () => {
    // ValidatePolicy on BatchServiceRolePolicy (zoph-io/MAMIP's published findings): INVALID_SERVICE at
    // Statement[14].Resource[11], "The service elastic-inference does not exist. Use a valid service name."
    expect(at('arn:aws:elastic-inference:*:*:elastic-inference-accelerator/*')).toHaveLength(1);
  });

  it('knows action prefixes whose resource types the reference does not list (AWS managed policies name such ARNs)', () => {
    // AWSServiceRoleForSMS, AWSMigrationHubStrategyCollector, AWSQuickSetupDevOpsGuruPermissionsBoundary
    expect(at('arn:aws:applicationinsights:*:*:application/resource-group/sms-app-*')).toEqual([]);
    expect(at('arn:aws:migrationhub-strategy:*:*:*')).toEqual([]);
    expect(at('arn:aws:devops-guru:*:*:/channels')).toEqual([]);
  });

  it('takes every partition; the partition does not change the service', () => {
    for (const p of ['aws', 'aws-cn', 'aws-us-gov', 'aws-iso', 'aws-eusc', '*', '${aws:partition}']) {
      expect(at(`arn:${p}:s3:::b`), p).toEqual([]);
      expect(at(`arn:${p}:nosuch:::b`), p).toHaveLength(1);
    }
  });

  it('leaves wildcards and policy variables in the service field alone (they are other checks)', () => {
    for (const r of ['arn:aws:*:::b', 'arn:aws:s3*:::b', 'arn:aws:?3:::b', 'arn:aws:*code*::111122223333:*', 'arn:aws:${aws:PrincipalTag/svc}:::b', '*', 'arn:*']) expect(at(r), r).toEqual([]);
  });

  it('compares lower case: upper case in a known service is INVALID_ARN_SERVICE_CASE, not this check', () => {
    expect(lint(doc(statement('arn:aws:S3:::b/*'))).map((f) => f.code)).toEqual(['INVALID_ARN_SERVICE_CASE']);
    expect(lint(doc(statement('arn:aws:S4:::b/*'))).map((f) => f.code)).toEqual(expect.arrayContaining(['INVALID_ARN_SERVICE_CASE', 'INVALID_SERVICE']));
  });

  it('reads the service of a short ARN (IAM pads one ending in * with wildcards)', () => {
    expect(at('arn:aws:nosuch:*')).toHaveLength(1);
    expect(at('arn:aws:s3:*')).toEqual([]);
    expect(at('arn:aws:nosuch')).toHaveLength(1);
    expect(at('arn:aws:s3')).toEqual([]);
  });

  it('ignores what is not an ARN: the API Gateway short form, "*", a leading variable, an empty service (MISSING_ARN_FIELD)', () => {
    expect(at('execute-api:/prod/GET/pets', 'resource')).toEqual([]);
    expect(at('${aws:username}')).toEqual([]);
    expect(at('bucket/*')).toEqual([]);
    expect(lint(doc(statement('arn:aws::us-east-1:111122223333:x'))).map((f) => f.code)).toEqual(['MISSING_ARN_FIELD']);
  });

  it('does not read ARN condition values (Access Analyzer names the check for the service of an ARN in the policy\'s resources)', () => {
    const d = doc(statement('arn:aws:s3:::b/*', { Condition: { ArnLike: { 'aws:SourceArn': 'arn:aws:nosuch:::x' } } }));
    expect(found(d)).toEqual([]);
  });

  it('hostile input: whitespace, unicode, control characters and a huge field are unknown services, linearly', () => {
    for (const svc of [' s3', 's3 ', 's\u00f63', 's3\u0130', '\u0000', 's3\n', 'ｓ３']) expect(at(`arn:aws:${svc}:::b`), JSON.stringify(svc)).toHaveLength(1);
    const huge = `arn:aws:${'s3'.repeat(200_000)}:::b`;
    const f = found(doc(statement(huge)));
    expect(f).toHaveLength(1);
    expect(f[0]!.message).not.toContain('Did you mean');
  });

  it('property (fixed seed): a known ARN service never, an unknown name always, a wildcard in it never', () => {
    const known = [...new Set([...serviceNames(), ...arnServices()])].filter((s) => s !== 'elastic-inference');
    const knownSet = new Set(known);
    const field = fc.stringMatching(/^[a-z0-9*:/-]{0,12}$/);
    const region = fc.constantFrom('', '*', 'us-east-1', 'eu-west-3');
    const account = fc.constantFrom('', '*', '111122223333', 'aws');
    fc.assert(
      fc.property(fc.constantFrom(...known), fc.stringMatching(/^[a-z0-9-]{1,24}$/), region, account, field, fc.nat(24), (svc, name, r, a, rest, cut) => {
        expect(at(`arn:aws:${svc}:${r}:${a}:${rest}`)).toEqual([]);
        expect(at(`arn:aws:${name}:${r}:${a}:${rest}`)).toHaveLength(knownSet.has(name) ? 0 : 1);
        const star = `${name.slice(0, cut)}*${name.slice(cut)}`;
        expect(at(`arn:aws:${star}:${r}:${a}:${rest}`)).toEqual([]);
      }),
      { seed: 27, numRuns: 300 },
    );
  });
});

describe('INVALID_SERVICE_IN_ACTION on an SDK client name as the prefix', () => {
  const message = (action: string) => lint({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: action, Resource: '*' }] }).find((f) => f.code === 'INVALID_SERVICE_IN_ACTION')?.message;
  it('names the action IAM checks and says why (bedrock-runtime is the client of bedrock:InvokeModel)', () => {
    expect(message('bedrock-runtime:InvokeModel')).toContain('Did you mean "bedrock:InvokeModel"? "bedrock-runtime" is the name of an SDK client or endpoint; IAM names the action by its service.');
    // a pattern gets the service, and no word on clients
    expect(message('bedrock-runtime:Invoke*')).toContain('Did you mean "bedrock"?');
  });
  it('keeps "check the spelling" for a prefix that is no client name', () => {
    expect(message('s4:GetObject')).toContain('Did you mean "s3:GetObject"? Check the spelling');
    expect(message('iot1click:ListTagsForResource')).toContain('is not a known AWS service. Check the spelling');
  });
});
