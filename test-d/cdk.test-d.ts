/** typed-iam/cdk: interop with aws-cdk-lib, and the template checks. */
import { expectAssignable, expectError, expectNotAssignable, expectType } from 'tsd';
import { App, Aspects, Stack } from 'aws-cdk-lib';
import { PolicyDocument, PolicyStatement, type IPrincipal } from 'aws-cdk-lib/aws-iam';
import { allow, policy, principal, type Policy, type PolicyDocument as TypedDocument } from 'typed-iam';
import {
  checkTemplate,
  findPolicies,
  readTemplate,
  type TemplateReadResult,
  type TextPosition,
  fromCdk,
  layoutRole,
  toAssumeRolePrincipal,
  toPolicyDocument,
  toPolicyStatements,
  TypedIamChecks,
  CDK_CODES,
  type PolicySite,
  type PolicySizeReport,
  type RoleLayout,
  type Suppression,
  type Template,
  type TemplateCheck,
  type TemplateCheckOptions,
  type TemplateFinding,
  type TemplateResource,
  type TemplateValue,
  type TokenNote,
  type TypedIamChecksOptions,
  type WrittenExtra,
} from 'typed-iam/cdk';

const id = policy.identity(allow('s3:GetObject').on('*'));
const trust = policy.trust(allow('sts:AssumeRole').by(principal.service('lambda.amazonaws.com')));
expectType<PolicyDocument>(toPolicyDocument(id));
expectType<PolicyStatement[]>(toPolicyStatements(id));
expectType<IPrincipal>(toAssumeRolePrincipal(trust));
expectError(toAssumeRolePrincipal(id)); // a trust policy only
expectError(toPolicyDocument(id.document));
expectType<Policy>(fromCdk(new PolicyDocument(), new Stack(), { kind: 'identity' }));
expectType<Policy>(fromCdk([new PolicyStatement()]));
expectError(fromCdk(id));
expectNotAssignable<TypedDocument>(toPolicyDocument(id));

// the aspect
const app = new App();
const options: TypedIamChecksOptions = { failOn: 'warning', suppressions: [{ code: 'RESOURCE_WILDCARD', reason: 'reviewed' }], fitRolePolicies: { minimize: true }, reportSizes: true };
Aspects.of(app).add(new TypedIamChecks(options));
TypedIamChecks.suppress(new Stack(app, 'S'), [{ code: CDK_CODES.size, reason: 'split at deploy time' }]);
expectError(new TypedIamChecks({ failOn: 'fatal' }));
expectError(TypedIamChecks.suppress(new Stack(app, 'T'), [{ code: 'X' }])); // a reason is required
expectNotAssignable<TypedIamChecksOptions>({ rules: { X: 'ignore' } });
expectType<'POLICY_SIZE_EXCEEDS_QUOTA'>(CDK_CODES.size);

// templates
const template: Template = {
  Resources: {
    Role: { Type: 'AWS::IAM::Role', Properties: { AssumeRolePolicyDocument: { Statement: [] }, Policies: [{ 'Fn::GetAtt': ['X', 'Arn'] }] } },
  },
};
const check = checkTemplate(template, { tokenLengths: { 'AWS::AccountId': 12 }, rules: { RESOURCE_WILDCARD: 'off' }, stackName: 'S', account: undefined });
expectType<TemplateCheck>(check);
expectType<readonly PolicySite[]>(check.policies);
// a policy given as indented JSON text: what its whitespace adds; keys written as Fn::Sub text
expectType<WrittenExtra | undefined>(check.policies[0]!.writtenExtra);
expectType<number>(check.policies[0]!.writtenExtra!.bytes);
expectType<true | undefined>(check.policies[0]!.keysSub);
expectType<readonly TemplateFinding[]>(check.findings);
expectType<readonly PolicySizeReport[]>(check.sizes);
expectType<'yes' | 'no' | 'maybe'>(check.sizes[0]!.fits);
expectType<readonly TokenNote[]>(check.sizes[0]!.tokens);
expectType<PolicySite[]>(findPolicies(template, { trustPolicyLimit: 4096 }));
expectError(checkTemplate(template, { rules: { X: 'ignore' } }));
expectError(checkTemplate('{}'));
expectAssignable<TemplateCheckOptions>({ pathOf: (logicalId: string) => `/S/${logicalId}` });
expectNotAssignable<TemplateCheckOptions>({ unknownTokenLength: '64' });
expectAssignable<TemplateResource>({ Type: 'AWS::SQS::QueuePolicy', Metadata: { cdk_nag: { rules_to_suppress: [] } } });
expectNotAssignable<TemplateResource>({ Properties: {} });
expectAssignable<TemplateValue>({ 'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }]] });
expectNotAssignable<TemplateValue>(undefined);
expectAssignable<Suppression>({ code: 'RESOURCE_WILDCARD', reason: 'reviewed', path: '/S/Role' });
expectNotAssignable<Suppression>({ code: 'RESOURCE_WILDCARD' });
expectAssignable<TokenNote>({ token: '${Token[TOKEN.1]}', longest: 2048, why: 'unknown', unknown: true });
expectNotAssignable<TemplateFinding>({ code: 'X', severity: 'error', path: '', message: '' });
expectNotAssignable<PolicySizeReport>({ logicalId: 'P', fits: 'perhaps' });
const layout = layoutRole(template, 'Role', 'Inline', ['Managed1'], { minimize: true });
expectType<RoleLayout>(layout);
expectType<TemplateValue>(layout.inline);
expectError(layoutRole(template, 'Role', 'Inline', 'Managed1'));

// readTemplate: a result, never a throw for bad text; the template only on success
const read = readTemplate('Resources: {}');
expectType<TemplateReadResult>(read);
if (read.success) {
  expectType<Template>(read.template);
  expectType<'json' | 'yaml'>(read.format);
  expectType<TextPosition | undefined>(read.locate('Resources'));
  checkTemplate(read.template);
} else {
  expectType<string>(read.error.message);
  expectType<number | undefined>(read.error.line);
  expectError(read.template);
}
expectError(readTemplate({ Resources: {} }));
