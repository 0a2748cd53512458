/**
 * Build + emit a 1,000-statement policy: typed-iam against `JSON.stringify` of the same plain
 * object, and against aws-cdk-lib's PolicyDocument and iam-floyd when they are installed, in the
 * same process run. Target: at most 2x JSON.stringify. Not met since the document is frozen when
 * the policy is made and every value is checked when built: the floor contender, which does only
 * that work and no builder, measures 2.3-2.7x on its own, and about 2x with its emitted form
 * written by hand for this one shape (docs/architecture.md, Build speed).
 */
// the built package, as users run it (not the TypeScript sources through a transform)
import { allow, policy, SIZE_TARGETS } from 'typed-iam';
import { addPeer, compare, report } from './harness.js';
// the floor below calls the same compiled checks and emitter as the package
// (dist/core.js holds the root entry's modules: scripts/build.mjs, step 1c)
import { arnProblem, emitDocument, firstInvalidChar, isActionSyntax, isFamilyValue, parseOperator, type Statement } from '../dist/core.js';

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

const bad = (): never => {
  throw new Error('floor: a value the builder refuses');
};

/**
 * One statement as both floors make it: the checks the builder makes on each value, then the
 * model statement frozen all the way down (six objects).
 */
function checkedStatement(actions: string[], resource: string, operator: string, key: string, value: string, sid: string): Statement {
  for (const a of actions) if (!isActionSyntax(a)) bad();
  if (firstInvalidChar(resource) >= 0 || arnProblem(resource) !== undefined) bad();
  const parsed = parseOperator(operator) ?? bad();
  if (!key.includes(':') || firstInvalidChar(key) >= 0) bad();
  if (firstInvalidChar(value) >= 0 || !isFamilyValue(parsed.family, value)) bad();
  if (firstInvalidChar(sid) >= 0) bad();
  const block: Record<string, readonly string[]> = {};
  block[key] = Object.freeze([value]);
  const condition: Record<string, Record<string, readonly string[]>> = {};
  condition[operator] = Object.freeze(block);
  return Object.freeze({ Sid: sid, Effect: 'Allow', Action: Object.freeze(actions), Resource: Object.freeze([resource]), Condition: Object.freeze(condition) });
}

/**
 * The floor of the contract, with no builder at all: the checks the builder makes on each value
 * (action syntax, characters, ARN, operator, key, the value's family), the model statement frozen
 * all the way down (six objects), the canonical emitted tree and its JSON.stringify. Any builder
 * that checks values when built, freezes its data and emits canonical JSON does at least this.
 */
function floor(): string {
  const Statement: Statement[] = [];
  for (let i = 0; i < N; i++) {
    const actions = ['s3:GetObject', 's3:PutObject'];
    const resource = arn(i);
    const [operator, key, value, sid] = ['StringEquals', 'aws:PrincipalOrgID', `o-${i}`, `S${i}`];
    Statement.push(checkedStatement(actions, resource, operator, key, value, sid));
  }
  return JSON.stringify(emitDocument(Object.freeze({ Version: '2012-10-17', Statement: Object.freeze(Statement) })));
}

/**
 * A lower bound of the floor: the same checks and frozen model statement, and beside it the
 * emitted statement written by hand for this one shape (single values bare, lists known to hold no
 * repeats), so no general emitter runs at all. No implementation that emits any policy can do less.
 */
function handEmittedFloor(): string {
  const Statement: Statement[] = [];
  const emitted: object[] = [];
  for (let i = 0; i < N; i++) {
    const actions = ['s3:GetObject', 's3:PutObject'];
    const resource = arn(i);
    const [operator, key, value, sid] = ['StringEquals', 'aws:PrincipalOrgID', `o-${i}`, `S${i}`];
    Statement.push(checkedStatement(actions, resource, operator, key, value, sid));
    emitted.push({ Sid: sid, Effect: 'Allow', Action: actions, Resource: resource, Condition: { [operator]: { [key]: value } } });
  }
  Object.freeze(Statement);
  return JSON.stringify({ Version: '2012-10-17', Statement: emitted });
}

const BASELINE = 'JSON.stringify (plain object built in the loop)';
const contenders: [string, () => unknown][] = [
  [BASELINE, () => JSON.stringify(plainObject())],
  ['typed-iam build + toString', typedIam],
  ['floor: checks + frozen model + emit, no builder', floor],
  ['floor, emitted by hand for this shape', handEmittedFloor],
];

await addPeer(contenders, 'aws-cdk-lib PolicyDocument', () => import('aws-cdk-lib/aws-iam'), (iam) =>
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
);

await addPeer(contenders, 'iam-floyd', () => import('iam-floyd'), ({ Statement }) =>
  () => {
    const list = [];
    for (let i = 0; i < N; i++) list.push(new Statement.S3(`S${i}`).allow().toGetObject().toPutObject().on(arn(i)).ifAwsPrincipalOrgID(`o-${i}`).toJSON());
    return JSON.stringify({ Version: '2012-10-17', Statement: list });
  },
);

// interleaved rounds: every ratio compares times taken under the same machine conditions
report(compare(contenders, BASELINE), BASELINE, { 'typed-iam build + toString': 2 });
