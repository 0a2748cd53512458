/** Wording of the CDK layer's findings and errors, in one place. Messages say what is wrong and what to do. */
import { count, fitAdvice, fullAccessOfMade, logsPoliciesOver, nameTakenRule, organizationDefaultMaybe, organizationKind, organizationPoliciesOver, parseMessages, permissionSetFit, permissionSetOver } from '../messages.js';
import { article, show } from '../model/messages.js';
import type { PolicySizeReport } from './template.js';
import type { TokenNote } from './tokens.js';
import type { OrganizationTargetCount } from './organizations.js';
import type { Utf8Problem } from '../internal/utf8.js';

function tokenText(notes: readonly TokenNote[]): string {
  if (notes.length === 0) return '';
  const shown = notes.slice(0, 4).map((n) => `${n.token} ${count(n.longest)}: ${n.why}`);
  return ` Tokens are counted at their longest value: ${shown.join('; ')}${notes.length > 4 ? `; and ${notes.length - 4} more` : ''}.`;
}

type Member = NonNullable<PolicySizeReport['aggregate']>['policies'][number];

/** The most members a size message lists by name: the longest, where there are more. */
const LISTED_MEMBERS = 10;

/**
 * The inline policies counted together, as a size message lists them: each by its resource (with its stack when
 * another template holds it) and, where one resource holds several (a role's `Policies`), its property; at most
 * {@link LISTED_MEMBERS}, the longest, in template order, and how many more there are.
 */
function members(all: readonly Member[]): string {
  const key = (m: Member) => `${m.stack ?? ''}\u0000${m.logicalId}`;
  const holders = new Map<string, number>();
  for (const m of all) holders.set(key(m), (holders.get(key(m)) ?? 0) + 1);
  const label = (m: Member) =>
    `${m.stack === undefined ? '' : `${m.stack}: `}${m.logicalId}${holders.get(key(m))! > 1 ? ` ${m.property.replace(/\.PolicyDocument$/, '')}` : ''} ${count(m.longest)}`;
  if (all.length <= LISTED_MEMBERS) return all.map(label).join(', ');
  const longest = new Set([...all].sort((a, b) => b.longest - a.longest).slice(0, LISTED_MEMBERS));
  return `${all.filter((m) => longest.has(m)).map(label).join(', ')} and ${count(all.length - LISTED_MEMBERS)} more`;
}

/** The managed-policy quota a count is over. */
function managedLimit(max: number, entity: string): string {
  return `more than the ${max} IAM allows (quota "Managed policies per ${entity}", adjustable up to 20 for roles and users)`;
}

/** Logical IDs as a message lists them: the first ten, and how many more there are. */
const listed = (ids: readonly string[]): string => `${ids.slice(0, 10).join(', ')}${ids.length > 10 ? ` and ${count(ids.length - 10)} more` : ''}`;

