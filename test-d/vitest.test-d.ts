/** typed-iam/vitest: the matchers' types, and the same types from typed-iam/vitest/setup. */
import { expectAssignable, expectError, expectNotAssignable, expectType } from 'tsd';
import { expect } from 'vitest';
import { allow, policy } from 'typed-iam';
import type { EvaluationRequest, PolicySet } from 'typed-iam/evaluate';
import { toPolicySet, typedIamMatchers, type CatalogOptions, type DenyKind, type DenyOptions, type MatcherQuery, type MatcherRequest, type PolicyOrSet, type TypedIamMatchers } from 'typed-iam/vitest';
import type {
  CatalogOptions as SetupCatalogOptions,
  DenyKind as SetupDenyKind,
  DenyOptions as SetupDenyOptions,
  MatcherQuery as SetupMatcherQuery,
  MatcherRequest as SetupMatcherRequest,
  PolicyOrSet as SetupPolicyOrSet,
  TypedIamMatchers as SetupMatchers,
} from 'typed-iam/vitest/setup';

const id = policy.identity(allow('s3:GetObject').on('*'));
expectType<PolicySet>(toPolicySet(id));
expectType<PolicySet>(toPolicySet({ identity: id, scp: [] }));
expectError(toPolicySet('s3:GetObject'));
expectAssignable<PolicyOrSet>(id.document);
expectNotAssignable<PolicyOrSet>(42);
expectNotAssignable<PolicyOrSet>('{"Statement":[]}'); // parse the text first, or give it in a set
expectAssignable<PolicyOrSet>({ resource: '{"Statement":[]}' });
expectAssignable<DenyKind>('explicit-deny');
expectNotAssignable<DenyKind>('allow');

declare const m: TypedIamMatchers<void>;
expectType<void>(m.toAllow({ action: 's3:GetObject', resource: 'arn:aws:s3:::b/k' }));
expectType<void>(m.toDeny({ action: 's3:DeleteObject' }, 'implicit-deny'));
expectType<void>(m.toNeverAllow({ actions: ['iam:*'] }, { timeoutMs: 500 }));
expectType<void>(m.toGrantNoMoreThan(id));
expectType<void>(m.toBeEquivalentTo(id, { actions: 'open' }));
expectError(m.toDeny({ action: 's3:DeleteObject' }, 'allow'));
expectError(m.toAllow({ resource: 'arn:aws:s3:::b/k' }));
expectType<TypedIamMatchers<void>>({} as SetupMatchers<void>);
expectType<DenyKind>({} as SetupDenyKind);
expectType<PolicyOrSet>({} as SetupPolicyOrSet);
expectAssignable<TypedIamMatchers>(m);
expectType<boolean>(typedIamMatchers.toAllow.call({ isNot: false }, id, { action: 's3:GetObject' }).pass);

// through vitest's own types, as a consumer writes them: Assertion, .not, and the asymmetric forms; a matcher
// returns void as vitest's own do (through Chai.Assertion, the one interface without type parameters in vitest 3.2, 4 and 5)
expectType<void>(expect(id).toAllow({ action: 's3:GetObject' }));
expectType<void>(expect(id).not.toDeny({ action: 's3:GetObject' }, 'explicit-deny'));
expectType<void>(expect(id).toNeverAllow({ actions: ['iam:*'] }));
expectError(expect(id).toAllow({ resource: 'arn:aws:s3:::b/k' }));
expectError(expect(id).not.toDeny({ action: 's3:GetObject' }, 'allow'));
expectError(expect(id).toNeverAllow({ actions: 'iam:*' }));
expect({ p: id }).toEqual({ p: expect.toAllow({ action: 's3:GetObject' }) });
expect({ p: id }).toEqual({ p: expect.not.toAllow({ action: 's3:PutObject' }) }); // was: not on AsymmetricMatchersContaining
expectError(expect.not.toDeny({ action: 's3:GetObject' }, 'allow'));

