/** Realistic CDK apps, synthesised in process: what the aspect reports against what IAM and CDK do. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { App, Aspects, CfnJson, Fn, NestedStack, Stack } from 'aws-cdk-lib';
import { Annotations, Match, Template } from 'aws-cdk-lib/assertions';
import * as aiops from 'aws-cdk-lib/aws-aiops';
import * as apigateway from 'aws-cdk-lib/aws-apigateway';
import * as aps from 'aws-cdk-lib/aws-aps';
import * as backup from 'aws-cdk-lib/aws-backup';
import * as bedrock from 'aws-cdk-lib/aws-bedrock';
import * as agentcore from 'aws-cdk-lib/aws-bedrockagentcore';
import * as cloudtrail from 'aws-cdk-lib/aws-cloudtrail';
import * as codeartifact from 'aws-cdk-lib/aws-codeartifact';
import * as dsql from 'aws-cdk-lib/aws-dsql';
import * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as ecr from 'aws-cdk-lib/aws-ecr';
import * as efs from 'aws-cdk-lib/aws-efs';
import * as eks from 'aws-cdk-lib/aws-eks';
import * as events from 'aws-cdk-lib/aws-events';
import * as eventsv2 from 'aws-cdk-lib/aws-eventsv2';
import * as eventschemas from 'aws-cdk-lib/aws-eventschemas';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as kinesis from 'aws-cdk-lib/aws-kinesis';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as lex from 'aws-cdk-lib/aws-lex';
import * as logs from 'aws-cdk-lib/aws-logs';
import * as mediastore from 'aws-cdk-lib/aws-mediastore';
import * as mediatailor from 'aws-cdk-lib/aws-mediatailor';
import * as mediapackagev2 from 'aws-cdk-lib/aws-mediapackagev2';
import * as msk from 'aws-cdk-lib/aws-msk';
import * as oam from 'aws-cdk-lib/aws-oam';
import * as organizations from 'aws-cdk-lib/aws-organizations';
import * as osis from 'aws-cdk-lib/aws-osis';
import * as paymentcryptography from 'aws-cdk-lib/aws-paymentcryptography';
import * as redshift from 'aws-cdk-lib/aws-redshift';
import * as redshiftserverless from 'aws-cdk-lib/aws-redshiftserverless';
import * as rolesanywhere from 'aws-cdk-lib/aws-rolesanywhere';
import * as transfer from 'aws-cdk-lib/aws-transfer';
import * as rum from 'aws-cdk-lib/aws-rum';
import * as s3 from 'aws-cdk-lib/aws-s3';
import * as s3express from 'aws-cdk-lib/aws-s3express';
import * as s3files from 'aws-cdk-lib/aws-s3files';
import * as s3objectlambda from 'aws-cdk-lib/aws-s3objectlambda';
import * as s3outposts from 'aws-cdk-lib/aws-s3outposts';
import * as s3tables from 'aws-cdk-lib/aws-s3tables';
import * as s3vectors from 'aws-cdk-lib/aws-s3vectors';
import * as sagemaker from 'aws-cdk-lib/aws-sagemaker';
import * as smsvoice from 'aws-cdk-lib/aws-smsvoice';
import * as ssm from 'aws-cdk-lib/aws-ssm';
import * as sso from 'aws-cdk-lib/aws-sso';
import * as vpclattice from 'aws-cdk-lib/aws-vpclattice';
import * as xray from 'aws-cdk-lib/aws-xray';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkTemplate, findPolicies, TypedIamChecks, type Template as CfnTemplate, type TemplateValue } from '../../src/cdk/index.js';
import { diffTemplates } from '../../src/cdk/diff.js';
import { exportsOf, readAssembly, stackOptions } from '../../src/cdk/assembly.js';

const typedIam = Match.stringLikeRegexp('\\[typed-iam\\]');

describe('federated trust policies (GitHub Actions OIDC, SAML)', () => {
  let stack: Stack;
  beforeAll(() => {
    const app = new App();
    stack = new Stack(app, 'Ci');
    const aud = { 'token.actions.githubusercontent.com:aud': 'sts.amazonaws.com' };
    const sub = { 'token.actions.githubusercontent.com:sub': 'repo:acme/app:ref:refs/heads/main' };
    // aws-cdk-lib's custom-resource provider (Custom::AWSCDKOpenIdConnectProvider) and the native one (AWS::IAM::OIDCProvider)
    const custom = new iam.OpenIdConnectProvider(stack, 'GitHub', { url: 'https://token.actions.githubusercontent.com', clientIds: ['sts.amazonaws.com'] });
    new iam.Role(stack, 'Deploy', { assumedBy: new iam.WebIdentityPrincipal(custom.openIdConnectProviderArn, { StringEquals: { ...aud, ...sub } }) });
    const native = new iam.OidcProviderNative(stack, 'Native', { url: 'https://token.actions.githubusercontent.com', clientIds: ['sts.amazonaws.com'], thumbprints: ['6938fd4d98bab03faadb97b34396831e3780aea1'] });
    new iam.Role(stack, 'DeployNative', { assumedBy: new iam.OpenIdConnectPrincipal(native, { StringEquals: { ...aud, ...sub } }) });
    // a provider made in another stack, imported
    new iam.Role(stack, 'DeployImported', { assumedBy: new iam.WebIdentityPrincipal(Fn.importValue('Shared-GitHubOidcArn'), { StringEquals: { ...aud, ...sub } }) });
    const saml = new iam.SamlProvider(stack, 'Idp', { metadataDocument: iam.SamlMetadataDocument.fromXml('<md:EntityDescriptor/>') });
    new iam.Role(stack, 'Console', { assumedBy: new iam.SamlConsolePrincipal(saml) });
    // without the sub condition any repository's workflow may assume it (Access Analyzer: MISSING_GITHUB_REPO_CONDITION_KEY)
    new iam.Role(stack, 'AnyRepo', { assumedBy: new iam.WebIdentityPrincipal(custom.openIdConnectProviderArn, { StringEquals: aud }) });
    Aspects.of(app).add(new TypedIamChecks());
    Template.fromStack(stack);
  }, 60_000);

  it('a provider of the stack or an imported one is no MISMATCHED_ACTION_FOR_PRINCIPAL error (the Federated principal is a token, not a non-provider)', () => {
    const errors = Annotations.fromStack(stack).findError('*', typedIam).map((e) => `${e.id} ${String(e.entry.data)}`);
    expect(errors.filter((e) => /MISMATCHED_ACTION_FOR_PRINCIPAL/.test(e))).toEqual([]);
  });

  it('the provider ARN is sized from its URL (IAM: oidc-provider/<URL without https://>), not at 2,048: every trust policy fits', () => {
    const warnings = Annotations.fromStack(stack).findWarning('*', Match.stringLikeRegexp('POLICY_SIZE'));
    // the imported provider counts at the longest provider ARN IAM accepts (302), not 2,048
    expect(warnings.map((w) => w.id)).toEqual([]);
    const info = Annotations.fromStack(stack).findInfo('/Ci/Deploy/Resource', Match.stringLikeRegexp('AssumeRolePolicyDocument'));
    // arn:<partition 10>:iam::<account 12>:oidc-provider/token.actions.githubusercontent.com
    const arn = 'arn:'.length + 10 + ':iam::'.length + 12 + ':oidc-provider/'.length + 'token.actions.githubusercontent.com'.length;
    expect(String(info[0]!.entry.data)).toContain(`Ref GitHub`);
    expect(String(info[0]!.entry.data)).toMatch(new RegExp(`Ref GitHub[0-9A-F]+ ${arn}\\b`));
    const saml = Annotations.fromStack(stack).findInfo('/Ci/Console/Resource', Match.stringLikeRegexp('AssumeRolePolicyDocument'));
    expect(saml).toHaveLength(1);
  });

  it('lint sees the provider host: a GitHub provider of the stack trusted without a sub condition is a security error', () => {
    const errors = Annotations.fromStack(stack).findError('*', Match.stringLikeRegexp('MISSING_GITHUB_REPO_CONDITION_KEY'));
    expect(errors.map((e) => e.id)).toEqual(['/Ci/AnyRepo/Resource']);
  });
});

describe('EKS IAM roles for service accounts: a condition block with token keys (CfnJson)', () => {
  it('is neither a missing condition (security error) nor counted at 2,048: its JSON text bounds its size', () => {
    const app = new App();
    const stack = new Stack(app, 'Eks');
    const provider = new iam.OpenIdConnectProvider(stack, 'Oidc', { url: 'https://oidc.eks.eu-west-1.amazonaws.com/id/ABCDEF0123456789', clientIds: ['sts.amazonaws.com'] });
    const issuer = provider.openIdConnectProviderIssuer;
    // the usual IRSA trust: keys hold the issuer, a token, so CDK needs CfnJson (a custom resource) for the block
    const conditions = new CfnJson(stack, 'Conditions', { value: { [`${issuer}:sub`]: 'system:serviceaccount:default:app', [`${issuer}:aud`]: 'sts.amazonaws.com' } });
    new iam.Role(stack, 'App', { assumedBy: new iam.OpenIdConnectPrincipal(provider).withConditions({ StringEquals: conditions }) });
    Aspects.of(app).add(new TypedIamChecks());
    Template.fromStack(stack);
    const a = Annotations.fromStack(stack);
    expect([...a.findError('/Eks/App/Resource', typedIam), ...a.findWarning('/Eks/App/Resource', typedIam)].map((e) => String(e.entry.data))).toEqual([]);
    const info = a.findInfo('/Eks/App/Resource', Match.stringLikeRegexp('AssumeRolePolicyDocument'));
    expect(String(info[0]!.entry.data)).toMatch(/Conditions[0-9A-F]+\.Value \d{3}\b/);
  }, 60_000);
});

describe('an iam.Policy attached to a role, a user and a group', () => {
  /** One AWS::IAM::Policy embedded in each: IAM quotas are 10,240 per role, 2,048 per user, 5,120 per group (aggregate inline). */
  function template(statements: number): CfnTemplate {
    const app = new App();
    const stack = new Stack(app, 'People');
    const role = new iam.Role(stack, 'Role', { assumedBy: new iam.AccountRootPrincipal() });
    const user = new iam.User(stack, 'Alice');
    const group = new iam.Group(stack, 'Devs');
    const shared = new iam.Policy(stack, 'Shared', {
      statements: Array.from({ length: statements }, (_, i) => new iam.PolicyStatement({ actions: ['s3:GetObject'], resources: [`arn:aws:s3:::bucket-${String(i).padStart(4, '0')}/*`] })),
    });
    shared.attachToRole(role);
    shared.attachToUser(user);
    shared.attachToGroup(group);
    return Template.fromStack(stack).toJSON() as CfnTemplate;
  }

  it('each entity counts it against its own quota: over the user quota, within the group and role quotas', () => {
    const t = template(40); // 40 statements of 67 characters: about 2,700
    const { sizes, findings } = checkTemplate(t);
    const shared = sizes.filter((s) => s.logicalId.startsWith('Shared'));
    expect(Object.fromEntries(shared.map((s) => [s.target, [s.limit, s.fits]]))).toEqual({ 'inline-role': [10_240, 'yes'], 'inline-user': [2_048, 'no'], 'inline-group': [5_120, 'yes'] });
    const over = findings.filter((f) => f.code === 'POLICY_SIZE_EXCEEDS_QUOTA');
    expect(over).toHaveLength(1);
    expect(over[0]!.message).toMatch(/inline-user/);
  });

  it('within every quota: no size finding', () => {
    const { findings, sizes } = checkTemplate(template(5));
    expect(findings.filter((f) => f.code.startsWith('POLICY_SIZE'))).toEqual([]);
    expect(sizes.filter((s) => s.logicalId.startsWith('Shared')).map((s) => s.target).sort()).toEqual(['inline-group', 'inline-role', 'inline-user']);
  });

  it('a role and a user with the same literal name are two entities', () => {
    const doc = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 's3:GetObject', Resource: `arn:aws:s3:::${'b'.repeat(1_200)}/*` }] };
    const t: CfnTemplate = {
      Resources: {
        ToRole: { Type: 'AWS::IAM::Policy', Properties: { PolicyName: 'a', PolicyDocument: doc, Roles: ['ops'] } },
        ToUser: { Type: 'AWS::IAM::Policy', Properties: { PolicyName: 'b', PolicyDocument: doc, Users: ['ops'] } },
        // the role and the user are made here: an entity no stack makes may hold inline policies no template shows ('maybe')
        Role: { Type: 'AWS::IAM::Role', Properties: { RoleName: 'ops', AssumeRolePolicyDocument: { Version: '2012-10-17', Statement: [] } } },
        User: { Type: 'AWS::IAM::User', Properties: { UserName: 'ops' } },
      },
    };
    const sizes = checkTemplate(t).sizes.filter((s) => s.target !== 'trust');
    // the user "ops" holds one of them (about 1,270 of 2,048), not both
    expect(sizes.map((s) => [s.logicalId, s.target, s.fits])).toEqual([
      ['ToRole', 'inline-role', 'yes'],
      ['ToUser', 'inline-user', 'yes'],
    ]);
  });
});

