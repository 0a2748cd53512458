import { allow, policy, SIZE_TARGETS } from 'typed-iam';
const N = 1000;
const unlimited = { ...SIZE_TARGETS['iam-api'], limit: Number.MAX_SAFE_INTEGER };
const arn = (i: number) => `arn:aws:s3:::bucket-${i}/*`;
function plainObject() {
  const Statement = [];
  for (let i = 0; i < N; i++) Statement.push({ Sid: `S${i}`, Effect: 'Allow', Action: ['s3:GetObject', 's3:PutObject'], Resource: arn(i), Condition: { StringEquals: { 'aws:PrincipalOrgID': `o-${i}` } } });
  return { Version: '2012-10-17', Statement };
}
const build = () => { const s = []; for (let i = 0; i < N; i++) s.push(allow('s3:GetObject', 's3:PutObject').on(arn(i) as `arn:${string}`).when('StringEquals', 'aws:PrincipalOrgID', `o-${i}`).sid(`S${i}`)); return s; };
const a1 = () => { const s = []; for (let i = 0; i < N; i++) s.push(allow('s3:GetObject', 's3:PutObject')); return s; };
const a2 = () => { const s = []; for (let i = 0; i < N; i++) s.push(allow('s3:GetObject', 's3:PutObject').on(arn(i) as `arn:${string}`)); return s; };
const a3 = () => { const s = []; for (let i = 0; i < N; i++) s.push(allow('s3:GetObject', 's3:PutObject').on(arn(i) as `arn:${string}`).when('StringEquals', 'aws:PrincipalOrgID', `o-${i}`)); return s; };
const pre = build();
const mk = () => (policy.identity as any)(...pre);
const made = mk();
const base = () => JSON.stringify(plainObject());
const med = (a: number[]) => [...a].sort((x, y) => x - y)[a.length >> 1]!;
function tb(fn: () => unknown, n: number) { const s = performance.now(); for (let j = 0; j < n; j++) fn(); return (performance.now() - s) / n; }
const fns: [string, () => unknown][] = [['base', base], ['allow', a1], ['+on', a2], ['+when', a3], ['+sid(build)', build], ['make policy', mk], ['toString', () => made.toString({ target: unlimited })], ['stringify emitted', () => JSON.stringify(made.toJSON())]];
for (let k = 0; k < 300; k++) for (const [, f] of fns) f();
const res = fns.map(() => [] as number[]);
for (let r = 0; r < 61; r++) fns.forEach(([, f], i) => res[i]!.push(tb(f, 5)));
const b = med(res[0]!);
fns.forEach(([n], i) => console.log(n.padEnd(20), med(res[i]!).toFixed(3), (med(res[i]!) / b).toFixed(2)));