// async: through .resolves each matcher returns a promise (to await), with the same argument checks
expectType<Promise<void>>(expect(Promise.resolve(id)).resolves.toAllow({ action: 's3:GetObject' }));
expectType<Promise<void>>(expect(Promise.reject(new Error('x'))).rejects.not.toDeny({ action: 's3:GetObject' }));
expectType<void>(expect.soft(id).toAllow({ action: 's3:GetObject' }));
expectAssignable<PromiseLike<unknown>>(expect(Promise.resolve(id)).resolves.toAllow({ action: 's3:GetObject' }));
expectAssignable<PromiseLike<unknown>>(expect(Promise.resolve(id)).resolves.not.toNeverAllow({ actions: ['iam:*'] }));
expectError(expect(Promise.resolve(id)).resolves.toAllow({ resource: 'arn:aws:s3:::b/k' }));
expectError(expect(Promise.resolve(id)).resolves.toDeny({ action: 's3:GetObject' }, 'allow'));

// actions are checked against the catalog as allow(...) checks them; run-time strings pass (checked when the matcher runs)
expectError(expect(id).toAllow({ action: 's3:GetObjekt' }));
expectError(expect(id).not.toDeny({ action: 's4:GetObject' }));
expectError(expect(id).toNeverAllow({ actions: ['s3:Put*', 's3:GetObjekt'] })); // TypeScript 5.4+ (array argument or spread list)
expectError(expect(id).not.toNeverAllow({ actions: ['s3:Gxt*'] })); // TypeScript 5.4+ (array argument or spread list)
expectError(expect.toAllow({ action: 's3:GetObjekt' }));
// a request calls one action: a pattern is a compile error (evaluate refuses it when run), naming toNeverAllow
expectError(expect(id).toAllow({ action: 's3:*' }));
expectError(expect(id).not.toDeny({ action: '*' }, 'implicit-deny'));
expectError(expect.toAllow({ action: 's3:Get*' }));
expectNotAssignable<MatcherRequest<'s3:Get*'>>({ action: 's3:Get*' });
// through .resolves vitest's Promisify reads a generic method at its constraint: the action is checked when the matcher runs
expectAssignable<PromiseLike<unknown>>(expect(Promise.resolve(id)).resolves.toDeny({ action: 's3:GetObjekt' }));
expectType<void>(expect(id).toAllow({ action: 's3:getobject' }));
expectType<void>(expect(id).toNeverAllow({ actions: ['s3:Put*', 'iam:*', '*'] }, { uncataloged: ['s3:NewThing'], timeoutMs: 500 }));
declare const fromConfig: string;
declare const request: EvaluationRequest;
declare const actions: readonly string[];
expectType<void>(expect(id).toAllow({ action: fromConfig }));
expectType<void>(expect(id).toAllow(request));
expectType<void>(expect(id).toDeny(request, 'implicit-deny'));
expectType<void>(expect(id).toDeny(request, { kind: 'implicit-deny', uncataloged: ['s3:NewThing'] }));
expectType<void>(expect(id).toAllow({ action: 's3:NewThing' as string }, { uncataloged: ['s3:NewThing'] }));
expectType<void>(expect(id).toNeverAllow({ actions }));
expectType<void>(expect(id).toNeverAllow({ actions: [fromConfig, 's3:GetObject'] }));
expectError(expect(id).toDeny(request, { kind: 'allow' }));
expectError(expect(id).toAllow(request, { uncataloged: 's3:NewThing' }));
expectAssignable<CatalogOptions>({ uncataloged: ['s3:NewThing'] });
expectNotAssignable<CatalogOptions>({ uncataloged: 's3:NewThing' });
expectAssignable<DenyOptions>({ kind: 'explicit-deny', uncataloged: [] });
expectNotAssignable<DenyOptions>({ kind: 'allow' });
expectAssignable<MatcherRequest>(request);
expectAssignable<MatcherRequest<'s3:GetObject'>>({ action: 's3:GetObject', resource: 'arn:aws:s3:::b/k' });
expectNotAssignable<MatcherRequest<'s3:GetObjekt'>>({ action: 's3:GetObjekt' });
expectAssignable<MatcherQuery>({ actions, resources: ['*'] });
expectType<CatalogOptions>({} as SetupCatalogOptions);
expectType<DenyOptions>({} as SetupDenyOptions);
expectType<MatcherRequest>({} as SetupMatcherRequest);
expectType<MatcherQuery>({} as SetupMatcherQuery);
