/**
 * AWS SAM templates before the transform: the policies SAM writes into the role it makes for a
 * function or state machine. Rules from the AWS SAM resource reference (AWS::Serverless::Function,
 * AWS::Serverless::StateMachine: `Policies`, `Role`, `AssumeRolePolicyDocument`) and the Globals
 * section page.
 */
import { describe, expect, it } from 'vitest';
import { checkTemplate, findPolicies, type Template } from '../../src/cdk/index.js';
import { readYaml } from '../../src/cdk/yaml.js';

const template = (text: string): Template => readYaml(`Transform: AWS::Serverless-2016-10-31\n${text}`, 1000).value as Template;

const FUNCTION = `Resources:
  Fn:
    Type: AWS::Serverless::Function
    Properties:
      Handler: index.handler
      Runtime: nodejs20.x
      CodeUri: src/
      Policies:
        - AWSLambdaExecute
        - S3ReadPolicy:
            BucketName: my-bucket
        - Statement:
            - Effect: Allow
              Action: s3:GetObjekt
              Resource: '*'
        - Version: 2012-10-17
          Statement:
            - Effect: Allow
              Action: iam:PassRole
              Resource: '*'
`;

describe('AWS::Serverless::Function Policies', () => {
  it('each inline policy document is an inline policy of the role SAM makes, checked where it is written', () => {
    // SAM: Policies accepts "an inline IAM policy formatted in YAML as a map" beside policy templates and managed policy names
    const sites = findPolicies(template(FUNCTION));
    expect(sites.map((s) => [s.logicalId, s.property, s.kind, s.target?.name, s.entities])).toEqual([
      ['Fn', 'Policies[2]', 'identity', 'inline-role', ['FnRole']],
      ['Fn', 'Policies[3]', 'identity', 'inline-role', ['FnRole']],
    ]);
    const { findings } = checkTemplate(template(FUNCTION));
    expect(findings.map((f) => [f.code, f.templatePath])).toEqual(
      expect.arrayContaining([
        ['INVALID_ACTION', 'Resources.Fn.Properties.Policies[2].Statement[0].Action[0]'],
        // SAM puts the document in the role as written: with no Version, IAM reads it by the 2008-10-17 rules
        ['MISSING_VERSION', 'Resources.Fn.Properties.Policies[2]'],
        ['PASS_ROLE_WITH_STAR_IN_RESOURCE', 'Resources.Fn.Properties.Policies[3].Statement[0].Resource[0]'],
      ]),
    );
  });

  it('a single document given as Policies, and documents chosen by Fn::If, are read', () => {
    const one = template('Resources:\n  Fn:\n    Type: AWS::Serverless::Function\n    Properties:\n      Policies:\n        Statement:\n          - {Effect: Allow, Action: "s3:*", Resource: "*"}\n');
    expect(findPolicies(one).map((s) => s.property)).toEqual(['Policies']);
    const chosen = template('Conditions:\n  C: !Equals [a, b]\nResources:\n  Fn:\n    Type: AWS::Serverless::Function\n    Properties:\n      Policies:\n        - !If [C, {Statement: [{Effect: Allow, Action: "s3:GetObject", Resource: "*"}]}, !Ref AWS::NoValue]\n');
    expect(findPolicies(chosen).map((s) => s.property)).toEqual(['Policies[0].Fn::If[1]']);
  });

  it('with Role set, Policies is ignored (SAM: "If the Role property is set, this property is ignored")', () => {
    const withRole = template(FUNCTION.replace('      Policies:', '      Role: !GetAtt Shared.Arn\n      Policies:'));
    expect(findPolicies(withRole)).toEqual([]);
    // a Role chosen by Fn::If may be left out, and SAM then makes the role: the policies are read
    const maybe = template(FUNCTION.replace('      Policies:', '      Role: !If [C, !GetAtt Shared.Arn, !Ref AWS::NoValue]\n      Policies:'));
    expect(findPolicies(maybe)).toHaveLength(2);
  });

  it('the trust policy: the function\'s AssumeRolePolicyDocument, else that of Globals.Function', () => {
    // Globals: every Function property but Role, Policies, FunctionName and Events may be global, AssumeRolePolicyDocument included
    const trust = '    AssumeRolePolicyDocument:\n      Version: 2012-10-17\n      Statement:\n        - {Effect: Allow, Principal: {AWS: "*"}, Action: sts:AssumeRole}\n';
    const global = template(`Globals:\n  Function:\n${trust}${FUNCTION}`);
    const site = findPolicies(global).find((s) => s.kind === 'trust');
    expect(site?.property).toBe('AssumeRolePolicyDocument');
    expect(checkTemplate(global).findings.map((f) => f.code)).toContain('PUBLIC_PRINCIPAL_WITHOUT_CONDITION');
    const own = template(FUNCTION.replace('      Policies:', `  ${trust.replaceAll('\n    ', '\n      ').trimEnd()}\n      Policies:`));
    expect(findPolicies(own).filter((s) => s.kind === 'trust')).toHaveLength(1);
  });

  it('the role is made by the template: its inline policies are summed with an AWS::IAM::Policy naming it, no "outside this app"', () => {
    const big = Array.from({ length: 60 }, (_, i) => `            - {Effect: Allow, Action: "s3:GetObject", Resource: "arn:aws:s3:::bucket-${i}/some/prefix/*"}`).join('\n');
    const text = `Resources:
  Fn:
    Type: AWS::Serverless::Function
    Properties:
      Policies:
        - Version: 2012-10-17
          Statement:
${big}
  Extra:
    Type: AWS::IAM::Policy
    Properties:
      PolicyName: extra
      Roles: [!Ref FnRole]
      PolicyDocument:
        Version: 2012-10-17
        Statement:
${big.replaceAll('            - ', '          - ').replaceAll('bucket-', 'other-')}
`;
    const { sizes, findings } = checkTemplate(template(text));
    const aggregate = sizes.find((s) => s.logicalId === 'Fn')?.aggregate;
    expect(aggregate?.policies.map((p) => p.logicalId)).toEqual(['Fn', 'Extra']);
    expect(aggregate?.outside).toBeUndefined();
    expect(findings.map((f) => f.code)).toContain('POLICY_SIZE_EXCEEDS_QUOTA');
  });
});

