/**
 * Build + emit a 1,000-statement policy: typed-iam against `JSON.stringify` of the same plain
 * object, and against aws-cdk-lib's PolicyDocument and iam-floyd when they are installed, in the
 * same process run. Target: at most 2x JSON.stringify (not met since the document is frozen when
 * the policy is made: 3.4x wall, 3.3-3.6x CPU, of which freezing 0.65x and the emitted tree 0.45x;
 * see docs/architecture.md, Build speed).
 */
// the built package, as users run it (not the TypeScript sources through a transform)
import { allow, policy, SIZE_TARGETS } from 'typed-iam';
import { compare, report } from './harness.js';

const N = 1000;
// the document is larger than any AWS quota: measure the work, not the limit
const unlimited = { ...SIZE_TARGETS['iam-api'], limit: Number.MAX_SAFE_INTEGER };
const arn = (i: number) => `arn:aws:s3:::bucket-${i}/*`;

function plainObject() {
  const Statement = [];
  for (let i = 0; i < N; i++) {
    Statement.push({
      Sid: `S${i}`,
      Effect: 'Allow',
      Action: ['s3:GetObject', 's3:PutObject'],
      Resource: arn(i),
      Condition: { StringEquals: { 'aws:PrincipalOrgID': `o-${i}` } },
    });
  }
  return { Version: '2012-10-17', Statement };
}

function typedIam(): string {
  const statements = [];
  for (let i = 0; i < N; i++) {
    statements.push(
      allow('s3:GetObject', 's3:PutObject').on(arn(i) as `arn:${string}`).when('StringEquals', 'aws:PrincipalOrgID', `o-${i}`).sid(`S${i}`),
    );
  }
  return (policy.identity as (...s: unknown[]) => ReturnType<typeof policy.identity>)(...statements).toString({ target: unlimited });
}

const BASELINE = 'JSON.stringify (plain object built in the loop)';
const contenders: [string, () => unknown][] = [
  [BASELINE, () => JSON.stringify(plainObject())],
  ['typed-iam build + toString', typedIam],
];

try {
  const iam = await import('aws-cdk-lib/aws-iam');
  contenders.push([
    'aws-cdk-lib PolicyDocument',
    () => {
      const doc = new iam.PolicyDocument();
      for (let i = 0; i < N; i++) {
        doc.addStatements(
          new iam.PolicyStatement({
            sid: `S${i}`,
            actions: ['s3:GetObject', 's3:PutObject'],
            resources: [arn(i)],
            conditions: { StringEquals: { 'aws:PrincipalOrgID': `o-${i}` } },
          }),
        );
      }
      return JSON.stringify(doc.toJSON());
    },
  ]);
} catch {
  console.log('(aws-cdk-lib not installed: skipped)');
}

try {
  const { Statement } = await import('iam-floyd');
  contenders.push([
    'iam-floyd',
    () => {
      const list = [];
      for (let i = 0; i < N; i++) list.push(new Statement.S3(`S${i}`).allow().toGetObject().toPutObject().on(arn(i)).ifAwsPrincipalOrgID(`o-${i}`).toJSON());
      return JSON.stringify({ Version: '2012-10-17', Statement: list });
    },
  ]);
} catch (e) {
  console.log(`(iam-floyd not available: ${(e as Error).message})`);
}

// interleaved rounds: every ratio compares times taken under the same machine conditions
report(compare(contenders, BASELINE), BASELINE, { 'typed-iam build + toString': 2 });
