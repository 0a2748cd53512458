/**
 * typed-iam/cdk's options from plain JavaScript and configuration: a value of the wrong type is a
 * PolicyArgumentError naming the option (src/cdk/options.ts), never read as something else. The
 * case that mattered: `failOn: 'Error'` is no severity, and no finding reached it, so nothing failed
 * the synth.
 */
import { App, Aspects, Stack } from 'aws-cdk-lib';
import { Annotations, Match } from 'aws-cdk-lib/assertions';
import * as iam from 'aws-cdk-lib/aws-iam';
import { describe, expect, it } from 'vitest';
import { checkTemplate, findPolicies, layoutRole, TypedIamChecks, type Template } from '../../src/cdk/index.js';
import { PolicyArgumentError } from '../../src/errors.js';
import { argumentErrorOf, argumentOf } from '../hostile/helpers.js';


const template: Template = {
  Resources: {
    P: { Type: 'AWS::IAM::ManagedPolicy', Properties: { PolicyDocument: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 'iam:PassRole', Resource: '*' }] } } },
  },
};

describe('TypedIamChecks options', () => {
  it.each<[string, Record<string, unknown>]>([
    ['failOn', { failOn: 'Error' }],
    ['failOn', { failOn: 'high' }],
    ['failOn', { failOn: null }],
    ['unknownTokenLength', { unknownTokenLength: -5 }],
    ['unknownTokenLength', { unknownTokenLength: Number.NaN }],
    ['unknownTokenLength', { unknownTokenLength: '2048' }],
    ['unknownTokenLength', { unknownTokenLength: 0 }],
    ['maxManagedPolicies', { maxManagedPolicies: 2.5 }],
    ['trustPolicyLimit', { trustPolicyLimit: Number.POSITIVE_INFINITY }],
    ['tokenLengths', { tokenLengths: { 'AWS::Region': 'long' } }],
    ['tokenLengths', { tokenLengths: [9] }],
    ['rules', { rules: { REDUNDANT_ACTION: 'Off' } }],
    ['rules', { rules: 5 }],
    ['reportSizes', { reportSizes: 'no' }],
    ['fitRolePolicies', { fitRolePolicies: 'yes' }],
    ['fitRolePolicies', { fitRolePolicies: { minimize: 'yes' } }],
    ['suppressions', { suppressions: {} }],
    ['suppressions', { suppressions: [null] }],
    ['suppressions', { suppressions: [{ code: 'REDUNDANT_ACTION', reason: 'kept', path: 5 }] }],
  ])('%s: %j is refused when the aspect is made', (name, options) => {
    const e = argumentErrorOf(() => new TypedIamChecks(options as never));
    expect(e.argument).toBe(name);
    if (name !== 'suppressions') expect(e.message).toMatch(new RegExp(`^typed-iam: Option ${name} must be `));
  });

  it('a misspelt option is refused, not read as absent (failon: warning took the default, security)', () => {
    const e = argumentErrorOf(() => new TypedIamChecks({ failon: 'warning' } as never));
    expect(e.argument).toBe('options');
    expect(e.message).toBe(
      "typed-iam: No option is named 'failon' (read as absent, it would take its default); the options are failOn, fitRolePolicies, maxManagedPolicies, reportSizes, rules, suppressions, tokenLengths, trustPolicyLimit, unknownTokenLength.",
    );
    expect(argumentErrorOf(() => checkTemplate(template, { acount: '111122223333' } as never)).message).toMatch(/^typed-iam: No option is named 'acount'/);
  });

  it('options that are no object are refused', () => {
    expect(argumentOf(() => new TypedIamChecks(null as never))).toBe('options');
    expect(argumentOf(() => new TypedIamChecks('security' as never))).toBe('options');
  });

  it('every severity is a failOn, and the documented forms of the others are taken', () => {
    for (const failOn of ['error', 'security', 'warning', 'suggestion'] as const) expect(() => new TypedIamChecks({ failOn })).not.toThrow();
    const options = { tokenLengths: { 'App/Stack/Bucket': 0, 'AWS::Region': 9 }, unknownTokenLength: 1, maxManagedPolicies: 20, trustPolicyLimit: 4096, rules: { REDUNDANT_ACTION: 'off' as const }, reportSizes: false, fitRolePolicies: { minimize: true } };
    expect(() => new TypedIamChecks(options)).not.toThrow();
  });

  it('keeps a copy of its options read once: a getter or a later change of the caller\'s object changes no synth', () => {
    const synth = (options: object, change: () => void) => {
      const app = new App();
      const stack = new Stack(app, 'S');
      new iam.ManagedPolicy(stack, 'P', { statements: [new iam.PolicyStatement({ actions: ['iam:PassRole'], resources: ['*'] })] });
      Aspects.of(app).add(new TypedIamChecks(options as never));
      change();
      app.synth();
      return Annotations.fromStack(stack).findError('*', Match.stringLikeRegexp('PASS_ROLE_WITH_STAR_IN_RESOURCE')).length;
    };
    // checked as 'security', then read as 'error' by the synth: the security finding failed nothing
    let reads = 0;
    const shifty = {
      get failOn() {
        return reads++ === 0 ? 'security' : 'error';
      },
    };
    expect(synth(shifty, () => {})).toBe(1);
    expect(reads).toBe(1);
    const rules: Record<string, string> = { PASS_ROLE_WITH_STAR_IN_RESOURCE: 'security' };
    const given = { failOn: 'security', rules };
    expect(synth(given, () => (rules['PASS_ROLE_WITH_STAR_IN_RESOURCE'] = 'off'))).toBe(1);
  });

  it('a security finding fails the synth at each failOn at or below security, and a wrong-case failOn no longer passes it', () => {
    const synth = (failOn: unknown) => {
      const app = new App();
      const stack = new Stack(app, 'S');
      new iam.ManagedPolicy(stack, 'P', { statements: [new iam.PolicyStatement({ actions: ['iam:PassRole'], resources: ['*'] })] });
      Aspects.of(app).add(new TypedIamChecks({ failOn } as never));
      app.synth();
      return Annotations.fromStack(stack).findError('*', Match.stringLikeRegexp('PASS_ROLE_WITH_STAR_IN_RESOURCE')).length;
    };
    expect(synth('security')).toBe(1);
    expect(synth('suggestion')).toBe(1);
    expect(synth('error')).toBe(0);
    expect(() => synth('Security')).toThrow(PolicyArgumentError);
  });
});

