/**
 * An AWS SDK v3 script that deploys a Lambda function's role from typed policies: it creates the
 * role (or updates the trust policy of the one that exists), puts the inline permissions policy
 * measured against the inline-role quota, then reads back what IAM stored (URL-encoded) and
 * checks it is what was sent. With AWS credentials:
 *
 *   npx tsx examples/sdk-deploy-role.ts orders-api 123456789012 eu-west-1
 *
 * `npm test` runs `deployRole` against a mocked IAM client (test/docs/examples.test.ts).
 */
import { fileURLToPath } from 'node:url';
import {
  CreateRoleCommand,
  EntityAlreadyExistsException,
  GetRolePolicyCommand,
  IAMClient,
  PutRolePolicyCommand,
  UpdateAssumeRolePolicyCommand,
} from '@aws-sdk/client-iam';
import { allow, inlineSize, parsePolicy, policy, principal } from 'typed-iam';

/** Who may assume the role: the Lambda service, nobody else. */
export const lambdaTrust = policy.trust(allow('sts:AssumeRole').by(principal.service('lambda.amazonaws.com')).sid('LambdaAssume'));

/** What the function may do: write its own logs and read and write its own table. */
export function functionPermissions(name: string, account: string, region: string) {
  const logGroup = `arn:aws:logs:${region}:${account}:log-group:/aws/lambda/${name}`;
  const table = `arn:aws:dynamodb:${region}:${account}:table/${name}`;
  return policy.identity(
    allow('logs:CreateLogStream', 'logs:PutLogEvents').on(`${logGroup}:*`).sid('WriteLogs'),
    allow('dynamodb:GetItem', 'dynamodb:Query', 'dynamodb:PutItem', 'dynamodb:UpdateItem').on(table, `${table}/index/*`).sid('OwnTable'),
  );
}

/** The permissions of the orders-api function (what `npm run demo` prints). */
export const ordersApiPermissions = functionPermissions('orders-api', '123456789012', 'eu-west-1');

/** The role of function `name`, deployed with `client`; says whether it was created and what IAM stored. */
export async function deployRole(client: IAMClient, name: string, account: string, region: string): Promise<{ created: boolean; stored: string }> {
  const permissions = functionPermissions(name, account, region);
  // every inline policy of a role shares one 10,240-character budget: this is the only one here
  const budget = inlineSize('inline-role', [permissions]);
  if (!budget.fits) throw new Error(`${name}: the inline policies are ${budget.over} characters over the role's quota`);

  let created = true;
  try {
    await client.send(new CreateRoleCommand({ RoleName: name, AssumeRolePolicyDocument: lambdaTrust.toString() }));
  } catch (e) {
    if (!(e instanceof EntityAlreadyExistsException)) throw e;
    created = false;
    await client.send(new UpdateAssumeRolePolicyCommand({ RoleName: name, PolicyDocument: lambdaTrust.toString() }));
  }
  await client.send(new PutRolePolicyCommand({ RoleName: name, PolicyName: 'function', PolicyDocument: permissions.toString({ target: 'inline-role' }) }));

  // IAM returns the document URL-encoded; parsePolicy decodes it
  const { PolicyDocument } = await client.send(new GetRolePolicyCommand({ RoleName: name, PolicyName: 'function' }));
  const stored = parsePolicy(PolicyDocument ?? '', { kind: 'identity' }).toString();
  if (stored !== permissions.toString()) throw new Error(`${name}: IAM stored another policy than the one sent:\n${stored}`);
  return { created, stored };
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) {
  const [name = 'orders-api', account = '123456789012', region = 'eu-west-1'] = process.argv.slice(2);
  const { created } = await deployRole(new IAMClient({ region }), name, account, region);
  console.log(`${created ? 'created' : 'updated'} role ${name}`);
}
