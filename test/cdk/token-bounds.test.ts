/**
 * Token lengths are bounds that hold after deploy: real CDK apps whose policies typed-iam counted
 * shorter than what CloudFormation sends (a "fits" that deployment refutes), and a statement
 * lint never saw.
 */
import { App, Aspects, Aws, CfnCondition, CfnParameter, Fn, Stack } from 'aws-cdk-lib';
import { Annotations, Match, Template } from 'aws-cdk-lib/assertions';
import * as cognito from 'aws-cdk-lib/aws-cognito';
import * as cw from 'aws-cdk-lib/aws-cloudwatch';
import * as codecommit from 'aws-cdk-lib/aws-codecommit';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as efs from 'aws-cdk-lib/aws-efs';
import * as scheduler from 'aws-cdk-lib/aws-scheduler';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as s3 from 'aws-cdk-lib/aws-s3';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import * as ssm from 'aws-cdk-lib/aws-ssm';
import { describe, expect, it } from 'vitest';
import { checkTemplate, TypedIamChecks } from '../../src/cdk/index.js';
import { diffTemplates } from '../../src/cdk/diff.js';

const sizeOf = (stack: Stack, path: string) =>
  [...Annotations.fromStack(stack).findError(path, Match.stringLikeRegexp('POLICY_SIZE')), ...Annotations.fromStack(stack).findWarning(path, Match.stringLikeRegexp('POLICY_SIZE')), ...Annotations.fromStack(stack).findInfo(path, Match.stringLikeRegexp('POLICY_SIZE'))].map(
    (a) => String(a.entry.data),
  );

describe('a name written in the template is counted as written, whatever tokenLengths says of its type', () => {
  // IAM quotas: a managed policy is at most 6,144 characters (whitespace not counted)
  const app = (tokenLengths: { [key: string]: number }) => {
    const a = new App();
    const stack = new Stack(a, 'Roles');
    const target = new iam.Role(stack, 'Target', { roleName: 'r'.repeat(64), assumedBy: new iam.AccountRootPrincipal() });
    new iam.ManagedPolicy(stack, 'Assume', {
      statements: Array.from({ length: 40 }, (_, i) => new iam.PolicyStatement({ sid: `S${i}`, actions: ['sts:AssumeRole'], resources: [target.roleArn] })),
    });
    Aspects.of(a).add(new TypedIamChecks({ tokenLengths }));
    Template.fromStack(stack);
    return stack;
  };

  it('without tokenLengths: 40 statements on a role ARN with a 64-character name are over 6,144 (an error)', () => {
    expect(sizeOf(app({}), '/Roles/Assume/Resource')).toEqual([expect.stringMatching(/POLICY_SIZE_EXCEEDS_QUOTA PolicyDocument: The policy is at most 6,948 characters \(at least 6,668\)/)]);
  });

  it("a length for the type or the construct bounds names CloudFormation generates, not the literal name (was at most 4,788 characters: 'fits')", () => {
    for (const lengths of [{ 'AWS::IAM::Role': 10 }, { 'Roles/Target': 10 }])
      expect(sizeOf(app(lengths), '/Roles/Assume/Resource')).toEqual([expect.stringMatching(/POLICY_SIZE_EXCEEDS_QUOTA PolicyDocument: The policy is at most 6,948 characters/)]);
  });
});

