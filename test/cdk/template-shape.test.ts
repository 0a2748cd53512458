/**
 * The template functions given what is no template CloudFormation would deploy: refused with
 * PolicyArgumentError, never read as if the malformed part were absent. CloudFormation's template
 * anatomy: `Resources` is an object of logical ids, each resource an object with a `Type`, its
 * `Properties` and `Metadata` objects.
 */
import { describe, expect, it } from 'vitest';
import { checkTemplate, findPolicies, layoutRole, type Template } from '../../src/cdk/index.js';
import { PolicyArgumentError } from '../../src/index.js';

const trust = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { Service: 'lambda.amazonaws.com' }, Action: 'sts:AssumeRole' }] };
const role = { Type: 'AWS::IAM::Role', Properties: { AssumeRolePolicyDocument: trust } };

const refusal = (f: () => unknown): PolicyArgumentError => {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(PolicyArgumentError);
    return e as PolicyArgumentError;
  }
  throw new Error('read as a template');
};

describe('template arguments', () => {
  it.each<[string, unknown, string]>([
    // was: no finding at all, as for an empty template
    ['Resources that is a number', { Resources: 5 }, 'is not a CloudFormation template'],
    ['Resources that is an array', { Resources: [role] }, 'is not a CloudFormation template'],
    ['a resource that is a number', { Resources: { Role: 5 } }, 'resource "Role" is not an object'],
    // was: a TypeError (reading Properties of null)
    ['a resource that is null', { Resources: { Role: null } }, 'resource "Role" is not an object'],
    ['a resource without a Type', { Resources: { Role: { Properties: role.Properties } } }, 'resource "Role" has no Type'],
    // a Type a tool expands before deploying (a Rain module) said "has no Type" though it has one
    ['a resource whose Type is an object', { Resources: { Net: { Type: { 'Rain::Module': 'vpc.yml' } } } }, 'resource "Net" has a Type that is not a string ({"Rain::Module":"vpc.yml"})'],
    ['a resource whose Type is a long object', { Resources: { Net: { Type: { 'Rain::Module': 'x'.repeat(90) } } } }, 'resource "Net" has a Type that is not a string (an object)'],
    // was: the role's policies not read, and no finding
    ['Properties that are a number', { Resources: { Role: { Type: 'AWS::IAM::Role', Properties: 5 } } }, 'has Properties that is not an object'],
    ['no object at all', undefined, 'is not a CloudFormation template'],
  ])('%s is refused by checkTemplate, findPolicies and layoutRole', (_, template, message) => {
    for (const f of [() => checkTemplate(template as never), () => findPolicies(template as never), () => layoutRole(template as never, 'Role', 'Inline', [])]) {
      const e = refusal(f);
      expect(e.argument).toBe('template');
      expect(e.message).toContain(message);
    }
  });

  it('options that are no object, and layoutRole ids that are no text, are refused', () => {
    const template = { Resources: { Role: role } };
    // each was a TypeError (reading stackName / trustPolicyLimit of null; managedIds is not iterable)
    expect(refusal(() => checkTemplate(template as never, null as never)).argument).toBe('options');
    expect(refusal(() => findPolicies(template as never, null as never)).argument).toBe('options');
    expect(refusal(() => layoutRole(template as never, 'Role', 'Inline', undefined as never)).argument).toBe('managedIds');
    expect(refusal(() => layoutRole(template as never, 5 as never, 'Inline', [])).argument).toBe('roleId');
  });

  it('a template without Resources, or with a well-formed role, is read', () => {
    expect(checkTemplate({}).findings).toEqual([]);
    // the AWS::LanguageExtensions transform's Fn::ForEach loop is no resource itself (its value is a list)
    const loop = { 'Fn::ForEach::Topics': ['Name', ['A', 'B'], { 'Topic${Name}': { Type: 'AWS::SNS::Topic' } }] };
    expect(() => checkTemplate({ Transform: 'AWS::LanguageExtensions', Resources: { ...loop, Role: role } } as never)).not.toThrow();
    expect(findPolicies({ Resources: { Role: role } }).map((p) => p.property)).toEqual(['AssumeRolePolicyDocument']);
  });
});

describe('a template built in code with optional fields left undefined', () => {
  it('is read as JSON makes it: no member, null in a list (a TypeError from inside the reader before)', () => {
    const document = { Version: undefined, Statement: [{ Effect: 'Allow', Action: ['s3:GetObjekt', undefined], Resource: '*', Condition: undefined }] };
    const template = { Resources: { P: { Type: 'AWS::IAM::ManagedPolicy', Properties: { PolicyDocument: document, Description: undefined } } } } as unknown as Template;
    const read = checkTemplate(template);
    const json = checkTemplate(JSON.parse(JSON.stringify(template)) as Template);
    expect([read.findings, read.sizes]).toEqual([json.findings, json.sizes]);
    expect(read.findings.map((f) => f.code)).toEqual(['MISSING_VERSION', 'INVALID_TYPE']);
  });
});