describe('references between stacks: cross-stack exports and nested stack parameters', () => {
  let app: App;
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'typed-iam-apps-'));
    app = new App({ outdir: dir });
    const env = { account: '111111111111', region: 'eu-west-1' };
    const data = new Stack(app, 'Data', { env });
    const bucket = new s3.Bucket(data, 'Bucket');
    const key = new kms.Key(data, 'Key');
    // a role in another stack: CDK exports the ARNs from Data and imports them (Fn::ImportValue)
    const reader = new iam.Role(new Stack(app, 'Reader', { env }), 'Role', { assumedBy: new iam.ServicePrincipal('ec2.amazonaws.com') });
    bucket.grantRead(reader);
    key.grantDecrypt(reader);
    // a role in a nested stack: CDK passes the ARN as a parameter of the nested stack
    const worker = new iam.Role(new NestedStack(data, 'Jobs'), 'Worker', { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') });
    bucket.grantRead(worker);
    Aspects.of(app).add(new TypedIamChecks());
    app.synth();
  }, 120_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  // arn:<partition, at most 10>:s3:::<generated bucket name, at most 63>; arn:<10>:kms:eu-west-1:111111111111:key/<36>
  const bucketArn = 4 + 10 + 6 + 63;
  const keyArn = 4 + 10 + 5 + 'eu-west-1'.length + 1 + 12 + 5 + 36;

  it('the aspect reads an import from the exporting stack of the app (was counted at 2,048 each)', () => {
    const reader = app.node.findChild('Reader') as Stack;
    const info = Annotations.fromStack(reader).findInfo('/Reader/Role/DefaultPolicy/Resource', Match.stringLikeRegexp('POLICY_SIZE'));
    expect(info).toHaveLength(1);
    const text = String(info[0]!.entry.data);
    expect(text).toMatch(new RegExp(`Fn::ImportValue Data:ExportsOutputFnGetAttBucket[0-9A-F]+Arn[0-9A-F]+ ${bucketArn}\\b`));
    expect(text).toMatch(new RegExp(`Fn::ImportValue Data:ExportsOutputFnGetAttKey[0-9A-F]+Arn[0-9A-F]+ ${keyArn}\\b`));
  });

  it('the aspect reads a nested stack parameter from what the parent passes (was counted at 2,048)', () => {
    // the nested stack's annotations are in its parent's artifact
    const info = Annotations.fromStack(app.node.findChild('Data') as Stack).findInfo('/Data/Jobs/Worker/DefaultPolicy/Resource', Match.stringLikeRegexp('POLICY_SIZE'));
    expect(info).toHaveLength(1);
    expect(String(info[0]!.entry.data)).toMatch(new RegExp(`Ref referencetoDataBucket[0-9A-F]+Arn ${bucketArn}\\b`));
  });

  it('tokenLengths hold in the exporting and the parent stack too', () => {
    const small = new App();
    const data = new Stack(small, 'Data');
    const bucket = new s3.Bucket(data, 'Bucket');
    const reader = new Stack(small, 'Reader');
    bucket.grantRead(new iam.Role(reader, 'Role', { assumedBy: new iam.ServicePrincipal('ec2.amazonaws.com') }));
    bucket.grantRead(new iam.Role(new NestedStack(data, 'Jobs'), 'Worker', { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') }));
    Aspects.of(small).add(new TypedIamChecks({ tokenLengths: { 'AWS::S3::Bucket': 20, 'AWS::Partition': 3 } }));
    small.synth();
    const arn = 4 + 3 + 6 + 20;
    const imported = String(Annotations.fromStack(reader).findInfo('/Reader/Role/DefaultPolicy/Resource', Match.stringLikeRegexp('POLICY_SIZE'))[0]!.entry.data);
    expect(imported).toMatch(new RegExp(`Fn::ImportValue Data:ExportsOutputFnGetAttBucket[0-9A-F]+Arn[0-9A-F]+ ${arn}\\b`));
    const passed = String(Annotations.fromStack(data).findInfo('/Data/Jobs/Worker/DefaultPolicy/Resource', Match.stringLikeRegexp('POLICY_SIZE'))[0]!.entry.data);
    expect(passed).toMatch(new RegExp(`Ref referencetoDataBucket[0-9A-F]+Arn ${arn}\\b`));
  }, 60_000);

  it('cdk check reads both the same way from cdk.out', () => {
    const stacks = readAssembly(dir);
    const imports = exportsOf(stacks);
    const notes = stacks.flatMap((s) => checkTemplate(s.template, stackOptions(s, imports, {})).sizes.flatMap((r) => r.tokens));
    const longest = (re: RegExp) => notes.filter((n) => re.test(n.token)).map((n) => n.longest);
    expect(new Set(longest(/^Fn::ImportValue .*Bucket/))).toEqual(new Set([bucketArn]));
    expect(new Set(longest(/^Fn::ImportValue .*Key/))).toEqual(new Set([keyArn]));
    expect(new Set(longest(/^Ref referencetoDataBucket/))).toEqual(new Set([bucketArn]));
  });
});

describe('a policy given as JSON text built by Fn::Join or Fn::Sub (a CloudWatch Logs resource policy)', () => {
  it('CDK writes a logs resource policy holding a token as Fn::Join of JSON text: it is read, linted and sized (was POLICY_NOT_READ)', () => {
    const app = new App();
    const stack = new Stack(app, 'Logs');
    const group = new logs.LogGroup(stack, 'Audit', { logGroupName: 'audit' });
    group.grantWrite(new iam.ServicePrincipal('delivery.logs.amazonaws.com').withConditions({ StringEquals: { 'aws:SourceAccount': '111111111111' } }));
    const t = Template.fromStack(stack).toJSON() as CfnTemplate;
    const policy = Object.values(t.Resources!).find((r) => r.Type === 'AWS::Logs::ResourcePolicy')!;
    expect(Object.keys(policy.Properties!['PolicyDocument'] as object)).toEqual(['Fn::Join']);
    const { findings, sizes } = checkTemplate(t, { partition: 'aws', region: 'eu-west-1', account: '111111111111' });
    expect(findings.map((f) => f.code)).toEqual([]);
    // with every token known the size is exact: the compact text CloudFormation sends (Logs counts characters)
    const sent = JSON.stringify({
      Statement: [{ Action: ['logs:CreateLogStream', 'logs:PutLogEvents'], Condition: { StringEquals: { 'aws:SourceAccount': '111111111111' } }, Effect: 'Allow', Principal: { Service: 'delivery.logs.amazonaws.com' }, Resource: 'arn:aws:logs:eu-west-1:111111111111:log-group:audit:*' }],
      Version: '2012-10-17',
    });
    expect(sizes.map((s) => [s.target, s.longest, s.shortest])).toEqual([['logs-resource-policy', sent.length, sent.length]]);
  }, 60_000);

  it('a service principal without conditions in it is reported as in any resource policy (Access Analyzer: RESTRICT_ACCESS_TO_SERVICE_PRINCIPAL)', () => {
    const doc = { 'Fn::Sub': '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Service":"es.amazonaws.com"},"Action":"logs:PutLogEvents","Resource":"${Group.Arn}"}]}' };
    const t: CfnTemplate = { Resources: { Group: { Type: 'AWS::Logs::LogGroup' }, Policy: { Type: 'AWS::Logs::ResourcePolicy', Properties: { PolicyName: 'p', PolicyDocument: doc } } } };
    expect(checkTemplate(t).findings.map((f) => [f.code, f.path])).toEqual([['RESTRICT_ACCESS_TO_SERVICE_PRINCIPAL', 'Statement[0].Principal.Service']]);
  });

  it('JSON text that is not compact is read too, and sized as written: its whitespace is the same whatever the tokens resolve to', () => {
    // a hand-written template's indented policy (PolicyDocument: !Sub | ... in Karpenter's getting-started template,
    // aws-cloudformation-templates' log setup): it was POLICY_NOT_READ. CloudFormation sends the text as written,
    // and the Logs quota (5,120 characters) counts it so.
    const text = '{\n  "Version": "2012-10-17",\n  "Statement": [{ "Effect": "Allow", "Principal": "*", "Action": "logs:PutLogEvents", "Resource": "${Group.Arn}" }]\n}\n';
    const t: CfnTemplate = { Resources: { Group: { Type: 'AWS::Logs::LogGroup', Properties: { LogGroupName: 'audit' } }, Policy: { Type: 'AWS::Logs::ResourcePolicy', Properties: { PolicyName: 'p', PolicyDocument: { 'Fn::Sub': text } } } } };
    const env = { partition: 'aws', region: 'eu-west-1', account: '111111111111' } as const;
    const { findings, sizes } = checkTemplate(t, env);
    expect(findings.map((f) => [f.code, f.path])).toEqual([['PUBLIC_PRINCIPAL_WITHOUT_CONDITION', 'Statement[0].Principal']]);
    const sent = text.replace('${Group.Arn}', 'arn:aws:logs:eu-west-1:111111111111:log-group:audit:*');
    expect(sizes.map((r) => [r.target, r.longest, r.shortest])).toEqual([['logs-resource-policy', sent.length, sent.length]]);
    expect(findPolicies(t)[0]?.writtenExtra).toEqual({ characters: text.length - JSON.stringify(JSON.parse(text)).length, bytes: text.length - JSON.stringify(JSON.parse(text)).length });
  });

  describe('JSON text whose object keys hold tokens (a tag key naming the cluster, as EKS templates write)', () => {
    // Fn::Sub substitutes in the whole text, keys included: `"aws:ResourceTag/kubernetes.io/cluster/${ClusterName}": "owned"`
    // (Karpenter's getting-started template) is the reason such policies are written as text; they were POLICY_NOT_READ
    const template = (key: string, parameter: { [key: string]: TemplateValue } = { Type: 'String', AllowedValues: ['blue', 'green-cluster'] }): CfnTemplate => ({
      Parameters: { ClusterName: parameter },
      Resources: {
        Nodes: {
          Type: 'AWS::IAM::ManagedPolicy',
          Properties: {
            PolicyDocument: {
              'Fn::Sub': `{\n  "Version": "2012-10-17",\n  "Statement": [{ "Effect": "Allow", "Action": "ec2:TerminateInstances", "Resource": "*",\n    "Condition": { "StringLike": { "${key}": "*" } } }]\n}`,
            },
          },
        },
      },
    });

    it('is read with each key as Fn::Sub makes it: lint sees the tag key of the parameter\'s value', () => {
      const { findings } = checkTemplate(template('aws:ResourceTag/kubernetes.io/cluster/${ClusterName}'));
      // StringLike "*" only tests that the key is present: the finding names the key as IAM will see it
      expect(findings.map((f) => [f.code, f.path])).toEqual([['EQUIVALENT_TO_NULL_FALSE', 'Statement[0].Condition.StringLike["aws:ResourceTag/kubernetes.io/cluster/blue"]']]);
      expect(findPolicies(template('aws:ResourceTag/kubernetes.io/cluster/${ClusterName}'))[0]?.keysSub).toBe(true);
    });

    it('is sized with the key at its longest and shortest value', () => {
      const [r] = checkTemplate(template('aws:ResourceTag/kubernetes.io/cluster/${ClusterName}')).sizes;
      const at = (name: string) => JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 'ec2:TerminateInstances', Resource: '*', Condition: { StringLike: { [`aws:ResourceTag/kubernetes.io/cluster/${name}`]: '*' } } }] }).length;
      expect([r?.longest, r?.shortest]).toEqual([at('green-cluster'), at('blue')]);
    });

    it('a key whose value is not known is not judged (as a value that is not known)', () => {
      expect(checkTemplate(template('aws:ResourceTag/kubernetes.io/cluster/${ClusterName}', { Type: 'String' })).findings.map((f) => f.code)).toEqual([]);
    });

    it('${!Literal} in a key is the literal text, as Fn::Sub writes it: a policy variable there is reported', () => {
      // IAM: policy variables are not allowed in condition keys
      const { findings } = checkTemplate(template('aws:ResourceTag/${!aws:username}'));
      expect(findings.map((f) => f.code)).toContain('VARIABLE_UNSUPPORTED_IN_ELEMENT');
    });

    it('a key built by Fn::Join of an import stays POLICY_NOT_READ (Fn::Sub cannot write it)', () => {
      const doc = { 'Fn::Join': ['', ['{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"ec2:TerminateInstances","Resource":"*","Condition":{"StringEquals":{"aws:ResourceTag/', { 'Fn::ImportValue': 'Shared-Tag' }, '":"x"}}}]}']] };
      const t: CfnTemplate = { Resources: { P: { Type: 'AWS::IAM::ManagedPolicy', Properties: { PolicyDocument: doc } } } };
      expect(checkTemplate(t).findings.map((f) => f.code)).toEqual(['POLICY_NOT_READ']);
    });

    it('cdk diff reads the keys so too: a tag key of another cluster is access added and removed', () => {
      const before = template('aws:ResourceTag/kubernetes.io/cluster/${ClusterName}', { Type: 'String', AllowedValues: ['blue'] });
      const after = template('aws:ResourceTag/kubernetes.io/cluster/${ClusterName}', { Type: 'String', AllowedValues: ['green'] });
      expect(diffTemplates([{ name: 'A', template: before }], [{ name: 'A', template: before }])).toEqual([]);
      expect(diffTemplates([{ name: 'A', template: before }], [{ name: 'A', template: after }]).length).toBeGreaterThan(0);
    });
  });

  it('a token outside a string stays POLICY_NOT_READ (the text is no JSON until it resolves)', () => {
    const bare = { 'Fn::Join': ['', ['{"Version":"2012-10-17","Statement":', { Ref: 'Statements' }, '}']] };
    const t: CfnTemplate = { Resources: { Group: { Type: 'AWS::Logs::LogGroup' }, Policy: { Type: 'AWS::Logs::ResourcePolicy', Properties: { PolicyName: 'p', PolicyDocument: bare } } } };
    expect(checkTemplate(t).findings.map((f) => f.code)).toEqual(['POLICY_NOT_READ']);
  });
});

