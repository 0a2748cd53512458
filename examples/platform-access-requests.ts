/**
 * A platform service that turns teams' access requests (data from a configuration repository)
 * into managed policies for their roles. Names come from data, so the policy is built with the
 * unchecked builders and then checked as the compiler would (`checkPolicy`); a request lint finds
 * insecure is refused; `checkNoNewAccess` proves the result grants nothing beyond the team's
 * permissions boundary; `fit` lays it out in managed policies of at most 6,144 characters.
 *
 *   npx tsx examples/platform-access-requests.ts
 */
import { fileURLToPath } from 'node:url';
import { allow, policy, PolicyCheckError, type Policy } from 'typed-iam';
import { checkNoNewAccess } from 'typed-iam/analyze';
import { checkPolicy, lint } from 'typed-iam/lint';
import { fit } from 'typed-iam/optimize';

/** One team's request, as the configuration repository holds it. */
export interface AccessRequest {
  readonly team: string;
  readonly actions: readonly string[];
  readonly buckets: readonly string[];
}

/** The most any team's role may do: read, list and write objects of the company's buckets. */
export const teamBoundary = policy.boundary(
  allow('s3:GetObject', 's3:GetObjectVersion', 's3:ListBucket', 's3:PutObject').on('arn:aws:s3:::acme-*').sid('CompanyBuckets'),
);

/** The managed policies for a request, or why it is refused. */
export function provision(request: AccessRequest): { readonly policies: readonly Policy<'identity'>[] } | { readonly refused: string } {
  const arns = request.buckets.flatMap((b) => [`arn:aws:s3:::${b}`, `arn:aws:s3:::${b}/*`]);
  let requested: Policy<'identity'>;
  try {
    requested = checkPolicy(policy.identity(allow.unchecked(...request.actions).on(arns).sid(`${request.team}Buckets`)));
  } catch (e) {
    if (e instanceof PolicyCheckError) return { refused: e.findings.map((f) => f.message).join(' ') };
    throw e;
  }
  const insecure = lint(requested).filter((f) => f.severity === 'error' || f.severity === 'security');
  if (insecure.length > 0) return { refused: insecure.map((f) => `${f.code}: ${f.message}`).join(' ') };
  const beyond = checkNoNewAccess(teamBoundary, requested);
  if (beyond.result !== 'pass') {
    const w = beyond.witnesses[0];
    return { refused: w === undefined ? `not proved within the boundary (${beyond.result})` : `${w.action} on ${w.resource} is beyond the team boundary` };
  }
  return { policies: fit(requested, 'managed').policies };
}

const requests: readonly AccessRequest[] = [
  { team: 'Payments', actions: ['s3:GetObject', 's3:PutObject', 's3:ListBucket'], buckets: ['acme-payments-ledger', 'acme-payments-exports'] },
  { team: 'Analytics', actions: ['s3:GetObject', 's3:DeleteObject'], buckets: ['acme-analytics'] },
  { team: 'Search', actions: ['s3:GetObjekt'], buckets: ['acme-search-index'] },
];

const payments = provision(requests[0]!);
/** What the Payments team gets (`npm run demo` prints it). */
export const paymentsAccess = 'policies' in payments ? payments.policies[0] : undefined;

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) {
  for (const r of requests) {
    const result = provision(r);
    console.log('policies' in result ? `${r.team}: ${result.policies.map((p) => `${p.size().length} characters`).join(', ')}` : `${r.team}: refused, ${result.refused}`);
  }
}
