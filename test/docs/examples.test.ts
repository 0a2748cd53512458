/**
 * examples/: `npm run demo` (the README's first command) prints every example policy with its size
 * against its target, and the SDK example deploys a role through a mocked IAM client. The
 * examples import 'typed-iam' as a user would, so they run against dist/.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import {
  CreateRoleCommand,
  EntityAlreadyExistsException,
  GetRolePolicyCommand,
  IAMClient,
  PutRolePolicyCommand,
  UpdateAssumeRolePolicyCommand,
} from '@aws-sdk/client-iam';
import { mockClient } from 'aws-sdk-client-mock';
import { afterEach, describe, expect, it } from 'vitest';
import { root } from '../../scripts/entries.mjs';

const built = existsSync(join(root, 'dist', 'index.js'));
const examples = readdirSync(join(root, 'examples')).filter((f) => f.endsWith('.ts')).sort();

describe.skipIf(!built)('npm run demo', () => {
  it('prints each example policy with its size against its target, none over', () => {
    const r = spawnSync(process.execPath, ['--import', 'tsx', join(root, 'scripts', 'demo.ts')], { cwd: root, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' }, timeout: 120_000 });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const headers = [...r.stdout.matchAll(/^# (\S+) \/ (\w+) \((\w+) policy\)$/gm)].map((m) => m[1]);
    // every example file shows at least one policy
    expect([...new Set(headers)].sort()).toEqual(examples.map((f) => f.replace(/\.ts$/, '')));
    const sizes = [...r.stdout.matchAll(/^ {2}size: (\d+) of (\d+) (characters|bytes) for target '([\w-]+)' — fits, (\d+) left$/gm)];
    expect(sizes).toHaveLength(headers.length);
    for (const [, length, limit, , , left] of sizes) expect(Number(length) + Number(left)).toBe(Number(limit));
    expect(r.stdout).toContain(`${headers.length} policies from ${join(root, 'examples')}, 0 over their target.`);
  }, 180_000);
});

describe.skipIf(!built)('examples/sdk-deploy-role.ts', () => {
  const iam = mockClient(IAMClient);
  afterEach(() => iam.reset());
  const client = new IAMClient({ region: 'eu-west-1', credentials: { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'secret' } });
  // IAM returns a stored document URL-encoded
  const storeWhatIsPut = () =>
    iam.on(GetRolePolicyCommand).callsFake(() => ({ RoleName: 'orders-api', PolicyName: 'function', PolicyDocument: encodeURIComponent(iam.commandCalls(PutRolePolicyCommand)[0]!.args[0].input.PolicyDocument!) }));

  it('creates the role with the typed trust policy and puts the permissions IAM then returns', async () => {
    const { deployRole, lambdaTrust, ordersApiPermissions } = await import('../../examples/sdk-deploy-role.js');
    iam.on(CreateRoleCommand).resolves({});
    iam.on(PutRolePolicyCommand).resolves({});
    storeWhatIsPut();
    const r = await deployRole(client, 'orders-api', '123456789012', 'eu-west-1');
    expect(r.created).toBe(true);
    expect(iam.commandCalls(CreateRoleCommand)[0]!.args[0].input.AssumeRolePolicyDocument).toBe(lambdaTrust.toString());
    expect(iam.commandCalls(PutRolePolicyCommand)[0]!.args[0].input.PolicyDocument).toBe(ordersApiPermissions.toString());
    expect(r.stored).toBe(ordersApiPermissions.toString());
  });

  it('updates the trust policy of a role that exists', async () => {
    const { deployRole, lambdaTrust } = await import('../../examples/sdk-deploy-role.js');
    iam.on(CreateRoleCommand).rejects(new EntityAlreadyExistsException({ message: 'Role with name orders-api already exists.', $metadata: {} }));
    iam.on(UpdateAssumeRolePolicyCommand).resolves({});
    iam.on(PutRolePolicyCommand).resolves({});
    storeWhatIsPut();
    const r = await deployRole(client, 'orders-api', '123456789012', 'eu-west-1');
    expect(r.created).toBe(false);
    expect(iam.commandCalls(UpdateAssumeRolePolicyCommand)[0]!.args[0].input.PolicyDocument).toBe(lambdaTrust.toString());
  });

  it('fails when IAM stored another document than the one sent', async () => {
    const { deployRole } = await import('../../examples/sdk-deploy-role.js');
    iam.on(CreateRoleCommand).resolves({});
    iam.on(PutRolePolicyCommand).resolves({});
    iam.on(GetRolePolicyCommand).resolves({ PolicyDocument: encodeURIComponent('{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"*","Resource":"*"}]}') });
    await expect(deployRole(client, 'orders-api', '123456789012', 'eu-west-1')).rejects.toThrow('IAM stored another policy');
  });
});

describe.skipIf(!built)('examples/platform-access-requests.ts', () => {
  it('provisions a request within the boundary, refuses one beyond it and one with a misspelt action', async () => {
    const { provision, paymentsAccess, teamBoundary } = await import('../../examples/platform-access-requests.js');
    expect(paymentsAccess?.kind).toBe('identity');
    expect(teamBoundary.kind).toBe('boundary');
    const ok = provision({ team: 'Docs', actions: ['s3:GetObject', 's3:ListBucket'], buckets: ['acme-docs'] });
    expect('policies' in ok && ok.policies.every((p) => p.size('managed').fits)).toBe(true);
    const beyond = provision({ team: 'Docs', actions: ['s3:GetObject', 's3:DeleteObject'], buckets: ['acme-docs'] });
    expect('refused' in beyond && beyond.refused.toLowerCase()).toContain('s3:deleteobject on arn:aws:s3:::acme-docs');
    const outside = provision({ team: 'Docs', actions: ['s3:GetObject'], buckets: ['partner-drop'] });
    expect('refused' in outside && outside.refused).toContain('beyond the team boundary');
    const typo = provision({ team: 'Docs', actions: ['s3:GetObjekt'], buckets: ['acme-docs'] });
    expect('refused' in typo && typo.refused).toContain('Did you mean "s3:GetObject"');
  }, 60_000);
});
