/** AWS SDK for JavaScript v3: the IAM client receives typed-iam's exact text and returns text parsePolicy reads. */
import {
  CreatePolicyCommand,
  CreateRoleCommand,
  GetPolicyVersionCommand,
  GetRoleCommand,
  IAMClient,
  PutRolePolicyCommand,
} from '@aws-sdk/client-iam';
import { mockClient } from 'aws-sdk-client-mock';
import { afterEach, describe, expect, it } from 'vitest';
import { allow, policy, principal } from '../../src/index.js';
import { parsePolicy } from '../../src/parse/index.js';

const iamMock = mockClient(IAMClient);
afterEach(() => iamMock.reset());

const client = new IAMClient({ region: 'us-east-1', credentials: { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'secret' } });

const trust = policy.trust(allow('sts:AssumeRole').by(principal.service('lambda.amazonaws.com')));
const permissions = policy.identity(
  allow('logs:CreateLogStream', 'logs:PutLogEvents').on('arn:aws:logs:eu-west-1:111122223333:log-group:/aws/lambda/orders:*'),
  allow('s3:GetObject').on('arn:aws:s3:::acme-reports/${aws:username}/*').when('IpAddress', 'aws:SourceIp', '203.0.113.0/24'),
);

describe('@aws-sdk/client-iam', () => {
  it('CreateRole and CreatePolicy receive the exact JSON text of toString()', async () => {
    iamMock.on(CreateRoleCommand).resolves({});
    iamMock.on(CreatePolicyCommand).resolves({});
    await client.send(new CreateRoleCommand({ RoleName: 'orders', AssumeRolePolicyDocument: trust.toString() }));
    await client.send(new CreatePolicyCommand({ PolicyName: 'orders', PolicyDocument: permissions.toString() }));
    expect(iamMock.commandCalls(CreateRoleCommand)[0]!.args[0].input.AssumeRolePolicyDocument).toBe(trust.toString());
    expect(iamMock.commandCalls(CreatePolicyCommand)[0]!.args[0].input.PolicyDocument).toBe(permissions.toString());
    expect(JSON.parse(permissions.toString())).toEqual(permissions.toJSON());
  });

  it('PutRolePolicy takes the pretty form checked against the inline-role target', async () => {
    iamMock.on(PutRolePolicyCommand).resolves({});
    const text = permissions.toString({ pretty: true, target: 'inline-role' });
    await client.send(new PutRolePolicyCommand({ RoleName: 'orders', PolicyName: 'inline', PolicyDocument: text }));
    expect(iamMock.commandCalls(PutRolePolicyCommand)[0]!.args[0].input.PolicyDocument).toBe(text);
  });

  it('parsePolicy reads the URL-encoded documents IAM returns', async () => {
    iamMock.on(GetPolicyVersionCommand).resolves({ PolicyVersion: { Document: encodeURIComponent(permissions.toString()), VersionId: 'v1', IsDefaultVersion: true } });
    iamMock.on(GetRoleCommand).resolves({
      Role: { RoleName: 'orders', Path: '/', RoleId: 'AROAEXAMPLE', Arn: 'arn:aws:iam::111122223333:role/orders', CreateDate: new Date(0), AssumeRolePolicyDocument: encodeURIComponent(trust.toString({ pretty: true })) },
    });
    const version = await client.send(new GetPolicyVersionCommand({ PolicyArn: 'arn:aws:iam::111122223333:policy/orders', VersionId: 'v1' }));
    const role = await client.send(new GetRoleCommand({ RoleName: 'orders' }));
    const readPermissions = parsePolicy(version.PolicyVersion!.Document!, { kind: 'identity' });
    const readTrust = parsePolicy(role.Role!.AssumeRolePolicyDocument!, { kind: 'trust' });
    expect(readPermissions.toJSON()).toEqual(permissions.toJSON());
    expect(readPermissions.toString()).toBe(permissions.toString());
    expect(readTrust.toJSON()).toEqual(trust.toJSON());
  });
});
