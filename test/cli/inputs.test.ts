/**
 * What a CI pipeline hands the CLI: policies as string fields (terraform output -json, the AWS
 * CLI), URL-encoded documents (the IAM API), inputs too large to be a policy (a file, an endless
 * stdin). Unreadable input never exits 0 and never costs the memory of the whole input.
 */
import { spawn } from 'node:child_process';
import { closeSync, mkdirSync, mkdtempSync, openSync, rmSync, writeFileSync, ftruncateSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { command, ensureBin, run } from './helpers.js';

const TEXT = JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::docs/*' }] });
/** The most bytes one input may have: 3 x the 16 MiB characters a policy text may have. */
const MAX_BYTES = 3 * 16 * 1024 * 1024;

let dir: string;
const at = (name: string) => join(dir, name);

beforeAll(() => {
  ensureBin();
  dir = mkdtempSync(join(tmpdir(), 'typed-iam-inputs-'));
  // terraform output -json / aws organizations describe-policy --query Policy.Content --output json
  writeFileSync(at('string.json'), `${JSON.stringify(TEXT)}\n`);
  // the IAM API's URL-encoded document kept as a string (a JavaScript SDK user's JSON.stringify)
  writeFileSync(at('url-string.json'), JSON.stringify(encodeURIComponent(TEXT)));
  writeFileSync(at('policy.json'), TEXT);
}, 600_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('a policy given as a JSON string', () => {
  it('lint, size, fmt and simulate read the policy inside the string (it was INVALID_TYPE: "must be an object, not the string")', () => {
    for (const file of ['string.json', 'url-string.json']) {
      const lint = run(['lint', at(file)]);
      expect(lint.code, lint.stdout + lint.stderr).toBe(0);
      expect(lint.stderr).toContain('no findings');
      const size = run(['size', '--json', '--kind', 'scp', at(file)]);
      expect(size.code).toBe(0);
      expect((JSON.parse(size.stdout) as { length: number }[])[0]!.length).toBe(TEXT.length);
      expect(JSON.parse(run(['fmt', at(file)]).stdout)).toEqual(JSON.parse(TEXT));
      expect(run(['simulate', '--policy', at(file), '--action', 's3:GetObject', '--resource', 'arn:aws:s3:::docs/a']).code).toBe(0);
    }
    const stdin = run(['lint', '-'], { input: JSON.stringify(TEXT) });
    expect(stdin.code).toBe(0);
  });
});

describe('URL-encoded policy documents (as IAM GetPolicyVersion returns them, RFC 3986 percent-encoding)', () => {
  it('size measures the decoded policy, as lint and AWS do (it counted the encoded text: 189 for 111 characters)', () => {
    const encoded = encodeURIComponent(TEXT);
    const size = run(['size', '--json', '--kind', 'scp', '-'], { input: encoded });
    expect(size.code).toBe(0);
    expect((JSON.parse(size.stdout) as { length: number }[])[0]!.length).toBe(TEXT.length);
    // spaces count for an SCP: 5,200 of them encode to 15,600 characters, over the 10,240 quota, but the policy is within it
    const padded = encodeURIComponent(TEXT.replace('{', `{${' '.repeat(5200)}`));
    const sized = run(['size', '--kind', 'scp', '-'], { input: padded });
    expect(sized.code, sized.stdout).toBe(0);
    expect(run(['lint', '--kind', 'scp', '-'], { input: padded }).code).toBe(0);
  });
});

describe('lint --format json|sarif lists an input it could not read (stdout was [] or a log without results: only the exit code told)', () => {
  it('not UTF-8 (INVALID_ENCODING, at the bad byte) and too large (INPUT_TOO_LARGE), beside the other files', () => {
    writeFileSync(at('latin1.json'), Buffer.concat([Buffer.from('{"Version":"2012-10-17","Statement":[{"Sid":"caf'), Buffer.from([0xe9]), Buffer.from('","Effect":"Allow","Action":"s3:GetObject","Resource":"*"}]}')]));
    const json = run(['lint', '--format', 'json', at('latin1.json'), at('policy.json')]);
    expect(json.code).toBe(2);
    expect(JSON.parse(json.stdout)).toEqual([
      expect.objectContaining({ file: at('latin1.json'), code: 'INVALID_ENCODING', severity: 'error', path: '', line: 1, column: 49, message: expect.stringContaining('not UTF-8 text (byte 0xE9') }),
    ]);
    const sarif = run(['lint', '--format', 'sarif', '-'], { input: Buffer.alloc(MAX_BYTES + 1, 0x20) });
    expect(sarif.code).toBe(2);
    const results = (JSON.parse(sarif.stdout) as { runs: [{ results: { ruleId: string; level: string }[] }] }).runs[0].results;
    expect(results).toEqual([expect.objectContaining({ ruleId: 'INPUT_TOO_LARGE', level: 'error' })]);
  });
});

describe('lint --format sarif marks its invocation failed when an input could not be read (the log looked like a complete run)', () => {
  // SARIF 2.1.0 §3.20.14: executionSuccessful is false when the tool could not complete its analysis
  type Log = { runs: [{ results: { ruleId: string }[]; invocations?: { executionSuccessful: boolean; exitCode: number; toolExecutionNotifications: { level: string; message: { text: string }; locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }[] }[] }] };
  it('an unreadable file and a file that is not JSON: executionSuccessful false, exit code 2, one error notification each', () => {
    writeFileSync(at('latin1-sarif.json'), Buffer.concat([Buffer.from('{"Version":"2012-10-17","Sid":"caf'), Buffer.from([0xe9]), Buffer.from('"}')]));
    writeFileSync(at('broken.json'), '{"Version": ');
    const r = run(['lint', '--format', 'sarif', at('latin1-sarif.json'), at('broken.json'), at('policy.json')]);
    expect(r.code).toBe(2);
    const run0 = (JSON.parse(r.stdout) as Log).runs[0];
    expect(run0.invocations).toHaveLength(1);
    const inv = run0.invocations![0]!;
    expect(inv).toMatchObject({ executionSuccessful: false, exitCode: 2 });
    expect(inv.toolExecutionNotifications.map((n) => [n.level, n.locations[0]!.physicalLocation.artifactLocation.uri])).toEqual([
      ['error', at('latin1-sarif.json')],
      ['error', at('broken.json')],
    ]);
    expect(inv.toolExecutionNotifications[0]!.message.text).toContain('not UTF-8');
    expect(inv.toolExecutionNotifications[1]!.message.text).toContain('JSON_SYNTAX');
  });
  it('a run that read every input is unchanged: no invocation object', () => {
    const r = run(['lint', '--format', 'sarif', at('policy.json')]);
    expect(r.code).toBe(0);
    expect((JSON.parse(r.stdout) as Log).runs[0].invocations).toBeUndefined();
  });
});

describe('input too large to be a policy', () => {
  it('a file over the bound is refused before it is read, naming it (exit 2; a 1 GiB file was read whole, then crashed with a stack trace)', () => {
    const big = at('huge.json');
    const fd = openSync(big, 'w');
    ftruncateSync(fd, 1024 * 1024 * 1024); // sparse: costs no disk
    closeSync(fd);
    for (const c of ['lint', 'size', 'fmt']) {
      const r = run([c, big]);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain(`${big}: 1073741824 bytes, too large to be a policy`);
      expect(r.stderr).toContain('INPUT_TOO_LARGE');
    }
    const sim = run(['simulate', '--policy', big, '--action', 's3:GetObject']);
    expect(sim.code).toBe(2);
    expect(sim.stderr).toContain('1073741824 bytes, too large');
  });

  it('a text within the byte bound but over the 16 MiB characters: advice the CLI user can act on (was: "raise the maxLength option", which the CLI does not have)', () => {
    const long = at('long.json');
    writeFileSync(long, JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 's3:GetObject', Resource: 'x'.repeat(17 * 1024 * 1024) }] }));
    const many = at('many.json');
    writeFileSync(many, JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: Array.from({ length: 150 }, (_, i) => i), Resource: '*' }] }));
    for (const c of ['lint', 'size', 'fmt']) {
      const r = run([c, long]);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain('that is far longer than any IAM policy quota allows; check that the input is one policy.');
      const m = run([c, many]);
      expect(m.stdout + m.stderr).toContain('... and 50 more problems (the first 100 are listed; fix them and check again).');
      expect(r.stderr + m.stdout + m.stderr).not.toMatch(/maxLength|maxIssues/);
    }
  });

  it('an endless stdin is read only past the bound, then refused (exit 2)', async () => {
    const child = spawn(process.execPath, [...command, 'lint', '-'], { stdio: ['pipe', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (c: string) => (stderr += c));
    child.stdin.on('error', () => {}); // EPIPE once the CLI stops reading
    const exited = new Promise<number | null>((resolve) => child.on('close', resolve));
    const chunk = Buffer.alloc(1024 * 1024, 0x20);
    let written = 0;
    let done = false;
    void exited.then(() => (done = true));
    // without the bound the CLI reads until the writer stops: stop at 4x the bound and end stdin
    while (!done && !child.stdin.destroyed && written < 4 * MAX_BYTES) {
      if (!child.stdin.write(chunk))
        await new Promise<void>((resolve) => {
          const go = () => {
            child.stdin.off('drain', go).off('close', go);
            resolve();
          };
          child.stdin.on('drain', go).on('close', go);
        });
      written += chunk.length;
    }
    if (!child.stdin.destroyed) child.stdin.end();
    expect(await exited).toBe(2);
    expect(stderr).toContain(`<stdin>: more than ${MAX_BYTES} bytes, too large to be a policy`);
    expect(written).toBeLessThan(4 * MAX_BYTES);
  }, 120_000);
});