describe('the permissions boundary of the role SAM makes', () => {
  const boundary = `  Boundary:
    Type: AWS::IAM::ManagedPolicy
    Properties:
      PolicyDocument:
        Version: 2012-10-17
        Statement:
          - {Effect: Allow, Action: "*", Resource: "*"}
`;
  it('a managed policy named as PermissionsBoundary (the function\'s or Globals\') is a boundary: Allow * on * is what boundaries hold', () => {
    // "PermissionsBoundary: The ARN of a permissions boundary to use for this function's execution role"; Globals may set it
    for (const text of [
      `Resources:\n  Fn:\n    Type: AWS::Serverless::Function\n    Properties:\n      PermissionsBoundary: !Ref Boundary\n${boundary}`,
      `Globals:\n  Function:\n    PermissionsBoundary: !Ref Boundary\nResources:\n  Fn:\n    Type: AWS::Serverless::Function\n    Properties:\n      Handler: x\n${boundary}`,
    ]) {
      const t = template(text);
      expect(findPolicies(t).find((s) => s.logicalId === 'Boundary')?.kind).toBe('boundary');
      expect(checkTemplate(t).findings.map((f) => f.code)).not.toContain('ALL_ACTIONS_ON_ALL_RESOURCES');
    }
  });

  it('attached by a Policies entry, it is an identity policy of the role (the grant is checked)', () => {
    const t = template(`Resources:\n  Fn:\n    Type: AWS::Serverless::Function\n    Properties:\n      PermissionsBoundary: !Ref Boundary\n      Policies: [!Ref Boundary]\n${boundary}`);
    expect(findPolicies(t).find((s) => s.logicalId === 'Boundary')?.kind).toBe('identity');
    expect(checkTemplate(t).findings.map((f) => f.code)).toContain('ALL_ACTIONS_ON_ALL_RESOURCES');
  });
});