describe('Fn::If choosing a statement in either branch', () => {
  const arns = (n: number, tag: string) => Array.from({ length: n }, (_, i) => `arn:aws:s3:::${tag}-bucket-${String(i).padStart(4, '0')}/*`);
  const build = () => {
    const a = new App();
    const stack = new Stack(a, 'Cond');
    const prod = new CfnCondition(stack, 'IsProd', { expression: Fn.conditionEquals(stack.stackName, 'prod') });
    // {Fn::If: [IsProd, {Ref: AWS::NoValue}, statement]}: the statement exists outside prod
    const unlessProd = (statement: object) => Fn.conditionIf(prod.logicalId, Fn.ref('AWS::NoValue'), statement);
    const bucket = new s3.Bucket(stack, 'Site');
    new s3.CfnBucketPolicy(stack, 'Open', {
      bucket: bucket.bucketName,
      policyDocument: { Version: '2012-10-17', Statement: [unlessProd({ Effect: 'Allow', Principal: '*', Action: 's3:GetObject', Resource: 'arn:aws:s3:::site/*' })] },
    });
    new iam.CfnManagedPolicy(stack, 'Wide', {
      policyDocument: {
        Version: '2012-10-17',
        Statement: ['a', 'b'].map((tag) => unlessProd({ Effect: 'Allow', Action: 's3:GetObject', Resource: arns(100, tag) })),
      },
    });
    Aspects.of(a).add(new TypedIamChecks());
    Template.fromStack(stack);
    return stack;
  };
  const stack = build();

  it('the statement in the second branch is linted: a public read without conditions is a security error', () => {
    const errors = Annotations.fromStack(stack).findError('/Cond/Open', Match.stringLikeRegexp('PUBLIC_PRINCIPAL_WITHOUT_CONDITION'));
    expect(errors).toHaveLength(1);
  });

  it('and sized as written: two statements of 3,1xx characters may be over 6,144 (each was read as one string of 2,048: "fits"); in prod the policy has none', () => {
    const real = JSON.stringify({ Version: '2012-10-17', Statement: ['a', 'b'].map((tag) => ({ Effect: 'Allow', Action: 's3:GetObject', Resource: arns(100, tag) })) }).length;
    expect(real).toBe(6350);
    expect(sizeOf(stack, '/Cond/Wide')).toEqual([expect.stringMatching(/POLICY_SIZE_MAY_EXCEED_QUOTA PolicyDocument: The policy is at most 6,350 characters \(at least 39\)/)]);
  });
});

describe('Fn::Split is a list: counted as the JSON list CloudFormation writes', () => {
  it('account ids split from a parameter of 5,900 characters: 453 ids, 6,796 characters of JSON, so the policy may be over 6,144 (was counted 5,900: "fits")', () => {
    const a = new App();
    const stack = new Stack(a, 'Accounts');
    const accounts = new CfnParameter(stack, 'TrustedAccounts', { type: 'String', maxLength: 5900 });
    new iam.ManagedPolicy(stack, 'Read', {
      statements: [new iam.PolicyStatement({ actions: ['s3:GetObject'], resources: ['arn:aws:s3:::shared/*'], conditions: { StringEquals: { 'aws:ResourceAccount': Fn.split(',', accounts.valueAsString) } } })],
    });
    Aspects.of(a).add(new TypedIamChecks());
    Template.fromStack(stack);
    // 453 twelve-digit ids and their commas are 5,888 characters (454: 5,901): as JSON 453 x 15 + 1 = 6,796
    const ids = Array.from({ length: 453 }, (_, i) => String(100000000000 + i));
    expect(ids.join(',').length).toBeLessThanOrEqual(5900);
    const real = JSON.stringify({ Version: '2012-10-17', Statement: [{ Action: 's3:GetObject', Condition: { StringEquals: { 'aws:ResourceAccount': ids } }, Effect: 'Allow', Resource: 'arn:aws:s3:::shared/*' }] }).length;
    expect(real).toBeGreaterThan(6144);
    const found = sizeOf(stack, '/Accounts/Read/Resource');
    expect(found).toEqual([expect.stringMatching(/POLICY_SIZE_MAY_EXCEED_QUOTA PolicyDocument: The policy is at most [\d,]+ characters/)]);
    const longest = Number(/at most ([\d,]+)/.exec(found[0]!)![1]!.replace(/,/g, ''));
    expect(longest).toBeGreaterThanOrEqual(real);
  });

  it('a literal split exactly: as many entries as the text holds', () => {
    const a = new App();
    const stack = new Stack(a, 'Literal');
    const bucket = new s3.Bucket(stack, 'B');
    // CDK writes Fn::Split when the text holds a token
    new iam.ManagedPolicy(stack, 'Read', { statements: [new iam.PolicyStatement({ actions: ['s3:GetObject'], resources: Fn.split(',', `${bucket.bucketArn}/a/*,${bucket.bucketArn}/b/*`) })] });
    Aspects.of(a).add(new TypedIamChecks());
    const t = Template.fromStack(stack).toJSON();
    expect(JSON.stringify(t)).toContain('Fn::Split');
    const found = sizeOf(stack, '/Literal/Read/Resource');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(/POLICY_SIZE PolicyDocument: at most \d+ of 6,144/);
  });
});

