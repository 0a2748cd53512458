import { patternFitsArn, patternTemplates } from '../catalog-cache.js';
import { ACTION_FLAGS, type ActionText, type LintRule } from '../context.js';
import { show, variables } from '../helpers.js';
import { arnBounds, globTokens, MEET_RUN, patternsMeet } from '../../model/match.js';

/** The ARN with policy variables replaced by `*` (a variable can stand for any text). */
function withoutVariables(arn: string): string {
  if (!arn.includes('${')) return arn;
  const vars = variables(arn);
  if (vars.length === 0) return arn;
  let out = '';
  let at = 0;
  for (const v of vars) {
    out += `${arn.slice(at, v.start)}*`;
    at = v.end;
  }
  return out + arn.slice(at);
}

/**
 * True when some ARN format of the actions of `pattern` has the service field `service` (or a
 * placeholder there, `${Vendor}` of backup): sts:SetContext lists `arn:${Partition}:iam::${Account}:role/...`.
 */
function listsArnService(pattern: string, service: string): boolean {
  return patternTemplates(pattern).some((t) => {
    const field = t.split(':', 3)[2] ?? '';
    return field === service || field.includes('${');
  });
}

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
 */
const AWS_OWNED_WITHOUT_ACCOUNT: {
  readonly [service: string]: readonly { readonly types: readonly string[]; readonly namePrefixes: readonly string[]; readonly foldCase: boolean }[];
} = {
  ssm: [
    { types: ['document/', 'automation-definition/'], namePrefixes: ['aws', 'amazon', 'amzn'], foldCase: true },
    { types: ['parameter/'], namePrefixes: ['aws/'], foldCase: false },
  ],
};

/**
 * The ARN read as naming an AWS-owned resource: its empty account field as any account, when the ARN
 * has an empty account, is of a type in {@link AWS_OWNED_WITHOUT_ACCOUNT} and its name can begin with
 * a prefix only AWS uses (as a name pattern with `*` may; ignoring case where the group says so); else `undefined`.
 * `arn:aws:ssm:us-east-1::document/AWS-RunShellScript` is read `arn:aws:ssm:us-east-1:*:document/AWS-RunShellScript`;
 * `arn:aws:ssm:us-east-1::document/MyDocument` (a customer's document needs its account) is not.
 */
function awsOwnedReading(arn: string): string | undefined {
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

/** An action entry whose ARNs are checked: it matches actions, some with a resource type (never `*` here: statements with a service wildcard are skipped). */
const checked = (a: ActionText): boolean => (a.flags & ACTION_FLAGS.hasResourceTypes) !== 0;

/**
 * RESOURCE_MISMATCH: an ARN that fits no resource type of any action of the statement. In an Allow
 * the entry grants nothing (a warning, as Access Analyzer rates values that can never match, such as
 * TYPE_MISMATCH); in a Deny it denies nothing, so what the author meant to deny stays allowed (an
 * error).
 */
export const resourceMismatch: LintRule = {
  code: 'RESOURCE_MISMATCH',
  severity: 'warning',
  description:
    'A Resource ARN fits no resource type of any action in the statement, so that entry never matches a request: an Allow grants nothing through it (warning); a Deny denies nothing through it (reported as an error). A resource type may have ARNs of another service, read by their service field (`sts:AssumeRoot` takes `arn:aws:iam::111122223333:root`). AWS-owned SSM documents are named with an empty account field, as the Systems Manager User Guide says to (`arn:aws:ssm:us-east-1::document/AWS-RunShellScript`, also as `automation-definition/`): such an ARN fits when its document name can begin with a prefix only AWS uses (`aws`, `amazon`, `amzn`, any case); a document of another name needs its account. So are SSM public parameters (Systems Manager User Guide, "Public parameters": `arn:aws:ssm:us-east-2::parameter/aws/service/...`): a parameter ARN with an empty account fits when its name can begin with `aws/`, the path only AWS\'s global parameters use.',
  kinds: ['identity', 'resource', 'boundary', 'scp', 'rcp', 'session', 'endpoint'],
  inspects: 'arns',
  check(ctx, report) {
    for (const s of ctx.statements) {
      if (s.actionElement !== 'Action' || s.resourceElement !== 'Resource') continue;
      if (s.anyServiceWildcard || (s.actionFlags & ACTION_FLAGS.hasResourceTypes) === 0) continue;
      for (let i = 0; i < s.resourceTexts.length; i++) {
        const r = s.resourceTexts[i]!;
        const f = r.arn;
        if (f === undefined || f.service === '' || f.service !== f.service.toLowerCase()) continue;
        const arn = withoutVariables(r.raw);
        if (s.actionTexts.some((a) => checked(a) && patternFitsArn(a.lower, arn))) continue;
        const owned = awsOwnedReading(arn);
        if (owned !== undefined && s.actionTexts.some((a) => checked(a) && patternFitsArn(a.lower, owned))) continue;
        const actions = s.actionTexts.filter(checked);
        const names = actions.map((a) => a.raw);
        // an ARN of a service none of the actions has an ARN format of: the reference lists no such pairing,
        // but it lags renames (AWS's own policies pair codestar-connections actions with codeconnections ARNs)
        const otherService = !actions.some((a) => listsArnService(a.lower, f.service));
        report(
          s.resources[i]!.path,
          `ARN ${show(r.raw)} fits no resource type of ${names.length === 1 ? `action ${show(names[0])}` : `the actions ${names.slice(0, 5).map(show).join(', ')}${names.length > 5 ? ', ...' : ''}`}, so this ${s.statement.Effect === 'Deny' ? 'Deny denies nothing through it' : 'entry grants nothing'}; check the ARN format in the Service Authorization Reference or move it to a statement with matching actions.${
            otherService ? ` The reference lists no resource of service ${show(f.service)} for ${names.length === 1 ? 'this action' : 'these actions'}; it can lag when AWS renames a service, so confirm in the service's documentation before removing the entry.` : ''
          }`,
          s.statement.Effect === 'Deny' ? 'error' : undefined,
        );
      }
    }
  },
};