export const cdkMessages = {
  // errors (PolicyArgumentError, and the CLI's reading of cdk.out)
  stagesNotReached: (stages: readonly string[]) =>
    `TypedIamChecks does not reach the stacks of stage${stages.length === 1 ? '' : 's'} ${stages.map((p) => `'${p}'`).join(', ')}: CDK does not apply an app's aspects inside a Stage. Add it to each stage as well: Aspects.of(stage).add(new TypedIamChecks(...)).`,
  trustOnly: (kind: string) => `typed-iam: toAssumeRolePrincipal takes a trust policy (policy.trust(...)), not ${article(kind)} ${kind} policy.`,
  notPolicy: (fn: string, got: string) => `typed-iam: ${fn} takes a typed-iam policy (policy.identity(...), parsePolicy(...)), not ${got}.`,
  notCdkPolicy: (got: string) => `typed-iam: fromCdk takes a CDK PolicyDocument, a PolicyStatement or an array of PolicyStatements, not ${got}.`,
  notStack: (got: string) => `typed-iam: fromCdk's stack must be a CDK Stack (or omitted), not ${got}.`,
  badKindOption: (got: unknown) => `typed-iam: fromCdk's options must be an object ({ kind?: 'identity' | 'resource' | ... }), not ${show(got)}.`,
  notOptions: (got: unknown) => `typed-iam: options must be an object, not ${show(got)}.`,
  badOption: (name: string, got: unknown, expected: string) => `typed-iam: ${parseMessages.invalidOption(name, got, expected)}`,
  unknownOption: (names: readonly string[], known: readonly string[]) => `typed-iam: ${parseMessages.unknownOption(names, known)}`,
  notLogicalId: (argument: string, got: unknown) => `typed-iam: ${argument} must be ${argument === 'managedIds' ? 'an array of logical ids (strings)' : 'a logical id (a string)'} of the template, not ${show(got)}.`,
  suppressionCode: () => 'typed-iam: a suppression needs the finding code it suppresses.',
  suppressionReason: (code: string) => `typed-iam: the suppression of ${code} needs a reason; say why the finding is accepted.`,
  cannotRead: (file: string, detail: string) => `cannot read ${file}: ${detail}`,
  /** A problem of a file's text, at `file` or `file:line:column`. */
  located: (where: string, message: string) => `${where}: ${message}`,
  notJson: (detail: string) => `not valid JSON: ${detail.replace(/ (in JSON )?at position \d+.*$/s, '')}.`,
  notYaml: (detail: string) => `not a YAML template CloudFormation reads: ${detail}`,
  notTemplateText: (got: unknown) => `typed-iam: readTemplate reads the text of a template (a string), not ${show(got)}; give an object template to checkTemplate directly.`,
  notUtf8: (file: string, p: Utf8Problem) =>
    `${file}:${p.line}:${p.column}: not UTF-8 text (byte 0x${p.byte} at offset ${p.offset}); CloudFormation reads templates as UTF-8, so save it as UTF-8.`,
  duplicateKey: (key: string) =>
    `the key ${show(key)} is written twice in one object; which one CloudFormation uses is not documented, so the template is not checked. Remove one.`,
  notTemplate: (file: string) => `${file} is not a CloudFormation template (not a JSON object).`,
  policyNotTemplate: (file: string) => `${file} is an IAM policy, not a CloudFormation template or cdk.out directory: check it as a policy (typed-iam lint, or lint of typed-iam/lint).`,
  notSections: (file: string, keys: readonly string[], serverless: boolean) =>
    serverless
      ? `${file} is a Serverless Framework service file, not a CloudFormation template: run serverless package and check the template it writes, typed-iam cdk check .serverless/cloudformation-template-update-stack.json.`
      : `${file} is not a CloudFormation template: it has no Resources, and ${keys.slice(0, 5).map(show).join(', ')}${keys.length > 5 ? ', ...' : ''} ${keys.length === 1 ? 'is no section' : 'are no sections'} of one.`,
  noTemplates: (dir: string) => `${dir} holds no manifest.json and no *.template.json: give the cdk.out directory of a synthesised app (cdk synth), or a template file.`,
  missing: (path: string) => `${path} does not exist.`,
  notManifest: (file: string, what: string) => `${file} is not a cloud assembly manifest (${what}); give the cdk.out directory of a synthesised app (cdk synth), or a template file.`,
  noStacks: (dir: string) => `${dir} lists no stack template (no artifact of type aws:cloudformation:stack): nothing would be checked. Give the cdk.out directory of an app with stacks.`,
  outsideAssembly: (file: string, path: string) => `${file} names ${show(path)}, outside its cloud assembly directory; CDK writes every file of an assembly inside it.`,
  tooManyNested: (max: number) => `the assembly leads to more than ${count(max)} nested stacks (templates naming the same nested templates again and again); CDK writes no such app. Check the nested stack templates of the assembly.`,
  notResource: (file: string, id: string, what: string) => `${file}: resource ${show(id)} ${what}, so it is not a CloudFormation template CloudFormation would deploy.`,
  // findings
  notRead: (text: boolean) =>
    `The policy is not a JSON object in the template (${text ? 'text that is not JSON' : 'built by an intrinsic function at deploy time'}); typed-iam cannot check it.`,
  functionPolicyTwice: (permissions: readonly string[]) =>
    `This policy is the function's whole resource-based policy, and ${permissions.length === 1 ? 'AWS::Lambda::Permission' : `${permissions.length} AWS::Lambda::Permission resources`} ${listed(permissions)} add${permissions.length === 1 ? 's' : ''} statements to it: each write may replace the other's (CloudFormation: do not use both on one function). Move the permissions' statements into this policy.`,
  variableInSub: (name: string) =>
    `Fn::Sub reads ${show(`\${${name}}`)} as a parameter, resource or attribute named ${show(name)}, which the template cannot have (a name with a colon is none), so CloudFormation refuses the template; for the IAM policy variable write ${show(`\${!${name}}`)}.`,
  unresolvedReference: (written: string, name: string, near: readonly string[], resourceOnly: boolean) =>
    `${show(written)} names ${show(name)}, which is no ${resourceOnly ? 'resource (Fn::GetAtt reads the attributes of resources)' : 'parameter, resource or pseudo parameter'} of the template, so CloudFormation refuses it ("Unresolved resource dependencies [${name}]").${near.length === 0 ? '' : ` Did you mean ${near.map(show).join(' or ')}?`}`,
  partlyLinted: (max: number, read: number) =>
    `The policy's Fn::If conditions, Fn::Select indexes and Fn::FindInMap keys make more than ${count(max)} combinations; lint read ${count(read)} of them (the first ${count(max)}, and each branch number taken everywhere), so a finding in another may be missed. Its size is checked with every choice at its longest option. Split the policy, or make fewer choices in one policy.`,
  loopNotRead: (why: string) =>
    `The resources this Fn::ForEach loop makes (AWS::LanguageExtensions) are not checked: ${why}. Their policies, and what they add to a role's inline policies, are not known; write the loop over a list of text in the template, or check the processed template (aws cloudformation get-template --template-stage Processed).`,
  s3Body: () =>
    "The API's OpenAPI definition is in S3 (BodyS3Location), not in the template, so a resource policy in it (x-amazon-apigateway-policy) is not checked; to have it checked, give the definition in Body (ApiDefinition.fromInline) or the policy in the API's Policy property.",
  // why a Fn::ForEach loop was not expanded (the reason loopNotRead gives)
  loopShape: 'the loop is not [identifier, collection, fragment]',
  loopTooDeep: (max: number) => `loops nest more than ${max} deep`,
  loopCollection: 'its collection is known only at deploy time (a parameter, or values that are not text)',
  loopTooMany: (max: number) => `the loops of the template make more than ${count(max)} values`,
  loopNoResource: (key: string) => `it makes ${show(key)}, which is no resource (an object with a Type, and Properties and Metadata that are objects)`,
  /**
   * `n` CloudWatch Logs resource policies of the account made where `places` are (logical IDs, `stack: id` of the app's
   * other stacks); `maybe`: not all are sure to be in one account and Region; `custom`: some are aws-cdk-lib's custom resources.
   */
  logsPolicies: (n: number, places: readonly string[], maybe: { readonly conditional: boolean; readonly unknownEnvironment: boolean } | undefined, custom: boolean) =>
    `${n} CloudWatch Logs resource policies of the account are made in this stack's account and Region (${listed(places)})${
      maybe === undefined
        ? ''
        : ` if ${[maybe.conditional ? 'the resources under a template Condition are made' : '', maybe.unknownEnvironment ? "the app's stacks whose account or Region is not known at synth deploy to this stack's" : ''].filter((x) => x !== '').join(' and ')}`
    }. ${logsPoliciesOver('AWS::Logs::LogGroup ResourcePolicyDocument')}${custom ? ' aws-cdk-lib makes one for each events rule target CloudWatchLogGroup and each OpenSearch domain with logging (Custom::CloudwatchLogResourcePolicy), with no way to share one: for more, write such targets with the L1 CfnRule and one policy of yours naming their log groups.' : ''}`,
  organizationPolicies: (t: OrganizationTargetCount) => {
    const kind = organizationKind(t.type);
    const ids = t.policies.map((p) => (p.stack === undefined ? p.logicalId : `${p.stack}: ${p.logicalId}`));
    if (t.verdict === 'over')
      return `${t.certain} ${kind} are attached to ${t.target} (${listed(ids)}${t.made && t.type === 'scp' ? fullAccessOfMade : ''}). ${organizationPoliciesOver(t.type)}`;
    const ifs = [
      t.policies.some((p) => p.conditional) ? 'the policies under a template Condition are made' : '',
      t.type === 'scp' && t.made ? '' : organizationDefaultMaybe(t.type),
    ].filter((x) => x !== '');
    return `${t.possible} ${kind} are attached to ${t.target} (${listed(ids)}${t.type === 'scp' && t.made ? ', and FullAWSAccess' : ''}) if ${ifs.join(', and if ')}. ${organizationPoliciesOver(t.type)}`;
  },
  nameTaken: (kind: string, name: string, others: readonly string[], elsewhere: boolean, maybe: { readonly conditional: boolean; readonly unknownAccount: boolean } | undefined) =>
    `${others.length === 1 ? 'Another' : `${others.length} other`} ${kind}${others.length === 1 ? '' : 's'} named ${show(name)} (${listed(others)}) ${maybe === undefined ? (others.length === 1 ? 'is' : 'are') : 'may be'} made in this stack's account${elsewhere ? ' (in any Region)' : ''}${
      maybe === undefined ? '' : ` if ${[maybe.conditional ? 'the resources under a template Condition are made' : '', maybe.unknownAccount ? "the app's stacks whose account is not known at synth deploy to this stack's" : ''].filter((x) => x !== '').join(' and ')}`
    }. ${nameTakenRule('Fn::Sub "name-${AWS::Region}" or Stack.of(this).region in CDK')}`,
  managedQuota: (n: number, max: number, entity: string) => `${n} managed policies are attached, ${managedLimit(max, entity)}; attach fewer or raise the quota and set maxManagedPolicies.`,
  permissionSetQuota: (n: number, max: number, exact: boolean) =>
    `${exact ? n : `Up to ${n}`} managed policies are attached (ManagedPolicies and CustomerManagedPolicyReferences${exact ? '' : ', each Fn::If counted by its longer branch'}), ${n - max} ${permissionSetOver(max)}; with a raised quota, set maxManagedPolicies.`,
  managedQuotaWhere: (n: number, max: number, entity: string, where: readonly (readonly string[])[], more: number) =>
    `${n} managed policies are attached where ${where.map((w) => w.join(' and ')).join(', or where ')}${more > 0 ? ` (and in ${more} more combinations of the template's conditions)` : ''}, ${managedLimit(max, entity)}, so deployment fails there; attach fewer in that case or raise the quota and set maxManagedPolicies.`,
  managedQuotaAtOnce: (n: number, max: number, entity: string, combinations: number) =>
    `Up to ${n} managed policies may be attached, ${managedLimit(max, entity)}: they were counted with every choice at once, since the Fn::If conditions attaching them make more than ${count(combinations)} combinations. Attach fewer, or make fewer choices in ManagedPolicyArns and the managed policies' Roles, Users and Groups.`,
  /** A choice made (a choice key of tokens.ts and the option it takes), as a reader knows it: `condition Prod is true`. */
  choice: (key: string, option: number) => (key.startsWith('if:') ? `condition ${key.slice(3)} is ${option === 0 ? 'true' : 'false'}` : `choice ${key} takes option ${option + 1}`),
  diffPartly: (max: number, compared: number) =>
    `the policies' Fn::If conditions, Fn::Select indexes and Fn::FindInMap keys in the two versions make more than ${count(max)} combinations; ${count(compared)} were compared (the first ${count(max)}, and each branch number taken everywhere), so access changed in another may be missed. Split the policies, or make fewer choices in one construct's policies.`,
  size: (r: PolicySizeReport): string => {
    const unit = r.unit === 'bytes' ? 'bytes' : 'characters';
    const limit = `${count(r.limit)}-${r.unit === 'bytes' ? 'byte' : 'character'} limit`;
    const what = r.aggregate === undefined ? 'The policy is' : `The inline policies of ${r.aggregate.entity} are together`;
    const exact = r.longest === r.shortest ? `${count(r.longest)} ${unit}` : `at most ${count(r.longest)} ${unit} (at least ${count(r.shortest)})`;
    const verdict =
      r.fits === 'yes'
        ? `within the ${limit} of target '${r.target}'`
        : r.fits === 'no'
          ? `${count(r.shortest - r.limit)} over the ${limit} of target '${r.target}'; ${r.resourceType === 'AWS::SSO::PermissionSet' ? 'provisioning it to an account (an assignment) will fail' : 'deployment will fail'}`
          : r.aggregate?.outside === true && r.longest <= r.limit
            ? `within the ${limit} of target '${r.target}' only if the inline policies ${r.aggregate.entity} has outside this app take at most ${count(r.limit - r.longest)} more: no stack of the app makes it, so they are not known`
            : r.tokens.length === 0
              ? // no token: the length depends on what the template's choices pick
                `over the ${limit} of target '${r.target}' where the template's choices (Fn::If conditions, Fn::Select indexes, Fn::FindInMap keys) pick the longest values; shorten those, or make room`
              : `over the ${limit} of target '${r.target}' if its tokens resolve to long values (or its Fn::If, Fn::Select and Fn::FindInMap choices pick the longest); set their lengths (tokenLengths) to check exactly, or make room`;
    // a policy of another stack (attached to this stack's role) is named with its stack
    const parts = r.aggregate === undefined || r.aggregate.policies.length < 2 ? '' : ` (${members(r.aggregate.policies)})`;
    const fit = r.resourceType === 'AWS::SSO::PermissionSet' ? permissionSetFit('CustomerManagedPolicyReferences') : fitAdvice(r.target, undefined, 'set trustPolicyLimit', 'new TypedIamChecks({ fitRolePolicies: true }) does it');
    const advice = r.fits === 'no' ? ` ${fit}` : '';
    return `${what} ${exact}${parts}: ${verdict}.${advice}${tokenText(r.tokens)}`;
  },
  suppressionStale: (message: string, reason: string, why: string) => `${message} (The suppression "${reason}" no longer applies: ${why})`,
  unproven: (reasons: readonly string[]) => `typed-iam could not prove the policy grants nothing beyond its reference (${reasons.join('; ')})`,
  widened: (action: string, resource: string, principal: string | undefined) =>
    `the policy now grants ${action} on ${resource}${principal === undefined ? '' : ` to ${principal}`}, which its reference did not`,
  notOnePolicy: () => 'it is bound to a reference policy, and this finding is not about one policy',
  // the aspect's annotations and the policies it creates
  sizeInfo: (s: PolicySizeReport): string => {
    const where = s.aggregate === undefined ? s.property : `${s.property} (inline policies of ${s.aggregate.entity} together)`;
    const len = s.longest === s.shortest ? `${count(s.longest)}` : `at most ${count(s.longest)}`;
    return `[typed-iam] POLICY_SIZE ${where}: ${len} of ${count(s.limit)} ${s.unit} (target '${s.target}')${s.tokens.length > 0 ? `, tokens at their longest (${s.tokens.map((t) => `${t.token} ${count(t.longest)}`).slice(0, 4).join(', ')})` : ''}.`;
  },
  layoutFailed: (why: string) => `[typed-iam] fitRolePolicies: the role's policies could not be laid out: ${why}`,
  overflowDescription: (path: string) => `Part of the policies for ${path} (typed-iam fitRolePolicies)`,
} as const;

/** Why a YAML template is not read (each follows `file:line:column: `); each says what to write instead. */
export const yamlMessages = {
  control: (code: number) => `the character U+${code.toString(16).toUpperCase().padStart(4, '0')} is not allowed in YAML; remove it, or write it as an escape in a double-quoted value.`,
  afterValue: 'text after the value on its line; put the next key or entry on a line of its own, or quote the value.',
  tooDeep: (max: number) => `nested deeper than ${max} levels; no CloudFormation template nests that deep.`,
  directive: 'a directive other than %YAML; CloudFormation templates use none, so remove it.',
  directiveWithoutStart: 'a %YAML directive must be followed by a line "---" that starts the document.',
  secondDocument: 'a second YAML document ("---"); CloudFormation reads one template per file, so keep one document.',
  badIndent: 'bad indentation: this line is indented differently from the entries before it; indent the entries of one mapping or sequence alike.',
  tab: 'a tab in indentation; YAML indents with spaces only.',
  keyTag: 'a tag or anchor on a mapping key is not read; remove it, or put the mapping on the next line.',
  valueOnKeyLine: 'a mapping value cannot hold "key: value" on the line of its own key; start the mapping on the next line, indented, or quote the text.',
  expectedKey: 'expected a mapping key ("key: value").',
  explicitKey: 'an explicit key ("? key") is not read; write the key as "key: value".',
  merge: 'a merge key ("<<"); CloudFormation does not support hash merges, so write the keys out.',
  duplicate: (key: string) => `the key ${show(key)} is written twice in one mapping; which one CloudFormation uses is not documented, so the template is not checked. Remove one.`,
  entryInMapping: 'a sequence entry ("- ") among the keys of a mapping; indent it under the key it belongs to.',
  indicator: (ch: string) => `a plain value cannot start with ${show(ch)}; quote the value.`,
  unclosed: (q: string) => `a ${q === '"' ? 'double' : 'single'}-quoted value that is never closed; add the closing ${q}.`,
  badEscape: (text: string) => `${show(text)} is not a YAML escape; write \\\\ for a backslash.`,
  blockHeader: 'text after "|" or ">"; only indentation and chomping indicators (a digit, "-" or "+") and a comment may follow.',
  unclosedFlow: 'a "[" or "{" that is never closed; add the closing bracket.',
  complexKey: 'a mapping key that is a collection or has a tag; write a plain or quoted key.',
  expectedFlow: (close: string) => `expected "," or "${close}".`,
  emptyEntry: 'an empty entry inside "[ ]" or "{ }"; remove the extra ",".',
  multilineFlow: 'a plain value spread over lines inside "[ ]" or "{ }" is not read; quote it, or keep it on one line.',
  alias: 'an alias ("*name"); CloudFormation does not support aliases, so write the value out.',
  twoTags: 'two tags on one value; keep one.',
  nonSpecificTag: 'a tag "!" alone is not read (YAML and PyYAML read an empty value with it differently); remove it, and quote the value if it is text.',
  verbatimTag: 'a verbatim tag ("!<...>") is not read; use the short form of the function (!Ref, !Sub, ...).',
  badAnchor: 'an anchor ("&name") is named by letters, digits, "-" and "_", is followed by a space, and a value has at most one; remove it (CloudFormation supports no aliases to use it).',
  notOfTag: (tag: string, text: string) => `${show(text)} is not a value of the tag !${tag}; remove the tag or correct the value.`,
  wrongKind: (tag: string) => `the tag !${tag} is not one for a mapping or sequence; remove it.`,
  notFinite: (text: string) => `${show(text)} is a YAML number JSON cannot hold; quote it if it is text.`,
  unsupportedTag: (tag: string) => `CloudFormation does not support the tag !${tag} (binary, omap, pairs, set and timestamp); write the value as text.`,
  unknownTag: (tag: string) =>
    `the tag ${tag} is not an intrinsic function's short form CloudFormation reads (!Ref, !GetAtt, !Sub, !Join, !If, ...); write the function in its full form ("Fn::Name:"), or process the template (a macro, rain pkg) before checking it.`,
  getAtt: (text: string) => `!GetAtt ${show(text)} does not name "Resource.Attribute"; write !GetAtt Resource.Attribute, or !GetAtt [Resource, Attribute].`,
} as const;
