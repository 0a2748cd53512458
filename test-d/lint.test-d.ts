/** typed-iam/lint: inputs, options, findings, output formats. */
import { expectAssignable, expectError, expectNotAssignable, expectType } from 'tsd';
import { allow, policy, SIZE_TARGETS, type Policy, type PolicyDocument } from 'typed-iam';
import {
  checkPolicy,
  formatFindings,
  isAuthorizationDetails,
  isTerraformJson,
  lint,
  lintAuthorizationDetails,
  lintTerraform,
  lintRules,
  SEVERITIES,
  type Finding,
  type FormatOptions,
  type LintInput,
  type LintOptions,
  type LintRuleInfo,
  type TerraformLintOptions,
  type OutputFormat,
  type Severity,
} from 'typed-iam/lint';

const built = policy.identity(allow('s3:GetObject').on('*'));
const json: PolicyDocument = built.document;
// lint takes a built policy, a document, JSON text or any object (reported, not refused)
expectType<Finding[]>(lint(built));
expectType<Finding[]>(lint(json, { kind: 'identity', target: 'managed', rules: { UNKNOWN_ACTION: 'off', RESOURCE_WILDCARD: 'warning' }, accounts: ['111122223333'] }));
expectType<Finding[]>(lint('{"Version": "2012-10-17", "Statement": []}'));
// a whole account (aws iam get-account-authorization-details): any parsed value, checked when called; kind and target are the file's
expectType<Finding[]>(lintAuthorizationDetails({ RoleDetailList: [] }, { rules: { MISSING_VERSION: 'off' }, accounts: ['111122223333'] }));
expectError(lintAuthorizationDetails({ RoleDetailList: [] }, { kind: 'identity' }));
expectType<boolean>(isAuthorizationDetails(JSON.parse('{}') as unknown));
expectType<Finding[]>(lintTerraform(JSON.parse('{}') as unknown, { rules: { POLICY_NOT_READ: 'off' }, accounts: ['111122223333'] }));
expectError(lintTerraform({ format_version: '1.2', resource_changes: [] }, { target: 'managed' }));
expectType<Finding[]>(lintTerraform({ format_version: '1.2', resource_changes: [] }, { maxManagedPolicies: 20, trustPolicyLimit: 4096 } satisfies TerraformLintOptions));
expectError(lintTerraform({ format_version: '1.2', resource_changes: [] }, { maxManagedPolicies: '20' }));
expectType<boolean>(isTerraformJson(JSON.parse('{}') as unknown));
expectAssignable<LintInput>(built);
expectAssignable<LintInput>({ Statement: [] });
expectNotAssignable<LintInput>(42);
expectError(lint(built, { kind: 'bucket' }));
expectError(lint(built, { rules: { UNKNOWN_ACTION: 'ignore' } }));
expectError(lint(built, { target: 'bucket' }));
// a target of your own (a raised quota), as policy.size() takes it
expectType<Finding[]>(lint(built, { target: { ...SIZE_TARGETS.trust, limit: 4096 } }));
expectError(lint(built, { target: { limit: 4096 } }));
expectAssignable<LintOptions>({ rules: { UNKNOWN_ACTION: 'security' } });
expectNotAssignable<LintOptions>({ accounts: '111122223333' });
// what a managed policy is attached to: the kinds of IAM identity, as a list
expectType<Finding[]>(lint(built, { target: 'managed', attachedTo: ['role'] }));
expectError(lint(built, { attachedTo: ['roles'] }));
expectNotAssignable<LintOptions>({ attachedTo: 'role' });

// checkPolicy returns its input, typed as given (it throws PolicyCheckError on a finding)
expectType<Policy<'identity'>>(checkPolicy(built));
expectType<PolicyDocument>(checkPolicy(json, { kind: 'identity' }));
expectError(checkPolicy(built, { target: 'managed' }));
expectError(checkPolicy(7));

// findings and rules
const [first] = lint(built);
expectType<Severity | undefined>(first?.severity);
expectAssignable<Finding>({ code: 'UNKNOWN_ACTION', severity: 'error', path: 'Statement[0].Action[0]', message: 'unknown action', line: 3 });
expectNotAssignable<Finding>({ code: 'UNKNOWN_ACTION', severity: 'fatal', path: '', message: '' });
expectType<readonly Severity[]>(SEVERITIES);
expectAssignable<Severity>('suggestion');
expectNotAssignable<Severity>('info');
expectType<readonly LintRuleInfo[]>(lintRules);
expectType<'access-analyzer' | 'typed-iam'>(lintRules[0]!.source);
expectNotAssignable<LintRuleInfo>({ code: 'X', severity: 'error', description: '', kinds: ['bucket'], source: 'typed-iam' });
expectError((lintRules[0]!.code = 'X'));

// output
expectType<string>(formatFindings(lint(built), 'sarif', { fileName: 'policy.json', toolVersion: '1.0.0' }));
expectAssignable<OutputFormat>('json');
expectNotAssignable<OutputFormat>('html');
expectError(formatFindings(lint(built), 'html'));
expectAssignable<FormatOptions>({ source: '{}', helpBase: 'https://example.com/rules' });
expectNotAssignable<FormatOptions>({ fileName: 1 });
