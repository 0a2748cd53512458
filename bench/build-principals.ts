/**
 * Build + emit a 1,000-statement resource policy whose every statement names principals (an
 * account, a role and a service): what `.by(...)` costs, which bench/build-emit.ts (no principals)
 * does not show. typed-iam checks each principal twice, once in the helper that makes it and once
 * in `.by(...)` (the one `isPrincipalValue` rule, which also covers objects written by hand).
 * Compared with `JSON.stringify` of the same plain object, aws-cdk-lib's PolicyDocument and
 * iam-floyd, in the same process run. No target of its own: the build + emit target is
 * bench/build-emit.ts's; this file shows how far principals move the ratio from it.
 */
// the built package, as users run it (not the TypeScript sources through a transform)
import { allow, policy, principal, SIZE_TARGETS, type PrincipalValue } from 'typed-iam';
import { addPeer, compare, report } from './harness.js';

const N = 1000;
// the document is larger than any AWS quota: measure the work, not the limit
const unlimited = { ...SIZE_TARGETS['iam-api'], limit: Number.MAX_SAFE_INTEGER };
const account = (i: number) => String(100000000000 + i);
const roleArn = (i: number) => `arn:aws:iam::${account(i)}:role/reader-${i}`;
const arn = (i: number) => `arn:aws:s3:::bucket/${i}/*`;

function plainObject() {
  const Statement = [];
  for (let i = 0; i < N; i++) {
    Statement.push({
      Sid: `S${i}`,
      Effect: 'Allow',
      Principal: { AWS: [`arn:aws:iam::${account(i)}:root`, roleArn(i)], Service: 'lambda.amazonaws.com' },
      Action: 's3:GetObject',
      Resource: arn(i),
    });
  }
  return { Version: '2012-10-17', Statement };
}

/** typed-iam's policy, each statement's principals made by `principals(i)`. */
function typedIam(principals: (i: number) => PrincipalValue[]): string {
  const statements = [];
  for (let i = 0; i < N; i++)
    statements.push(
      allow('s3:GetObject')
        .on(arn(i) as `arn:${string}`)
        .by(...principals(i))
        .sid(`S${i}`),
    );
  return (policy.resource as (...s: unknown[]) => ReturnType<typeof policy.resource>)(...statements).toString({ target: unlimited });
}

const helpers = (i: number): PrincipalValue[] => [principal.account(account(i)), principal.role(roleArn(i)), principal.service('lambda.amazonaws.com')];
// principals given as data (objects written by hand), checked by form in `.by(...)` only
const byHand = (i: number): PrincipalValue[] => [
  { type: 'AWS', value: `arn:aws:iam::${account(i)}:root` },
  { type: 'AWS', value: roleArn(i) },
  { type: 'Service', value: 'lambda.amazonaws.com' },
];

const BASELINE = 'JSON.stringify (plain object built in the loop)';
const contenders: [string, () => unknown][] = [
  [BASELINE, () => JSON.stringify(plainObject())],
  ['typed-iam build + toString, principal helpers', () => typedIam(helpers)],
  ['typed-iam build + toString, principals by hand', () => typedIam(byHand)],
];

await addPeer(contenders, 'aws-cdk-lib PolicyDocument', () => import('aws-cdk-lib/aws-iam'), (iam) => {
  const lambda = new iam.ServicePrincipal('lambda.amazonaws.com');
  return () => {
    const doc = new iam.PolicyDocument();
    for (let i = 0; i < N; i++) {
      doc.addStatements(
        new iam.PolicyStatement({
          sid: `S${i}`,
          actions: ['s3:GetObject'],
          resources: [arn(i)],
          principals: [new iam.AccountPrincipal(account(i)), new iam.ArnPrincipal(roleArn(i)), lambda],
        }),
      );
    }
    return JSON.stringify(doc.toJSON());
  };
});

await addPeer(contenders, 'iam-floyd', () => import('iam-floyd'), ({ Statement }) =>
  () => {
    const list = [];
    for (let i = 0; i < N; i++)
      list.push(new Statement.S3(`S${i}`).allow().toGetObject().on(arn(i)).forAccount(account(i)).forRole(account(i), `reader-${i}`).forService('lambda.amazonaws.com').toJSON());
    return JSON.stringify({ Version: '2012-10-17', Statement: list });
  },
);

// interleaved rounds: every ratio compares times taken under the same machine conditions
report(compare(contenders, BASELINE), BASELINE);
