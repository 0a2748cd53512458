/** typed-iam/cloudformation: the template functions of typed-iam/cdk, with no peer dependency. */
import { expectError, expectType } from 'tsd';
import * as cdk from 'typed-iam/cdk';
import { accountLogsPolicies, attachedOrganizationPolicies, namedIamResources, checkTemplate, findPolicies, readTemplate, CDK_CODES, type LogsPolicyElsewhere, type LogsPolicyUse, type OrganizationPolicyUse, type IamNameUse, type IamNameElsewhere, type Template, type TemplateCheck, type TemplateReadResult, type TextPosition } from 'typed-iam/cloudformation';

// the same functions as typed-iam/cdk's
expectType<typeof cdk.checkTemplate>(checkTemplate);
expectType<typeof cdk.readTemplate>(readTemplate);
expectType<typeof cdk.findPolicies>(findPolicies);
expectType<typeof cdk.CDK_CODES>(CDK_CODES);
expectType<typeof cdk.accountLogsPolicies>(accountLogsPolicies);
expectType<typeof cdk.attachedOrganizationPolicies>(attachedOrganizationPolicies);
expectType<typeof cdk.namedIamResources>(namedIamResources);

const read: TemplateReadResult = readTemplate('Resources: {}');
if (read.success) {
  expectType<TemplateCheck>(checkTemplate(read.template));
  expectType<TextPosition | undefined>(read.locate('Resources'));
}
const template: Template = { Resources: { B: { Type: 'AWS::S3::BucketPolicy', Properties: { Bucket: 'b', PolicyDocument: { Version: '2012-10-17', Statement: [] } } } } };
expectType<TemplateCheck>(checkTemplate(template));
expectError(checkTemplate('Resources: {}'));

// the CloudWatch Logs resource policies of other templates, counted with this one's
const uses: LogsPolicyUse[] = accountLogsPolicies(template, 'Shared');
const others: LogsPolicyElsewhere[] = uses.map((u) => ({ ...u, sameAccount: 'maybe' }));
expectType<TemplateCheck>(checkTemplate(template, { logsPoliciesElsewhere: () => others }));
expectError(checkTemplate(template, { logsPoliciesElsewhere: () => uses }));
expectError(accountLogsPolicies(template));

// the SCPs and RCPs other templates attach to roots, OUs and accounts, counted with this one's
const attached: OrganizationPolicyUse[] = attachedOrganizationPolicies(template, 'Guardrails');
expectType<'scp' | 'rcp'>(attached[0]!.type);
expectType<TemplateCheck>(checkTemplate(template, { organizationPoliciesElsewhere: () => attached }));
expectError(checkTemplate(template, { organizationPoliciesElsewhere: attached }));
expectError(attachedOrganizationPolicies(template));

// the IAM names other templates give, each with whether it deploys to this template's account
const named: IamNameUse[] = namedIamResources(template, 'East');
const elsewhereNames: IamNameElsewhere[] = named.map((u) => ({ ...u, sameAccount: 'yes' }));
expectType<TemplateCheck>(checkTemplate(template, { iamNamesElsewhere: () => elsewhereNames }));
expectError(checkTemplate(template, { iamNamesElsewhere: () => named }));
expectError(namedIamResources(template));
