import { allow, policy, SIZE_TARGETS } from 'typed-iam';
const N = 1000;
const unlimited = { ...SIZE_TARGETS['iam-api'], limit: Number.MAX_SAFE_INTEGER };
const arn = (i: number) => `arn:aws:s3:::bucket-${i}/*`;
function typedIam(): string {
  const statements = [];
  for (let i = 0; i < N; i++) statements.push(allow('s3:GetObject', 's3:PutObject').on(arn(i) as `arn:${string}`).when('StringEquals', 'aws:PrincipalOrgID', `o-${i}`).sid(`S${i}`));
  return (policy.identity as any)(...statements).toString({ target: unlimited });
}
const s = performance.now(); let n = 0;
while (performance.now() - s < 8000) { typedIam(); n++; }
console.log(n, (8000 / n).toFixed(3));