describe('AWS::Serverless::StateMachine Policies', () => {
  it('are read as a function\'s are (no AssumeRolePolicyDocument of its own)', () => {
    const machine = template('Resources:\n  M:\n    Type: AWS::Serverless::StateMachine\n    Properties:\n      Policies:\n        - LambdaInvokePolicy: {FunctionName: f}\n        - Statement: [{Effect: Allow, Action: "states:StartExecutionn", Resource: "*"}]\n');
    expect(findPolicies(machine).map((s) => [s.property, s.entities])).toEqual([['Policies[1]', ['MRole']]]);
    expect(checkTemplate(machine).findings.map((f) => f.code)).toContain('INVALID_ACTION');
  });
});

describe('AWS::Serverless::Api Auth.ResourcePolicy', () => {
  // SAM: "CustomStatements: A list of custom resource policy statements to apply to this API", added to the API's resource policy as written
  const api = (auth: string, globals = '') =>
    template(`${globals}Resources:\n  Api:\n    Type: AWS::Serverless::Api\n    Properties:\n      StageName: Prod\n${auth}`);
  const statements = '          CustomStatements:\n            - {Effect: Allow, Principal: "*", Action: execute-api:Invok, Resource: "execute-api:/*"}\n';

  it('the CustomStatements are the API\'s resource policy (kind resource, API Gateway\'s 8,192 characters)', () => {
    const t = api(`      Auth:\n        ResourcePolicy:\n${statements}`);
    const [site] = findPolicies(t);
    expect([site?.property, site?.kind, site?.target?.name, site?.document]).toEqual([
      'Auth.ResourcePolicy.CustomStatements',
      'resource',
      'apigateway',
      { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: '*', Action: 'execute-api:Invok', Resource: 'execute-api:/*' }] },
    ]);
    expect(checkTemplate(t).findings.map((f) => f.code)).toEqual(expect.arrayContaining(['INVALID_ACTION', 'PUBLIC_PRINCIPAL_WITHOUT_CONDITION']));
  });

  it('the policy of an OpenAPI definition in DefinitionBody, to which SAM adds them', () => {
    const t = api(`      DefinitionBody:\n        swagger: 2.0\n        x-amazon-apigateway-policy:\n          Version: 2012-10-17\n          Statement:\n            - {Effect: Allow, Principal: "*", Action: execute-api:Invoke, Resource: "execute-api:/*"}\n`);
    expect(findPolicies(t).map((s) => [s.property, s.kind])).toEqual([['DefinitionBody.x-amazon-apigateway-policy', 'resource']]);
    expect(checkTemplate(t).findings.map((f) => [f.code, f.templatePath])).toContainEqual(['PUBLIC_PRINCIPAL_WITHOUT_CONDITION', 'Resources.Api.Properties.DefinitionBody.x-amazon-apigateway-policy.Statement[0].Principal']);
  });

  it('those of Globals.Api when the API has none; none without CustomStatements', () => {
    const global = api('', `Globals:\n  Api:\n    Auth:\n      ResourcePolicy:\n${statements.replaceAll('\n          ', '\n        ').replace(/^ {10}/, '        ')}`);
    expect(findPolicies(global).map((s) => s.property)).toEqual(['Auth.ResourcePolicy.CustomStatements']);
    expect(findPolicies(api('      Auth:\n        ResourcePolicy:\n          IpRangeWhitelist: [10.0.0.0/8]\n'))).toEqual([]);
  });
});
