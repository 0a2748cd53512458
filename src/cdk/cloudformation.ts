/**
 * `typed-iam/cloudformation`: check and size the IAM policies of CloudFormation templates, JSON or
 * YAML (AWS SAM templates included), with no peer dependency: the template functions of
 * `typed-iam/cdk` without aws-cdk-lib, for tools that read templates. See docs/cdk.md.
 */
export {
  checkTemplate,
  findPolicies,
  accountLogsPolicies,
  attachedOrganizationPolicies,
  namedIamResources,
  CDK_CODES,
  type LogsPolicyUse,
  type LogsPolicyElsewhere,
  type OrganizationPolicyUse,
  type IamNameUse,
  type IamNameElsewhere,
  type TemplateCheck,
  type TemplateCheckOptions,
  type TemplateFinding,
  type PolicySite,
  type PolicySizeReport,
  type Suppression,
  type Template,
  type TemplateResource,
  type TemplateValue,
  type TokenNote,
  type WrittenExtra,
} from './template.js';
export { readTemplate, type TemplateReadResult, type TextPosition } from './template-text.js';