describe('fitRolePolicies with a token in Action (an action from a parameter)', () => {
  it('lays the role out with the token kept (its stand-in was no action the parser reads: "could not be laid out", an error that failed synth)', () => {
    const a = new App();
    const stack = new Stack(a, 'Ops');
    const action = new CfnParameter(stack, 'ExtraAction', { type: 'String', default: 's3:GetObject', allowedValues: ['s3:GetObject', 's3:GetObjectVersion'] });
    const role = new iam.Role(stack, 'Worker', { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') });
    role.addToPolicy(new iam.PolicyStatement({ actions: [action.valueAsString], resources: ['arn:aws:s3:::data/*'] }));
    role.addToPolicy(new iam.PolicyStatement({ actions: ['sqs:SendMessage'], resources: ['arn:aws:sqs:eu-west-1:111122223333:jobs'] }));
    Aspects.of(a).add(new TypedIamChecks({ fitRolePolicies: true }));
    const template = Template.fromStack(stack);
    expect(Annotations.fromStack(stack).findError('*', Match.stringLikeRegexp('typed-iam'))).toEqual([]);
    template.hasResourceProperties('AWS::IAM::Policy', {
      PolicyDocument: { Statement: [Match.objectLike({ Action: { Ref: 'ExtraAction' }, Resource: 'arn:aws:s3:::data/*' }), Match.objectLike({ Action: 'sqs:SendMessage' })] },
    });
    // counted at its longest allowed value, s3:GetObjectVersion (19)
    expect(sizeOf(stack, '/Ops/Worker/DefaultPolicy/Resource')).toEqual([expect.stringMatching(/Ref ExtraAction 19\b/)]);
  });
});

describe('lint compares statements holding different tokens as different', () => {
  it('two grants on two imported ARNs are not "redundant" (both read as the same stand-in, the advice removed access to the second)', () => {
    const a = new App();
    const stack = new Stack(a, 'Imports');
    const role = new iam.Role(stack, 'Reader', { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') });
    role.addToPolicy(new iam.PolicyStatement({ actions: ['s3:GetObject'], resources: [Fn.importValue('Shared-ReportsArn')] }));
    role.addToPolicy(new iam.PolicyStatement({ actions: ['s3:GetObject'], resources: [Fn.importValue('Shared-ArchiveArn')] }));
    Aspects.of(a).add(new TypedIamChecks({ failOn: 'suggestion' }));
    Template.fromStack(stack);
    expect(Annotations.fromStack(stack).findError('*', Match.stringLikeRegexp('REDUNDANT_STATEMENT'))).toEqual([]);
  });

  // two export names whose import texts have the same 32-bit FNV-1a hash (found by a birthday search over 1.5 million names)
  const colliding = ['Shared-Bucket1332789Arn', 'Shared-Bucket1529192Arn'];
  const importing = (names: readonly string[]) => {
    const a = new App();
    const stack = new Stack(a, 'Imports');
    const role = new iam.Role(stack, 'Reader', { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') });
    for (const n of names) role.addToPolicy(new iam.PolicyStatement({ actions: ['s3:GetObject'], resources: [Fn.importValue(n)] }));
    return { a, stack };
  };

  it('two imports whose texts share a 32-bit hash are two values: no REDUNDANT_STATEMENT (the names were that hash)', () => {
    const { a, stack } = importing(colliding);
    Aspects.of(a).add(new TypedIamChecks({ failOn: 'suggestion' }));
    Template.fromStack(stack);
    expect(Annotations.fromStack(stack).findError('*', Match.stringLikeRegexp('REDUNDANT_STATEMENT'))).toEqual([]);
  });

  it('and cdk diff sees the grant move from one to the other (it read both as one value: no change)', () => {
    const side = (name: string) => [{ name: 'Imports', template: Template.fromStack(importing([name]).stack).toJSON() as never }];
    const changes = diffTemplates(side(colliding[0]!), side(colliding[1]!));
    expect(changes.map((c) => [c.construct, c.added.length, c.removed.length])).toEqual([[expect.stringMatching(/^Reader/), 1, 1]]);
  });

  it('two statements on the same token still are', () => {
    const template = { Resources: { P: { Type: 'AWS::IAM::ManagedPolicy', Properties: { PolicyDocument: { Version: '2012-10-17', Statement: [0, 1].map((i) => ({ Sid: `S${i}`, Effect: 'Allow', Action: 's3:GetObject', Resource: { 'Fn::ImportValue': 'Shared-ReportsArn' } })) } } } } };
    expect(checkTemplate(template as never).findings.map((f) => `${f.code} ${f.path}`)).toContain('REDUNDANT_STATEMENT Statement[1]');
  });
});

describe('a construct path in tokenLengths names that construct only', () => {
  it("another stack's resource with the same logical ID, read through an import, keeps its own bound (was counted at the length given for B/Data)", () => {
    const size = (tokenLengths: { [key: string]: number }) => {
      const a = new App();
      const shared = new s3.Bucket(new Stack(a, 'A'), 'Data');
      const b = new Stack(a, 'B');
      // the same construct id in both stacks: the same logical ID (it hashes the path within the stack)
      new s3.Bucket(b, 'Data');
      shared.grantRead(new iam.Role(b, 'Reader', { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') }));
      Aspects.of(a).add(new TypedIamChecks({ tokenLengths }));
      Template.fromStack(b);
      return sizeOf(b, '/B/Reader/DefaultPolicy/Resource');
    };
    // arn:<partition, at most 10>:s3:::<bucket name, at most 63>
    expect(size({})).toEqual([expect.stringMatching(/Fn::ImportValue A:ExportsOutputFnGetAttData[0-9A-F]+Arn[0-9A-F]+ 83\b/)]);
    expect(size({ 'B/Data': 3 })).toEqual([expect.stringMatching(/Fn::ImportValue A:ExportsOutputFnGetAttData[0-9A-F]+Arn[0-9A-F]+ 83\b/)]);
  });
});

describe("an SSM parameter's value is bounded by its tier", () => {
  // Systems Manager quotas (PutParameter Value): Standard tier 4,096 characters, Advanced 8,192; with no Tier the
  // account's default tier setting decides (Advanced and Intelligent-Tiering may be it). Each character may be `"`,
  // two characters in the JSON text; a role's inline policies hold 10,240 (IAM quotas)
  const app = (tier: ssm.ParameterTier | undefined) => {
    const a = new App();
    const stack = new Stack(a, 'Params');
    const param = new ssm.StringParameter(stack, 'Allowed', { stringValue: 'o-abcdef1234', ...(tier === undefined ? {} : { tier }) });
    const worker = new iam.Role(stack, 'Worker', { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') });
    worker.addToPolicy(new iam.PolicyStatement({ actions: ['s3:GetObject'], resources: ['arn:aws:s3:::acme/*'], conditions: { StringEquals: { 'aws:PrincipalOrgID': param.stringValue } } }));
    Aspects.of(a).add(new TypedIamChecks());
    Template.fromStack(stack);
    return stack;
  };

  it('Standard: at most 4,096 characters, 8,192 as JSON: the inline policy fits in 10,240', () => {
    expect(sizeOf(app(ssm.ParameterTier.STANDARD), '/Params/Worker/DefaultPolicy/Resource')).toEqual([expect.stringMatching(/^\[typed-iam\] POLICY_SIZE PolicyDocument .*: at most 8,3\d\d of 10,240 .*Allowed[0-9A-F]{8}\.Value 8,192\b/)]);
  });

  it('Advanced, Intelligent-Tiering or no Tier: at most 8,192 characters, 16,384 as JSON, so the policy may be over', () => {
    for (const tier of [ssm.ParameterTier.ADVANCED, ssm.ParameterTier.INTELLIGENT_TIERING, undefined])
      expect(sizeOf(app(tier), '/Params/Worker/DefaultPolicy/Resource')).toEqual([expect.stringMatching(/POLICY_SIZE_MAY_EXCEED_QUOTA .*Allowed[0-9A-F]{8}\.Value 16,384: Value of AWS::SSM::Parameter/)]);
  });

  it('a Tier given by a token counts at 8,192 characters', () => {
    const template = {
      Parameters: { Tier: { Type: 'String' } },
      Resources: {
        P: { Type: 'AWS::SSM::Parameter', Properties: { Type: 'String', Value: 'x', Tier: { Ref: 'Tier' } } },
        M: { Type: 'AWS::IAM::ManagedPolicy', Properties: { PolicyDocument: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 's3:GetObject', Resource: '*', Condition: { StringEquals: { 'aws:PrincipalOrgID': { 'Fn::GetAtt': ['P', 'Value'] } } } }] } } },
      },
    };
    const [size] = checkTemplate(template as never).sizes;
    expect(size!.tokens).toEqual([expect.objectContaining({ token: 'P.Value', longest: 16384, why: expect.stringContaining('a Tier known at deploy time') })]);
    expect(size!.fits).toBe('maybe');
  });
});

describe('text beyond ASCII in a string holding a token, in a target counted in bytes', () => {
  // emit/size counts the UTF-8 bytes of a policy for the byte-counted targets (an SQS queue policy: 8,192 bytes);
  // é is one character and two bytes
  const queue = (owner: string, statements: number) => {
    const a = new App();
    const stack = new Stack(a, 'Queues');
    const q = new sqs.Queue(stack, 'Orders', { queueName: 'orders' });
    for (let i = 0; i < statements; i++)
      q.addToResourcePolicy(
        new iam.PolicyStatement({
          sid: `S${i}`,
          actions: ['sqs:SendMessage'],
          resources: [q.queueArn],
          principals: [new iam.AccountPrincipal('111122223333')],
          conditions: { StringEquals: { 'aws:PrincipalTag/owner': `${owner}-${i}-${Aws.ACCOUNT_ID}` } },
        }),
      );
    return checkTemplate(Template.fromStack(stack).toJSON() as never).sizes.find((r) => r.target === 'sqs-queue')!;
  };

  it('counts its bytes: 100 é in each of 20 statements (the most a queue policy holds) are 2,000 bytes more than 100 e (were counted as 100 characters each)', () => {
    const plain = queue('e'.repeat(100), 20);
    const accented = queue('é'.repeat(100), 20);
    expect(accented.longest - plain.longest).toBe(2000);
    expect(accented.shortest - plain.shortest).toBe(0); // the shortest stays a lower bound: at least one byte a character
  });

  it('so the queue policy is at most 9,318 bytes, over 8,192: "maybe" (it was at most 7,318: "fits")', () => {
    const r = queue('é'.repeat(100), 20);
    expect([r.longest, r.shortest, r.fits]).toEqual([9318, 6838, 'maybe']);
  });
});

describe('a parameter of a Systems Manager type is bounded by the value CloudFormation resolves', () => {
  // CloudFormation passes the value of the SSM parameter a parameter of type AWS::SSM::Parameter::Value<...> names; its
  // tier is not in the template, so up to 8,192 characters (Systems Manager quotas: Advanced tier); a managed policy holds 6,144
  const managed = (condition: object, parameters: object, resource: unknown = '*') => ({
    Parameters: parameters,
    Resources: { M: { Type: 'AWS::IAM::ManagedPolicy', Properties: { PolicyDocument: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 's3:GetObject', Resource: resource, Condition: condition }] } } } },
  });

  it('valueForStringParameter: 16,384 characters as JSON, so the managed policy may be over (was counted at 2,048: fits)', () => {
    const a = new App();
    const stack = new Stack(a, 'Org');
    const org = ssm.StringParameter.valueForStringParameter(stack, '/acme/org-id');
    new iam.ManagedPolicy(stack, 'Read', { statements: [new iam.PolicyStatement({ actions: ['s3:GetObject'], resources: ['arn:aws:s3:::acme/*'], conditions: { StringEquals: { 'aws:PrincipalOrgID': org } } })] });
    const template = Template.fromStack(stack).toJSON();
    expect(Object.values(template['Parameters'] as object).map((p) => (p as { Type: string }).Type)).toContain('AWS::SSM::Parameter::Value<String>');
    const [size] = checkTemplate(template as never).sizes;
    expect([size!.fits, size!.tokens.map((t) => [t.longest, t.unknown])]).toEqual(['maybe', [[16384, false]]]);
    expect(size!.tokens[0]!.why).toMatch(/the value of a Systems Manager parameter \(tier unknown: at most 8,192 characters\)/);
  });

  it('a list type (List<String>, CommaDelimitedList) is a JSON list of at most 3 * 8,192 + 4 characters; an AWS-specific type 16,384', () => {
    const longest = (type: string) => checkTemplate(managed({}, { P: { Type: type, Default: '/acme/ids' } }, { Ref: 'P' }) as never).sizes[0]!.tokens[0]!.longest;
    expect(longest('AWS::SSM::Parameter::Value<List<String>>')).toBe(3 * 8192 + 2);
    expect(longest('AWS::SSM::Parameter::Value<CommaDelimitedList>')).toBe(3 * 8192 + 2);
    expect(longest('AWS::SSM::Parameter::Value<String>')).toBe(16384);
    expect(longest('AWS::SSM::Parameter::Value<AWS::EC2::Image::Id>')).toBe(16384);
  });

  it("its AllowedValues, MaxLength and a parent's value name the SSM parameter, not the value: they do not bound it", () => {
    const t = managed({ StringEquals: { 'aws:PrincipalOrgID': { Ref: 'P' } } }, { P: { Type: 'AWS::SSM::Parameter::Value<String>', AllowedValues: ['/a'], MaxLength: 2 } });
    const [size] = checkTemplate(t as never, { parameterValue: () => ({ lint: '/a', short: 2, long: 2, notes: [], unknown: false }) }).sizes;
    expect(size!.tokens[0]!.longest).toBe(16384);
  });

  it('lint does not read the Default (the name of the SSM parameter) as the value; one principal entry counts at 1,123 (its JSON text at most)', () => {
    const trust = {
      Parameters: { P: { Type: 'AWS::SSM::Parameter::Value<String>', Default: '/acme/deployer-arn' } },
      Resources: { R: { Type: 'AWS::IAM::Role', Properties: { AssumeRolePolicyDocument: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { AWS: { Ref: 'P' } }, Action: 'sts:AssumeRole' }] } } } },
    };
    const check = checkTemplate(trust as never);
    expect(check.findings.map((f) => f.code)).toEqual([]);
    expect(check.sizes[0]!.tokens[0]!.longest).toBe(1123);
  });
});

describe('a token that may hold any text counts its JSON escapes and bytes', () => {
  // JSON escapes `"` as `\"`: two characters of the policy text IAM counts (a managed policy: 6,144), two bytes
  const template = (resource: object, maxLength: number) => ({
    Parameters: { Owner: { Type: 'String', MaxLength: maxLength } },
    Resources: {
      M: { Type: 'AWS::IAM::ManagedPolicy', Properties: { PolicyDocument: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::acme/*', Condition: { StringEquals: { 'aws:PrincipalTag/owner': { Ref: 'Owner' } } } }] } } },
      ...resource,
    },
  });

  it('a String parameter with MaxLength 3,000 may be 6,000 characters as JSON: "maybe" (was at most 3,1xx: fits, while 3,000 quotes deploy 6,1xx)', () => {
    const [size] = checkTemplate(template({}, 3000) as never).sizes;
    expect([size!.fits, size!.tokens[0]!.longest]).toEqual(['maybe', 6000]);
    // the value CloudFormation may pass: 3,000 `"`, within MaxLength and the 4,096-byte parameter quota
    const doc = template({}, 3000).Resources.M.Properties.PolicyDocument;
    const deployed = JSON.stringify({ ...doc, Statement: [{ ...doc.Statement[0], Condition: { StringEquals: { 'aws:PrincipalTag/owner': '"'.repeat(3000) } } }] });
    expect(deployed.length).toBeGreaterThan(6144);
    expect(size!.longest).toBeGreaterThanOrEqual(deployed.length);
  });

  it('bytes: at most 4 a character, and at most the 4,096-byte parameter quota plus one a character', () => {
    const queue = (n: number) => {
      const t = {
        Parameters: { Owner: { Type: 'String', MaxLength: n } },
        Resources: {
          Q: { Type: 'AWS::SQS::Queue', Properties: { QueueName: 'orders' } },
          P: { Type: 'AWS::SQS::QueuePolicy', Properties: { Queues: [{ Ref: 'Q' }], PolicyDocument: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { AWS: '111122223333' }, Action: 'sqs:SendMessage', Resource: '*', Condition: { StringEquals: { 'aws:PrincipalTag/owner': { Ref: 'Owner' } } } }] } } },
        },
      };
      const s = checkTemplate(t as never).sizes[0]!;
      return s.longest - checkTemplate({ ...t, Parameters: { Owner: { Type: 'String', AllowedValues: ['0123456789'] } } } as never).sizes[0]!.longest + 10;
    };
    expect(queue(100)).toBe(400); // 100 characters beyond U+FFFF: 4 bytes each
    expect(queue(3000)).toBe(4096 + 3000); // 4,096 bytes of the quota, 3,000 of them `"` escaped
  });

  it('a name, an id or a generated ARN is unchanged: CloudFormation and the services make them of characters JSON does not escape', () => {
    const t = {
      Resources: {
        B: { Type: 'AWS::S3::Bucket' },
        M: { Type: 'AWS::IAM::ManagedPolicy', Properties: { PolicyDocument: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 's3:GetObject', Resource: { 'Fn::GetAtt': ['B', 'Arn'] } }] } } },
      },
    };
    expect(checkTemplate(t as never).sizes[0]!.tokens.map((x) => x.longest)).toEqual([83]);
  });
});

describe('a Cognito identity pool id is bounded by its form (REGION:GUID)', () => {
  // Cognito CreateIdentityPool: IdentityPoolId is REGION:GUID, at most 55 characters; CloudFormation's
  // Ref of AWS::Cognito::IdentityPool returns it. Counted as unknown (2,048) it made the usual web
  // identity trust policy of an identity pool's role "may exceed" the 2,048-character trust quota.
  it("the authenticated role's trust policy fits, counted with the id at its longest (region 19 + 1 + 36)", () => {
    const a = new App();
    const stack = new Stack(a, 'Ids');
    const pool = new cognito.CfnIdentityPool(stack, 'Pool', { allowUnauthenticatedIdentities: false });
    new iam.Role(stack, 'Auth', {
      assumedBy: new iam.FederatedPrincipal(
        'cognito-identity.amazonaws.com',
        { StringEquals: { 'cognito-identity.amazonaws.com:aud': pool.ref }, 'ForAnyValue:StringLike': { 'cognito-identity.amazonaws.com:amr': 'authenticated' } },
        'sts:AssumeRoleWithWebIdentity',
      ),
    });
    Aspects.of(a).add(new TypedIamChecks());
    Template.fromStack(stack);
    const [size, ...rest] = sizeOf(stack, '/Ids/Auth/Resource');
    expect(rest).toEqual([]);
    expect(size).toMatch(/POLICY_SIZE AssumeRolePolicyDocument: at most 3\d\d of 2,048 characters/);
    expect(size).toContain('(Ref Pool 56)');
  });
});

describe('ids and names of CodeCommit, CloudWatch, Step Functions, Scheduler, EFS and Cognito are bounded by their documented forms', () => {
  // CodeCommit repository names 1-100; CloudWatch AlarmName 1-255; Step Functions activity names 1-80; Scheduler
  // schedule group names 1-64; EFS ids fs-[0-9a-f]{8,40} and fsap-[0-9a-f]{8,40} (the API reference's patterns: an
  // id of 17 digits, as counted before, is not the longest); a Cognito user pool id [\\w-]+_[0-9a-zA-Z]+, at most 55
  it('each token is counted at its longest form, none as an unknown 2,048', () => {
    const a = new App();
    const stack = new Stack(a, 'Ids');
    const role = new iam.Role(stack, 'R', { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') });
    const fs = new efs.FileSystem(stack, 'Fs', { vpc: new ec2.Vpc(stack, 'Vpc', { maxAzs: 1, natGateways: 0 }) as never });
    role.addToPolicy(
      new iam.PolicyStatement({
        actions: ['s3:GetObject'],
        resources: [
          new codecommit.Repository(stack, 'Repo', { repositoryName: 'r' }).repositoryArn,
          new cw.Alarm(stack, 'Alarm', { metric: new cw.Metric({ namespace: 'x', metricName: 'y' }), threshold: 1, evaluationPeriods: 1 }).alarmArn,
          new sfn.Activity(stack, 'Act').activityArn,
          new scheduler.CfnScheduleGroup(stack, 'Group', {}).attrArn,
          fs.fileSystemArn,
          fs.addAccessPoint('Ap').accessPointArn,
          new cognito.UserPool(stack, 'Pool').userPoolArn,
        ],
      }),
    );
    Aspects.of(a).add(new TypedIamChecks({ failOn: 'error' }));
    Template.fromStack(stack);
    const [size, ...rest] = sizeOf(stack, '/Ids/R/DefaultPolicy/Resource');
    expect(rest).toEqual([]);
    expect(size).not.toContain('unknown');
    // before: at most 10,630 characters, POLICY_SIZE_MAY_EXCEED_QUOTA (four tokens unknown at 2,048; EFS ids of 17 digits, a user pool suffix of 9)
    expect(size).toMatch(/at most 1,079 of 10,240 characters .*\(Repo02AC86CF\.Arn 60, Alarm7103F465\.Arn 320, Ref Act869B7EB7 78, Group\.Arn 137\)/);
  });
});