describe('cdk check reads templates as the CLI reads policies', () => {
  const template = (policy: string) =>
    `{\n  "Resources": {\n    "P": {"Type": "AWS::IAM::Policy", "Properties": {"PolicyName": "p", "Roles": ["r"], ${policy}}}\n  }\n}\n`;
  const deny = '"PolicyDocument": {"Version": "2012-10-17", "Statement": [{"Effect": "Deny", "Action": "*", "Resource": "*"}]}';
  const passRole = '"PolicyDocument": {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "iam:PassRole", "Resource": "*"}]}';

  it('a byte-order mark is dropped (it was "not valid JSON: Unexpected token")', () => {
    writeFileSync(at('bom.template.json'), `\ufeff${template(passRole)}`);
    const r = run(['cdk', 'check', at('bom.template.json')]);
    expect(r.code, r.stderr).toBe(1);
    expect(r.stdout).toContain('PASS_ROLE_WITH_STAR_IN_RESOURCE');
  });

  it('JSON errors name file:line:column (they gave "at position 52"); not UTF-8 is named as such', () => {
    writeFileSync(at('syntax.template.json'), '{\n  "Resources": {\n    "P": {"Type": "AWS::IAM::Policy",}\n  }\n}\n');
    const r = run(['cdk', 'check', at('syntax.template.json')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`${at('syntax.template.json')}:3:38: not valid JSON`);
    expect(r.stderr).not.toContain('position');
    writeFileSync(at('latin1.template.json'), Buffer.concat([Buffer.from('{"Description":"caf'), Buffer.from([0xe9]), Buffer.from('","Resources":{}}')]));
    const latin = run(['cdk', 'check', at('latin1.template.json')]);
    expect(latin.code).toBe(2);
    // where, as for JSON errors and as the CLI names a policy file that is not UTF-8
    expect(latin.stderr).toContain(`${at('latin1.template.json')}:1:20: not UTF-8 text (byte 0xE9 at offset 19)`);
  });

  it('a key written twice is refused, not read as JSON.parse keeps the last (a Deny was dropped unseen: exit 1 on the Allow only)', () => {
    // CloudFormation does not document which of two equal keys it keeps: the safer reading refuses the template
    writeFileSync(at('dup.template.json'), template(`${deny}, ${passRole}`));
    const r = run(['cdk', 'check', at('dup.template.json')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`${at('dup.template.json')}:3:`);
    expect(r.stderr).toContain('the key "PolicyDocument" is written twice');
  });
});

describe('cdk check reads templates written in YAML', () => {
  const yaml = [
    'AWSTemplateFormatVersion: 2010-09-09',
    'Resources:',
    '  P:',
    '    Type: AWS::IAM::Policy',
    '    Properties:',
    '      PolicyName: p',
    '      Roles: [!Ref R]',
    '      PolicyDocument:',
    '        Version: 2012-10-17',
    '        Statement:',
    '          - Effect: Allow',
    '            Action: iam:PassRole',
    "            Resource: '*'",
    '',
  ].join('\n');

  it('checks it as its JSON form, SARIF at the line and column of the element (it was "not valid JSON")', () => {
    writeFileSync(at('template.yaml'), yaml);
    const r = run(['cdk', 'check', at('template.yaml')]);
    expect(r.code, r.stderr).toBe(1);
    expect(r.stdout).toContain('PASS_ROLE_WITH_STAR_IN_RESOURCE');
    const sarif = run(['cdk', 'check', '--format', 'sarif', at('template.yaml')]);
    const result = (JSON.parse(sarif.stdout) as { runs: [{ results: { ruleId: string; locations: { physicalLocation: { region: { startLine: number; startColumn: number } } }[] }[] }] }).runs[0].results.find((x) => x.ruleId === 'PASS_ROLE_WITH_STAR_IN_RESOURCE');
    expect(result?.locations[0]?.physicalLocation.region).toEqual({ startLine: 13, startColumn: 23 });
  });

  it('what CloudFormation does not read (an alias, another tool\'s tag) is refused at file:line:column, exit 2', () => {
    writeFileSync(at('alias.yaml'), yaml.replace("Resource: '*'", 'Resource: *all'));
    const r = run(['cdk', 'check', at('alias.yaml')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`${at('alias.yaml')}:13:23: not a YAML template CloudFormation reads: an alias ("*name"); CloudFormation does not support aliases`);
    writeFileSync(at('rain.yaml'), yaml.replace('[!Ref R]', '[!Rain::Ref R]'));
    expect(run(['cdk', 'check', at('rain.yaml')]).stderr).toContain(`${at('rain.yaml')}:7:15: not a YAML template CloudFormation reads: the tag !Rain::Ref`);
  });

  it('an AWS SAM template: the inline policies of a function are checked (it passed: "0 policies: no findings")', () => {
    const sam = 'Transform: AWS::Serverless-2016-10-31\nResources:\n  Fn:\n    Type: AWS::Serverless::Function\n    Properties:\n      Policies:\n        - S3ReadPolicy: {BucketName: b}\n        - Statement:\n            - {Effect: Allow, Action: s3:GetObjekt, Resource: "*"}\n';
    writeFileSync(at('sam.yaml'), sam);
    const r = run(['cdk', 'check', at('sam.yaml')]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('error INVALID_ACTION Policies[1].Statement[0].Action[0]');
    expect(r.stderr).toContain('1 template, 1 policy: 2 findings');
  });

  it('a nested stack named by a local path is read, with its parameters; one outside the template\'s directory or at a URL is not', () => {
    // aws cloudformation package: "TemplateURL ... the local file path of the nested stack template"; SAM: an application's Location may be a local path
    const nest = join(dir, 'nest');
    mkdirSync(join(nest, 'child'), { recursive: true });
    const policy = (action: string, resource: string) =>
      `    Type: AWS::IAM::ManagedPolicy\n    Properties:\n      PolicyDocument:\n        Version: 2012-10-17\n        Statement:\n          - {Effect: Allow, Action: ${action}, Resource: ${resource}}\n`;
    writeFileSync(join(nest, 'main.yaml'), 'Resources:\n  Child:\n    Type: AWS::CloudFormation::Stack\n    Properties:\n      TemplateURL: child/template.yaml\n      Parameters: {Bucket: b}\n  App:\n    Type: AWS::Serverless::Application\n    Properties:\n      Location: ./child/app.yaml\n  Outside:\n    Type: AWS::CloudFormation::Stack\n    Properties:\n      TemplateURL: ../outside.yaml\n  Remote:\n    Type: AWS::CloudFormation::Stack\n    Properties:\n      TemplateURL: https://s3.amazonaws.com/b/child/app.yaml\n');
    writeFileSync(join(nest, 'child', 'template.yaml'), `Parameters:\n  Bucket: {Type: String}\nResources:\n  P:\n${policy('s3:GetObjekt', '!Sub "arn:aws:s3:::${Bucket}/*"')}`);
    writeFileSync(join(nest, 'child', 'app.yaml'), `Resources:\n  Q:\n${policy('iam:PassRole', '"*"')}`);
    writeFileSync(join(dir, 'outside.yaml'), `Resources:\n  R:\n${policy('"*"', '"*"')}`);
    const r = run(['cdk', 'check', '--format', 'json', join(nest, 'main.yaml')]);
    expect(r.code).toBe(1);
    const findings = (JSON.parse(r.stdout) as { findings: { stack: string; code: string; logicalId: string }[] }).findings;
    expect(findings.map((f) => [f.stack.replace(/^.*main\.yaml/, 'main.yaml'), f.logicalId, f.code])).toEqual([
      ['main.yaml/Child', 'P', 'INVALID_ACTION'],
      ['main.yaml/App', 'Q', 'PASS_ROLE_WITH_STAR_IN_RESOURCE'],
    ]);
    expect(r.stderr).toContain('3 templates, 2 policies');
  });

  it("a Serverless Framework serverless.yml is no template: cdk check and lint say to check the template serverless package writes (cdk check passed it, 0 policies)", () => {
    const service = 'service: orders\nprovider:\n  name: aws\n  iam:\n    role:\n      statements:\n        - Effect: Allow\n          Action: s3:GetObjekt\n          Resource: "*"\nfunctions:\n  hello:\n    handler: h.hello\n';
    writeFileSync(at('serverless.yml'), service);
    const check = run(['cdk', 'check', at('serverless.yml')]);
    expect(check.code).toBe(2);
    expect(check.stderr).toContain('is a Serverless Framework service file, not a CloudFormation template: run serverless package and check the template it writes, typed-iam cdk check .serverless/cloudformation-template-update-stack.json');
    const lint = run(['lint', at('serverless.yml')]);
    expect(lint.code).toBe(2);
    expect(lint.stderr).toContain('is a Serverless Framework service file, not a policy');
    // keys that are no section of a template, and no Resources: not a template (CloudFormation refuses it)
    writeFileSync(at('other.json'), JSON.stringify({ policies: [] }));
    expect(run(['cdk', 'check', at('other.json')]).stderr).toContain('is not a CloudFormation template: it has no Resources, and "policies" is no section of one.');
    // a template of sections only (no resources yet) is still one
    writeFileSync(at('empty.yaml'), 'AWSTemplateFormatVersion: "2010-09-09"\nDescription: nothing yet\n');
    expect(run(['cdk', 'check', at('empty.yaml')]).code).toBe(0);
  });

  it('lint given a YAML template says to check it with cdk check', () => {
    writeFileSync(at('template.yaml'), yaml);
    const r = run(['lint', at('template.yaml')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`${at('template.yaml')} is a CloudFormation template, not a policy: check the policies in it with typed-iam cdk check`);
  });
});

describe('JSON that holds a policy instead of being one', () => {
  it('says where the policy is: a CloudFormation template, a Terraform plan, a whole AWS CLI response (the findings alone said "Unknown element")', () => {
    const cases: [object, string][] = [
      [{ AWSTemplateFormatVersion: '2010-09-09', Resources: {} }, 'is a CloudFormation template, not a policy: check the policies in it with typed-iam cdk check'],
      [{ PolicyVersion: { Document: JSON.parse(TEXT) as object, VersionId: 'v1' } }, '--query PolicyVersion.Document --output json'],
      [{ Policy: TEXT }, '--query Policy --output json'],
      // aws organizations describe-policy: the SCP is the text of Policy.Content (it said --query Policy, an object)
      [{ Policy: { PolicySummary: { Id: 'p-1', Type: 'SERVICE_CONTROL_POLICY' }, Content: TEXT } }, '--query Policy.Content --output text and lint it with --kind scp'],
      [{ Policy: { PolicySummary: { Id: 'p-2', Type: 'RESOURCE_CONTROL_POLICY' }, Content: TEXT } }, '--query Policy.Content --output text and lint it with --kind rcp'],
    ];
    for (const [value, hint] of cases) {
      writeFileSync(at('container.json'), JSON.stringify(value));
      const lint = run(['lint', '--format', 'json', at('container.json')]);
      expect(lint.code).toBe(1);
      expect(lint.stderr).toContain(hint);
      expect(() => JSON.parse(lint.stdout) as unknown).not.toThrow();
      const size = run(['size', at('container.json')]);
      expect(size.code).toBe(2);
      expect(size.stderr).toContain(hint);
    }
    // a policy with an unknown element gets no such hint
    writeFileSync(at('odd.json'), JSON.stringify({ ...(JSON.parse(TEXT) as object), Policy: 'x' }));
    expect(run(['lint', at('odd.json')]).stderr).not.toContain('--query');
  });
});

describe('lint of a whole account (aws iam get-account-authorization-details)', () => {
  const details = {
    UserDetailList: [],
    RoleDetailList: [
      {
        RoleName: 'deployer',
        Arn: 'arn:aws:iam::111122223333:role/deployer',
        AssumeRolePolicyDocument: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { Service: 'codebuild.amazonaws.com' }, Action: 'sts:AssumeRole' }] },
        RolePolicyList: [{ PolicyName: 'p', PolicyDocument: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 'iam:PassRole', Resource: '*' }] } }],
      },
    ],
    Policies: [],
  };

  it('lints each policy as its kind, at its line in the file (it said Unknown element "UserDetailList")', () => {
    const text = JSON.stringify(details, null, 2);
    writeFileSync(at('account.json'), text);
    const r = run(['lint', at('account.json')]);
    expect(r.code).toBe(1);
    const line = text.split('\n').findIndex((l) => l.includes('"Resource": "*"')) + 1;
    expect(r.stdout).toContain(`account.json:${line}:`);
    expect(r.stdout).toContain('security PASS_ROLE_WITH_STAR_IN_RESOURCE RoleDetailList[0].RolePolicyList[0].PolicyDocument.Statement[0].Resource[0]');
    expect(r.stdout).not.toContain('UNKNOWN_ELEMENT');
    expect(r.stderr).toContain('1 file: 1 finding');
  });

  it('the commands that take one policy say what the file is and how to select one', () => {
    writeFileSync(at('account.json'), JSON.stringify(details));
    const r = run(['size', at('account.json')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('is the output of aws iam get-account-authorization-details, not a policy: typed-iam lint');
  });

  it('--kind, --target and --limit do not apply: a usage error (exit 2)', () => {
    writeFileSync(at('account.json'), JSON.stringify(details));
    const r = run(['lint', '--kind', 'identity', at('account.json')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('is the output of aws iam get-account-authorization-details: each of its policies is linted as its kind');
  });
});

describe('lint of a Terraform plan or state (terraform show -json)', () => {
  const policy = (statement: object) => JSON.stringify({ Version: '2012-10-17', Statement: [statement] });
  const plan = {
    format_version: '1.2',
    terraform_version: '1.9.5',
    resource_changes: [
      {
        address: 'module.ci.aws_iam_role.deployer',
        module_address: 'module.ci',
        mode: 'managed',
        type: 'aws_iam_role',
        name: 'deployer',
        change: { actions: ['create'], after: { name: 'deployer', assume_role_policy: policy({ Effect: 'Allow', Principal: { Service: 'codebuild.amazonaws.com' }, Action: 'sts:AssumeRole' }) }, after_unknown: { arn: true } },
      },
      {
        address: 'module.ci.aws_iam_role_policy.pass',
        module_address: 'module.ci',
        mode: 'managed',
        type: 'aws_iam_role_policy',
        name: 'pass',
        change: { actions: ['create'], after: { name: 'pass', role: 'deployer', policy: policy({ Effect: 'Allow', Action: 'iam:PassRole', Resource: '*' }) }, after_unknown: { id: true } },
      },
    ],
  };

  it('lints each policy as its resource type gives it, at its resource address (it said Unknown element "format_version")', () => {
    writeFileSync(at('plan.json'), JSON.stringify(plan, null, 2));
    const r = run(['lint', at('plan.json')]);
    expect(r.code).toBe(1);
    // the finding is in a JSON string of the plan: the address locates it, a line would not
    expect(r.stdout).toBe(`${at('plan.json')} security PASS_ROLE_WITH_STAR_IN_RESOURCE module.ci.aws_iam_role_policy.pass.policy.Statement[0].Resource[0]: ` + r.stdout.split(': ').slice(1).join(': '));
    expect(r.stdout).not.toContain('UNKNOWN_ELEMENT');
    expect(r.stderr).toContain('1 file: 1 finding');
    const json = run(['lint', '--format', 'json', at('plan.json')]);
    expect(JSON.parse(json.stdout)).toEqual([expect.objectContaining({ code: 'PASS_ROLE_WITH_STAR_IN_RESOURCE', path: 'module.ci.aws_iam_role_policy.pass.policy.Statement[0].Resource[0]' })]);
    expect(json.stdout).not.toContain('"line"');
  });

  it('the commands that take one policy say what the file is and how to select one', () => {
    writeFileSync(at('plan.json'), JSON.stringify(plan));
    const r = run(['size', at('plan.json')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('is a Terraform plan or state (terraform show -json): typed-iam lint');
  });

  it('--kind, --target and --limit do not apply: a usage error (exit 2)', () => {
    writeFileSync(at('plan.json'), JSON.stringify(plan));
    const r = run(['lint', '--target', 'managed', at('plan.json')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('is a Terraform plan or state: each of its policies is linted as the kind');
  });

  it('--max-managed-policies and --trust-policy-limit give raised quotas', () => {
    const attachments = Array.from({ length: 12 }, (_, i) => ({
      address: `aws_iam_role_policy_attachment.a${i}`,
      mode: 'managed',
      type: 'aws_iam_role_policy_attachment',
      name: `a${i}`,
      change: { actions: ['create'], after: { role: 'deployer', policy_arn: `arn:aws:iam::aws:policy/P${i}` }, after_unknown: { id: true } },
    }));
    writeFileSync(at('attach.json'), JSON.stringify({ ...plan, resource_changes: attachments }));
    const over = run(['lint', at('attach.json')]);
    expect(over.code).toBe(1);
    expect(over.stdout).toContain('error MANAGED_POLICIES_QUOTA_EXCEEDED aws_iam_role_policy_attachment.a0.policy_arn: role "deployer" has 12 managed policies attached');
    expect(run(['lint', '--max-managed-policies', '20', at('attach.json')]).code).toBe(0);
    // and the role trust policy quota, when raised
    const principals = Array.from({ length: 60 }, (_, i) => `arn:aws:iam::111122223333:role/deployer-${i}`);
    const role = { ...plan.resource_changes[0]!, change: { actions: ['create'], after: { name: 'deployer', arn: 'arn:aws:iam::111122223333:role/deployer', assume_role_policy: JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { AWS: principals }, Action: 'sts:AssumeRole' }] }) }, after_unknown: {} } };
    writeFileSync(at('trust.json'), JSON.stringify({ ...plan, resource_changes: [role] }));
    expect(run(['lint', '--fail-on', 'warning', at('trust.json')]).stdout).toContain('POLICY_SIZE_EXCEEDS_ROLE_TRUST_POLICY_QUOTA');
    expect(run(['lint', '--fail-on', 'warning', '--trust-policy-limit', '4096', at('trust.json')]).code).toBe(0);
    const bad = run(['lint', '--max-managed-policies', '0', at('attach.json')]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--max-managed-policies');
  });

  it('a format_version of another major version is refused (exit 2), as Terraform asks of readers', () => {
    writeFileSync(at('plan2.json'), JSON.stringify({ ...plan, format_version: '2.0' }));
    const r = run(['lint', '--format', 'json', at('plan2.json')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('format_version "2.0" is a Terraform JSON output format typed-iam does not read');
    expect(r.stderr).toContain('[UNSUPPORTED_FORMAT]');
    expect(JSON.parse(r.stdout)).toEqual([expect.objectContaining({ code: 'UNSUPPORTED_FORMAT', severity: 'error' })]);
  });
});

describe('cdk diff of a construct on one side only, and of two template files', () => {
  const app = (roles: Record<string, string[]>) => ({
    Resources: Object.fromEntries(
      Object.entries(roles).flatMap(([role, actions]) => [
        [role, { Type: 'AWS::IAM::Role', Properties: { AssumeRolePolicyDocument: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { Service: 'lambda.amazonaws.com' }, Action: 'sts:AssumeRole' }] } } }],
        [`${role}Policy`, { Type: 'AWS::IAM::Policy', Properties: { PolicyName: 'p', Roles: [{ Ref: role }], PolicyDocument: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: actions, Resource: '*' }] } } }],
      ]),
    ),
  });

  it('a new role lists its access as added, a removed one as removed (both were "? not every request could be compared: Invalid policy")', () => {
    writeFileSync(at('before.json'), JSON.stringify(app({ Worker: ['s3:GetObject'] })));
    writeFileSync(at('after.json'), JSON.stringify(app({ Worker: ['s3:GetObject'], Admin: ['iam:PassRole'] })));
    const r = run(['cdk', 'diff', '--format', 'json', at('before.json'), at('after.json')]);
    expect(r.code).toBe(1);
    const changes = JSON.parse(r.stdout) as { construct: string; what: string; complete: boolean; added: { actions: string[] }[]; removed: unknown[] }[];
    // the two files are one stack in two versions: Worker is unchanged, so not listed
    expect(changes.map((c) => [c.construct, c.what, c.complete, c.added.flatMap((a) => a.actions)])).toEqual([
      ['Admin', 'permissions', true, ['iam:PassRole']],
      ['Admin', 'trust', true, ['sts:AssumeRole']],
    ]);
    const back = JSON.parse(run(['cdk', 'diff', '--format', 'json', at('after.json'), at('before.json')]).stdout) as typeof changes;
    expect(back.map((c) => [c.construct, c.complete, c.added.length, c.removed.length])).toEqual([
      ['Admin', true, 0, 1],
      ['Admin', true, 0, 1],
    ]);
    expect(run(['cdk', 'diff', at('before.json'), at('before.json')]).code).toBe(0);
  });
});
