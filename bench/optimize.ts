/**
 * Optimizer benchmark: `npx tsx bench/optimize.ts`.
 * 1. minimize + compress every Read and List action of ec2 (goal: at most 5 ms), versus
 *    iam-floyd's `compact()` on the same actions when iam-floyd is installed.
 * 2. split a 1,000-statement policy into managed policies (exact counting), versus
 *    JSON.stringify of the same policy (the least any exact count must do), and planRole on the
 *    same statements; when aws-cdk-lib is installed, CDK's Role synthesis (which splits by an
 *    estimate) for comparison of sizes.
 * Catalog loading is done before timing (it is a one-time lazy load).
 */
import { createRequire } from 'node:module';
import { actionInfo, expandActions } from '../src/catalog/index.js';
import type { Statement } from '../src/model/policy-document.js';
import { createPolicy } from '../src/policy/policy.js';
import { minimize, planRole, split } from '../src/optimize/index.js';
import { report, timeIt, type Result } from './harness.js';

const require = createRequire(import.meta.url);

// ---- 1. minimize + compress ec2 Read + List ----
const ec2 = expandActions('ec2:*').filter((a) => {
  const level = actionInfo(a)?.accessLevel;
  return level === 'Read' || level === 'List';
});
const readList = createPolicy('identity', { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: ec2, Resource: ['*'] }] });
const compressed = minimize(readList, { compressActions: true });
const perLevel = minimize(readList, { compressActions: { withinAccessLevel: true } });
console.log(`ec2 Read + List: ${ec2.length} actions, ${readList.size('managed').length} characters`);
console.log(`  compressed: ${compressed.statements[0]!.Action!.length} entries, ${compressed.size('managed').length} characters`);
console.log(`  within one access level: ${perLevel.statements[0]!.Action!.length} entries, ${perLevel.size('managed').length} characters`);

const results: Result[] = [
  // enough warm-up for the JIT; the median of many samples resists load from other processes
  timeIt('typed-iam minimize + compressActions', () => minimize(readList, { compressActions: true }), { warmup: 30, samples: 101 }),
  timeIt('typed-iam minimize + compress (withinAccessLevel)', () => minimize(readList, { compressActions: { withinAccessLevel: true } }), { warmup: 30, samples: 101 }),
];

interface FloydStatement {
  allow(): FloydStatement;
  allReadActions(): FloydStatement;
  allListActions(): FloydStatement;
  compact(): FloydStatement;
  toJSON(): { Action: string[] };
}
let floyd: { Statement: { Ec2: new () => FloydStatement } } | undefined;
try {
  floyd = require('iam-floyd') as typeof floyd;
} catch {
  floyd = undefined;
}
if (floyd !== undefined) {
  const Ec2 = floyd.Statement.Ec2;
  const out = new Ec2().allow().allReadActions().allListActions().compact().toJSON();
  console.log(`  iam-floyd compact(): ${out.Action.length} entries, ${JSON.stringify(out).length} characters (statement only)`);
  results.push(timeIt('iam-floyd allRead+allList+compact()', () => new Ec2().allow().allReadActions().allListActions().compact().toJSON(), { warmup: 1, samples: 3 }));
  report(results, 'iam-floyd allRead+allList+compact()');
  console.log(`  iam-floyd / typed-iam: ${(results[2]!.medianMs / results[0]!.medianMs).toFixed(0)}x (same process)`);
} else {
  console.log('  iam-floyd is not installed: no peer figure');
  report(results, 'typed-iam minimize + compressActions');
}
const ours = results[0]!.medianMs;
console.log(`goal: minimize + compress at most 5 ms: ${ours.toFixed(3)} ms ${ours <= 5 ? 'met' : 'NOT met'}\n`);

// ---- 2. split 1,000 statements ----
const statements: Statement[] = Array.from({ length: 1000 }, (_, i) => ({
  Sid: `S${i}`,
  Effect: 'Allow',
  Action: ['s3:GetObject', 's3:PutObject', `dynamodb:Query`],
  Resource: [`arn:aws:s3:::bucket-${i}/*`, `arn:aws:dynamodb:us-east-1:111122223333:table/t-${i}`],
  Condition: { StringEquals: { 'aws:ResourceTag/Project': [`project-${i % 17}`] } },
}));
const big = createPolicy('identity', { Version: '2012-10-17', Statement: statements });
const parts = split(big, 'managed', { maxParts: Infinity });
console.log(`1,000 statements, ${big.size('managed').length} characters -> ${parts.length} managed policies of ${parts.map((p) => p.size('managed').length).join(', ')}`);
const splitResults = [
  timeIt('JSON.stringify(policy) (floor of exact counting)', () => JSON.stringify(big.toJSON())),
  timeIt('typed-iam split(1,000 statements, managed)', () => split(big, 'managed', { maxParts: Infinity })),
  timeIt('typed-iam planRole(1,000 statements)', () => planRole(big)),
];
report(splitResults, 'JSON.stringify(policy) (floor of exact counting)');

// CDK splits role policies by an estimate during synthesis; show the sizes it produces.
try {
  const cdk = require('aws-cdk-lib') as typeof import('aws-cdk-lib');
  const iam = require('aws-cdk-lib/aws-iam') as typeof import('aws-cdk-lib/aws-iam');
  const synth = (n: number) => {
    const app = new cdk.App();
    const stack = new cdk.Stack(app, 'Bench');
    const role = new iam.Role(stack, 'Role', { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') });
    for (const s of statements.slice(0, n))
      role.addToPolicy(new iam.PolicyStatement({ sid: s.Sid!, actions: [...s.Action!], resources: [...s.Resource!], conditions: s.Condition as never }));
    return app.synth().getStackByName('Bench').template as { Resources: Record<string, { Type: string; Properties: Record<string, unknown> }> };
  };
  const template = synth(200);
  const sizes: string[] = [];
  for (const r of Object.values(template.Resources)) {
    if (r.Type === 'AWS::IAM::Policy' || r.Type === 'AWS::IAM::ManagedPolicy')
      sizes.push(`${r.Type.endsWith('ManagedPolicy') ? 'managed' : 'inline'} ${JSON.stringify(r.Properties['PolicyDocument']).length}`);
  }
  const plan = planRole(big.statements.slice(0, 200));
  console.log(`\n200 statements: CDK Role synthesis -> ${sizes.join(', ')} characters (limits 10,240 inline / 6,144 managed)`);
  console.log(`200 statements: planRole -> inline ${plan.inlineSize?.length}, managed ${plan.managedSizes.map((r) => r.length).join(', ')}`);
  report(
    [timeIt('CDK Role synth, 200 statements', () => synth(200), { warmup: 1, samples: 5 }), timeIt('typed-iam planRole, 200 statements', () => planRole(big.statements.slice(0, 200)))],
    'CDK Role synth, 200 statements',
  );
  console.log('  (CDK time includes the whole synthesis, not only its split)');
} catch (e) {
  console.log(`\naws-cdk-lib not usable here (${(e as Error).message.split('\n')[0]}): no CDK comparison`);
}
