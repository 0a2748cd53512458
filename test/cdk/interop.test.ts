/** toPolicyDocument / toPolicyStatements / toAssumeRolePrincipal / fromCdk against real synthesis. */
import { App, Stack } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as s3 from 'aws-cdk-lib/aws-s3';
import { describe, expect, it } from 'vitest';
import { argumentOf } from '../hostile/helpers.js';
import { fromCdk, toAssumeRolePrincipal, toPolicyDocument, toPolicyStatements } from '../../src/cdk/index.js';
import { allow, deny, policy, principal, PolicyArgumentError } from '../../src/index.js';

const table = 'arn:aws:dynamodb:eu-west-1:111122223333:table/Orders';
const identity = policy.identity(
  allow('dynamodb:GetItem', 'dynamodb:Query').on(table, `${table}/index/*`).sid('ReadOrders'),
  allow('dynamodb:PutItem').on(table).when('ForAllValues:StringEquals', 'dynamodb:Attributes', ['pk', 'sk']).sid('WriteOrders'),
  deny('dynamodb:DeleteTable').on('*').sid('NeverDrop'),
);
const trust = policy.trust(
  allow('sts:AssumeRole', 'sts:TagSession').by(principal.account('444455556666')).when('StringEquals', 'sts:ExternalId', 'vendor-7f3a91c2').sid('VendorAssume'),
);

function only(template: Template, type: string): Record<string, unknown> {
  const all = Object.values(template.findResources(type));
  expect(all).toHaveLength(1);
  return (all[0] as { Properties: Record<string, unknown> }).Properties;
}

describe('typed-iam -> CDK', () => {
  it('toPolicyDocument: a managed policy holds exactly the document', () => {
    const stack = new Stack(new App(), 'S');
    new iam.ManagedPolicy(stack, 'P', { document: toPolicyDocument(identity) });
    expect(only(Template.fromStack(stack), 'AWS::IAM::ManagedPolicy')['PolicyDocument']).toEqual(identity.toJSON());
  });

  it('toPolicyStatements: statements added to a role default policy render unchanged', () => {
    const stack = new Stack(new App(), 'S');
    const role = new iam.Role(stack, 'R', { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') });
    for (const s of toPolicyStatements(identity)) role.addToPolicy(s);
    expect(only(Template.fromStack(stack), 'AWS::IAM::Policy')['PolicyDocument']).toEqual(identity.toJSON());
  });

  it('a trust policy becomes the assume-role policy of an L2 Role (toAssumeRolePrincipal) and of a CfnRole (toPolicyDocument)', () => {
    const stack = new Stack(new App(), 'S');
    new iam.Role(stack, 'Vendor', { assumedBy: toAssumeRolePrincipal(trust) });
    expect(only(Template.fromStack(stack), 'AWS::IAM::Role')['AssumeRolePolicyDocument']).toEqual(trust.toJSON());
    const stack2 = new Stack(new App(), 'S2');
    new iam.CfnRole(stack2, 'Vendor', { assumeRolePolicyDocument: toPolicyDocument(trust) });
    expect(only(Template.fromStack(stack2), 'AWS::IAM::Role')['AssumeRolePolicyDocument']).toEqual(trust.toJSON());
    expect(() => toAssumeRolePrincipal(identity as never)).toThrow(/trust policy/);
    // the article by sound, as every message built from a kind's name (was: "not a identity policy")
    expect(() => toAssumeRolePrincipal(identity as never)).toThrow(/, not an identity policy\.$/);
  });
});

describe('CDK -> typed-iam (fromCdk)', () => {
  it('reads a document and a statement; the kind is inferred or given', () => {
    const doc = toPolicyDocument(identity);
    expect(fromCdk(doc).toJSON()).toEqual(identity.toJSON());
    expect(fromCdk(doc).kind).toBe('identity');
    const st = new iam.PolicyStatement({ actions: ['s3:GetObject'], resources: ['arn:aws:s3:::b/*'], principals: [new iam.AnyPrincipal()] });
    expect(fromCdk(st).kind).toBe('resource');
    expect(fromCdk([st], undefined, { kind: 'resource' }).statements).toHaveLength(1);
  });

  it("infers the kind as parsePolicy does, trust included (fromCdk had its own copy of the rule, without trust)", () => {
    const role = new iam.Role(new Stack(), 'R', { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') });
    expect(fromCdk(role.assumeRolePolicy!).kind).toBe('trust');
  });

  it('keeps tokens as tokens: the policy put back into CDK resolves to the same template values', () => {
    const stack = new Stack(new App(), 'S');
    const bucket = new s3.Bucket(stack, 'B');
    const role = new iam.Role(stack, 'R', { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') });
    const original = new iam.PolicyDocument({
      statements: [new iam.PolicyStatement({ actions: ['s3:GetObject'], resources: [bucket.arnForObjects('*')], conditions: { ArnEquals: { 'aws:PrincipalArn': role.roleArn } } })],
    });
    for (const read of [fromCdk(original), fromCdk(original, stack)]) {
      const text = JSON.stringify(read.toJSON());
      expect(text).toContain('${Token[');
      new iam.ManagedPolicy(stack, `M${stack.node.children.length}`, { document: toPolicyDocument(read) });
    }
    const rendered = Object.values(Template.fromStack(stack).findResources('AWS::IAM::ManagedPolicy')).map((r) => (r as { Properties: { PolicyDocument: unknown } }).Properties.PolicyDocument);
    expect(rendered).toHaveLength(2);
    expect(rendered[0]).toEqual(stack.resolve(original));
    expect(rendered[1]).toEqual(stack.resolve(original));
  });
});

describe('arguments that are not what the functions take', () => {
  const statement = new iam.PolicyStatement({ actions: ['s3:GetObject'], resources: ['*'] });

  it.each<[string, () => unknown, string]>([
    // each was a TypeError from inside (reading toJSON of undefined, s.toStatementJson is not a function, ...)
    ['toPolicyDocument(undefined)', () => toPolicyDocument(undefined as never), 'policy'],
    ['toPolicyDocument({}): a plain object is no policy', () => toPolicyDocument({} as never), 'policy'],
    ['toPolicyStatements(null)', () => toPolicyStatements(null as never), 'policy'],
    ['toAssumeRolePrincipal(undefined)', () => toAssumeRolePrincipal(undefined as never), 'trust'],
    ['fromCdk(undefined)', () => fromCdk(undefined as never), 'source'],
    ['fromCdk([1])', () => fromCdk([1] as never), 'source'],
    ['fromCdk(statement, 0)', () => fromCdk(statement, 0 as never), 'stack'],
    ['fromCdk(statement, undefined, null)', () => fromCdk(statement, undefined, null as never), 'options'],
  ])('%s is a PolicyArgumentError', (_, f, argument) => {
    expect(argumentOf(f)).toBe(argument);
  });

  it('still reads statements, lists of them and documents', () => {
    expect(fromCdk(statement).statements).toHaveLength(1);
    expect(fromCdk([statement, statement]).statements).toHaveLength(2);
    expect(fromCdk(new iam.PolicyDocument({ statements: [statement] }), new Stack()).statements).toHaveLength(1);
  });
});
