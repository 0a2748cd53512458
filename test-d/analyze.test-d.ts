/** typed-iam/analyze: checks, comparison, diff. */
import { expectAssignable, expectError, expectNotAssignable, expectType } from 'tsd';
import { allow, policy, principal } from 'typed-iam';
import type { PolicySet } from 'typed-iam/evaluate';
import {
  checkAccessNotGranted,
  checkNoNewAccess,
  checkNoPublicAccess,
  compare,
  diff,
  toAnalyzeSet,
  type AccessQuery,
  type AccessRow,
  type AnalyzeInput,
  type AnalyzeOptions,
  type CheckResult,
  type CompareResult,
  type DiffResult,
  type PublicAccessQuery,
  type Reason,
  type Relation,
} from 'typed-iam/analyze';

const before = policy.identity(allow('s3:GetObject').on('arn:aws:s3:::media/*'));
const after = policy.identity(allow('s3:*').on('arn:aws:s3:::media/*'));
const bucket = policy.resource(allow('s3:GetObject').by(principal.anyone()).on('arn:aws:s3:::media/*'));
const options: AnalyzeOptions = { actions: 'catalog', maxWitnesses: 3, timeoutMs: 2000 };

expectType<CheckResult>(checkNoNewAccess(before, after, options));
expectType<'pass' | 'fail' | 'unknown'>(checkNoNewAccess(before, after).result);
expectType<CheckResult>(checkAccessNotGranted({ identity: before }, { actions: ['s3:DeleteObject'], resources: ['*'] }));
expectType<CheckResult>(checkNoPublicAccess(bucket, { resourceType: 'AWS::S3::Bucket' }));
expectError(checkNoPublicAccess({ resource: bucket }, { resourceType: 'AWS::S3::Bucket' })); // one resource policy, not a set
expectError(checkNoPublicAccess(bucket, {}));
expectError(checkNoNewAccess(before, after, { actions: 'all' }));
const relation = compare(before, after);
expectType<CompareResult>(relation);
expectType<Relation>(relation.relation);
expectAssignable<Relation>('incomparable');
expectNotAssignable<Relation>('subset');
const changes = diff(before, after, { maxWitnesses: 1 });
expectType<DiffResult>(changes);
expectType<readonly AccessRow[]>(changes.added);
expectType<readonly Reason[]>(changes.reasons);
expectType<PolicySet>(toAnalyzeSet(before));
expectAssignable<AnalyzeInput>({ identity: [before], scp: [] });
expectAssignable<AnalyzeInput>(before.document);
expectNotAssignable<AnalyzeInput>('s3:GetObject');
expectAssignable<AnalyzeInput>({ identity: '{"Version":"2012-10-17","Statement":[]}' }); // text inside a set, where its type is said
expectAssignable<AccessQuery>({ actions: ['iam:PassRole'] });
expectNotAssignable<AccessQuery>({ actions: 'iam:PassRole' });
expectAssignable<PublicAccessQuery>({ resourceType: 'AWS::SQS::Queue' });
expectNotAssignable<PublicAccessQuery>({ type: 'AWS::SQS::Queue' });
expectAssignable<Reason>({ code: 'new-access', message: 'updated allows s3:PutObject', side: 'updated' });
expectNotAssignable<Reason>({ code: 'changed', message: '' });
expectNotAssignable<AnalyzeOptions>({ timeoutMs: '2s' });
expectNotAssignable<AccessRow>({ actions: ['s3:GetObject'], resources: ['*'] }); // example is required
