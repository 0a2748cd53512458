/**
 * AWS-owned resources that AWS names with an empty account field where their ARN format has one:
 * the one table RESOURCE_MISMATCH and MISSING_ARN_ACCOUNT read them by. A resource of a type listed here
 * is read so only when its name can begin with a prefix that only AWS uses.
 */
import { arnBounds, globTokens, MEET_RUN, patternsMeet } from '../model/match.js';

/**
 * Resource types of AWS-owned resources that AWS names with an empty account field, though the
 * Service Authorization Reference gives their format an account (`arn:${Partition}:ssm:${Region}:${Account}:document/${DocumentName}`,
 * `...:parameter/${ParameterNameWithoutLeadingSlash}`). Keyed by service; each group: the resource types (their
 * text before the name), the name prefixes only AWS uses, and whether those compare ignoring case.
 * - SSM documents: the AWS Systems Manager User Guide ("Setting up identity based policies examples", Automation)
 *   says the account ID should not be given in the ARN of AWS-owned public documents, and only AWS names documents
 *   with the prefixes `aws`, `amazon` and `amzn` (SSM API Reference, CreateDocument, Name: prefixes reserved by AWS).
 * - SSM public parameters: the Systems Manager User Guide ("Public parameters") shows them under `/aws/service/...`
 *   with the ARN `arn:aws:ssm:us-east-2::parameter/aws/service/ami-amazon-linux-latest/amzn-ami-hvm-x86_64-ebs`, and
 *   no customer parameter can be named so (SSM API Reference, PutParameter, Name: "A parameter name can't be prefixed
 *   with "aws" or "ssm" (case-insensitive)"; the service's error adds "except global parameter name path prefixed with
 *   "aws" (case-sensitive)"): so `aws/` in lower case, the path of AWS's global parameters.
 * - Resource Explorer service views: the Resource Explorer User Guide ("What are AWS service views") describes them as
 *   pre-defined views that AWS services create and customers cannot modify or delete, "available to authorized callers
 *   ... as a global resource"; AWS managed policies (CloudWatchReadOnlyAccess and others) name them
 *   `arn:aws:resource-explorer-2:*::view/AWSServiceViewForApplicationSignals/service-view`, with an empty account.
 *   A view a customer creates is named with its account, so only the prefix of those names, `AWSServiceView`, is read so.
 * - CloudFormation public extensions of AWS (`AWS::S3::Bucket`): their ARN has no account
 *   (`arn:aws:cloudformation:us-east-1::type/resource/AWS-S3-Bucket`, as DescribeType returns it and as IAM names it
 *   in an AccessDenied for cloudformation:DescribeType); the `AWS` namespace is AWS's own (CloudFormation User Guide,
 *   extensions: type names cannot begin with it), so `AWS-` after the type path.
 * - Security Hub integrations of AWS services: their product ARN has no account (AWS Security Finding Format,
 *   ProductArn: `arn:aws:securityhub:us-east-1::product/aws/guardduty`); partners' products carry the partner's
 *   account, so the company `aws/` only.
 * - AWS IoT managed job templates: the AWS IoT Developer Guide (managed templates, ListManagedJobTemplates) gives
 *   their ARN without an account (`arn:aws:iot:region::jobtemplate/AWS-Reboot:1.0`); their names begin with `AWS-`.
 */
const AWS_OWNED_WITHOUT_ACCOUNT: {
  readonly [service: string]: readonly { readonly types: readonly string[]; readonly namePrefixes: readonly string[]; readonly foldCase: boolean }[];
} = {
  ssm: [
    { types: ['document/', 'automation-definition/'], namePrefixes: ['aws', 'amazon', 'amzn'], foldCase: true },
    { types: ['parameter/'], namePrefixes: ['aws/'], foldCase: false },
  ],
  'resource-explorer-2': [{ types: ['view/'], namePrefixes: ['AWSServiceView'], foldCase: false }],
  cloudformation: [{ types: ['type/resource/', 'type/hook/'], namePrefixes: ['AWS-'], foldCase: false }],
  securityhub: [{ types: ['product/'], namePrefixes: ['aws/'], foldCase: false }],
  iot: [{ types: ['jobtemplate/'], namePrefixes: ['AWS-'], foldCase: false }],
};

/**
 * The table in words, for the descriptions of the rules that read it (generated into docs/lint-rules.md):
 * "`ssm` `document/` or `automation-definition/` whose name begins with `aws`, `amazon` or `amzn` (any case); ...".
 */
export const AWS_OWNED_SUMMARY: string = Object.entries(AWS_OWNED_WITHOUT_ACCOUNT)
  .flatMap(([service, groups]) =>
    groups.map((g) => `\`${service}\` ${g.types.map((t) => `\`${t}\``).join(' or ')} whose name begins with ${g.namePrefixes.map((n) => `\`${n}\``).join(', ').replace(/, ([^,]*)$/, ' or $1')}${g.foldCase ? ' (any case)' : ''}`),
  )
  .join('; ');

/**
 * The ARN read as naming an AWS-owned resource: its empty account field as any account, when the ARN
 * has an empty account, is of a type in {@link AWS_OWNED_WITHOUT_ACCOUNT} and its name can begin with
 * a prefix only AWS uses (as a name pattern with `*` may; ignoring case where the group says so); else `undefined`.
 * `arn:aws:ssm:us-east-1::document/AWS-RunShellScript` is read `arn:aws:ssm:us-east-1:*:document/AWS-RunShellScript`;
 * `arn:aws:ssm:us-east-1::document/MyDocument` (a customer's document needs its account) is not.
 */
export function awsOwnedReading(arn: string): string | undefined {
  const b = arnBounds(arn);
  if (b === undefined || b[5] !== b[4]! + 1) return undefined;
  const groups = AWS_OWNED_WITHOUT_ACCOUNT[arn.slice(b[2]!, b[3]! - 1)] ?? [];
  const resource = arn.slice(b[5]);
  for (const owned of groups) {
    const type = owned.types.find((t) => resource.startsWith(t));
    if (type === undefined) continue;
    const name = globTokens(resource.slice(type.length));
    const canBeAws = owned.namePrefixes.some((p) => {
      const prefix = [...globTokens(p), MEET_RUN];
      return owned.foldCase ? patternsMeet(name, prefix, name.length, prefix.length) : patternsMeet(name, prefix, 0, 0);
    });
    if (canBeAws) return `${arn.slice(0, b[4])}*${arn.slice(b[5]! - 1)}`;
  }
  return undefined;
}