describe('checkTemplate, findPolicies and layoutRole options', () => {
  it.each<[string, Record<string, unknown>]>([
    ['account', { account: null }],
    ['region', { region: 5 }],
    ['unknownTokenLength', { unknownTokenLength: Number.POSITIVE_INFINITY }],
    ['pathOf', { pathOf: 'Stack/Bucket' }],
    ['featureFlag', { featureFlag: true }],
    ['suppressions', { suppressions: { code: 'PASS_ROLE_WITH_STAR_IN_RESOURCE', reason: 'kept' } }],
    ['rules', { rules: ['PASS_ROLE_WITH_STAR_IN_RESOURCE'] }],
    ['trustPolicyLimit', { trustPolicyLimit: -1 }],
  ])('%s: %j is refused', (name, options) => {
    expect(argumentOf(() => checkTemplate(template, options as never))).toBe(name);
    expect(argumentOf(() => findPolicies(template, options as never))).toBe(name);
  });

  it('are read once: a getter answering the check and then another value reaches nothing', () => {
    let reads = 0;
    const options = {
      get rules() {
        return reads++ === 0 ? { PASS_ROLE_WITH_STAR_IN_RESOURCE: 'off' } : { PASS_ROLE_WITH_STAR_IN_RESOURCE: 'loud' };
      },
    };
    expect(checkTemplate(template, options as never).findings).toEqual([]);
    expect(reads).toBe(1);
  });

  it("layoutRole's minimize is true or false", () => {
    expect(argumentOf(() => layoutRole(template, 'Role', 'Inline', [], { minimize: 'yes' as never }))).toBe('minimize');
  });

  it('the options the tests and the CLI pass are taken, and findings come as before', () => {
    const r = checkTemplate(template, { account: '111122223333', region: 'eu-west-1', stackName: 'S', tokenLengths: { 'AWS::Region': 9 }, suppressions: [], rules: {} });
    expect(r.findings.map((f) => f.code)).toEqual(['PASS_ROLE_WITH_STAR_IN_RESOURCE']);
  });
});