describe('resource policies of EFS, AWS Backup, EventBridge EventBusPolicy, Kinesis and DynamoDB TableV2 (were not read)', () => {
  const env = { partition: 'aws', region: 'eu-west-1', account: '111111111111' } as const;
  // a statement granting every principal with no condition: lint's finding proves the policy was read
  const open = (actions: string[], resources?: string[]) => new iam.PolicyStatement({ actions, principals: [new iam.AnyPrincipal()], ...(resources === undefined ? {} : { resources }) });
  let t: CfnTemplate;
  let stack: Stack;
  beforeAll(() => {
    const app = new App();
    stack = new Stack(app, 'Data');
    const vpc = ec2.Vpc.fromVpcAttributes(stack, 'Vpc', { vpcId: 'vpc-1', availabilityZones: ['eu-west-1a'], isolatedSubnetIds: ['subnet-1'] });
    const fs = new efs.FileSystem(stack, 'Files', { vpc, vpcSubnets: { subnetType: ec2.SubnetType.PRIVATE_ISOLATED } });
    fs.addToResourcePolicy(open(['elasticfilesystem:ClientMount']));
    const vault = new backup.BackupVault(stack, 'Vault');
    vault.blockRecoveryPointDeletion();
    vault.addToAccessPolicy(open(['backup:CopyIntoBackupVault'], ['*']));
    const bus = new events.EventBus(stack, 'Bus');
    bus.addToResourcePolicy(new iam.PolicyStatement({ sid: 'partner', actions: ['events:PutEvents'], principals: [new iam.AccountPrincipal('222222222222')], resources: [bus.eventBusArn] }));
    bus.addToResourcePolicy(new iam.PolicyStatement({ sid: 'anyone', actions: ['events:PutEvents'], principals: [new iam.AnyPrincipal()], resources: [bus.eventBusArn] }));
    const stream = new kinesis.Stream(stack, 'Stream');
    stream.addToResourcePolicy(open(['kinesis:GetRecords'], [stream.streamArn]));
    new dynamodb.TableV2(stack, 'Table', {
      partitionKey: { name: 'pk', type: dynamodb.AttributeType.STRING },
      resourcePolicy: new iam.PolicyDocument({ statements: [open(['dynamodb:GetItem'], ['*'])] }),
    });
    t = Template.fromStack(stack).toJSON() as CfnTemplate;
  }, 60_000);

  const idOf = (type: string) => Object.entries(t.Resources!).filter(([, r]) => r.Type === type).map(([id]) => id);

  it('each is found where CDK writes it, with the size quota AWS documents (none for Kinesis and Backup)', () => {
    const found = findPolicies(t).filter((p) => p.kind === 'resource').map((p) => `${p.resourceType} ${p.property} ${p.target?.name ?? '-'}`);
    expect(found.sort()).toEqual([
      'AWS::Backup::BackupVault AccessPolicy -',
      'AWS::DynamoDB::GlobalTable Replicas[0].ResourcePolicy.PolicyDocument dynamodb',
      // EFS PutFileSystemPolicy: "EFS file system policies have a 20,000 character limit"
      'AWS::EFS::FileSystem FileSystemPolicy efs-file-system',
      // EventBridge PutPermission adds each statement to the one policy of the bus
      'AWS::Events::EventBusPolicy Statement eventbridge-bus',
      'AWS::Kinesis::ResourcePolicy ResourcePolicy -',
    ]);
    const bus = findPolicies(t).find((p) => p.resourceType === 'AWS::Events::EventBusPolicy')!;
    expect(idOf('AWS::Events::EventBusPolicy')).toHaveLength(2);
    expect(bus.also).toHaveLength(1);
    expect((bus.document as { Statement: { Sid: string }[] }).Statement.map((s) => s.Sid)).toEqual(['cdk-partner', 'cdk-anyone']);
  });

  it('lint reads them: a grant to every principal without a condition is reported at the construct of each', () => {
    const { findings, sizes } = checkTemplate(t, env);
    // the Backup vault's Deny (blockRecoveryPointDeletion) and the bus's partner statement are not reported
    expect(findings.map((f) => `${f.resourceType} ${f.code} ${f.path}`)).toEqual([
      'AWS::EFS::FileSystem PUBLIC_PRINCIPAL_WITHOUT_CONDITION Statement[0].Principal',
      'AWS::Backup::BackupVault PUBLIC_PRINCIPAL_WITHOUT_CONDITION Statement[1].Principal',
      'AWS::Kinesis::ResourcePolicy PUBLIC_PRINCIPAL_WITHOUT_CONDITION Statement[0].Principal',
      'AWS::DynamoDB::GlobalTable PUBLIC_PRINCIPAL_WITHOUT_CONDITION Statement[0].Principal',
      'AWS::Events::EventBusPolicy PUBLIC_PRINCIPAL_WITHOUT_CONDITION Statement[1].Principal',
    ]);
    // the bus finding is reported at the EventBusPolicy that wrote the statement (the second), not the first
    const bus = findings.find((f) => f.resourceType === 'AWS::Events::EventBusPolicy')!;
    expect(bus.logicalId).toBe(idOf('AWS::Events::EventBusPolicy')[1]);
    expect(bus.logicalId).toMatch(/^Buscdkanyone/);
    // sized: EFS, the bus and the replica; Kinesis and Backup have no documented quota
    expect(sizes.map((s) => s.target).sort()).toEqual(['dynamodb', 'efs-file-system', 'eventbridge-bus']);
  });

  it('an EFS file system policy over 20,000 characters fails the check (deployment would fail)', () => {
    const statements = Array.from({ length: 200 }, (_, i) => ({ Sid: `S${i}`, Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${String(100000000000 + i)}:root` }, Action: 'elasticfilesystem:ClientMount', Resource: '*', Condition: { Bool: { 'elasticfilesystem:AccessedViaMountTarget': 'true' } } }));
    const big: CfnTemplate = { Resources: { Fs: { Type: 'AWS::EFS::FileSystem', Properties: { FileSystemPolicy: { Version: '2012-10-17', Statement: statements } } } } };
    const { sizes, findings } = checkTemplate(big, env);
    expect(sizes[0]!.longest).toBeGreaterThan(20000);
    expect(findings.map((f) => f.code)).toEqual(['POLICY_SIZE_EXCEEDS_QUOTA']);
  });

  it('an EventBusPolicy in the older Action/Principal form is read as the statement PutPermission makes', () => {
    const legacy: CfnTemplate = { Resources: { P: { Type: 'AWS::Events::EventBusPolicy', Properties: { StatementId: 'x', Action: 'events:PutEvents', Principal: '*' } } } };
    const [p] = findPolicies(legacy);
    expect(p!.document).toMatchObject({ Statement: [{ Sid: 'x', Effect: 'Allow', Principal: '*', Action: 'events:PutEvents' }] });
    expect(checkTemplate(legacy, env).findings.length).toBeGreaterThan(0);
  });
});

describe('resource policies assembled or nested in hand-written templates', () => {
  const open = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: '*', Action: 'dynamodb:GetRecords', Resource: '*' }] };
  it('DynamoDB stream resource policies (Table StreamSpecification, GlobalTable ReplicaStreamSpecification) are read and sized', () => {
    const t: CfnTemplate = {
      Resources: {
        T: { Type: 'AWS::DynamoDB::Table', Properties: { StreamSpecification: { StreamViewType: 'NEW_IMAGE', ResourcePolicy: { PolicyDocument: open } } } },
        G: { Type: 'AWS::DynamoDB::GlobalTable', Properties: { Replicas: [{ Region: 'eu-west-1' }, { Region: 'us-east-1', ReplicaStreamSpecification: { ResourcePolicy: { PolicyDocument: open } } }] } },
      },
    };
    expect(findPolicies(t).map((p) => `${p.logicalId} ${p.property} ${p.target?.name}`)).toEqual([
      'T StreamSpecification.ResourcePolicy.PolicyDocument dynamodb',
      'G Replicas[1].ReplicaStreamSpecification.ResourcePolicy.PolicyDocument dynamodb',
    ]);
    expect(checkTemplate(t).findings.map((f) => `${f.logicalId} ${f.code}`)).toEqual(['T PUBLIC_PRINCIPAL_WITHOUT_CONDITION', 'G PUBLIC_PRINCIPAL_WITHOUT_CONDITION']);
  });

  it('a finding of the second Lambda permission of a function is reported at that permission, not the first', () => {
    const fn = { Ref: 'Fn' };
    const t: CfnTemplate = {
      Resources: {
        Fn: { Type: 'AWS::Lambda::Function' },
        Scoped: { Type: 'AWS::Lambda::Permission', Properties: { FunctionName: fn, Action: 'lambda:InvokeFunction', Principal: 's3.amazonaws.com', SourceAccount: '111111111111', SourceArn: 'arn:aws:s3:::b' } },
        Public: { Type: 'AWS::Lambda::Permission', Properties: { FunctionName: fn, Action: 'lambda:InvokeFunction', Principal: '*' } },
      },
    };
    expect(checkTemplate(t).findings.map((f) => `${f.logicalId} ${f.code}`)).toEqual(['Public PUBLIC_PRINCIPAL_WITHOUT_CONDITION']);
  });
});

describe('resource policies of L1 constructs (S3 access point, S3 Express, ECR registry and public repository, CodeArtifact)', () => {
  it('each is read where its Cfn construct writes it and linted; only ECR Public is sized (AWS documents no quota for the others)', () => {
    const app = new App();
    const stack = new Stack(app, 'L1');
    const doc = (action: string) => ({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: '*', Action: action, Resource: '*' }] });
    new s3.CfnAccessPoint(stack, 'Ap', { bucket: 'b', policy: doc('s3:GetObject') });
    new s3express.CfnBucketPolicy(stack, 'Dir', { bucket: 'b--use1-az4--x-s3', policyDocument: doc('s3express:CreateSession') });
    new ecr.CfnRegistryPolicy(stack, 'Registry', { policyText: doc('ecr:ReplicateImage') });
    new ecr.CfnPublicRepository(stack, 'Public', { repositoryPolicyText: doc('ecr-public:BatchCheckLayerAvailability') });
    new codeartifact.CfnDomain(stack, 'Domain', { domainName: 'd', permissionsPolicyDocument: doc('codeartifact:GetAuthorizationToken') });
    new codeartifact.CfnRepository(stack, 'Repo', { domainName: 'd', repositoryName: 'r', permissionsPolicyDocument: doc('codeartifact:ReadFromRepository') });
    const t = Template.fromStack(stack).toJSON() as CfnTemplate;
    expect(findPolicies(t).map((p) => `${p.resourceType} ${p.property} ${p.target?.name ?? '-'}`)).toEqual([
      'AWS::S3::AccessPoint Policy -',
      'AWS::S3Express::BucketPolicy PolicyDocument -',
      'AWS::ECR::RegistryPolicy PolicyText -',
      'AWS::ECR::PublicRepository RepositoryPolicyText ecr-repository',
      'AWS::CodeArtifact::Domain PermissionsPolicyDocument -',
      'AWS::CodeArtifact::Repository PermissionsPolicyDocument -',
    ]);
    const { findings, sizes } = checkTemplate(t);
    expect(new Set(findings.filter((f) => f.code === 'PUBLIC_PRINCIPAL_WITHOUT_CONDITION').map((f) => f.logicalId)).size).toBe(6);
    expect(sizes.map((s) => s.target)).toEqual(['ecr-repository']);
  });

  it('a resource type named like an Object member is no policy (hostile template)', () => {
    const t: CfnTemplate = { Resources: { A: { Type: 'constructor', Properties: {} }, B: { Type: '__proto__', Properties: {} }, C: { Type: 'toString' } } };
    expect(findPolicies(t)).toEqual([]);
  });
});

describe('resource policies of more L1 constructs (were not read): S3 Tables, S3 Vectors, VPC Lattice, Identity Center permission sets, ...', () => {
  it('each is read where its Cfn construct writes it, with its kind, and linted; only the ECR repository creation template and the permission set are sized', () => {
    const stack = new Stack(new App(), 'More');
    const doc = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: '*', Action: 's3:GetObject', Resource: '*' }] };
    const text = JSON.stringify(doc);
    new ecr.CfnRepositoryCreationTemplate(stack, 'EcrTemplate', { prefix: 'p', appliedFor: ['PULL_THROUGH_CACHE'], repositoryPolicy: text });
    new sso.CfnPermissionSet(stack, 'PermissionSet', { instanceArn: 'arn:aws:sso:::instance/ssoins-1234567890abcdef', name: 'ReadOnly', inlinePolicy: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 's3:GetObjec', Resource: '*' }] } });
    new apigateway.CfnDomainNameV2(stack, 'DomainV2', { domainName: 'x.example.com', policy: doc });
    new aps.CfnResourcePolicy(stack, 'Aps', { workspaceArn: 'arn:aws:aps:eu-west-1:111122223333:workspace/ws-1', policyDocument: text });
    new backup.CfnLogicallyAirGappedBackupVault(stack, 'AirGapped', { backupVaultName: 'vault', minRetentionDays: 7, maxRetentionDays: 30, accessPolicy: doc });
    new agentcore.CfnResourcePolicy(stack, 'AgentCore', { resourceArn: 'arn:aws:bedrock-agentcore:eu-west-1:111122223333:runtime/r', policy: text });
    new cloudtrail.CfnResourcePolicy(stack, 'Trail', { resourceArn: 'arn:aws:cloudtrail:eu-west-1:111122223333:channel/c', resourcePolicy: doc });
    new dsql.CfnCluster(stack, 'Dsql', { policyDocument: text });
    new eventschemas.CfnRegistryPolicy(stack, 'Schemas', { registryName: 'r', policy: doc });
    new lex.CfnResourcePolicy(stack, 'Lex', { resourceArn: 'arn:aws:lex:eu-west-1:111122223333:bot/b', policy: doc });
    new logs.CfnLogGroup(stack, 'LogGroup', { resourcePolicyDocument: doc });
    new mediapackagev2.CfnChannelPolicy(stack, 'Channel', { channelGroupName: 'g', channelName: 'c', policy: doc });
    new mediapackagev2.CfnOriginEndpointPolicy(stack, 'Origin', { channelGroupName: 'g', channelName: 'c', originEndpointName: 'o', policy: doc });
      new msk.CfnClusterPolicy(stack, 'Msk', { clusterArn: 'arn:aws:kafka:eu-west-1:111122223333:cluster/c/1', policy: doc });
    new oam.CfnSink(stack, 'Sink', { name: 'sink', policy: doc });
    new paymentcryptography.CfnKey(stack, 'PayKey', { exportable: false, keyAttributes: { keyAlgorithm: 'TDES_3KEY', keyClass: 'SYMMETRIC_KEY', keyModesOfUse: { encrypt: true }, keyUsage: 'TR31_D0_SYMMETRIC_DATA_ENCRYPTION_KEY' }, policy: text } as never);
    new redshiftserverless.CfnNamespace(stack, 'Namespace', { namespaceName: 'analytics', namespaceResourcePolicy: doc });
    new s3.CfnMultiRegionAccessPointPolicy(stack, 'Mrap', { mrapName: 'mrap', policy: doc });
    new s3express.CfnAccessPoint(stack, 'ExpressAp', { bucket: 'b--use1-az4--x-s3', policy: doc });
    new s3objectlambda.CfnAccessPointPolicy(stack, 'Olap', { objectLambdaAccessPoint: 'olap', policyDocument: doc });
    new s3outposts.CfnAccessPoint(stack, 'OutpostsAp', { bucket: 'arn:aws:s3-outposts:eu-west-1:111122223333:outpost/op-1/bucket/b', name: 'reader', vpcConfiguration: { vpcId: 'vpc-0123456789abcdef0' }, policy: doc });
    new s3outposts.CfnBucketPolicy(stack, 'OutpostsBucket', { bucket: 'arn:aws:s3-outposts:eu-west-1:111122223333:outpost/op-1/bucket/b', policyDocument: doc });
    new s3tables.CfnTableBucketPolicy(stack, 'TableBucket', { tableBucketArn: 'arn:aws:s3tables:eu-west-1:111122223333:bucket/tables', resourcePolicy: doc });
    new s3tables.CfnTablePolicy(stack, 'Table', { tableArn: 'arn:aws:s3tables:eu-west-1:111122223333:bucket/tables/table/t', resourcePolicy: doc });
    new s3vectors.CfnVectorBucketPolicy(stack, 'Vectors', { vectorBucketName: 'vectors', policy: doc });
    new sagemaker.CfnModelPackageGroup(stack, 'Models', { modelPackageGroupName: 'm', modelPackageGroupPolicy: doc });
    new smsvoice.CfnResourcePolicy(stack, 'Sms', { resourceArn: 'arn:aws:sms-voice:eu-west-1:111122223333:phone-number/p', policyDocument: doc });
    new ssm.CfnResourcePolicy(stack, 'Ssm', { resourceArn: 'arn:aws:ssm:eu-west-1:111122223333:opsitemgroup/default', policy: doc });
    new vpclattice.CfnAuthPolicy(stack, 'Auth', { resourceIdentifier: 'svc-0123456789abcdef0', policy: doc });
    new vpclattice.CfnResourcePolicy(stack, 'Lattice', { resourceArn: 'arn:aws:vpc-lattice:eu-west-1:111122223333:service/svc-0123456789abcdef0', policy: doc });
    new xray.CfnResourcePolicy(stack, 'XRay', { policyName: 'p', policyDocument: text });
    const t = Template.fromStack(stack).toJSON() as CfnTemplate;
    const found = findPolicies(t);
    expect(found.map((p) => `${p.resourceType} ${p.property} ${p.kind} ${p.target?.name ?? '-'}`)).toEqual([
      'AWS::ECR::RepositoryCreationTemplate RepositoryPolicy resource ecr-repository',
      'AWS::SSO::PermissionSet InlinePolicy identity inline-role',
      'AWS::ApiGateway::DomainNameV2 Policy resource -',
      'AWS::APS::ResourcePolicy PolicyDocument resource -',
      'AWS::Backup::LogicallyAirGappedBackupVault AccessPolicy resource -',
      'AWS::BedrockAgentCore::ResourcePolicy Policy resource -',
      'AWS::CloudTrail::ResourcePolicy ResourcePolicy resource -',
      'AWS::DSQL::Cluster PolicyDocument resource -',
      'AWS::EventSchemas::RegistryPolicy Policy resource -',
      'AWS::Lex::ResourcePolicy Policy resource -',
      'AWS::Logs::LogGroup ResourcePolicyDocument resource -',
      'AWS::MediaPackageV2::ChannelPolicy Policy resource -',
      'AWS::MediaPackageV2::OriginEndpointPolicy Policy resource -',
      'AWS::MSK::ClusterPolicy Policy resource -',
      'AWS::Oam::Sink Policy resource -',
      'AWS::PaymentCryptography::Key Policy resource -',
      'AWS::RedshiftServerless::Namespace NamespaceResourcePolicy resource -',
      'AWS::S3::MultiRegionAccessPointPolicy Policy resource -',
      'AWS::S3Express::AccessPoint Policy resource -',
      'AWS::S3ObjectLambda::AccessPointPolicy PolicyDocument resource -',
      'AWS::S3Outposts::AccessPoint Policy resource -',
      'AWS::S3Outposts::BucketPolicy PolicyDocument resource -',
      'AWS::S3Tables::TableBucketPolicy ResourcePolicy resource -',
      'AWS::S3Tables::TablePolicy ResourcePolicy resource -',
      'AWS::S3Vectors::VectorBucketPolicy Policy resource -',
      'AWS::SageMaker::ModelPackageGroup ModelPackageGroupPolicy resource -',
      'AWS::SMSVOICE::ResourcePolicy PolicyDocument resource -',
      'AWS::SSM::ResourcePolicy Policy resource -',
      'AWS::VpcLattice::AuthPolicy Policy resource -',
      'AWS::VpcLattice::ResourcePolicy Policy resource -',
      'AWS::XRay::ResourcePolicy PolicyDocument resource -',
    ]);
    // every resource policy allows "*" unconditioned (a finding of each shows it was linted); the permission set's action is misspelt
    const { findings, sizes } = checkTemplate(t);
    const codes = new Map(findings.map((f) => [f.logicalId, f.code]));
    expect(codes.get('PermissionSet')).toBe('INVALID_ACTION');
    for (const p of found.filter((x) => x.kind === 'resource')) expect(codes.get(p.logicalId), p.logicalId).toBe('PUBLIC_PRINCIPAL_WITHOUT_CONDITION');
    expect(sizes.map((s) => s.target)).toEqual(['ecr-repository', 'inline-role']);
  });

  it('the resource policies of the L1 constructs of aws-cdk-lib 2.278 that were not read (Lambda ResourcePolicy, Bedrock, S3 Files, Organizations, ...)', () => {
    const stack = new Stack(new App(), 'Newer');
    const doc = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: '*', Action: 's3:GetObject', Resource: '*' }] };
    const fn = 'arn:aws:lambda:eu-west-1:111122223333:function:f';
    // AWS::Lambda::ResourcePolicy: the function's whole resource-based policy, sized as a function policy
    new lambda.CfnResourcePolicy(stack, 'FnPolicy', { resourceArn: fn, policyDocument: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { Service: 's3.amazonaws.com' }, Action: 'lambda:InvokeFunction', Resource: fn }] } });
    new backup.CfnBackupAccessPoint(stack, 'BackupAp', { recoveryPointArn: 'arn:aws:backup:eu-west-1:111122223333:recovery-point:r', accessPointPolicy: doc } as never);
    new bedrock.CfnKnowledgeBasePolicy(stack, 'Kb', { knowledgeBaseId: 'KB12345678', policyDocument: doc });
    new bedrock.CfnResourcePolicy(stack, 'Guardrail', { resourceArn: 'arn:aws:bedrock:eu-west-1:111122223333:guardrail/g', policyDocument: doc });
    new eventsv2.CfnResourcePolicy(stack, 'Bus', { eventBusArn: 'arn:aws:events:eu-west-1:111122223333:event-bus/b', policyDocument: doc });
    new mediatailor.CfnChannelPolicy(stack, 'Tailor', { channelName: 'c', policy: doc });
    new organizations.CfnResourcePolicy(stack, 'Org', { content: doc });
    new redshift.CfnCluster(stack, 'Redshift', { clusterType: 'single-node', dbName: 'db', masterUsername: 'admin', nodeType: 'ra3.large', manageMasterPassword: true, namespaceResourcePolicy: doc });
    new s3files.CfnFileSystemPolicy(stack, 'Files', { fileSystemId: 'fs-1', policy: doc });
    new osis.CfnPipeline(stack, 'Pipeline', { pipelineName: 'p', minUnits: 1, maxUnits: 2, pipelineConfigurationBody: 'version: "2"', resourcePolicy: { policy: doc } });
    new logs.CfnDeliveryDestination(stack, 'Delivery', { name: 'd', deliveryDestinationPolicy: { deliveryDestinationName: 'd', deliveryDestinationPolicy: doc } } as never);
    new aiops.CfnInvestigationGroup(stack, 'Investigations', { name: 'i', investigationGroupPolicy: JSON.stringify(doc) });
    new mediastore.CfnContainer(stack, 'Store', { containerName: 'c', policy: JSON.stringify(doc) });
    new rum.CfnAppMonitor(stack, 'Rum', { name: 'app', domain: 'example.com', resourcePolicy: { policyDocument: JSON.stringify(doc) } });
    // session policies: the most a pod or a Roles Anywhere session may do with its role's permissions
    const session = JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 's3:GetObjekt', Resource: '*' }] });
    new eks.CfnPodIdentityAssociation(stack, 'Pod', { clusterName: 'c', namespace: 'n', serviceAccount: 's', roleArn: 'arn:aws:iam::111122223333:role/pod', policy: session, disableSessionTags: true });
    new rolesanywhere.CfnProfile(stack, 'Anywhere', { name: 'p', roleArns: ['arn:aws:iam::111122223333:role/r'], sessionPolicy: session });
    const t = Template.fromStack(stack).toJSON() as CfnTemplate;
    const found = findPolicies(t);
    expect(found.map((p) => `${p.resourceType} ${p.property} ${p.kind} ${p.target?.name ?? '-'}`)).toEqual([
      'AWS::Lambda::ResourcePolicy PolicyDocument resource lambda',
      'AWS::Backup::BackupAccessPoint AccessPointPolicy resource -',
      'AWS::Bedrock::KnowledgeBasePolicy PolicyDocument resource -',
      'AWS::Bedrock::ResourcePolicy PolicyDocument resource -',
      'AWS::EventsV2::ResourcePolicy PolicyDocument resource -',
      'AWS::MediaTailor::ChannelPolicy Policy resource -',
      'AWS::Organizations::ResourcePolicy Content resource -',
      'AWS::Redshift::Cluster NamespaceResourcePolicy resource -',
      'AWS::S3Files::FileSystemPolicy Policy resource -',
      'AWS::OSIS::Pipeline ResourcePolicy.Policy resource -',
      'AWS::Logs::DeliveryDestination DeliveryDestinationPolicy.DeliveryDestinationPolicy resource -',
      'AWS::AIOps::InvestigationGroup InvestigationGroupPolicy resource -',
      'AWS::MediaStore::Container Policy resource -',
      'AWS::RUM::AppMonitor ResourcePolicy.PolicyDocument resource -',
      'AWS::EKS::PodIdentityAssociation Policy session -',
      'AWS::RolesAnywhere::Profile SessionPolicy session -',
    ]);
    const { findings, sizes } = checkTemplate(t);
    const codes = new Map(findings.map((f) => [f.logicalId, f.code]));
    // s3.amazonaws.com may invoke the function for any account's bucket: the function policy is linted as one
    expect(codes.get('FnPolicy')).toBe('RESTRICT_ACCESS_TO_SERVICE_PRINCIPAL');
    for (const p of found.slice(1).filter((x) => x.kind === 'resource')) expect(codes.get(p.logicalId), p.logicalId).toBe('PUBLIC_PRINCIPAL_WITHOUT_CONDITION');
    expect([codes.get('Pod'), codes.get('Anywhere')]).toEqual(['INVALID_ACTION', 'INVALID_ACTION']);
    expect(sizes.map((s) => [s.logicalId, s.target, s.fits])).toEqual([['FnPolicy', 'lambda', 'yes']]);
  });

  it("an AWS Transfer Family user's scope-down policy is read as a session policy and sized against Transfer's 2,048 characters", () => {
    // Transfer Family user guide, "Creating a session policy for an Amazon S3 bucket": the maximum length of a session
    // policy is 2048 characters; ${transfer:HomeBucket}, ${transfer:HomeDirectory}, ${transfer:HomeFolder} and
    // ${transfer:UserName} are the variables Transfer fills
    const stack = new Stack(new App(), 'Sftp');
    const scoped = {
      Version: '2012-10-17',
      Statement: [
        { Sid: 'List', Effect: 'Allow', Action: 's3:ListBucket', Resource: 'arn:aws:s3:::${transfer:HomeBucket}', Condition: { StringLike: { 's3:prefix': ['${transfer:HomeFolder}/*', '${transfer:HomeFolder}'] } } },
        { Sid: 'Home', Effect: 'Allow', Action: ['s3:GetObject', 's3:PutObject', 's3:DeleteObject'], Resource: 'arn:aws:s3:::${transfer:HomeBucket}/${transfer:HomeFolder}/*' },
      ],
    };
    new transfer.CfnUser(stack, 'Alice', { serverId: 's-1234567890abcdef0', userName: 'alice', role: 'arn:aws:iam::111122223333:role/sftp', policy: JSON.stringify(scoped) });
    const wide = { ...scoped, Statement: [...scoped.Statement, { Effect: 'Allow', Action: 's3:GetObjekt', Resource: Array.from({ length: 40 }, (_, i) => `arn:aws:s3:::\${transfer:HomeBucket}/shared/${'d'.repeat(20)}${i}/*`) }] };
    new transfer.CfnUser(stack, 'Bob', { serverId: 's-1234567890abcdef0', userName: 'bob', role: 'arn:aws:iam::111122223333:role/sftp', policy: JSON.stringify(wide, null, 2) });
    const t = Template.fromStack(stack).toJSON() as CfnTemplate;
    expect(findPolicies(t).map((p) => `${p.logicalId} ${p.resourceType} ${p.property} ${p.kind} ${p.target?.name ?? '-'}`)).toEqual([
      'Alice AWS::Transfer::User Policy session session',
      'Bob AWS::Transfer::User Policy session session',
    ]);
    const { findings, sizes } = checkTemplate(t);
    // Transfer's variables are no finding; the misspelt action is
    expect(findings.filter((f) => f.logicalId === 'Alice')).toEqual([]);
    expect(findings.filter((f) => f.logicalId === 'Bob').map((f) => f.code)).toEqual(expect.arrayContaining(['POLICY_SIZE_EXCEEDS_QUOTA', 'INVALID_ACTION']));
    expect(sizes.map((s) => [s.logicalId, s.target, s.fits])).toEqual([
      ['Alice', 'session', 'yes'],
      ['Bob', 'session', 'no'],
    ]);
  });

  it("a WebFunction's resource policy (aws-cdk-lib 2.278 writes it as one AWS::Lambda::ResourcePolicy) is read, linted and sized as a function policy", () => {
    const stack = new Stack(new App(), 'Web');
    const web = new lambda.WebFunction(stack, 'Web', { code: lambda.WebFunctionCode.fromBucket(s3.Bucket.fromBucketName(stack, 'Code', 'code-bucket'), 'web.zip'), runtime: lambda.WebFunctionRuntime.NODEJS_24_X, defaultEndpointAuth: lambda.WebFunctionAuthType.IAM_AUTH });
    web.addToResourcePolicy(new iam.PolicyStatement({ principals: [new iam.AnyPrincipal()], actions: ['lambda:InvokeFunctionUrl'], resources: [web.webFunctionArn] }));
    web.addToResourcePolicy(new iam.PolicyStatement({ principals: [new iam.AccountPrincipal('444455556666')], actions: ['lambda:InvokeFuncton'], resources: [web.webFunctionArn] }));
    const t = Template.fromStack(stack).toJSON() as CfnTemplate;
    const site = findPolicies(t).find((p) => p.resourceType === 'AWS::Lambda::ResourcePolicy');
    expect([site?.property, site?.kind, site?.target?.name]).toEqual(['PolicyDocument', 'resource', 'lambda']);
    const { findings, sizes } = checkTemplate(t);
    const mine = findings.filter((f) => f.logicalId === site!.logicalId).map((f) => `${f.code} ${f.path}`);
    expect(mine).toContain('PUBLIC_PRINCIPAL_WITHOUT_CONDITION Statement[0].Principal');
    expect(mine).toContain('INVALID_ACTION Statement[1].Action[0]');
    expect(sizes.find((s) => s.logicalId === site!.logicalId)?.target).toBe('lambda');
  });

  it('a log group without a resource policy has none (aws-cdk-lib writes AWS::Logs::ResourcePolicy for addToResourcePolicy)', () => {
    const stack = new Stack(new App(), 'Plain');
    new logs.LogGroup(stack, 'Logs').addToResourcePolicy(new iam.PolicyStatement({ principals: [new iam.ServicePrincipal('es.amazonaws.com')], actions: ['logs:PutLogEvents'], resources: ['*'], conditions: { StringEquals: { 'aws:SourceAccount': '111122223333' } } }));
    expect(findPolicies(Template.fromStack(stack).toJSON() as CfnTemplate).map((p) => p.resourceType)).toEqual(['AWS::Logs::ResourcePolicy']);
  });
});
