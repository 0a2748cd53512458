/** EKS IAM roles for service accounts: the CfnJson condition block is read and linted; token principals are sized by what IAM accepts. */
import { App, Aspects, CfnJson, CfnParameter, Fn, Stack } from 'aws-cdk-lib';
import { Annotations, Match, Template } from 'aws-cdk-lib/assertions';
import * as eks from 'aws-cdk-lib/aws-eks';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import { beforeAll, describe, expect, it } from 'vitest';
import { principal } from '../../src/index.js';
import { checkTemplate, TypedIamChecks, type Template as CfnTemplate } from '../../src/cdk/index.js';
import { PRINCIPAL_MAX } from '../../src/cdk/resources.js';

const typedIam = Match.stringLikeRegexp('\\[typed-iam\\]');
const annotationsText = (found: readonly { readonly entry: { readonly data?: unknown } }[]) => found.map((e) => String(e.entry.data)).join('\n');
const messages = (a: Annotations, path: string) => [...a.findError(path, typedIam), ...a.findWarning(path, typedIam)].map((e) => String(e.entry.data));

describe('an EKS cluster with IRSA service accounts (aws-eks Cluster.addServiceAccount: CfnJson conditions keyed by the issuer)', () => {
  let a: Annotations;
  beforeAll(() => {
    const app = new App();
    const stack = new Stack(app, 'Eks');
    const cluster = new eks.Cluster(stack, 'Cluster', {
      version: eks.KubernetesVersion.V1_31,
      kubectlLayer: lambda.LayerVersion.fromLayerVersionArn(stack, 'Kubectl', 'arn:aws:lambda:eu-west-1:111111111111:layer:kubectl:1'),
      defaultCapacity: 0,
    });
    cluster.addServiceAccount('App', { name: 'app', namespace: 'prod' });
    const issuer = cluster.openIdConnectProvider.openIdConnectProviderIssuer;
    // the usual mistake: a wildcard under StringEquals never matches, so no pod can assume the role
    const wild = new CfnJson(stack, 'WildConditions', { value: { [`${issuer}:sub`]: 'system:serviceaccount:prod:*', [`${issuer}:aud`]: 'sts.amazonaws.com' } });
    new iam.Role(stack, 'Wild', { assumedBy: new iam.OpenIdConnectPrincipal(cluster.openIdConnectProvider).withConditions({ StringEquals: wild }) });
    // the provider of another cluster, imported: its issuer (in the keys) is unknown
    const imported = iam.OpenIdConnectProvider.fromOpenIdConnectProviderArn(stack, 'Other', Fn.importValue('Shared-OidcProviderArn'));
    const other = new CfnJson(stack, 'OtherConditions', { value: { [`${imported.openIdConnectProviderIssuer}:aud`]: 'sts.amazonaws.com' } });
    new iam.Role(stack, 'OtherCluster', { assumedBy: new iam.OpenIdConnectPrincipal(imported).withConditions({ StringEquals: other }) });
    Aspects.of(app).add(new TypedIamChecks());
    Template.fromStack(stack);
    a = Annotations.fromStack(stack);
  }, 120_000);

  it("the service account's role: no finding, and its trust policy fits (the provider ARN holds a URL of at most 255 characters, IAM CreateOpenIDConnectProvider)", () => {
    expect(messages(a, '/Eks/Cluster/App/Role/Resource')).toEqual([]);
    const info = a.findInfo('/Eks/Cluster/App/Role/Resource', Match.stringLikeRegexp('AssumeRolePolicyDocument'));
    expect(String(info[0]!.entry.data)).toMatch(/Ref ClusterOpenIdConnectProvider[0-9A-F]+ 302\b/);
  });

  it('lint reads the CfnJson: a wildcard under StringEquals in the sub condition is WILDCARD_WITHOUT_LIKE_OPERATOR (was skipped)', () => {
    const found = messages(a, '/Eks/Wild/Resource');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(/WILDCARD_WITHOUT_LIKE_OPERATOR AssumeRolePolicyDocument\.Statement\[0\]\.Condition\.StringEquals\["oidc\.eks\.[^"]+:sub"\]/);
  });

  it('a CfnJson keyed by the issuer of an imported provider is not judged (the keys are unknown)', () => {
    expect(messages(a, '/Eks/OtherCluster/Resource').filter((m) => !/POLICY_SIZE/.test(m))).toEqual([]);
  });
});

describe('a CfnJson condition block of a GitHub Actions trust (the provider in the stack)', () => {
  it('without a sub condition it is MISSING_GITHUB_REPO_CONDITION_KEY (Access Analyzer), which the token had hidden', () => {
    const app = new App();
    const stack = new Stack(app, 'Ci');
    const provider = new iam.OpenIdConnectProvider(stack, 'GitHub', { url: 'https://token.actions.githubusercontent.com', clientIds: ['sts.amazonaws.com'] });
    const aud = new CfnJson(stack, 'Aud', { value: { [`${provider.openIdConnectProviderIssuer}:aud`]: 'sts.amazonaws.com' } });
    new iam.Role(stack, 'AnyRepo', { assumedBy: new iam.WebIdentityPrincipal(provider.openIdConnectProviderArn, { StringEquals: aud }) });
    const sub = new CfnJson(stack, 'Sub', { value: { [`${provider.openIdConnectProviderIssuer}:aud`]: 'sts.amazonaws.com', [`${provider.openIdConnectProviderIssuer}:sub`]: 'repo:acme/app:ref:refs/heads/main' } });
    new iam.Role(stack, 'OneRepo', { assumedBy: new iam.WebIdentityPrincipal(provider.openIdConnectProviderArn, { StringEquals: sub }) });
    Aspects.of(app).add(new TypedIamChecks());
    Template.fromStack(stack);
    const annotations = Annotations.fromStack(stack);
    expect(annotations.findError('*', Match.stringLikeRegexp('MISSING_GITHUB_REPO_CONDITION_KEY')).map((e) => e.id)).toEqual(['/Ci/AnyRepo/Resource']);
    expect(messages(annotations, '/Ci/OneRepo/Resource')).toEqual([]);
  }, 60_000);
});

describe('a principal given by a token is no longer than the longest value IAM accepts there', () => {
  it('the bound is exactly the JSON text of the longest role ARN the builder can make (path 512 of `"`, name 64, partition aws-us-gov)', () => {
    // IAM API reference, CreateRole Path: up to 512 characters from U+0021 to U+007F, so `"` and `\` (JSON: two characters each);
    // RoleName [\w+=,.@-]{1,64} needs no escape. The bound was 613, the ARN's characters: its JSON text is 1,123
    const json = (v: string) => JSON.stringify(v).length - 2;
    const quotes = principal.role('111111111111', 'r'.repeat(64), { partition: 'aws-us-gov', path: `/${'"'.repeat(510)}/` }).value;
    const backslashes = principal.user('111111111111', 'u'.repeat(64), { partition: 'aws-us-gov', path: `/${'\\'.repeat(510)}/` }).value;
    const letters = principal.role('111111111111', 'r'.repeat(64), { partition: 'aws-us-gov', path: `/${'p'.repeat(510)}/` }).value;
    expect([quotes.length, json(quotes), json(backslashes), json(letters)]).toEqual([613, 1123, 1123, 613]);
    expect(PRINCIPAL_MAX['AWS']!.length).toBe(json(quotes));
    // an OIDC provider URL (at most 255 characters, no character set documented): each may be escaped
    expect(PRINCIPAL_MAX['Federated']!.length).toBe('arn:aws-us-gov:iam::111111111111:oidc-provider/'.length + 2 * 255);
  });

  it('two imported role ARNs in a trust policy may exceed its 2,048 characters: each counts at 1,123 (was 613, and the policy fitted)', () => {
    const app = new App();
    const stack = new Stack(app, 'Tools');
    new iam.Role(stack, 'Deploy', { assumedBy: new iam.CompositePrincipal(new iam.ArnPrincipal(Fn.importValue('A')), new iam.ArnPrincipal(Fn.importValue('B'))) });
    Aspects.of(app).add(new TypedIamChecks());
    Template.fromStack(stack);
    const warning = annotationsText(Annotations.fromStack(stack).findWarning('/Tools/Deploy/Resource', Match.stringLikeRegexp('POLICY_SIZE')));
    // 174 characters besides the two tokens: 174 + 2 x 1,123 = 2,420 (with 613 each: 1,400, no warning)
    expect(warning).toMatch(/POLICY_SIZE_MAY_EXCEED_QUOTA AssumeRolePolicyDocument: The policy is at most 2,420 characters \(at least 174\)[\s\S]*Fn::ImportValue A 1,123[\s\S]*Fn::ImportValue B 1,123/);
  }, 60_000);

  it('a role trusting an imported role ARN (ArnPrincipal of Fn::ImportValue) fits: the import counts at 1,123, not 2,048 (was POLICY_SIZE_MAY_EXCEED_QUOTA)', () => {
    const app = new App();
    const stack = new Stack(app, 'Tools');
    new iam.Role(stack, 'Deploy', { assumedBy: new iam.ArnPrincipal(Fn.importValue('Shared-PipelineRoleArn')) });
    const federated = new CfnParameter(stack, 'ProviderArn');
    new iam.Role(stack, 'Web', { assumedBy: new iam.WebIdentityPrincipal(federated.valueAsString, { StringEquals: { 'accounts.google.com:aud': 'client' } }) });
    Aspects.of(app).add(new TypedIamChecks());
    Template.fromStack(stack);
    const annotations = Annotations.fromStack(stack);
    expect(annotations.findWarning('*', Match.stringLikeRegexp('POLICY_SIZE'))).toEqual([]);
    const deploy = String(annotations.findInfo('/Tools/Deploy/Resource', Match.stringLikeRegexp('POLICY_SIZE'))[0]!.entry.data);
    expect(deploy).toMatch(/Fn::ImportValue Shared-PipelineRoleArn 1,123\b/);
    const web = String(annotations.findInfo('/Tools/Web/Resource', Match.stringLikeRegexp('POLICY_SIZE'))[0]!.entry.data);
    expect(web).toMatch(/Ref ProviderArn 557\b/);
  }, 60_000);

  it('a token that may hold several principals (a list parameter) is still counted at 2,048, a split import as its list: the bound is per entry', () => {
    const document = (aws: unknown) => ({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { AWS: aws }, Action: 'sts:AssumeRole' }] });
    const template = (aws: unknown, type: string): CfnTemplate =>
      ({ Parameters: { Principals: { Type: type } }, Resources: { Role: { Type: 'AWS::IAM::Role', Properties: { AssumeRolePolicyDocument: document(aws) } } } }) as CfnTemplate;
    const longest = (t: CfnTemplate) => checkTemplate(t).sizes[0]!.tokens.map((n) => n.longest);
    expect(longest(template({ Ref: 'Principals' }, 'String'))).toEqual([1123]);
    expect(longest(template({ Ref: 'Principals' }, 'CommaDelimitedList'))).toEqual([2048]);
    // the import holds every entry (2,048 unknown); split on "," it is a JSON list of at most 3 x 2,048 + 4 characters
    expect(longest(template({ 'Fn::Split': [',', { 'Fn::ImportValue': 'Shared-Principals' }] }, 'String'))).toEqual([6146, 2048]);
    // the bound holds for NotPrincipal too, and for an entry of a list
    expect(longest(template([{ 'Fn::ImportValue': 'A' }, 'arn:aws:iam::111111111111:root'], 'String'))).toEqual([1123]);
  });
});
