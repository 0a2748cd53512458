/**
 * Every IAM policy of a CloudFormation template, read, linted and sized: the engine under the
 * `TypedIamChecks` aspect and `typed-iam cdk check`. It works on templates (what CDK synthesises),
 * so it reaches policies whichever construct made them, and imports nothing of aws-cdk-lib.
 */
import { checkNoNewAccess } from '../analyze/index.js';
import { IamPolicyError, PolicyArgumentError, PolicyParseError } from '../errors.js';
import { parseMessages, sessionPolicyTags } from '../messages.js';
import { DEFAULT_MAX_DEPTH } from '../parse/index.js';
import { checkTemplateOptions } from './options.js';
import { cdkMessages } from './messages.js';
import { cdkAdvice } from './origins.js';
import { measure } from '../emit/size.js';
import { ATTACHABLE } from '../emit/attachable.js';
import type { PolicySet } from '../evaluate/types.js';
import { SIZE_TARGETS, type SizeTarget, type SizeTargetName } from '../emit/size-targets.js';
import { lint, lintRules, SEVERITIES, type Finding, type Severity } from '../lint/index.js';
import { RULES } from '../lint/registry.js';
import { READER_CODES, type EntityKind } from '../lint/types.js';
import { keyPath } from '../lint/context.js';
import { unattachableManagedPolicy } from '../lint/attachable.js';
import { managedPolicyPath } from '../catalog/managed-policies.js';
import { indexOf, nearest, type NameIndex } from '../catalog/nearest.js';
import { PRINCIPAL_MAX } from './resources.js';
import type { PolicyKind } from '../model/policy-document.js';
import { isAccountId } from '../model/principals.js';
import { functionKey, lambdaPermissionStatement } from '../model/lambda-permission.js';
import { bytesOf, entityNamed, entityOf, ifKey, isIntrinsic, isNoValue, isObject, listOf, namedEntity, nestsTooDeep, readString, resourceShapeProblem, subPieces, type Chooser, type Piece, type Props, type ReadContext, type Template, type TemplateResource, type TemplateValue, type TokenNote } from './tokens.js';
import { expandLoops } from './foreach.js';
import { organizationPolicyUses, organizationTargets, type OrganizationPolicyUse } from './organizations.js';
import { iamNameClashes, iamNameUses, type IamNameElsewhere, type IamNameUse } from './names.js';
export type { OrganizationPolicyUse } from './organizations.js';
export type { IamNameElsewhere, IamNameUse } from './names.js';
import { utf8Length } from '../emit/size.js';
import { hasKeyDeep, isRecord, ownValue, setOwn } from '../internal/record.js';

export type { Template, TemplateResource, TemplateValue, TokenNote } from './tokens.js';

/** One policy document of a template. */
export interface PolicySite {
  readonly logicalId: string;
  readonly resourceType: string;
  /** Where in the resource's properties: `PolicyDocument`, `Policies[0].PolicyDocument`, ... */
  readonly property: string;
  readonly kind: PolicyKind;
  /** The size quota it is checked against; absent where AWS documents none (Kinesis, AWS Backup vault, S3 access point, ...). */
  readonly target?: SizeTarget;
  /** The document as written in the template (intrinsics included). */
  readonly document: TemplateValue;
  /** Entities whose aggregate inline budget this policy counts toward (`Role:MyRole1234`). */
  readonly entities: readonly string[];
  /**
   * The target of each entity when it differs from `target`: an `AWS::IAM::Policy` attached to
   * roles, users and groups counts toward each one's own quota (inline-role, -user, -group).
   */
  readonly entityTargets?: { readonly [entity: string]: SizeTarget };
  /** Other resources this policy was assembled from (Lambda permissions of one function). */
  readonly also: readonly string[];
  /** For a policy assembled from several resources: the logical id each statement comes from, in order. */
  readonly owners?: readonly string[];
  /**
   * The JSON text, when the template gives the policy as a string (CloudFormation passes it on as
   * written, so a target that counts whitespace counts that text).
   */
  readonly written?: string;
  /**
   * For a policy given as JSON text that `Fn::Sub` or `Fn::Join` builds and that is not compact (a
   * hand-written template's indented policy): what the text as written has beyond its compact form,
   * which a target that counts whitespace counts.
   */
  readonly writtenExtra?: WrittenExtra;
  /**
   * Its object keys are `Fn::Sub` text: a policy given as JSON text whose keys hold tokens
   * (`"aws:ResourceTag/kubernetes.io/cluster/${ClusterName}": "owned"` in an `Fn::Sub`), each such key
   * written as the template writes it; the reader resolves them as `Fn::Sub` does.
   */
  readonly keysSub?: true;
  /**
   * Set when the policy may not be deployed: an `Fn::If` chooses it (`group` names the choice,
   * `branch` the alternative) or a `Condition` decides whether its resource exists. The inline
   * policies of one entity count the longest alternative of each choice, and none at their shortest.
   */
  readonly choice?: { readonly group: string; readonly branch: string };
  /**
   * The branch (1 or 2) each condition takes where `Fn::If`s chose this policy (`KeyPolicy.Fn::If[1]`:
   * `{ Prod: 1 }`): an `Fn::If` on one of them inside the document takes the same branch.
   */
  readonly conditions?: { readonly [condition: string]: 1 | 2 };
}

/** A document read: text for lint, longest and shortest forms for size, and the tokens in it. */
export interface ReadDocument {
  readonly lint: TemplateValue;
  /** Tokens replaced by unique stand-ins exactly as long as their longest value. */
  readonly long: TemplateValue;
  readonly short: TemplateValue;
  /** Stand-in text of `long` -> the template value it stands for. */
  readonly tokens: ReadonlyMap<string, TemplateValue>;
  /** Stand-in text of `long` -> the UTF-8 bytes its value may take beyond the stand-in's length (text beyond ASCII). */
  readonly extraBytes: ReadonlyMap<string, number>;
  readonly notes: readonly TokenNote[];
  /** Lint paths (`Statement[2].Resource`) of elements holding a value nothing is known about. */
  readonly unknown: ReadonlySet<string>;
}

/** A finding about one policy of a template. */
export interface TemplateFinding extends Finding {
  readonly logicalId: string;
  readonly resourceType: string;
  /** The policy's place in the resource: `PolicyDocument`, `Policies[0].PolicyDocument`, ... */
  readonly property: string;
  /** Full path in the template: `Resources.Role1ABCD.Properties.PolicyDocument.Statement[0].Action[0]`. */
  readonly templatePath: string;
  /** Set when a suppression covers the finding. */
  readonly suppressed?: { readonly reason: string };
}

/** The size of one policy (or one entity's inline policies together) against its target. */
export interface PolicySizeReport {
  readonly logicalId: string;
  readonly resourceType: string;
  readonly property: string;
  readonly target: SizeTargetName | string;
  readonly unit: 'characters' | 'bytes';
  readonly limit: number;
  /** Length with every token at its longest value: "fits" is a guarantee when this is within the limit. */
  readonly longest: number;
  /** Length with every token at its shortest value. */
  readonly shortest: number;
  /** `yes` (longest fits), `no` (even the shortest is over), `maybe` (depends on token values). */
  readonly fits: 'yes' | 'no' | 'maybe';
  readonly tokens: readonly TokenNote[];
  /** For aggregate targets: the entity and the policies counted together. */
  readonly aggregate?: {
    readonly entity: string;
    /** Each policy counted; `stack` names the template of one from another template of the app (`inlineElsewhere`). */
    readonly policies: readonly { readonly logicalId: string; readonly property: string; readonly longest: number; readonly stack?: string }[];
    /** The entity is in no template of the app: IAM also counts its inline policies made elsewhere, which are not known (`fits` is then at most `maybe`). */
    readonly outside?: true;
  };
}

/** A rule suppression: a finding `code` on the resources under `path`, for a stated reason. */
export interface Suppression {
  /** Finding code (`PUBLIC_PRINCIPAL_WITHOUT_CONDITION`, `POLICY_SIZE_EXCEEDS_QUOTA`, ...). */
  readonly code: string;
  /** Why the finding is accepted. Required: a suppression without a reason is an error. */
  readonly reason: string;
  /** Construct path (prefix, `Stack/Bucket`) or logical ID the suppression is limited to; default: everywhere. */
  readonly path?: string;
  /**
   * The policy as it was when the finding was accepted (a JSON document; with the aspect also a
   * typed-iam policy or a CDK `PolicyDocument`, tokens allowed). The suppression holds only while
   * the policy grants nothing beyond it (typed-iam/analyze `checkNoNewAccess`), so it stops
   * covering later widening.
   */
  readonly reference?: object;
}

/** Options of {@link checkTemplate}. */
export interface TemplateCheckOptions {
  /** Longest values the user knows: keys are pseudo parameters, resource types, logical IDs, parameter or export names. */
  readonly tokenLengths?: { readonly [key: string]: number };
  /** Longest value of a token nothing is known about. Default 2048, the longest ARN IAM accepts. */
  readonly unknownTokenLength?: number;
  /** Managed policies a role, user or group may have attached. Default 10 (IAM default quota). */
  readonly maxManagedPolicies?: number;
  /** Role trust policy length limit (adjustable quota, default 2,048). */
  readonly trustPolicyLimit?: number;
  /** Lint rule settings passed to `lint` (`{ REDUNDANT_ACTION: 'off' }`). */
  readonly rules?: { readonly [code: string]: 'off' | Severity };
  readonly suppressions?: readonly Suppression[];
  /**
   * Names this template among the app's (a construct path, an assembly's stack name): an entity
   * another template names (`Fn::ImportValue`, a nested stack's parameter) is told apart by it.
   */
  readonly stackKey?: string | undefined;
  /**
   * The inline policies other templates of the app give an entity (an `AWS::IAM::Policy` in another
   * stack or a nested stack attached to this stack's role): IAM counts them against the same quota.
   * The aspect and `cdk check` set it; see {@link inlineMembers}.
   */
  readonly inlineElsewhere?: ((entity: string, target: string) => readonly InlineMember[]) | undefined;
  /**
   * The construct path of the resource of an entity in another template of the app, when one holds
   * it (see {@link entityHolders}); the aspect and `cdk check` set it. An entity no template holds is
   * outside the app: IAM counts inline policies it has there too, which no template shows.
   */
  readonly entityHolder?: ((entity: string) => string | undefined) | undefined;
  /** The managed policies other templates of the app attach to an entity (see {@link managedAttachments}); the aspect and `cdk check` set it. */
  readonly managedElsewhere?: ((entity: string) => readonly ManagedAttachment[]) | undefined;
  /**
   * The CloudWatch Logs resource policies of the account the app's other templates make (see
   * {@link accountLogsPolicies}), each with whether it is in this template's account and Region:
   * CloudWatch Logs counts them together. The aspect and `cdk check` set it.
   */
  readonly logsPoliciesElsewhere?: (() => readonly LogsPolicyElsewhere[]) | undefined;
  /**
   * The SCPs and RCPs the app's other templates attach to roots, OUs and accounts named by their ids
   * (see {@link attachedOrganizationPolicies}): AWS Organizations counts the policies attached to one
   * root, OU or account together. The aspect and `cdk check` set it.
   */
  readonly organizationPoliciesElsewhere?: (() => readonly OrganizationPolicyUse[]) | undefined;
  /**
   * The roles, users, groups and managed policies the app's other templates name (see
   * {@link namedIamResources}), each with whether it deploys to this template's account: IAM names
   * are unique in an account, in every Region. The aspect and `cdk check` set it.
   */
  readonly iamNamesElsewhere?: (() => readonly IamNameElsewhere[]) | undefined;
  /** Stack name, account, region and partition when known. */
  readonly stackName?: string | undefined;
  readonly account?: string | undefined;
  /**
   * The accounts of the app's other stacks (12-digit ids), which lint reads as your own beside
   * `account`: a role trusting the account of another stage of the app is no third party's
   * (`CROSS_ACCOUNT_TRUST_WITHOUT_CONDITION`). The aspect and `cdk check` set it.
   */
  readonly appAccounts?: readonly string[] | undefined;
  readonly region?: string | undefined;
  readonly partition?: string | undefined;
  /** Construct path of a logical ID (default: the resource's `aws:cdk:path` metadata). */
  readonly pathOf?: (logicalId: string) => string | undefined;
  /** Value of `Fn::ImportValue` exports from other templates. */
  readonly importValue?: ReadContext['importValue'];
  /** Value of the parameters a parent stack passes to this nested stack. */
  readonly parameterValue?: ReadContext['parameterValue'];
  /** Value of the outputs of this stack's nested stacks. */
  readonly nestedOutput?: ReadContext['nestedOutput'];
  /**
   * Whether a CDK feature flag is set in the app (the aspect passes `FeatureFlags`); unknown by
   * default, as for `cdk check`. A finding's advice names a flag only when it is not known to be set.
   */
  readonly featureFlag?: (name: string) => boolean;
}

/** One inline policy counted toward an entity's aggregate quota, measured in its own template. */
export interface InlineMember {
  /** The template holding it ({@link TemplateCheckOptions.stackKey}). */
  readonly stack: string;
  readonly logicalId: string;
  readonly property: string;
  readonly longest: number;
  readonly shortest: number;
  readonly choice?: PolicySite['choice'];
  /** The entity as a reader knows it (its construct path), when this template holds it. */
  readonly entityName?: string;
  readonly tokens: readonly TokenNote[];
}

/**
 * A CloudWatch Logs resource policy of the account (one PutResourcePolicy makes without a
 * `resourceArn`) that a template makes: an `AWS::Logs::ResourcePolicy`, or a custom resource whose
 * SDK call puts one (aws-cdk-lib's events rule target `CloudWatchLogGroup`, an OpenSearch domain's
 * `logging`). CloudWatch Logs allows 10 in each account and Region (`ATTACHABLE.logsPolicies`).
 */
export interface LogsPolicyUse {
  /** The template holding it ({@link TemplateCheckOptions.stackKey}). */
  readonly stack: string;
  readonly logicalId: string;
  readonly resourceType: string;
  /** Its policy name where the template writes it out: uses of one name are one policy. */
  readonly name?: string;
  /** Made only when its resource's `Condition` is true. */
  readonly conditional: boolean;
}

/** A {@link LogsPolicyUse} of another template of the app: `sameAccount` says whether it is in this template's account and Region (`maybe`: one of them is not known at synth). */
export interface LogsPolicyElsewhere extends LogsPolicyUse {
  readonly sameAccount: 'yes' | 'maybe';
}

/** What {@link checkTemplate} returns. */
export interface TemplateCheck {
  readonly policies: readonly PolicySite[];
  readonly findings: readonly TemplateFinding[];
  readonly sizes: readonly PolicySizeReport[];
}

/**
 * Codes of the findings this module makes itself (lint's codes come from typed-iam/lint).
 *
 * @example
 * ```ts
 * import { readFileSync } from 'node:fs';
 * import { CDK_CODES, checkTemplate } from 'typed-iam/cdk';
 * const { findings } = checkTemplate(JSON.parse(readFileSync('cdk.out/App.template.json', 'utf8')));
 * findings.filter((f) => f.code === CDK_CODES.size); // policies over their quota
 * ```
 */
export const CDK_CODES = {
  size: READER_CODES.size,
  maybeSize: READER_CODES.maybeSize,
  managedQuota: READER_CODES.managedQuota,
  maybeManagedQuota: READER_CODES.maybeManagedQuota,
  notRead: READER_CODES.notRead,
  partlyLinted: READER_CODES.partlyLinted,
  functionPolicyTwice: READER_CODES.functionPolicyTwice,
  variableInSub: READER_CODES.variableInSub,
  unresolvedReference: READER_CODES.unresolvedReference,
  sessionPolicyTags: READER_CODES.sessionPolicyTags,
  managedNotAttachable: READER_CODES.managedNotAttachable,
  logsQuota: READER_CODES.logsQuota,
  maybeLogsQuota: READER_CODES.maybeLogsQuota,
  organizationQuota: READER_CODES.organizationQuota,
  maybeOrganizationQuota: READER_CODES.maybeOrganizationQuota,
  nameTaken: READER_CODES.nameTaken,
  maybeNameTaken: READER_CODES.maybeNameTaken,
} as const;

const DEFAULT_UNKNOWN_LENGTH = 2048;

/**
 * Every value a list property may hold, across the branches of `Fn::If` (of the list or of an
 * entry), `AWS::NoValue` left out; with `choose`, in the branches it picks.
 */
export function entries(v: TemplateValue | undefined, choose?: Chooser): TemplateValue[] {
  return choices(v, choose).flatMap(({ value }) => listOf(value)).flatMap((x) => choices(x, choose).map((c) => c.value));
}

/**
 * The roles, users and groups an `AWS::IAM::Policy` is embedded in (its `Roles`, `Users`, `Groups`,
 * as {@link entityKey}s), with the target each counts it against: in every branch of an `Fn::If`,
 * or, with `choose`, in the branch it picks.
 */
export function policyEntities(p: Props, choose?: Chooser): { key: string; target: SizeTarget }[] {
  const out: { key: string; target: SizeTarget }[] = [];
  for (const [prop, target] of [['Roles', T['inline-role']], ['Users', T['inline-user']], ['Groups', T['inline-group']]] as const)
    for (const e of entries(p[prop], choose)) {
      const key = entityKey(e);
      if (key !== undefined && !isNoValue(e)) out.push({ key, target });
    }
  return out;
}

/**
 * The function a template names: `Ref F` and `Fn::GetAtt [F, Arn]` are `F`; a name, a partial ARN
 * and an ARN are `name:` and {@link functionKey}'s key (`name:f|prod`); another intrinsic is its JSON.
 */
function templateFunctionKey(v: TemplateValue): string | undefined {
  return typeof v === 'string' ? `name:${functionKey(v)}` : entityKey(v);
}

/**
 * The AWS::Lambda::ResourcePolicy resources whose function AWS::Lambda::Permission resources grant
 * on too, each with those permissions: CloudFormation's reference says not to use both on one
 * function (PutResourcePolicy replaces the policy AddPermission adds to).
 */
function functionPolicyTwice(resources: NonNullable<Template['Resources']>): [string, string[]][] {
  const permissions = new Map<string, string[]>();
  const policies: [string, string][] = [];
  for (const [id, r] of Object.entries(resources)) {
    const p = isObject(r.Properties) ? r.Properties : {};
    const key = r.Type === 'AWS::Lambda::Permission' ? p['FunctionName'] : r.Type === 'AWS::Lambda::ResourcePolicy' ? p['ResourceArn'] : undefined;
    const k = key === undefined ? undefined : templateFunctionKey(key);
    if (k === undefined) continue;
    if (r.Type === 'AWS::Lambda::Permission') permissions.set(k, [...(permissions.get(k) ?? []), id]);
    else policies.push([id, k]);
  }
  return policies.flatMap(([id, k]) => (permissions.has(k) ? [[id, permissions.get(k)!] as [string, string[]]] : []));
}

/** `Ref X` -> `X`; `Fn::GetAtt [X, Arn]` -> `X`; a literal name -> `name:<text>`. */
function entityKey(v: TemplateValue): string | undefined {
  if (typeof v === 'string') return `name:${v}`;
  if (!isIntrinsic(v)) return undefined;
  const ref = (v as { Ref?: unknown }).Ref;
  if (typeof ref === 'string') return ref;
  const att = (v as { 'Fn::GetAtt'?: unknown })['Fn::GetAtt'];
  if (Array.isArray(att) && typeof att[0] === 'string') return att[0];
  // nested too deep for JSON.stringify (a hostile template; CloudFormation refuses it): names nothing to compare
  return nestsTooDeep(v) ? undefined : JSON.stringify(v);
}

function jsonText(v: TemplateValue | undefined): TemplateValue | undefined {
  if (typeof v !== 'string') return v;
  try {
    return JSON.parse(v) as TemplateValue;
  } catch {
    return v;
  }
}

/** Marker of a token in JSON text being read (DEL: never in a policy CDK writes). */
const TOKEN_MARK = '\u007f';

type TextPart = { readonly text: string } | { readonly token: TemplateValue };

/** The text an `Fn::Join` (with `''`) or `Fn::Sub` builds, as literal text and the tokens in it. */
function textParts(v: TemplateValue, depth = 0): TextPart[] {
  if (typeof v === 'string') return [{ text: v }];
  if (depth > 16 || !isIntrinsic(v)) return [{ token: v }];
  const join = (v as { 'Fn::Join'?: unknown })['Fn::Join'];
  if (Array.isArray(join) && join[0] === '' && Array.isArray(join[1])) return (join[1] as TemplateValue[]).filter((x) => !isNoValue(x)).flatMap((x) => textParts(x, depth + 1));
  const pieces = subPieces(v);
  if (pieces === undefined) return [{ token: v }];
  return pieces.flatMap((p): TextPart[] =>
    'text' in p ? [p] : 'value' in p ? textParts(p.value, depth + 1) : [{ token: p.attr === undefined ? { Ref: p.ref } : { 'Fn::GetAtt': [p.ref, p.attr] } }],
  );
}

/**
 * A policy given as JSON text built by `Fn::Join` or `Fn::Sub` (CDK writes a policy holding
 * tokens so where the property is a string: a CloudWatch Logs resource policy), as a document
 * whose tokens are intrinsics again. `undefined` unless the text is compact JSON (what
 * CloudFormation sends is then its compact form) with tokens inside strings only; with `keyText`,
 * tokens in object keys too (a `CfnJson` value), each key's token replaced by its text.
 */
function joinedJson(v: TemplateValue, keyText?: (token: TemplateValue) => string): TemplateValue | undefined {
  return readJoined(v, keyText, false)?.document;
}

/** What JSON text as written has beyond its compact form (its whitespace), in characters and in UTF-8 bytes. */
export interface WrittenExtra {
  readonly characters: number;
  readonly bytes: number;
}

/**
 * {@link joinedJson}, and with `loose` JSON text that is not compact too (a template written by hand:
 * `PolicyDocument: !Sub |` and an indented policy, as Karpenter's getting-started template writes
 * its controller policies), with what the text has beyond its compact form (`extra`: CloudFormation
 * sends the text as written, so a target counting whitespace counts it).
 */
function readJoined(v: TemplateValue, keyText: ((token: TemplateValue) => string) | undefined, loose: boolean): { document: TemplateValue; extra?: WrittenExtra; keysSub?: true } | undefined {
  const parts = textParts(v);
  if (parts.length === 1 && 'token' in parts[0]!) return undefined;
  const tokens: TemplateValue[] = [];
  let text = '';
  for (const p of parts) {
    if ('text' in p) {
      if (p.text.includes(TOKEN_MARK)) return undefined;
      text += p.text;
    } else text += `${TOKEN_MARK}${tokens.push(p.token) - 1}${TOKEN_MARK}`;
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return undefined;
  const compact = JSON.stringify(parsed);
  if (compact !== text && !loose) return undefined;
  const marker = new RegExp(`${TOKEN_MARK}(\\d+)${TOKEN_MARK}`);
  let keysSub = false;
  const restore = (x: unknown): TemplateValue | undefined => {
    if (typeof x === 'string') {
      if (!x.includes(TOKEN_MARK)) return x;
      const pieces = x.split(marker).map((piece, i) => (i % 2 === 1 ? tokens[Number(piece)]! : piece)).filter((piece) => piece !== '');
      return pieces.length === 1 ? pieces[0]! : { 'Fn::Join': ['', pieces] };
    }
    if (Array.isArray(x)) {
      const out: TemplateValue[] = [];
      for (const y of x) {
        const r = restore(y);
        if (r === undefined) return undefined;
        out.push(r);
      }
      return out;
    }
    if (typeof x === 'object' && x !== null) {
      const out: { [k: string]: TemplateValue } = {};
      for (const [k, y] of Object.entries(x)) {
        const r = restore(y);
        if (r === undefined) return undefined;
        let key = k;
        if (k.includes(TOKEN_MARK)) {
          // a key holding tokens: each token's text (keyText), or, reading loosely, the key as Fn::Sub text
          // (`aws:ResourceTag/kubernetes.io/cluster/${ClusterName}`), which the reader resolves (ReadContext.subKeys)
          const sub = keyText === undefined && loose ? subText(k.split(marker), tokens) : undefined;
          if (keyText === undefined && sub === undefined) return undefined;
          if (sub !== undefined) keysSub = true;
          key = sub ?? k.split(marker).map((piece, i) => (i % 2 === 1 ? keyText!(tokens[Number(piece)]!) : piece)).join('');
        }
        if (Object.hasOwn(out, key)) return undefined; // two keys that read the same: not judged
        setOwn(out, key, r);
      }
      return out;
    }
    return x as TemplateValue;
  };
  const document = restore(parsed);
  if (document === undefined) return undefined;
  // the tokens' markers are in both texts alike, so the difference is the same whatever they resolve to
  const extra = compact === text ? {} : { extra: { characters: text.length - compact.length, bytes: utf8Length(text) - utf8Length(compact) } };
  return { document, ...extra, ...(keysSub ? { keysSub: true as const } : {}) };
}

/**
 * Text split at its tokens (literal text at even places, token numbers at odd ones) as `Fn::Sub` text:
 * `${` of the text escaped (`${!`), each token a reference (`${Name}`, `${Name.Attribute}`); undefined when
 * a token is no `Ref` or `Fn::GetAtt` of a name, which Fn::Sub cannot write.
 */
function subText(pieces: readonly string[], tokens: readonly TemplateValue[]): string | undefined {
  let out = '';
  for (let i = 0; i < pieces.length; i++) {
    if (i % 2 === 0) {
      out += pieces[i]!.replaceAll('${', '${!');
      continue;
    }
    const t = tokens[Number(pieces[i])]!;
    const ref = isIntrinsic(t) ? (t as { Ref?: unknown }).Ref : undefined;
    const att = isIntrinsic(t) ? (t as { 'Fn::GetAtt'?: unknown })['Fn::GetAtt'] : undefined;
    const name = typeof ref === 'string' ? ref : Array.isArray(att) && att.length === 2 && att.every((a) => typeof a === 'string') ? `${att[0]}.${att[1]}` : undefined;
    if (name === undefined || !/^[\w:.]+$/.test(name)) return undefined;
    out += `\${${name}}`;
  }
  return out;
}

/** Most `Fn::If` levels followed into (CloudFormation nests no deeper in practice; a hostile template may). */
const MAX_IF_DEPTH = 8;

/**
 * The values `v` may take where `Fn::If` chooses it (each branch, nested ones too), `AWS::NoValue`
 * left out; `path` is where the value is below `v` (`.Fn::If[1]`). A role's `Policies` chosen so
 * were not read at all, and a key policy chosen so was not read.
 */
function choices(v: TemplateValue | undefined, choose?: Chooser, path = '', depth = 0, given: Given = []): { value: TemplateValue; path: string; given: Given }[] {
  if (v === undefined || isNoValue(v)) return [];
  const args = isIntrinsic(v) ? (v as { 'Fn::If'?: unknown })['Fn::If'] : undefined;
  if (!Array.isArray(args) || args.length !== 3 || depth >= MAX_IF_DEPTH) return [{ value: v, path, given }];
  // a condition chosen above (an Fn::If on it around this one) takes the same branch: the other is never deployed
  const condition = args[0];
  const fixed = given.find(([c]) => c === condition)?.[1] ?? choose?.(ifKey(condition), 2);
  return [0, 1]
    .filter((i) => fixed === undefined || i === fixed)
    .flatMap((i) => choices(args[i + 1] as TemplateValue, choose, `${path}.Fn::If[${i + 1}]`, depth + 1, typeof condition !== 'string' || given.some(([c]) => c === condition) ? given : [...given, [condition, i]]));
}

/** The branch (0 or 1) each condition takes where `Fn::If`s chose a value. */
type Given = readonly (readonly [condition: string, branch: number])[];

/**
 * The choice a site's property makes (its first `Fn::If`), or its resource's `Condition` (not for
 * a role's own `Policies`, which exist whenever the role does).
 */
function choiceOf(id: string, r: TemplateResource, property: string, entities: readonly string[]): PolicySite['choice'] {
  const at = property.indexOf('.Fn::If[');
  if (at >= 0) return { group: `${id}:${property.slice(0, at)}`, branch: property.charAt(at + '.Fn::If['.length) };
  const own = entities.length === 1 && entities[0] === id;
  return !own && resourceCondition(r) !== undefined ? { group: id, branch: '1' } : undefined;
}

/**
 * The condition a resource's `Condition` attribute names: CloudFormation makes the resource only
 * where it is true. `undefined` when there is none, or it is no name (CloudFormation refuses the
 * template; read as if always made).
 */
export function resourceCondition(r: TemplateResource): string | undefined {
  const c = (r as { Condition?: unknown }).Condition;
  return typeof c === 'string' ? c : undefined;
}

/** Whether the resource `r` is made in the combination `choose` picks: its `Condition` is true there (option 0 of {@link ifKey}). */
export function madeIn(r: TemplateResource | undefined, choose: Chooser): boolean {
  const c = r === undefined ? undefined : resourceCondition(r);
  return c === undefined || choose(ifKey(c), 2) === 0;
}

function site(id: string, r: TemplateResource, property: string, value: TemplateValue | undefined, kind: PolicyKind, target: SizeTarget | undefined, entities: readonly string[] = [], above: Given = []): PolicySite[] {
  return choices(value, undefined, '', 0, above).flatMap(({ value: v, path, given }) => {
    // empty text is no policy: the Serverless Framework writes `"Policy": ""` for a REST API without one
    if (typeof v === 'string' && v.trim() === '') return [];
    const joined = isIntrinsic(v) ? readJoined(v, undefined, true) : undefined;
    const document = isIntrinsic(v) ? (joined?.document ?? v) : jsonText(v);
    if (document === undefined || isNoValue(document)) return [];
    const written = typeof v === 'string' && document !== v ? { written: v } : { ...(joined?.extra === undefined ? {} : { writtenExtra: joined.extra }), ...(joined?.keysSub ? { keysSub: true as const } : {}) };
    const at = `${property}${path}`;
    const choice = choiceOf(id, r, at, entities);
    const conditions = given.length === 0 ? {} : { conditions: Object.fromEntries(given.map(([c, i]) => [c, (i + 1) as 1 | 2])) };
    return [{ logicalId: id, resourceType: r.Type, property: at, kind, ...(target === undefined ? {} : { target }), document, entities, also: [], ...written, ...(choice === undefined ? {} : { choice }), ...conditions }];
  });
}

/**
 * How many entries a list property holds at most (`ManagedPolicyArns`): `AWS::NoValue` entries
 * left out, an `Fn::If` counted by its longer branch (a list of 12 ARNs chosen by a condition was
 * one entry). A list given by another intrinsic (a parameter) counts as one.
 */
export function countEntries(v: TemplateValue | undefined): number {
  const counts = choices(v).map(({ value }) => (Array.isArray(value) ? (value as TemplateValue[]).reduce<number>((n, x) => n + (choices(x).length > 0 ? 1 : 0), 0) : 1));
  return Math.max(0, ...counts);
}

/** `ResourcePolicy.PolicyDocument` of a DynamoDB table, stream or global table replica (AWS::DynamoDB::*). */
function dynamodbSite(id: string, r: TemplateResource, path: string, holder: TemplateValue | undefined): PolicySite[] {
  const rp = isObject(holder) ? holder['ResourcePolicy'] : undefined;
  return isObject(rp) ? site(id, r, `${path}ResourcePolicy.PolicyDocument`, rp['PolicyDocument'], 'resource', T.dynamodb) : [];
}

/** A JSON object (not null, not an array): the one test in internal/record.ts, for the other CDK readers. */
export { isRecord };

/**
 * Why `template` is not a template CloudFormation would deploy, or undefined: not an object,
 * `Resources` that is not an object, or a resource that is not an object, has no `Type`, or has
 * `Properties` or `Metadata` that are not objects. Such a template was read as if the part were
 * absent (`{ Resources: 5 }` checked as a template without resources: no finding). `name` names it
 * in the message (its file, or "template").
 */
export function templateProblem(template: unknown, name: string): string | undefined {
  if (!isRecord(template)) return cdkMessages.notTemplate(name);
  const resources = template['Resources'];
  if (resources !== undefined && !isRecord(resources)) return cdkMessages.notTemplate(name);
  for (const [id, r] of Object.entries(resources ?? {})) {
    // the AWS::LanguageExtensions transform's loop (`"Fn::ForEach::Name": [...]`) makes resources at deploy time: not one itself
    if (id.startsWith('Fn::ForEach::')) continue;
    const problem = resourceShapeProblem(r);
    if (problem !== undefined) return cdkMessages.notResource(name, id, problem);
  }
  return undefined;
}

/** The top-level sections of a template (CloudFormation's template anatomy, and AWS SAM's Globals). */
const SECTIONS: ReadonlySet<string> = new Set(['AWSTemplateFormatVersion', 'Description', 'Metadata', 'Parameters', 'Rules', 'Mappings', 'Conditions', 'Transform', 'Resources', 'Outputs', 'Hooks', 'Globals']);

/**
 * Why a file without `Resources` is not a template: an IAM policy (it has `Statement`), or keys that
 * are no template's sections (a Serverless Framework `serverless.yml`: `service`, `provider`,
 * `functions`). CloudFormation refuses both, and checked as a template either passed with no policy
 * found. `undefined` for every template.
 */
export function sectionsProblem(template: Template, file: string): string | undefined {
  if (Object.hasOwn(template, 'Resources')) return undefined;
  // an IAM policy given for a template
  if (Object.hasOwn(template, 'Statement')) return cdkMessages.policyNotTemplate(file);
  const unknown = Object.keys(template).filter((k) => !SECTIONS.has(k));
  if (unknown.length === 0) return undefined;
  return cdkMessages.notSections(file, unknown, unknown.includes('service') && unknown.includes('provider'));
}

/**
 * Refuses, as the public functions' `template` argument, what {@link templateProblem} finds, and
 * options that are no object or hold a value of the wrong type; returns the options as the copy
 * read once that the caller then uses.
 */
export function checkTemplateArgument<O extends object>(template: unknown, options: O): O {
  const problem = templateProblem(template, 'template');
  if (problem !== undefined) throw new PolicyArgumentError('template', problem);
  if (typeof options !== 'object' || options === null) throw new PolicyArgumentError('options', cdkMessages.notOptions(options));
  return checkTemplateOptions(options);
}

/** The principal a permission API (EventBridge PutPermission, Lambda AddLayerVersionPermission) writes for an account id or `*`. */
function accountPrincipal(principal: TemplateValue): TemplateValue {
  if (principal === '*') return '*';
  return typeof principal === 'string' && isAccountId(principal) ? { AWS: { 'Fn::Sub': `arn:\${AWS::Partition}:iam::${principal}:root` } } : { AWS: principal };
}

/**
 * The statement an `AWS::Events::EventBusPolicy` adds to its bus's policy (EventBridge
 * PutPermission): `Statement` holds one statement; the older `Action`, `Principal` (an account id
 * or `*`) and `Condition` properties make one with the `StatementId` as its Sid.
 */
function eventBusStatements(p: Props): TemplateValue[] {
  const s = p['Statement'];
  if (s !== undefined && !isNoValue(s)) return Array.isArray(s) ? [...(s as readonly TemplateValue[])] : [s];
  if (p['Action'] === undefined) return [];
  const principal = p['Principal'] ?? '*';
  const account = accountPrincipal(principal);
  const statement: { [key: string]: TemplateValue } = { Sid: p['StatementId'] ?? '', Effect: 'Allow', Principal: account, Action: p['Action'] };
  const bus = p['EventBusName'];
  statement['Resource'] = { 'Fn::Sub': `arn:\${AWS::Partition}:events:\${AWS::Region}:\${AWS::AccountId}:event-bus/${typeof bus === 'string' ? bus : 'default'}` };
  if (p['Condition'] !== undefined && isObject(p['Condition'])) {
    const c = p['Condition'];
    statement['Condition'] = { [String(c['Type'] ?? 'StringEquals')]: { [String(c['Key'] ?? '')]: c['Value'] ?? '' } };
  }
  return [statement];
}

const T = SIZE_TARGETS;

/**
 * The resource types holding one policy document in one property (or a property of one): the property, the kind and the
 * size target (none where AWS documents no size quota: Backup vault, Kinesis, ECR registry, S3
 * access point, S3 Express, CodeArtifact; these are read and linted, not sized).
 */
const SINGLE: { readonly [type: string]: readonly [property: string, kind: PolicyKind, target: SizeTargetName | undefined] } = {
  'AWS::S3::BucketPolicy': ['PolicyDocument', 'resource', 's3-bucket'],
  'AWS::KMS::Key': ['KeyPolicy', 'resource', 'kms-key'],
  'AWS::KMS::ReplicaKey': ['KeyPolicy', 'resource', 'kms-key'],
  'AWS::SQS::QueuePolicy': ['PolicyDocument', 'resource', 'sqs-queue'],
  'AWS::SQS::QueueInlinePolicy': ['PolicyDocument', 'resource', 'sqs-queue'],
  'AWS::SNS::TopicPolicy': ['PolicyDocument', 'resource', 'sns-topic'],
  'AWS::SNS::TopicInlinePolicy': ['PolicyDocument', 'resource', 'sns-topic'],
  'AWS::SecretsManager::ResourcePolicy': ['ResourcePolicy', 'resource', 'secretsmanager'],
  'AWS::ECR::Repository': ['RepositoryPolicyText', 'resource', 'ecr-repository'],
  'AWS::ECR::PublicRepository': ['RepositoryPolicyText', 'resource', 'ecr-repository'],
  'AWS::ECR::RegistryPolicy': ['PolicyText', 'resource', undefined],
  'AWS::S3::AccessPoint': ['Policy', 'resource', undefined],
  'AWS::S3Express::BucketPolicy': ['PolicyDocument', 'resource', undefined],
  'AWS::CodeArtifact::Domain': ['PermissionsPolicyDocument', 'resource', undefined],
  'AWS::CodeArtifact::Repository': ['PermissionsPolicyDocument', 'resource', undefined],
  'AWS::EC2::VPCEndpoint': ['PolicyDocument', 'endpoint', 'vpc-endpoint'],
  'AWS::EFS::FileSystem': ['FileSystemPolicy', 'resource', 'efs-file-system'],
  'AWS::Backup::BackupVault': ['AccessPolicy', 'resource', undefined],
  'AWS::Kinesis::ResourcePolicy': ['ResourcePolicy', 'resource', undefined],
  'AWS::Logs::ResourcePolicy': ['PolicyDocument', 'resource', 'logs-resource-policy'],
  'AWS::Events::EventBus': ['Policy', 'resource', 'eventbridge-bus'],
  'AWS::OpenSearchService::Domain': ['AccessPolicies', 'resource', 'opensearch'],
  'AWS::Elasticsearch::Domain': ['AccessPolicies', 'resource', 'opensearch'],
  // PutDestinationPolicy documents no longest access policy
  'AWS::Logs::Destination': ['DestinationPolicy', 'resource', undefined],
  // an ECR repository policy, applied to each repository the template creates
  'AWS::ECR::RepositoryCreationTemplate': ['RepositoryPolicy', 'resource', 'ecr-repository'],
  // an IAM Identity Center permission set's inline policy: the one inline policy of the role (AWSReservedSSO_...) it makes
  // in each account, so a role's inline quota holds it and no IAM user is its caller (the IAM Identity Center guide, IAM roles)
  'AWS::SSO::PermissionSet': ['InlinePolicy', 'identity', 'inline-role'],
  // resource-based policies in the IAM policy language with no size quota typed-iam knows: read and linted, not sized
  'AWS::ApiGateway::DomainNameV2': ['Policy', 'resource', undefined],
  'AWS::APS::ResourcePolicy': ['PolicyDocument', 'resource', undefined],
  'AWS::Backup::LogicallyAirGappedBackupVault': ['AccessPolicy', 'resource', undefined],
  'AWS::BedrockAgentCore::ResourcePolicy': ['Policy', 'resource', undefined],
  'AWS::CloudTrail::ResourcePolicy': ['ResourcePolicy', 'resource', undefined],
  'AWS::DSQL::Cluster': ['PolicyDocument', 'resource', undefined],
  'AWS::EventSchemas::RegistryPolicy': ['Policy', 'resource', undefined],
  'AWS::Lex::ResourcePolicy': ['Policy', 'resource', undefined],
  'AWS::Logs::LogGroup': ['ResourcePolicyDocument', 'resource', undefined],
  'AWS::MediaPackageV2::ChannelPolicy': ['Policy', 'resource', undefined],
  'AWS::MediaPackageV2::OriginEndpointPolicy': ['Policy', 'resource', undefined],
  'AWS::MSK::ClusterPolicy': ['Policy', 'resource', undefined],
  'AWS::Oam::Sink': ['Policy', 'resource', undefined],
  'AWS::PaymentCryptography::Key': ['Policy', 'resource', undefined],
  'AWS::RedshiftServerless::Namespace': ['NamespaceResourcePolicy', 'resource', undefined],
  'AWS::S3::MultiRegionAccessPointPolicy': ['Policy', 'resource', undefined],
  'AWS::S3Express::AccessPoint': ['Policy', 'resource', undefined],
  'AWS::S3ObjectLambda::AccessPointPolicy': ['PolicyDocument', 'resource', undefined],
  'AWS::S3Outposts::AccessPoint': ['Policy', 'resource', undefined],
  'AWS::S3Outposts::BucketPolicy': ['PolicyDocument', 'resource', undefined],
  'AWS::S3Tables::TableBucketPolicy': ['ResourcePolicy', 'resource', undefined],
  'AWS::S3Tables::TablePolicy': ['ResourcePolicy', 'resource', undefined],
  'AWS::S3Vectors::VectorBucketPolicy': ['Policy', 'resource', undefined],
  'AWS::SageMaker::ModelPackageGroup': ['ModelPackageGroupPolicy', 'resource', undefined],
  'AWS::SMSVOICE::ResourcePolicy': ['PolicyDocument', 'resource', undefined],
  'AWS::SSM::ResourcePolicy': ['Policy', 'resource', undefined],
  'AWS::VpcLattice::AuthPolicy': ['Policy', 'resource', undefined],
  'AWS::VpcLattice::ResourcePolicy': ['Policy', 'resource', undefined],
  'AWS::XRay::ResourcePolicy': ['PolicyDocument', 'resource', undefined],
  'AWS::Backup::BackupAccessPoint': ['AccessPointPolicy', 'resource', undefined],
  'AWS::Bedrock::KnowledgeBasePolicy': ['PolicyDocument', 'resource', undefined],
  'AWS::Bedrock::ResourcePolicy': ['PolicyDocument', 'resource', undefined],
  // the custom event bus's policy, in bytes with a quota of its own (EventBridge quotas: "[EventsV2]")
  'AWS::EventsV2::ResourcePolicy': ['PolicyDocument', 'resource', undefined],
  'AWS::MediaTailor::ChannelPolicy': ['Policy', 'resource', undefined],
  'AWS::Organizations::ResourcePolicy': ['Content', 'resource', undefined],
  'AWS::Redshift::Cluster': ['NamespaceResourcePolicy', 'resource', undefined],
  'AWS::S3Files::FileSystemPolicy': ['Policy', 'resource', undefined],
  'AWS::AIOps::InvestigationGroup': ['InvestigationGroupPolicy', 'resource', undefined],
  'AWS::MediaStore::Container': ['Policy', 'resource', undefined],
  // session policies: they cap the credentials an EKS pod or an IAM Roles Anywhere session gets from its role
  'AWS::EKS::PodIdentityAssociation': ['Policy', 'session', undefined],
  'AWS::RolesAnywhere::Profile': ['SessionPolicy', 'session', undefined],
  // an AWS Transfer Family user's scope-down policy: a session policy of the user's role, "at most 2048
  // characters" (Transfer CreateUser, Policy), as STS counts a session policy; its ${transfer:...} variables are Transfer's
  'AWS::Transfer::User': ['Policy', 'session', 'session'],
  // a function's whole resource-based policy, written at once (CloudFormation advises it over AWS::Lambda::Permission, not beside it)
  'AWS::Lambda::ResourcePolicy': ['PolicyDocument', 'resource', 'lambda'],
  // a property of an object property
  'AWS::OSIS::Pipeline': ['ResourcePolicy.Policy', 'resource', undefined],
  // "up to 4 KB", the unit not said: not sized
  'AWS::RUM::AppMonitor': ['ResourcePolicy.PolicyDocument', 'resource', undefined],
  // CloudWatch Logs PutDeliveryDestinationPolicy
  'AWS::Logs::DeliveryDestination': ['DeliveryDestinationPolicy.DeliveryDestinationPolicy', 'resource', undefined],
};

/** The value at `path` (`A` or `A.B`: a property of an object property) of `p`, or undefined. */
function propertyAt(p: Props, path: string): TemplateValue | undefined {
  let v: TemplateValue | undefined = p;
  for (const key of path.split('.')) v = isObject(v) && Object.hasOwn(v, key) ? v[key] : undefined;
  return v;
}

/** The OpenAPI extension holding a REST API's resource policy (API Gateway: x-amazon-apigateway-policy). */
const API_POLICY = 'x-amazon-apigateway-policy';

/**
 * The access policy aws-cdk-lib's OpenSearch and Elasticsearch `Domain` writes with a custom
 * resource (an SDK call `updateDomainConfig` as JSON text, the policy as JSON text inside it).
 */
function domainAccessPolicy(p: Props): TemplateValue | undefined {
  const call = p['Create'] ?? p['Update'];
  if (call === undefined) return undefined;
  const parsed = isIntrinsic(call) ? joinedJson(call) : jsonText(call);
  const parameters = isObject(parsed) ? parsed['parameters'] : undefined;
  return isObject(parameters) ? parameters['AccessPolicies'] : undefined;
}

/**
 * The API calls of an `AwsCustomResource` (aws-cdk-lib's `custom-resources`) that set a resource
 * policy, by service and action as normalised by {@link sdkCall}: the parameter holding the policy
 * (JSON text), its kind and size target. aws-cdk-lib makes such calls itself: an events rule
 * target `new targets.CloudWatchLogGroup(logGroup)` and an OpenSearch or Elasticsearch domain's
 * `logging` write the CloudWatch Logs resource policy with `putResourcePolicy`
 * (`Custom::CloudwatchLogResourcePolicy`), which was not read.
 */
const SDK_POLICY_CALLS: { readonly [call: string]: readonly [parameter: string, kind: PolicyKind, target: SizeTargetName] } = {
  'cloudwatchlogs putResourcePolicy': ['policyDocument', 'resource', 'logs-resource-policy'],
  's3 putBucketPolicy': ['Policy', 'resource', 's3-bucket'],
};

/**
 * The service and action of a custom resource's SDK call (its `Create`, else `Update` property,
 * JSON text): `CloudWatchLogs`, `@aws-sdk/client-cloudwatch-logs` and `cloudwatch-logs` are one
 * service; `putResourcePolicy` and `PutResourcePolicyCommand` one action.
 */
function sdkCall(p: Props): { call: string; parameters: Props } | undefined {
  const text = p['Create'] ?? p['Update'];
  if (text === undefined) return undefined;
  const parsed = isIntrinsic(text) ? joinedJson(text) : jsonText(text);
  if (!isObject(parsed) || typeof parsed['service'] !== 'string' || typeof parsed['action'] !== 'string' || !isObject(parsed['parameters'])) return undefined;
  const service = parsed['service'].toLowerCase().replace(/^@aws-sdk\/client-/, '').replace(/-/g, '');
  const action = parsed['action'].replace(/Command$/, '');
  return { call: `${service} ${action.charAt(0).toLowerCase()}${action.slice(1)}`, parameters: parsed['parameters'] };
}

/** The layer version policy statement an `AWS::Lambda::LayerVersionPermission` adds (Lambda AddLayerVersionPermission). */
function layerStatement(p: Props): TemplateValue {
  const principal = p['Principal'] ?? '*';
  const statement: { [key: string]: TemplateValue } = {
    Effect: 'Allow',
    Principal: accountPrincipal(principal),
    Action: p['Action'] ?? 'lambda:GetLayerVersion',
    Resource: p['LayerVersionArn'] ?? '',
  };
  const org = p['OrganizationId'];
  if (org !== undefined && !isNoValue(org)) statement['Condition'] = { StringEquals: { 'aws:PrincipalOrgID': org } };
  return statement;
}

/**
 * The Resource of the statement Lambda AddPermission adds: the function's ARN, whichever form `FunctionName`
 * takes (Lambda API: a name, a function ARN or a partial ARN `123456789012:function:name`, each with an optional
 * `:qualifier`). A name in `Fn::Sub` (`${AWS::StackName}`) or a parameter that holds no ARN was read as the
 * Resource itself: "stack" is not an ARN. What may be either (an import, `Fn::Join`) is left as written.
 */
function functionResource(fn: TemplateValue, resources: NonNullable<Template['Resources']>, parameters: NonNullable<Template['Parameters']>): TemplateValue {
  const region = 'arn:${AWS::Partition}:lambda:${AWS::Region}:';
  // the ARN for a text as Fn::Sub reads it (a literal name holds none of `${`, which Lambda names never do)
  const arnOf = (text: string): string | undefined =>
    text.startsWith('arn:') ? undefined : /^(?:\d{12}|\$\{AWS::AccountId\}):function:/.test(text) ? `${region}${text}` : `${region}\${AWS::AccountId}:function:${text}`;
  if (typeof fn === 'string') {
    const arn = arnOf(fn);
    return arn === undefined ? fn : { 'Fn::Sub': arn };
  }
  if (!isIntrinsic(fn)) return fn;
  const ref = (fn as { Ref?: unknown }).Ref;
  if (typeof ref === 'string') {
    const type = Object.hasOwn(resources, ref) ? resources[ref]!.Type : undefined;
    // Ref of a function is its name; of an alias or a version (`alias.grantInvoke`) already the qualified ARN, which has no Arn attribute
    if (type !== undefined) return type === 'AWS::Lambda::Alias' || type === 'AWS::Lambda::Version' ? fn : { 'Fn::GetAtt': [ref, 'Arn'] };
    const param = Object.hasOwn(parameters, ref) ? parameters[ref] : undefined;
    if (param === undefined) return fn; // a pseudo parameter, or none: as written
    // a parameter holding a name (what its Default or AllowedValues show, or nothing shown) is read as the function's name
    const shown = [param['Default'], ...(Array.isArray(param['AllowedValues']) ? param['AllowedValues'] : [])].filter((v): v is string => typeof v === 'string' && v !== '');
    return shown.some((v) => v.startsWith('arn:') || v.includes(':function:')) ? fn : { 'Fn::Sub': `${region}\${AWS::AccountId}:function:\${${ref}}` };
  }
  const sub = (fn as { 'Fn::Sub'?: TemplateValue })['Fn::Sub'];
  const [text, vars] = typeof sub === 'string' ? [sub, undefined] : Array.isArray(sub) && typeof sub[0] === 'string' ? [sub[0], sub[1]] : [undefined, undefined];
  // a text that starts with an attribute (`${Fn.Arn}`) may be an ARN: as written
  if (text === undefined || /^\$\{[^}!]*\.[^}]*\}/.test(text)) return fn;
  // `${X}` alone is `Ref X` (a function's name, an alias's ARN, a parameter)
  const alone = /^\$\{([A-Za-z0-9]+)\}$/.exec(text)?.[1];
  if (alone !== undefined && vars === undefined) return functionResource({ Ref: alone }, resources, parameters);
  const arn = arnOf(text);
  return arn === undefined ? fn : { 'Fn::Sub': vars === undefined ? arn : [arn, vars] };
}

/** The Lambda resource policy statement an `AWS::Lambda::Permission` adds (Lambda AddPermission). */
function lambdaStatement(id: string, p: Props, resources: NonNullable<Template['Resources']> = {}, parameters: NonNullable<Template['Parameters']> = {}): { statement: TemplateValue; fn: TemplateValue } {
  const fn = p['FunctionName'] ?? '';
  const given = (v: TemplateValue | undefined) => (v === undefined || isNoValue(v) ? undefined : v);
  const statement = lambdaPermissionStatement<TemplateValue>({
    // Lambda stores the statement id CloudFormation generates: <stack name>-<logical id>-<12 characters>
    sid: { 'Fn::Sub': `\${AWS::StackName}-${id}-AAAAAAAAAAAA` },
    principal: p['Principal'],
    action: p['Action'],
    resource: functionResource(fn, resources, parameters),
    sourceAccount: given(p['SourceAccount']),
    sourceArn: given(p['SourceArn']),
    principalOrgId: given(p['PrincipalOrgID']),
    functionUrlAuthType: given(p['FunctionUrlAuthType']),
    eventSourceToken: given(p['EventSourceToken']),
    // aws-cdk-lib writes it beside every function URL permission; a token may be false, so only a literal true narrows the statement
    invokedViaFunctionUrl: String(p['InvokedViaFunctionUrl']).toLowerCase() === 'true',
  });
  return { statement: statement as TemplateValue, fn };
}

/**
 * The managed policies of a template that are permissions boundaries only: named by a role's or
 * user's `PermissionsBoundary` (`Ref` or `PolicyArn`) and attached to no role, user or group of
 * the template (its `Roles`/`Users`/`Groups`, their `ManagedPolicyArns`). A boundary grants
 * nothing (IAM: it sets the most an identity policy can grant), so it is linted as kind
 * `boundary`; one that is also attached grants through that attachment and stays `identity`.
 */
function boundaryPolicies(template: Template): Set<string> {
  const resources = template.Resources ?? {};
  const managed = (v: TemplateValue | undefined) => {
    const key = v === undefined || isNoValue(v) ? undefined : entityKey(v);
    return key !== undefined && Object.hasOwn(resources, key) && resources[key]!.Type === 'AWS::IAM::ManagedPolicy' ? key : undefined;
  };
  const named = new Set<string>();
  const attached = new Set<string>();
  for (const [id, r] of Object.entries(resources)) {
    const p: Props = r.Properties ?? {};
    if (r.Type === 'AWS::IAM::Role' || r.Type === 'AWS::IAM::User') {
      const b = managed(p['PermissionsBoundary']);
      if (b !== undefined) named.add(b);
    }
    if (r.Type === 'AWS::IAM::Role' || r.Type === 'AWS::IAM::User' || r.Type === 'AWS::IAM::Group')
      for (const a of entries(p['ManagedPolicyArns'])) {
        const m = managed(a);
        if (m !== undefined) attached.add(m);
      }
    if (r.Type === 'AWS::IAM::ManagedPolicy' && [...entries(p['Roles']), ...entries(p['Users']), ...entries(p['Groups'])].length > 0) attached.add(id);
    // the role SAM makes: its PermissionsBoundary (a function's may be global), and the managed policies its Policies name
    if (samRole(id, r) !== undefined) {
      const b = managed(p['PermissionsBoundary'] ?? (r.Type === 'AWS::Serverless::Function' ? samGlobal(template, 'Function', 'PermissionsBoundary') : undefined));
      if (b !== undefined) named.add(b);
      for (const a of entries(p['Policies'])) {
        const m = managed(a);
        if (m !== undefined) attached.add(m);
      }
    }
  }
  return new Set([...named].filter((id) => !attached.has(id)));
}

/**
 * Every IAM policy document of a template: identity policies (inline and managed), trust
 * policies, and the resource policies of S3, KMS, SQS, SNS, Lambda, Secrets Manager, ECR, VPC
 * endpoints, DynamoDB (tables, streams, global table replicas), CloudWatch Logs, EventBridge (bus
 * policies and EventBusPolicy statements), API Gateway, OpenSearch, EFS, AWS Backup vaults, Kinesis,
 * S3 access points and directory buckets, ECR registries and public repositories, CodeArtifact and
 * Organizations.
 *
 * @example
 * ```ts
 * import { readFileSync } from 'node:fs';
 * import { findPolicies } from 'typed-iam/cdk';
 * const template = JSON.parse(readFileSync('cdk.out/App.template.json', 'utf8'));
 * findPolicies(template).map((p) => `${p.logicalId} ${p.property} ${p.target?.name}`);
 * // ['MyRoleF48FFE04 AssumeRolePolicyDocument trust', 'MyRoleDefaultPolicy... PolicyDocument inline-role']
 * ```
 */
export function findPolicies(given: Template, options: Pick<TemplateCheckOptions, 'trustPolicyLimit'> = {}): PolicySite[] {
  options = checkTemplateArgument(given, options);
  const template = expanded(given);
  const out: PolicySite[] = [];
  const trust: SizeTarget = options.trustPolicyLimit === undefined ? T.trust : { ...T.trust, limit: options.trustPolicyLimit };
  type Assembled = { id: string; r: TemplateResource; statements: TemplateValue[]; also: string[]; owners: string[] };
  const lambda = new Map<string, Assembled>();
  const buses = new Map<string, Assembled>();
  const layers = new Map<string, Assembled>();
  const assemble = (into: Map<string, Assembled>, key: string, id: string, r: TemplateResource, statements: readonly TemplateValue[]) => {
    const entry = into.get(key);
    if (entry === undefined) into.set(key, { id, r, statements: [...statements], also: [], owners: statements.map(() => id) });
    else {
      entry.statements.push(...statements);
      entry.also.push(id);
      entry.owners.push(...statements.map(() => id));
    }
  };
  const boundaries = boundaryPolicies(template);
  for (const [id, r] of Object.entries(template.Resources ?? {})) {
    const p: Props = r.Properties ?? {};
    // Policies, or a policy of it, may be chosen by Fn::If: each branch is read
    const inline = (target: SizeTarget) =>
      choices(p['Policies']).flatMap(({ value: policies, path, given }) =>
        listOf(policies).flatMap((entry, i) =>
          choices(entry, undefined, '', 0, given).flatMap(({ value: pol, path: inner, given: both }) =>
            isObject(pol) ? site(id, r, `Policies${path}[${i}]${inner}.PolicyDocument`, pol['PolicyDocument'], 'identity', target, [id], both) : [],
          ),
        ),
      );
    switch (r.Type) {
      case 'AWS::IAM::Role':
        out.push(...site(id, r, 'AssumeRolePolicyDocument', p['AssumeRolePolicyDocument'], 'trust', trust), ...inline(T['inline-role']));
        break;
      case 'AWS::IAM::User':
        out.push(...inline(T['inline-user']));
        break;
      case 'AWS::IAM::Group':
        out.push(...inline(T['inline-group']));
        break;
      case 'AWS::Serverless::Function':
      case 'AWS::Serverless::StateMachine':
        out.push(...samPolicies(id, r, p, template, trust));
        break;
      case 'AWS::Serverless::Api': {
        // SAM writes the API's resource policy: the CustomStatements as written, after the statements it makes of the other ResourcePolicy fields
        // (those of Globals.Api reported at the API's Auth.ResourcePolicy too)
        out.push(...site(id, r, 'Auth.ResourcePolicy.CustomStatements', samApiStatements(p, template), 'resource', T.apigateway).map((x) => ({ ...x, document: { Version: '2012-10-17', Statement: x.document } })));
        // an OpenAPI definition in the template may hold a policy of its own, to which SAM adds those statements
        const body = jsonText(p['DefinitionBody']);
        if (isObject(body)) out.push(...site(id, r, `DefinitionBody.${API_POLICY}`, body[API_POLICY], 'resource', T.apigateway));
        break;
      }
      case 'AWS::IAM::Policy': {
        // one policy document, embedded in each role, user and group named: each counts it against its own quota
        const entityTargets: { [entity: string]: SizeTarget } = {};
        const entities: string[] = [];
        for (const { key, target: t } of policyEntities(p)) {
          entities.push(key);
          entityTargets[key] = t;
        }
        const target = entries(p['Roles']).length > 0 ? T['inline-role'] : entries(p['Groups']).length > 0 ? T['inline-group'] : T['inline-user'];
        out.push(...site(id, r, 'PolicyDocument', p['PolicyDocument'], 'identity', target, entities).map((x) => ({ ...x, entityTargets })));
        break;
      }
      case 'AWS::IAM::RolePolicy':
      case 'AWS::IAM::UserPolicy':
      case 'AWS::IAM::GroupPolicy': {
        const which = r.Type.slice('AWS::IAM::'.length, -'Policy'.length);
        const target = which === 'Role' ? T['inline-role'] : which === 'Group' ? T['inline-group'] : T['inline-user'];
        const key = entityKey(p[`${which}Name`] ?? '');
        out.push(...site(id, r, 'PolicyDocument', p['PolicyDocument'], 'identity', target, key === undefined ? [] : [key]));
        break;
      }
      case 'AWS::DynamoDB::Table':
        out.push(...dynamodbSite(id, r, '', p), ...dynamodbSite(id, r, 'StreamSpecification.', p['StreamSpecification']));
        break;
      case 'AWS::DynamoDB::GlobalTable':
        // each replica (one per Region) has its own table and stream resource policy
        listOf(p['Replicas']).forEach((replica, i) => {
          if (!isObject(replica)) return;
          out.push(...dynamodbSite(id, r, `Replicas[${i}].`, replica), ...dynamodbSite(id, r, `Replicas[${i}].ReplicaStreamSpecification.`, replica['ReplicaStreamSpecification']));
        });
        break;
      case 'AWS::Events::EventBusPolicy': {
        // the statements of one bus make one policy (EventBridge PutPermission adds each to it)
        assemble(buses, entityKey(p['EventBusName'] ?? 'default') ?? id, id, r, eventBusStatements(p));
        break;
      }
      case 'AWS::Organizations::Policy': {
        const type = p['Type'];
        if (type === 'SERVICE_CONTROL_POLICY') out.push(...site(id, r, 'Content', p['Content'], 'scp', T.scp));
        else if (type === 'RESOURCE_CONTROL_POLICY') out.push(...site(id, r, 'Content', p['Content'], 'rcp', T.rcp));
        break;
      }
      case 'AWS::Lambda::Permission': {
        const { statement, fn } = lambdaStatement(id, p, template.Resources, isObject(template.Parameters) ? template.Parameters : {});
        assemble(lambda, entityKey(fn) ?? id, id, r, [statement]);
        break;
      }
      case 'AWS::IAM::ManagedPolicy':
        out.push(...site(id, r, 'PolicyDocument', p['PolicyDocument'], boundaries.has(id) ? 'boundary' : 'identity', T.managed));
        break;
      case 'AWS::ApiGateway::RestApi': {
        out.push(...site(id, r, 'Policy', p['Policy'], 'resource', T.apigateway));
        // an OpenAPI definition in the template (SpecRestApi with ApiDefinition.fromInline) may hold the policy itself;
        // a definition in text that is not JSON (YAML) holding one is reported not read
        const body = jsonText(p['Body']);
        if (isObject(body)) out.push(...site(id, r, `Body.${API_POLICY}`, body[API_POLICY], 'resource', T.apigateway));
        else if (typeof body === 'string' && body.includes(API_POLICY)) out.push(...site(id, r, 'Body', body, 'resource', T.apigateway));
        break;
      }
      case 'AWS::Lambda::LayerVersionPermission':
        // the statements of one layer version make its policy (Lambda documents no size quota for it)
        assemble(layers, entityKey(p['LayerVersionArn'] ?? '') ?? id, id, r, [layerStatement(p)]);
        break;
      case 'Custom::OpenSearchAccessPolicy':
      case 'Custom::ElasticsearchAccessPolicy':
        out.push(...site(id, r, 'Create', domainAccessPolicy(p), 'resource', T.opensearch));
        break;
      default: {
        const single = Object.hasOwn(SINGLE, r.Type) ? SINGLE[r.Type] : undefined;
        if (single !== undefined) out.push(...site(id, r, single[0], propertyAt(p, single[0]), single[1], single[2] === undefined ? undefined : T[single[2]]));
        else if (typeof r.Type === 'string' && r.Type.startsWith('Custom::')) {
          // an AwsCustomResource whose API call sets a resource policy (the policy is JSON text in the call's JSON text)
          const sdk = sdkCall(p);
          const known = sdk !== undefined && Object.hasOwn(SDK_POLICY_CALLS, sdk.call) ? SDK_POLICY_CALLS[sdk.call] : undefined;
          if (sdk !== undefined && known !== undefined) out.push(...site(id, r, `${p['Create'] === undefined ? 'Update' : 'Create'}.parameters.${known[0]}`, sdk.parameters[known[0]], known[1], T[known[2]]));
        }
        break;
      }
    }
  }
  for (const { id, r, statements, also, owners } of lambda.values()) {
    out.push({ logicalId: id, resourceType: r.Type, property: '(function policy)', kind: 'resource', target: T.lambda, document: { Version: '2012-10-17', Id: 'default', Statement: statements }, entities: [], also, owners });
  }
  for (const { id, r, statements, also, owners } of layers.values()) {
    out.push({ logicalId: id, resourceType: r.Type, property: '(layer version policy)', kind: 'resource', document: { Version: '2012-10-17', Statement: statements }, entities: [], also, owners });
  }
  for (const { id, r, statements, also, owners } of buses.values()) {
    if (statements.length > 0) out.push({ logicalId: id, resourceType: r.Type, property: 'Statement', kind: 'resource', target: T['eventbridge-bus'], document: { Version: '2012-10-17', Statement: statements }, entities: [], also, owners });
  }
  return out;
}

/**
 * The policies the AWS SAM transform writes into the role it makes for a function or state machine
 * (logical ID `<id>Role`; none when `Role` names a role, and then `Policies` is ignored): each inline
 * policy document of `Policies` (an entry holding `Statement`, put in the role as it is written), an
 * inline policy of that role; and a function's `AssumeRolePolicyDocument`, else that of
 * `Globals.Function`, the role's trust policy. Policy templates (`S3ReadPolicy: {...}`, expanded by
 * SAM from its own list) and managed policy names and ARNs are not read.
 */
function samPolicies(id: string, r: TemplateResource, p: Props, template: Template, trust: SizeTarget): PolicySite[] {
  const role = samRole(id, r);
  if (role === undefined) return [];
  const entities = [role];
  const out = choices(p['Policies']).flatMap(({ value: policies, path, given }) =>
    listOf(policies).flatMap((entry, i) =>
      choices(entry, undefined, '', 0, given).flatMap(({ value: pol, path: inner, given: both }) =>
        isObject(pol) && Object.hasOwn(pol, 'Statement') ? site(id, r, `Policies${path}${Array.isArray(policies) ? `[${i}]` : ''}${inner}`, pol, 'identity', T['inline-role'], entities, both) : [],
      ),
    ),
  );
  if (r.Type === 'AWS::Serverless::Function') out.push(...site(id, r, 'AssumeRolePolicyDocument', p['AssumeRolePolicyDocument'] ?? samGlobal(template, 'Function', 'AssumeRolePolicyDocument'), 'trust', trust));
  return out;
}

/** The `CustomStatements` of a SAM API's `Auth.ResourcePolicy`, else of `Globals.Api`'s. */
function samApiStatements(p: Props, template: Template): TemplateValue | undefined {
  const custom = (auth: TemplateValue | undefined) => {
    const rp = isObject(auth) ? auth['ResourcePolicy'] : undefined;
    return isObject(rp) ? rp['CustomStatements'] : undefined;
  };
  return custom(p['Auth']) ?? custom(samGlobal(template, 'Api', 'Auth'));
}

/** A property every SAM resource of a kind (`Function`, `Api`) has unless it sets its own: that of the template's `Globals`. */
function samGlobal(template: Template, kind: 'Function' | 'Api', key: string): TemplateValue | undefined {
  const globals = (template as { readonly Globals?: TemplateValue }).Globals;
  const section = isObject(globals) ? ownValue(globals, kind) : undefined;
  return isObject(section) ? ownValue(section, key) : undefined;
}

/**
 * The logical ID of the role the AWS SAM transform makes for resource `r` (`<id>Role`): a function
 * or state machine whose `Role` names none (a `Role` chosen by `Fn::If` may be left out: made then).
 */
function samRole(id: string, r: TemplateResource): string | undefined {
  if (r.Type !== 'AWS::Serverless::Function' && r.Type !== 'AWS::Serverless::StateMachine') return undefined;
  const role = r.Properties?.['Role'];
  return role === undefined || isNoValue(role) || (isRecord(role) && Object.hasOwn(role, 'Fn::If')) ? `${id}Role` : undefined;
}

/** Is `key` the logical ID of a role the AWS SAM transform makes for a resource of `resources`? */
function samMadeRole(resources: { readonly [id: string]: TemplateResource }, key: string): boolean {
  if (!key.endsWith('Role')) return false;
  const owner = ownValue(resources, key.slice(0, -'Role'.length));
  return owner !== undefined && samRole(key.slice(0, -'Role'.length), owner) === key;
}

/** A template with its `Fn::ForEach` loops expanded (see foreach.ts); the same object when it has none. */
export function expanded(template: Template): Template {
  return expandLoops(template, loopMatters).template;
}

/** Does what a loop makes hold a policy, or a role, user or group (whose inline policies count together)? */
function loopMatters(fragment: Template): boolean {
  try {
    return findPolicies(fragment).length > 0 || Object.entries(fragment.Resources ?? {}).some(([id, r]) => entityOf(undefined, id, r) !== undefined);
  } catch {
    return true;
  }
}

/** The read context of a template. */
export function readContext(template: Template, options: TemplateCheckOptions = {}): ReadContext {
  return {
    template: expanded(template),
    stackKey: options.stackKey,
    stackName: options.stackName,
    account: options.account,
    region: options.region,
    partition: options.partition,
    lengths: options.tokenLengths ?? {},
    unknownLength: options.unknownTokenLength ?? DEFAULT_UNKNOWN_LENGTH,
    importValue: options.importValue,
    parameterValue: options.parameterValue,
    nestedOutput: options.nestedOutput,
  };
}

/**
 * Is a branch of `Fn::If` structure (a statement, a list, a condition block), not a string? Either
 * branch may be: `Fn::If [C, {Ref: AWS::NoValue}, {statement}]` was read as one string of 2,048
 * characters, and the statement was not linted.
 */
function choosesStructure(v: TemplateValue): boolean {
  if (typeof v !== 'object' || v === null) return false;
  if (!isIntrinsic(v)) return true;
  const inner = (v as { 'Fn::If'?: unknown })['Fn::If'];
  return Array.isArray(inner) && inner.length === 3 && (choosesStructure(inner[1] as TemplateValue) || choosesStructure(inner[2] as TemplateValue));
}

/**
 * A text standing for a template value: its JSON text as hexadecimal UTF-8, so the same token reads
 * the same in every document and template (a policy and the reference of its suppression, both
 * sides of `cdk diff`) and two tokens never read the same. A 32-bit hash of the text (FNV-1a) named
 * `{"Fn::ImportValue":"Shared-Bucket1332789Arn"}` and `...1529192Arn"}` alike, so lint called a grant
 * on the second redundant and `cdk diff` saw no change between them. Lower-case hex: no wildcard, no
 * policy variable, and no two tokens that differ only in case compare equal where IAM ignores case
 * (actions). Lint text only: sizes count the `long` form.
 */
function unknownText(v: TemplateValue): string {
  let out = '';
  for (const byte of new TextEncoder().encode(JSON.stringify(v))) out += byte.toString(16).padStart(2, '0');
  return out;
}

/** An element present in the lint and longest forms that the shortest leaves out (an `Fn::If` branch of `AWS::NoValue`). */
const ABSENT: TemplateValue = Object.freeze({});

/** Marker of a stand-in in the `long` form: DEL characters (legal in IAM text, never escaped in JSON). */
const MARK = '\u007f';
/** Start of a stand-in in `Action`/`NotAction`: an action's shape (`service:name`), a service no policy names. */
const ACTION_MARK = 'typed-iam-token:T';

/**
 * Most combinations of choices one policy is read in (the branches of its `Fn::If` conditions, the
 * elements of an `Fn::Select` by a parameter, the keys of an `Fn::FindInMap`): six independent
 * conditions. Beyond, lint reads the first 64 and, for each option number, the combination taking it
 * everywhere (as "all first branches", "all second branches" did), with `POLICY_PARTLY_LINTED`; the
 * size is the worst case (each choice at its longest option, whichever the others take).
 */
export const MAX_VARIANTS = 64;

/**
 * Runs `read` once for each combination of the choices it meets (see {@link Chooser}), a choice
 * met only in some branches enumerated there only: a depth-first walk of the decision tree, each
 * leaf once. `fixed` holds choices already made (the conditions that chose the policy). At most
 * `max` runs: `complete` is false when some combination was left.
 */
export function eachVariant<T>(read: (choose: Chooser) => T, fixed: ReadonlyMap<string, number> = new Map(), max = MAX_VARIANTS): { results: T[]; complete: boolean } {
  const pending: ReadonlyMap<string, number>[] = [fixed];
  const results: T[] = [];
  // more combinations waiting than can be read (an Fn::Select over a list of thousands): not all will be
  let left = false;
  while (pending.length > 0) {
    if (results.length >= max) return { results, complete: false };
    const start = pending.pop()!;
    const made = new Map(start);
    const free: [string, number][] = [];
    const at = new Map<string, number>();
    results.push(
      read((key, count) => {
        const given = made.get(key);
        if (given !== undefined) {
          // one key with more options elsewhere (two Fn::Select by one index over lists of two lengths)
          const i = at.get(key);
          if (i !== undefined) free[i]![1] = Math.max(free[i]![1], count);
          return Math.min(given, count - 1);
        }
        made.set(key, 0);
        at.set(key, free.push([key, count]) - 1);
        return 0;
      }),
    );
    // the other options of each choice this run met first, the choices met before it at their first option
    for (let i = free.length - 1; i >= 0 && !left; i--)
      for (let j = free[i]![1] - 1; j >= 1; j--) {
        if (pending.length >= max) {
          left = true;
          break;
        }
        const next = new Map(start);
        for (let k = 0; k < i; k++) next.set(free[k]![0], 0);
        pending.push(next.set(free[i]![0], j));
      }
  }
  return { results, complete: !left };
}

/** The chooser of the worst case: the choices in `fixed` made, every other read in all its options. */
function fixedChooser(fixed: ReadonlyMap<string, number>): Chooser | undefined {
  return fixed.size === 0 ? undefined : (key) => fixed.get(key);
}

/** The choices a site's conditions made (`conditions`), as chooser keys. */
function siteChoices(s: PolicySite): Map<string, number> {
  return new Map(Object.entries(s.conditions ?? {}).map(([c, b]) => [ifKey(c), b - 1] as const));
}

/** A document read in each combination of its choices ({@link eachVariant}), and in its worst case. */
interface DocumentVariants<X = undefined> {
  /** Every choice read in all its options: the longest and shortest forms bound every combination. */
  readonly worst: ReadDocument;
  /** Each combination's reading, and what `also` made of the same choices. */
  readonly reads: readonly (ReadDocument & { readonly also: X })[];
  /** False when there were more than {@link MAX_VARIANTS} combinations: `reads` are some of them. */
  readonly complete: boolean;
}

/**
 * Reads a document in each combination of its choices; `also` reads something else under the same
 * choices (the roles an `AWS::IAM::Policy` is attached to). Throws what {@link readDocument} throws.
 */
function readVariants<X = undefined>(document: TemplateValue, ctx: ReadContext, unit: 'characters' | 'bytes' | undefined, fixed: ReadonlyMap<string, number>, also: (choose: Chooser) => X = () => undefined as X): DocumentVariants<X> {
  const once = (choose: Chooser) => ({ ...readDocument(document, { ...ctx, choose }, unit), also: also(choose) });
  const { results, complete, most } = combinations(once, fixed);
  // a document without choices is its one reading
  const worst = most === 0 && fixed.size === 0 ? results[0]! : readDocument(document, { ...ctx, choose: fixedChooser(fixed) }, unit);
  return { worst, reads: results, complete };
}

/**
 * Runs `read` in each combination of the choices it meets ({@link eachVariant}). Beyond
 * {@link MAX_VARIANTS}: in the first ones and, for each option number (up to the bound), the
 * combination taking it everywhere (the second branch of every `Fn::If`, ...), with `complete`
 * false. `most` is the most options of a choice met (0: none was met).
 */
export function combinations<T>(read: (choose: Chooser) => T, fixed: ReadonlyMap<string, number> = new Map()): { results: T[]; complete: boolean; most: number } {
  let most = 0;
  const counted =
    (choose: Chooser): Chooser =>
    (key, count) => {
      most = Math.max(most, count);
      return choose(key, count);
    };
  const { results, complete } = eachVariant((choose) => read(counted(choose)), fixed);
  if (complete) return { results, complete, most };
  const uniform = [...Array(Math.min(most, MAX_VARIANTS)).keys()].slice(1).map((k) => read(counted((key, count) => fixed.get(key) ?? Math.min(k, count - 1))));
  return { results: [...results, ...uniform], complete, most };
}

/**
 * What decides the choice `key` ({@link Chooser}) in `template`, as text: the key's expression and
 * the definitions it depends on (the conditions it names, through `Condition` and `Fn::If`; the
 * parameters; for an `Fn::FindInMap` key the mapping's keys, whose order numbers the options). Two
 * versions of a template decide a key alike (for one deployment's parameter values) when they give
 * the same text. `undefined` when the template does not define it (a condition named nowhere in
 * `Conditions`) or a definition nests too deep to read.
 *
 * @example
 * ```ts
 * import { choiceBasis } from './template.js';
 * const prod = { 'Fn::Equals': [{ Ref: 'Env' }, 'prod'] };
 * choiceBasis({ Conditions: { Prod: prod } } as never, 'if:Prod') === choiceBasis({ Conditions: { Prod: prod, Other: prod } } as never, 'if:Prod'); // true
 * ```
 */
export function choiceBasis(template: Template, key: string): string | undefined {
  const table = (v: unknown): { readonly [name: string]: unknown } => (isRecord(v) ? v : {});
  const conditions = table((template as { Conditions?: unknown }).Conditions);
  const parameters = table(template.Parameters);
  const mappings = table(template.Mappings);
  const json = (text: string): unknown => {
    try {
      return JSON.parse(text) as unknown;
    } catch {
      return undefined;
    }
  };
  let expression: unknown;
  let options: unknown = null;
  if (key.startsWith('if:')) expression = Object.hasOwn(conditions, key.slice(3)) ? { Condition: key.slice(3) } : undefined;
  else if (key.startsWith('select:')) expression = json(key.slice('select:'.length));
  else if (key.startsWith('map:') || key.startsWith('mapkey:')) {
    // map:<mapping>:<key JSON>; a mapping name holding ':' is told apart by being a mapping of the template
    const rest = key.slice(key.indexOf(':') + 1);
    for (let i = rest.indexOf(':'); i >= 0 && expression === undefined; i = rest.indexOf(':', i + 1)) {
      const name = rest.slice(0, i);
      if (!Object.hasOwn(mappings, name)) continue;
      expression = json(rest.slice(i + 1));
      options = Object.entries(table(mappings[name])).map(([k, v]) => [k, isRecord(v) ? Object.keys(v) : null]);
    }
  }
  if (expression === undefined || nestsTooDeep(expression)) return undefined;
  const parts: unknown[] = [];
  const seen = new Set<string>();
  const stack: unknown[] = [expression];
  const depend = (kind: string, defined: { readonly [name: string]: unknown }, name: unknown) => {
    if (typeof name !== 'string' || !Object.hasOwn(defined, name) || seen.has(`${kind}:${name}`)) return;
    seen.add(`${kind}:${name}`);
    parts.push([kind, name, defined[name]]);
    stack.push(defined[name]);
  };
  while (stack.length > 0) {
    const v = stack.pop();
    if (typeof v !== 'object' || v === null) continue;
    for (const [k, x] of Object.entries(v)) {
      if (k === 'Condition') depend('condition', conditions, x);
      else if (k === 'Ref') depend('parameter', parameters, x);
      else if (k === 'Fn::If' && Array.isArray(x)) depend('condition', conditions, x[0]);
      else if (k === 'Fn::FindInMap' && Array.isArray(x)) depend('mapping', mappings, x[0]);
      stack.push(x);
    }
  }
  return parts.some(nestsTooDeep) ? undefined : JSON.stringify([expression, options, parts]);
}

/** Longest and shortest size of a document's variants against `target`: the worst case when not every combination was read. */
function variantSize(v: DocumentVariants<unknown>, target: SizeTarget, written: string | undefined, writtenExtra?: WrittenExtra): { long: number; short: number } {
  // text sent as written counts its whitespace where the target does
  const beyond = writtenExtra === undefined || !target.whitespaceCounts ? 0 : target.unit === 'bytes' ? writtenExtra.bytes : writtenExtra.characters;
  if (!v.complete) return { long: measureValue(v.worst.long, target, written, v.worst.extraBytes) + beyond, short: measureValue(v.worst.short, target, written) + beyond };
  return {
    long: Math.max(...v.reads.map((r) => measureValue(r.long, target, written, r.extraBytes))) + beyond,
    short: Math.min(...v.reads.map((r) => measureValue(r.short, target, written))) + beyond,
  };
}

/**
 * Reads a policy document of a template: every string holding an intrinsic becomes a realistic
 * stand-in (for lint), a unique stand-in as long as its longest value (for size and planning) and
 * one as short as its shortest value.
 */
export function readDocument(document: TemplateValue, ctx: ReadContext, unit: 'characters' | 'bytes' = 'characters'): ReadDocument {
  if (nestsTooDeep(document)) throw new PolicyParseError([{ path: '', code: 'TOO_DEEP', message: parseMessages.tooDeep(DEFAULT_MAX_DEPTH) }]);
  const tokens = new Map<string, TemplateValue>();
  const extraBytes = new Map<string, number>();
  const standIn = (piece: Piece, id: string, v: TemplateValue): string => {
    const stand = id.length >= piece.long ? id : id + 'x'.repeat(piece.long - id.length);
    tokens.set(stand, v);
    const extra = bytesOf(piece) - stand.length;
    if (extra > 0) extraBytes.set(stand, extra);
    return stand;
  };
  const notes: TokenNote[] = [];
  const unknown = new Set<string>();
  let counter = 0;
  /** Length of a `long` form in `unit`, the bytes of the values its stand-ins hold included. */
  const sizeIn = (v: TemplateValue): number => {
    const text = JSON.stringify(v);
    if (unit === 'characters') return text.length;
    let n = utf8Length(text);
    for (const [stand, bytes] of extraBytes) if (text.includes(stand)) n += bytes;
    return n;
  };
  const element = (path: readonly (string | number)[]): string => {
    // Statement[i].Element (a single statement object counts as Statement[0])
    if (path[0] !== 'Statement') return '';
    const i = typeof path[1] === 'number' ? path[1] : 0;
    const name = typeof path[1] === 'number' ? path[2] : path[1];
    return `Statement[${i}]${name === undefined ? '' : `.${String(name)}`}`;
  };
  /** A token that is one entry of a principal type (`Principal.AWS[0]`) is no longer than the longest such entry. */
  const boundedContext = (path: readonly (string | number)[]): ReadContext => {
    const at = path.findIndex((p) => p === 'Principal' || p === 'NotPrincipal');
    const type = at < 0 || at > 3 ? undefined : path[at + 1];
    const bound = typeof type === 'string' && Object.hasOwn(PRINCIPAL_MAX, type) ? PRINCIPAL_MAX[type] : undefined;
    return bound === undefined ? ctx : { ...ctx, elementBound: bound };
  };
  type Triple = [TemplateValue, TemplateValue, TemplateValue];
  /** The value of a `CfnJson` (`Fn::GetAtt [X, Value]` of a Custom::AWSCDKCfnJson): its JSON text, parsed, with the text of the tokens in its keys. */
  const cfnJson = (v: TemplateValue): { value: TemplateValue; unknownKeys: boolean } | undefined => {
    const att = (v as { 'Fn::GetAtt'?: unknown })['Fn::GetAtt'];
    const [id, attr] = typeof att === 'string' ? att.split('.') : Array.isArray(att) ? att : [];
    const r = typeof id === 'string' && attr === 'Value' && Object.hasOwn(ctx.template.Resources ?? {}, id) ? ctx.template.Resources![id] : undefined;
    const text = r?.Type === 'Custom::AWSCDKCfnJson' ? r.Properties?.['Value'] : undefined;
    if (text === undefined) return undefined;
    let unknownKeys = false;
    const value = joinedJson(text, (token) => {
      const p = readString(token, ctx);
      if (p === undefined || p.unknown) unknownKeys = true;
      return p?.lint ?? '';
    });
    return value === undefined ? undefined : { value, unknownKeys };
  };
  /**
   * A key written as `Fn::Sub` text (ReadContext.subKeys): its value as lint reads it, and keys as long and
   * as short as it may be for the sizes (each its own, so that two such keys stay two).
   */
  const subKey = (k: string, path: readonly (string | number)[]): [string, string, string] | undefined => {
    const piece = readString({ 'Fn::Sub': k }, ctx);
    if (piece === undefined) return undefined;
    notes.push(...piece.notes);
    if (piece.unknown) unknown.add(element(path));
    const id = `${MARK}${counter++}${MARK}`;
    const long = standIn(piece, id, { 'Fn::Sub': k });
    // the shortest is a lower bound: two short keys too short to tell apart count once, on the safe side
    const short = piece.short >= id.length ? id + 'y'.repeat(piece.short - id.length) : 'y'.repeat(piece.short);
    return [piece.unknown ? `${piece.lint}#${unknownText(k)}` : piece.lint, long, short];
  };
  const walk = (v: TemplateValue, path: readonly (string | number)[]): Triple | undefined => {
    // undefined (an object built in code with an optional field left out) is what JSON makes of it: no member, null in a list
    if ((v as TemplateValue | undefined) === undefined) return undefined;
    if (v === null || typeof v === 'number' || typeof v === 'boolean') return [v, v, v];
    if (typeof v === 'string') return [v, v, v];
    if (Array.isArray(v)) {
      const out: Triple = [[], [], []];
      (v as readonly TemplateValue[]).forEach((x, i) => {
        const t = walk((x as TemplateValue | undefined) ?? null, [...path, i]);
        if (t === undefined) return;
        for (let k = 0; k < 3; k++) if (t[k] !== ABSENT) (out[k] as TemplateValue[]).push(t[k]!);
      });
      return out;
    }
    if (isIntrinsic(v)) {
      if (isNoValue(v)) return undefined;
      const json = cfnJson(v);
      if (json !== undefined) {
        // lint reads the value; the size counts its JSON text (a bound of the value CloudFormation puts here)
        const piece = readString(v, ctx)!;
        const before = { notes: notes.length, tokens: new Set(tokens.keys()) };
        const inner = walk(json.value, path);
        notes.length = before.notes;
        for (const k of tokens.keys()) if (!before.tokens.has(k)) tokens.delete(k);
        notes.push(...piece.notes);
        if (json.unknownKeys || inner === undefined) unknown.add(element(path));
        const stand = standIn(piece, `${MARK}${counter++}${MARK}`, v);
        return [inner?.[0] ?? piece.lint, stand, 'x'.repeat(piece.short)];
      }
      const ifArgs = (v as { 'Fn::If'?: unknown })['Fn::If'];
      if (Array.isArray(ifArgs) && ifArgs.length === 3 && (choosesStructure(ifArgs[1] as TemplateValue) || choosesStructure(ifArgs[2] as TemplateValue))) {
        // a condition choosing structure (statements, lists): the branch the chooser picks, else size the larger branch, lint the first
        const picked = ctx.choose?.(ifKey(ifArgs[0]), 2);
        if (picked !== undefined) return walk(ifArgs[1 + picked] as TemplateValue, path);
        const a = walk(ifArgs[1] as TemplateValue, path);
        const b = walk(ifArgs[2] as TemplateValue, path);
        // a branch that is AWS::NoValue leaves the element out: absent at the shortest
        if (a === undefined || b === undefined) return a === undefined && b === undefined ? undefined : [(a ?? b)![0], (a ?? b)![1], ABSENT];
        // longer in the target's unit: a branch of fewer characters may hold more bytes (é is two)
        const longer = sizeIn(a[1]) >= sizeIn(b[1]) ? a : b;
        const shorter = sizeIn(a[2]) <= sizeIn(b[2]) ? a : b;
        return [a[0], longer[1], shorter[2]];
      }
      const piece = readString(v, boundedContext(path));
      if (piece === undefined) return undefined;
      notes.push(...piece.notes);
      if (piece.unknown) unknown.add(element(path));
      // a value nothing is known about reads as its own text: two imports are not one value to rules that compare statements
      const lintText = piece.unknown ? `${piece.lint}#${unknownText(v)}` : piece.lint;
      // in Action/NotAction the stand-in is an action the parser reads (fitRolePolicies parses the long form)
      const stand = standIn(piece, /\.(Not)?Action$/.test(element(path)) ? `${ACTION_MARK}${counter++}x` : `${MARK}${counter++}${MARK}`, v);
      return [lintText, stand, 'x'.repeat(piece.short)];
    }
    const out: [Record<string, TemplateValue>, Record<string, TemplateValue>, Record<string, TemplateValue>] = [{}, {}, {}];
    for (const [k, x] of Object.entries(v)) {
      const t = walk(x, [...path, k]);
      if (t === undefined) continue;
      const keys = ctx.subKeys === true && k.includes('${') ? subKey(k, path) : undefined;
      for (let i = 0; i < 3; i++) if (t[i] !== ABSENT) setOwn(out[i]!, keys?.[i] ?? k, t[i]!);
    }
    return out;
  };
  const read = walk(document, []) ?? [{}, {}, {}];
  if (read[2] === ABSENT) read[2] = {};
  return { lint: read[0], long: read[1], short: read[2], tokens, extraBytes, notes: dedupeNotes(notes), unknown };
}

function dedupeNotes(notes: readonly TokenNote[]): TokenNote[] {
  const seen = new Map<string, TokenNote>();
  for (const n of notes) if (!seen.has(n.token)) seen.set(n.token, n);
  return [...seen.values()];
}

/** Replaces the stand-ins of `long` in `value` by the template values they stand for. */
export function restoreTokens(value: unknown, tokens: ReadonlyMap<string, TemplateValue>): TemplateValue {
  if (typeof value === 'string') return tokens.get(value) ?? value;
  if (Array.isArray(value)) return value.map((x) => restoreTokens(x, tokens));
  if (typeof value === 'object' && value !== null) {
    const out: Record<string, TemplateValue> = {};
    for (const [k, x] of Object.entries(value)) setOwn(out, k, restoreTokens(x, tokens));
    return out;
  }
  return value as TemplateValue;
}

/**
 * Size of a document against `target`: its compact JSON, or `written`, the text sent, where the
 * target counts whitespace. A target counted in bytes also counts the bytes beyond ASCII of the
 * values its stand-ins hold (`extra`; the stand-ins are ASCII as long as each value's characters).
 */
function measureValue(v: TemplateValue, target: SizeTarget, written?: string, extra?: ReadonlyMap<string, number>): number {
  const text = JSON.stringify(v);
  let n = measure(text, written ?? text, target).length;
  if (target.unit === 'bytes' && extra !== undefined) for (const [stand, bytes] of extra) if (text.includes(stand)) n += bytes;
  return n;
}


function verdict(longest: number, shortest: number, limit: number): PolicySizeReport['fits'] {
  return longest <= limit ? 'yes' : shortest > limit ? 'no' : 'maybe';
}

/**
 * What the managed policy `id` of a template is attached to, where the template shows all of it: its
 * own `Roles`, `Users` and `Groups`, and the entities (and AWS SAM functions and state machines, whose
 * role SAM makes) naming it in `ManagedPolicyArns`, `Policies` or `PermissionsBoundary`. Undefined
 * when it is attached to nothing here, or when anything else names it (an output, which another stack
 * may import and give a user; a nested stack's parameter): IAM may then attach it where the template
 * does not say. Lint's `attachedTo`: a policy only roles have never sees `aws:username`.
 */
function managedPolicyAttachedTo(template: Template, id: string, names: (logicalId: string | undefined) => ReadonlyMap<string, number>): (EntityKind)[] | undefined {
  const resources = template.Resources ?? {};
  const own = resources[id]?.Properties ?? {};
  const kinds = new Set<EntityKind>();
  for (const [prop, kind] of [['Roles', 'role'], ['Users', 'user'], ['Groups', 'group']] as const) if (entries(own[prop]).length > 0) kinds.add(kind);
  for (const [other, r] of Object.entries(resources)) {
    if (other === id) continue;
    const named = names(other).get(id) ?? 0;
    if (named === 0) continue;
    const kind = Object.hasOwn(ATTACHING_KIND, r.Type) ? ATTACHING_KIND[r.Type] : undefined;
    const list = kind === undefined ? undefined : r.Properties?.[r.Type.startsWith('AWS::Serverless::') ? 'Policies' : 'ManagedPolicyArns'];
    const attaching = Array.isArray(list) ? list.filter((x) => entityKey(x) === id).length : 0;
    // its permissions boundary: the policy decides that entity's requests too
    const boundary = kind === undefined ? undefined : r.Properties?.['PermissionsBoundary'];
    const bounding = boundary !== undefined && entityKey(boundary) === id ? 1 : 0;
    // named elsewhere in the resource too (an environment variable, a tag): not only attached
    if (kind === undefined || attaching + bounding !== named) return undefined;
    kinds.add(kind);
  }
  if ((names(undefined).get(id) ?? 0) > 0) return undefined;
  return kinds.size === 0 ? undefined : [...kinds];
}
const ATTACHING_KIND: { readonly [type: string]: EntityKind } = {
  'AWS::IAM::Role': 'role',
  'AWS::IAM::User': 'user',
  'AWS::IAM::Group': 'group',
  'AWS::Serverless::Function': 'role',
  'AWS::Serverless::StateMachine': 'role',
};

/**
 * The roles (by `RoleArn`) whose EKS Pod Identity associations in the template all turn their
 * session tags off (`DisableSessionTags: true`), with at least one: EKS then assumes the role
 * without tagging the session, and its trust policy needs no `sts:TagSession`. One walk of the
 * resources per template.
 */
function podSessionTagsOff(resources: { readonly [id: string]: TemplateResource }): Set<string> {
  const tagged = new Map<string, boolean>();
  for (const r of Object.values(resources)) {
    if (r.Type !== 'AWS::EKS::PodIdentityAssociation') continue;
    const role = entityKey(r.Properties?.['RoleArn'] ?? '');
    if (role === undefined) continue;
    const off = r.Properties?.['DisableSessionTags'] === true || r.Properties?.['DisableSessionTags'] === 'true';
    tagged.set(role, (tagged.get(role) ?? false) || !off);
  }
  return new Set([...tagged].flatMap(([role, anyTagged]) => (anyTagged ? [] : [role])));
}

/**
 * The lint rules the resource `id` makes moot, which it is linted without: AWS would not apply
 * what they check there. `MISSING_TAG_SESSION_FOR_EKS_POD_IDENTITY` for a role only Pod Identity
 * associations with their session tags off use; `KEY_POLICY_LOCKOUT` for a key that sets
 * `BypassPolicyLockoutSafetyCheck` (KMS then skips the check).
 */
function mootRules(resources: { readonly [id: string]: TemplateResource }, id: string, untagged: ReadonlySet<string>): string[] {
  const r = ownValue(resources, id);
  const out: string[] = [];
  if (untagged.has(id)) out.push('MISSING_TAG_SESSION_FOR_EKS_POD_IDENTITY');
  const bypass = r?.Type === 'AWS::KMS::Key' ? r.Properties?.['BypassPolicyLockoutSafetyCheck'] : undefined;
  if (bypass === true || bypass === 'true') out.push('KEY_POLICY_LOCKOUT');
  return out;
}

/** How many times `value` (a resource, the outputs) names each resource or parameter: the names {@link templateNames} reads, counted. */
function referenceCounts(value: TemplateValue): Map<string, number> {
  const out = new Map<string, number>();
  for (const { name } of templateNames(value, false)) out.set(name, (out.get(name) ?? 0) + 1);
  return out;
}

/** The properties naming AWS managed policies by ARN, by resource type: a list, or one ARN (a permissions boundary). */
const MANAGED_POLICY_PROPERTIES: { readonly [type: string]: readonly (readonly [property: string, list: boolean])[] } = {
  'AWS::IAM::Role': [['ManagedPolicyArns', true], ['PermissionsBoundary', false]],
  'AWS::IAM::User': [['ManagedPolicyArns', true], ['PermissionsBoundary', false]],
  'AWS::IAM::Group': [['ManagedPolicyArns', true]],
  // a permission set's boundary is an AWS managed policy (ManagedPolicyArn) or a customer managed policy named in each account
  'AWS::SSO::PermissionSet': [['ManagedPolicies', true], ['PermissionsBoundary.ManagedPolicyArn', false]],
  // AWS SAM: a text entry of Policies names an AWS managed policy (SAM finds the ARN of a name) or gives its ARN
  'AWS::Serverless::Function': [['Policies', true]],
  'AWS::Serverless::StateMachine': [['Policies', true]],
};

/**
 * The AWS managed policies resource `r` names (its `ManagedPolicyArns`, `PermissionsBoundary`, a
 * permission set's `ManagedPolicies`) that IAM would not attach: an ARN of the `aws` partition (or
 * of `${AWS::Partition}`) whose name no AWS managed policy has (IAM: "does not exist or is not
 * attachable"), or one of the `aws-service-role/` policies, which only service-linked roles may
 * have ("Cannot attach a Service Role Policy to a Customer Role"). A name known only at deploy time
 * is not checked.
 */
function unattachableManagedPolicies(r: TemplateResource, ctx: ReadContext): { property: string; at: string; severity: Severity; message: string }[] {
  const out: { property: string; at: string; severity: Severity; message: string }[] = [];
  // SAM ignores Policies when the function or state machine is given a Role
  const props = r.Type.startsWith('AWS::Serverless::') && samRole('', r) === undefined ? [] : (ownValue(MANAGED_POLICY_PROPERTIES, r.Type) ?? []);
  for (const [property, list] of props) {
    const v = r.Properties === undefined ? undefined : propertyAt(r.Properties, property);
    if (v === undefined) continue;
    const items: [TemplateValue, string][] = list && Array.isArray(v) ? v.map((x, i) => [x, `[${i}]`]) : [[v, '']];
    const seen = new Set<string>();
    for (const [item, at] of items)
      for (const value of entries(item)) {
        const text = readString(value, ctx);
        if (text === undefined || !text.notes.every((n) => n.token === 'AWS::Partition')) continue;
        if (seen.has(`${at} ${text.lint}`)) continue;
        seen.add(`${at} ${text.lint}`);
        // a SAM policy name: the ARN SAM makes of it, with the path the name has
        const sam = r.Type.startsWith('AWS::Serverless::') && !text.lint.startsWith('arn:');
        const f = sam ? unattachableManagedPolicy(`arn:aws:iam::aws:policy/${managedPolicyPath(text.lint)}${text.lint}`, text.lint) : unattachableManagedPolicy(text.lint);
        if (f !== undefined) out.push({ property, at, ...f });
      }
  }
  return out;
}

/**
 * The arguments of the functions that list what a template makes for the app's other templates to
 * count ({@link accountLogsPolicies}, {@link attachedOrganizationPolicies}, {@link namedIamResources}),
 * checked: the template with its `Fn::ForEach` loops expanded.
 */
function appTemplate(template: Template, stack: string): Template {
  checkTemplateArgument(template, {});
  if (typeof stack !== 'string') throw new PolicyArgumentError('stack', cdkMessages.badOption('stack', stack, 'a string (the name of the template among the app\'s)'));
  return expanded(template);
}

/**
 * The CloudWatch Logs resource policies of the account a template makes ({@link LogsPolicyUse}), in
 * template order: each `AWS::Logs::ResourcePolicy`, and each custom resource whose SDK call
 * (`Create`, else `Update`) is CloudWatch Logs `putResourcePolicy` without a `resourceArn` (one with
 * it is a log group's own policy, one per log group, outside the quota). `Fn::ForEach` loops are
 * expanded first; `stack` names the template in what it returns.
 *
 * @example
 * ```ts
 * import { accountLogsPolicies, checkTemplate } from 'typed-iam/cloudformation';
 * const logsPolicy = (name: string) => ({ Type: 'AWS::Logs::ResourcePolicy', Properties: { PolicyName: name, PolicyDocument: '{}' } });
 * const shared = { Resources: Object.fromEntries(['a', 'b', 'c', 'd', 'e', 'f'].map((n) => [n.toUpperCase(), logsPolicy(n)])) };
 * accountLogsPolicies(shared, 'Shared').length; // 6
 * // another stack of this one's account and Region: its policies count against the quota too
 * const others = accountLogsPolicies(shared, 'Shared').map((u) => ({ ...u, sameAccount: 'yes' as const }));
 * const app = { Resources: Object.fromEntries(['g', 'h', 'i', 'j', 'k'].map((n) => [n.toUpperCase(), logsPolicy(n)])) };
 * checkTemplate(app, { stackKey: 'App', logsPoliciesElsewhere: () => others }).findings.filter((f) => f.code === 'LOGS_RESOURCE_POLICIES_QUOTA_EXCEEDED').length; // 1
 * ```
 */
export function accountLogsPolicies(template: Template, stack: string): LogsPolicyUse[] {
  return logsPoliciesOf(appTemplate(template, stack), stack);
}

/** {@link accountLogsPolicies} of a template read and expanded already (checkTemplate's, an app's attachments). */
export function logsPoliciesOf(template: Template, stack: string): LogsPolicyUse[] {
  const out: LogsPolicyUse[] = [];
  for (const [id, r] of Object.entries(template.Resources ?? {})) {
    const p = r.Properties ?? {};
    let name: TemplateValue | undefined;
    if (r.Type === 'AWS::Logs::ResourcePolicy') {
      if (p['ResourceArn'] !== undefined) continue;
      name = p['PolicyName'];
    } else if (typeof r.Type === 'string' && r.Type.startsWith('Custom::')) {
      const sdk = sdkCall(p);
      if (sdk?.call !== 'cloudwatchlogs putResourcePolicy' || sdk.parameters['resourceArn'] !== undefined) continue;
      name = sdk.parameters['policyName'];
    } else continue;
    out.push({ stack, logicalId: id, resourceType: r.Type, ...(typeof name === 'string' ? { name } : {}), conditional: resourceCondition(r) !== undefined });
  }
  return out;
}

/**
 * The service control and resource control policies a template attaches to roots, OUs and accounts
 * named by their ids ({@link OrganizationPolicyUse}), in template order: each
 * `AWS::Organizations::Policy` of type `SERVICE_CONTROL_POLICY` or `RESOURCE_CONTROL_POLICY`, once for
 * each id written in its `TargetIds`. AWS Organizations attaches at most 10 SCPs and 5 RCPs to one
 * root, OU or account, whichever stack attaches them: pass the others' to `checkTemplate` as
 * `organizationPoliciesElsewhere`. The OUs and accounts a template makes (`Ref`) are its own, and
 * are not listed.
 *
 * @example
 * ```ts
 * import { attachedOrganizationPolicies, checkTemplate } from 'typed-iam/cloudformation';
 * const scp = (i: number) => ({ Type: 'AWS::Organizations::Policy', Properties: { Name: `scp-${i}`, Type: 'SERVICE_CONTROL_POLICY', TargetIds: ['ou-ab12-11111111'], Content: { Version: '2012-10-17', Statement: [{ Effect: 'Deny', Action: 's3:DeleteBucket', Resource: '*' }] } } });
 * const guardrails = { Resources: Object.fromEntries([0, 1, 2, 3, 4, 5].map((i) => [`Scp${i}`, scp(i)])) };
 * attachedOrganizationPolicies(guardrails, 'Guardrails').length; // 6
 * const more = { Resources: Object.fromEntries([6, 7, 8, 9, 10].map((i) => [`Scp${i}`, scp(i)])) };
 * checkTemplate(more, { stackKey: 'More', organizationPoliciesElsewhere: () => attachedOrganizationPolicies(guardrails, 'Guardrails') }).findings.filter((f) => f.code === 'ORGANIZATION_POLICIES_QUOTA_EXCEEDED').length; // 1
 * ```
 */
export function attachedOrganizationPolicies(template: Template, stack: string): OrganizationPolicyUse[] {
  return organizationPolicyUses(appTemplate(template, stack).Resources ?? {}, stack, resourceCondition);
}

/**
 * The IAM roles, users, groups and managed policies a template names with literal text
 * ({@link IamNameUse}), in template order: IAM names are unique in an account, ignoring case, in
 * every Region, so two stacks of one account naming a role alike fail ("already exists"). Pass the
 * other templates' to `checkTemplate` as `iamNamesElsewhere`, each with whether it deploys to the
 * same account.
 *
 * @example
 * ```ts
 * import { checkTemplate, namedIamResources } from 'typed-iam/cloudformation';
 * const role = { Type: 'AWS::IAM::Role', Properties: { RoleName: 'app-role', AssumeRolePolicyDocument: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { Service: 'lambda.amazonaws.com' }, Action: 'sts:AssumeRole' }] } } };
 * const east = { Resources: { Role: role } };
 * namedIamResources(east, 'East').map((u) => u.name); // ['app-role']
 * const others = namedIamResources(east, 'East').map((u) => ({ ...u, sameAccount: 'yes' as const }));
 * checkTemplate({ Resources: { Role: role } }, { stackKey: 'West', iamNamesElsewhere: () => others }).findings.filter((f) => f.code === 'IAM_NAME_NOT_UNIQUE').length; // 1
 * ```
 */
export function namedIamResources(template: Template, stack: string): IamNameUse[] {
  return iamNameUses(appTemplate(template, stack).Resources ?? {}, stack, resourceCondition);
}

/** How many policies `uses` are: the uses of one name are one policy (PutResourcePolicy of a name it has updates it). */
function distinctPolicies(uses: readonly LogsPolicyUse[]): number {
  const names = new Set<string>();
  let unnamed = 0;
  for (const u of uses) if (u.name === undefined) unnamed++;
  else names.add(u.name);
  return names.size + unnamed;
}

/** A name no parameter, resource or pseudo parameter has: one with a colon, but `AWS::Region` and the like. */
const namesNothing = (name: string): boolean => name.includes(':') && !name.startsWith('AWS::');

/**
 * The IAM policy variables written in the text of an `Fn::Sub` in a policy without the `!` that makes
 * them literal, with the path of the value holding each (a policy path, as lint writes them). `Fn::Sub`
 * reads `${name}` as a parameter, resource or attribute; a name with a colon that is no pseudo
 * parameter (`AWS::Region`) names none, and CloudFormation refuses the template. CloudFormation
 * User Guide, Fn::Sub: "To write a dollar sign and curly braces (${}) literally, add an exclamation
 * point (!) after the open curly brace, such as ${!Literal}."
 */
export function variablesInSub(document: TemplateValue): { path: string; name: string }[] {
  return templateNames(document).flatMap(({ path, name, attr, via }) => {
    const full = attr === undefined ? name : `${name}.${attr}`;
    // a policy given as JSON text that Fn::Sub builds is read as Fn::Join, its references as Ref
    return via !== 'Fn::GetAtt' && namesNothing(full) ? [{ path, name: full }] : [];
  });
}

/** A name a policy's value refers to, how, and at which place of the policy (a policy path, as lint writes them). */
interface TemplateName {
  readonly path: string;
  readonly name: string;
  readonly attr?: string;
  readonly via: 'Ref' | 'Fn::GetAtt' | 'Fn::Sub';
}

/**
 * The parameters, resources and pseudo parameters a policy document names: by `Ref`, `Fn::GetAtt`
 * (a list or `Name.Attribute`) and `${Name}` / `${Name.Attribute}` in an `Fn::Sub` (not the names its
 * own variable map gives), each with the path of the value holding it.
 */
function templateNames(document: TemplateValue, paths = true): TemplateName[] {
  const out: TemplateName[] = [];
  // iterative: a template may nest without bound; `inside`: in the arguments of an intrinsic, which keep
  // the place of the value it makes (the list of an Fn::Join, the branches of an Fn::If); without `paths`
  // (a whole resource's names counted) no path is written
  const stack: [TemplateValue, string, boolean][] = [[document, '', !paths]];
  while (stack.length > 0) {
    const [v, path, inside] = stack.pop()!;
    if (Array.isArray(v)) {
      for (let i = v.length - 1; i >= 0; i--) stack.push([v[i]!, inside ? path : `${path}[${i}]`, inside]);
      continue;
    }
    if (typeof v !== 'object' || v === null) continue;
    const ref = isIntrinsic(v) ? (v as { Ref?: TemplateValue }).Ref : undefined;
    if (typeof ref === 'string') {
      out.push({ path, name: ref, via: 'Ref' });
      continue;
    }
    const att = isIntrinsic(v) ? (v as { 'Fn::GetAtt'?: TemplateValue })['Fn::GetAtt'] : undefined;
    const target = Array.isArray(att) ? att[0] : typeof att === 'string' ? att.slice(0, att.includes('.') ? att.indexOf('.') : att.length) : undefined;
    if (typeof target === 'string') out.push({ path, name: target, via: 'Fn::GetAtt' });
    const pieces = subPieces(v);
    if (pieces !== undefined) {
      for (const p of pieces) if ('ref' in p) out.push({ path, name: p.ref, ...(p.attr === undefined ? {} : { attr: p.attr }), via: 'Fn::Sub' });
      // the variables of the [text, variables] form are values of their own
      const arg = (v as { 'Fn::Sub': TemplateValue })['Fn::Sub'];
      if (Array.isArray(arg) && isObject(arg[1] as TemplateValue)) for (const x of Object.values(arg[1] as Props)) stack.push([x, path, true]);
      continue;
    }
    const intrinsic = isIntrinsic(v);
    const keys = Object.keys(v);
    for (let i = keys.length - 1; i >= 0; i--) stack.push([(v as Props)[keys[i]!]!, intrinsic || !paths ? path : path === '' ? keys[i]! : keyPath(path, keys[i]!), intrinsic || !paths]);
  }
  return out;
}

/**
 * The properties of IAM resources that attach policies to roles, users and groups, or entities to
 * each other, by resource type: a reference in them to nothing the template has is
 * UNRESOLVED_REFERENCE, as in a policy (the policy would be attached to nothing, and CloudFormation
 * refuses the template anyway).
 */
const WIRING_PROPERTIES: { readonly [type: string]: readonly string[] } = {
  'AWS::IAM::Policy': ['Roles', 'Users', 'Groups'],
  'AWS::IAM::ManagedPolicy': ['Roles', 'Users', 'Groups'],
  'AWS::IAM::Role': ['ManagedPolicyArns', 'PermissionsBoundary'],
  'AWS::IAM::User': ['ManagedPolicyArns', 'PermissionsBoundary', 'Groups'],
  'AWS::IAM::Group': ['ManagedPolicyArns'],
  'AWS::IAM::RolePolicy': ['RoleName'],
  'AWS::IAM::UserPolicy': ['UserName'],
  'AWS::IAM::GroupPolicy': ['GroupName'],
  'AWS::IAM::InstanceProfile': ['Roles'],
  'AWS::IAM::UserToGroupAddition': ['GroupName', 'Users'],
};

/** The pseudo parameters CloudFormation defines (CloudFormation User Guide, pseudo parameters reference). */
const PSEUDO_PARAMETERS: ReadonlySet<string> = new Set(['AWS::AccountId', 'AWS::NotificationARNs', 'AWS::NoValue', 'AWS::Partition', 'AWS::Region', 'AWS::StackId', 'AWS::StackName', 'AWS::URLSuffix']);

/**
 * The names a policy refers to that the template does not define, with the names it may mean: a
 * `Ref`, `Fn::GetAtt` or `Fn::Sub` reference to no parameter, resource or pseudo parameter.
 * CloudFormation refuses such a template ("Unresolved resource dependencies ... in the Resources block
 * of the template"). None for a template with a `Transform`: AWS SAM and macros make resources
 * (SAM's `ServerlessRestApi`, a function's role) that the template as written does not hold. Names
 * with a colon are POLICY_VARIABLE_IN_SUB's (IAM policy variables written in an `Fn::Sub`).
 */
function unresolvedNames(template: Template, document: TemplateValue, index: () => NameIndex): { path: string; written: string; name: string; near: string[]; resourceOnly: boolean }[] {
  if (template.Transform !== undefined) return [];
  const params = template.Parameters ?? {};
  const resources = template.Resources ?? {};
  const out: { path: string; written: string; name: string; near: string[]; resourceOnly: boolean }[] = [];
  for (const { path, name, attr, via } of templateNames(document)) {
    if (Object.hasOwn(resources, name) || (via !== 'Fn::GetAtt' && (Object.hasOwn(params, name) || PSEUDO_PARAMETERS.has(name)))) continue;
    const full = attr === undefined ? name : `${name}.${attr}`;
    if (via !== 'Fn::GetAtt' && namesNothing(full)) continue;
    const written = via === 'Ref' ? `Ref ${name}` : via === 'Fn::GetAtt' ? `Fn::GetAtt ${name}` : `\${${full}}`;
    // Fn::GetAtt reads resources: the names it may mean are resources
    const near = nearest(index(), name, 3, false).filter((n) => via !== 'Fn::GetAtt' || Object.hasOwn(resources, n)).slice(0, 2);
    out.push({ path, written, name, near, resourceOnly: via === 'Fn::GetAtt' });
  }
  return out;
}

/** Lint's size rules (POLICY_SIZE_*): this module replaces them by its token-aware, per-target size check. */
function lintOptionsRules(rules: TemplateCheckOptions['rules']): { [code: string]: 'off' | Severity } {
  const out: { [code: string]: 'off' | Severity } = { ...(rules ?? {}) };
  for (const r of lintRules) if (r.code.startsWith('POLICY_SIZE')) out[r.code] = 'off';
  return out;
}

/** Lint rules whose findings another element of the statement decides (their `decidedBy`), by code. */
const DECIDED_BY: ReadonlyMap<string, string> = new Map(RULES.flatMap((r) => (r.decidedBy === undefined ? [] : [[r.code, r.decidedBy] as const])));

/**
 * Is the finding path under an element holding an unknown value, or is the element that decides
 * its rule unknown (a provider ARN imported from another stack, a `CfnJson` condition block)?
 */
function underUnknown(path: string, unknown: ReadonlySet<string>, code?: string): boolean {
  for (const u of unknown) if (u !== '' && (path === u || path.startsWith(`${u}[`) || path.startsWith(`${u}.`))) return true;
  const statement = /^Statement\[\d+\]/.exec(path)?.[0];
  const decider = code === undefined ? undefined : DECIDED_BY.get(code);
  // a rule every statement decides, conditions read as met: a value not known outside a Condition may decide it
  if (decider === 'Document') return [...unknown].some((u) => !/^Statement\[\d+\]\.Condition(?:$|[.[])/.test(u));
  return decider !== undefined && statement !== undefined && unknown.has(`${statement}.${decider}`);
}

function appendPath(base: string, path: string): string {
  if (path === '') return base;
  return path.startsWith('[') ? `${base}${path}` : `${base}.${path}`;
}

/** Suppressions in a resource's template metadata (`Metadata["typed-iam"].suppressions`). */
export function metadataSuppressions(r: TemplateResource | undefined): Suppression[] {
  const md = r?.Metadata?.['typed-iam'];
  if (typeof md !== 'object' || md === null || Array.isArray(md)) return [];
  return listOf((md as Props)['suppressions']).flatMap((s) => {
    if (typeof s !== 'object' || s === null || Array.isArray(s)) return [];
    const { code, reason, reference } = s as Props;
    if (typeof code !== 'string' || typeof reason !== 'string') return [];
    return [{ code, reason, ...(typeof reference === 'object' && reference !== null && !Array.isArray(reference) ? { reference } : {}) }];
  });
}

function pathMatches(pattern: string | undefined, logicalId: string, constructPath: string | undefined): boolean {
  if (pattern === undefined) return true;
  if (pattern === logicalId) return true;
  if (constructPath === undefined) return false;
  const trim = (s: string) => s.replace(/^\/+|\/+$/g, '');
  const p = trim(pattern);
  const c = trim(constructPath);
  return c === p || c.startsWith(`${p}/`);
}

/** Statement `index` of a read document (`Statement` may be one object). */
function statementAt(doc: TemplateValue, index: number): TemplateValue | undefined {
  const list = typeof doc === 'object' && doc !== null && !Array.isArray(doc) ? (doc as { Statement?: TemplateValue }).Statement : undefined;
  return Array.isArray(list) ? (list as TemplateValue[])[index] : index === 0 ? list : undefined;
}

/**
 * Lints and sizes every IAM policy of a template. Sizes are exact; a token (a value known only at
 * deploy time) counts at the longest value it can take, so a policy reported within its limit
 * fits whatever the tokens resolve to. Inline policies of one role, user or group count together.
 *
 * @example
 * ```ts
 * import { readFileSync } from 'node:fs';
 * import { checkTemplate } from 'typed-iam/cdk';
 * const { findings, sizes } = checkTemplate(JSON.parse(readFileSync('cdk.out/App.template.json', 'utf8')));
 * findings.filter((f) => f.severity === 'error').map((f) => `${f.logicalId} ${f.code}`);
 * ```
 */
export function checkTemplate(given: Template, options: TemplateCheckOptions = {}): TemplateCheck {
  options = checkTemplateArgument(given, options);
  const { template, notRead: loops } = expandLoops(given, loopMatters);
  const ctx = readContext(template, options);
  const policies = findPolicies(template, options);
  const findings: TemplateFinding[] = [];
  const sizes: PolicySizeReport[] = [];
  const resources = template.Resources ?? {};
  const pathOf = pathOfFn(template, options);
  const rules = lintOptionsRules(options.rules);
  // lint takes account ids only (an env-agnostic stack's account is no id: no principal is of it);
  // the accounts the app's other stacks deploy to are the user's too
  const accounts = [...new Set([ctx.account !== undefined && isAccountId(ctx.account) ? ctx.account : '123456789012', ...(options.appAccounts ?? []).filter(isAccountId)])];

  const add = (s: PolicySite | { logicalId: string; resourceType: string; property: string }, f: Finding, base: string, current?: { kind: PolicyKind; doc: TemplateValue }) => {
    const templatePath = appendPath(base, f.path);
    const constructPath = pathOf(s.logicalId);
    const all = [...metadataSuppressions(resources[s.logicalId]), ...(options.suppressions ?? []).filter((x) => pathMatches(x.path, s.logicalId, constructPath))];
    let message = f.message;
    let hit: Suppression | undefined;
    for (const x of all) {
      if (x.code !== f.code) continue;
      const widened = x.reference === undefined ? undefined : beyondReference(x.reference, current, ctx);
      if (widened === undefined) {
        hit = x;
        break;
      }
      message = cdkMessages.suppressionStale(message, x.reason, widened);
    }
    findings.push({ ...f, message, logicalId: s.logicalId, resourceType: s.resourceType, property: s.property, templatePath, ...(hit === undefined ? {} : { suppressed: { reason: hit.reason } }) });
  };

  // an Fn::ForEach loop not expanded: what it makes is not known (a loop that makes no policy and no role does not matter)
  for (const l of loops)
    if (l.matters) add({ logicalId: l.key, resourceType: 'Fn::ForEach', property: '' }, { code: CDK_CODES.notRead, severity: 'warning', path: '', message: cdkMessages.loopNotRead(l.why) }, `Resources.${l.key}`);
  // AWS managed policies a role, user, group or permission set is given that IAM would not attach
  for (const [id, r] of Object.entries(resources))
    for (const m of unattachableManagedPolicies(r, ctx))
      add({ logicalId: id, resourceType: r.Type, property: m.property }, { code: CDK_CODES.managedNotAttachable, severity: m.severity, path: '', message: m.message }, `Resources.${id}.Properties.${m.property}${m.at}`);
  // a function's policy written whole (AWS::Lambda::ResourcePolicy) and by statements (AWS::Lambda::Permission): each may replace the other's
  for (const [id, permissions] of functionPolicyTwice(resources))
    add({ logicalId: id, resourceType: 'AWS::Lambda::ResourcePolicy', property: 'ResourceArn' }, { code: CDK_CODES.functionPolicyTwice, severity: 'warning', path: '', message: cdkMessages.functionPolicyTwice(permissions) }, `Resources.${id}.Properties.ResourceArn`);
  // an EKS Pod Identity session policy with the association's session tags on: EKS refuses it
  for (const [id, r] of Object.entries(resources)) {
    if (r.Type !== 'AWS::EKS::PodIdentityAssociation') continue;
    const policy = r.Properties?.['Policy'];
    const tags = r.Properties?.['DisableSessionTags'];
    // a value known only at deploy time (a parameter) is not judged
    if (policy === undefined || isNoValue(policy) || policy === '' || !(tags === undefined || tags === false || tags === 'false')) continue;
    const property = tags === undefined ? 'Policy' : 'DisableSessionTags';
    add({ logicalId: id, resourceType: r.Type, property }, { code: CDK_CODES.sessionPolicyTags, severity: 'error', path: '', message: sessionPolicyTags('DisableSessionTags: true') }, `Resources.${id}.Properties.${property}`);
  }
  // an OpenAPI definition in S3 (SpecRestApi with ApiDefinition.fromAsset or fromBucket): the resource policy it may hold is not in the template
  for (const [id, r] of Object.entries(resources))
    if (r.Type === 'AWS::ApiGateway::RestApi' && choices(r.Properties?.['BodyS3Location']).length > 0)
      add({ logicalId: id, resourceType: r.Type, property: 'BodyS3Location' }, { code: CDK_CODES.notRead, severity: 'warning', path: '', message: cdkMessages.s3Body() }, `Resources.${id}.Properties.BodyS3Location`);

  // the template's parameter and resource names, indexed for "did you mean" when a policy names one it lacks
  let names: NameIndex | undefined;
  // the names each resource (or, for undefined, the outputs) refers to, counted once per template when a managed policy asks
  const counted = new Map<string, ReadonlyMap<string, number>>();
  const namesIn = (logicalId: string | undefined): ReadonlyMap<string, number> => {
    const key = logicalId === undefined ? '' : `#${logicalId}`;
    let found = counted.get(key);
    if (found === undefined) counted.set(key, (found = referenceCounts((logicalId === undefined ? (template.Outputs ?? {}) : resources[logicalId]!) as TemplateValue)));
    return found;
  };
  // the roles only Pod Identity associations with their session tags off use, found when first asked
  let untagged: Set<string> | undefined;
  const nameIndex = () => (names ??= indexOf([...Object.keys(template.Parameters ?? {}), ...Object.keys(resources), ...PSEUDO_PARAMETERS]));
  // what attaches policies and entities (a policy's Roles, a role's ManagedPolicyArns) naming nothing the template has: CloudFormation refuses it
  if (loops.every((l) => !l.matters))
    for (const [id, r] of Object.entries(resources))
      for (const property of ownValue(WIRING_PROPERTIES, r.Type) ?? []) {
        const value = r.Properties?.[property];
        if (value === undefined) continue;
        for (const { path, written, name, near, resourceOnly } of unresolvedNames(template, value, nameIndex))
          add({ logicalId: id, resourceType: r.Type, property }, { code: CDK_CODES.unresolvedReference, severity: 'error', path, message: cdkMessages.unresolvedReference(written, name, near, resourceOnly) }, `Resources.${id}.Properties.${property}`);
      }
  for (const s of policies) {
    const base = `Resources.${s.logicalId}.Properties.${s.property}`;
    if (typeof s.document !== 'object' || s.document === null || Array.isArray(s.document) || isIntrinsic(s.document)) {
      add(s, { code: CDK_CODES.notRead, severity: 'warning', path: '', message: cdkMessages.notRead(typeof s.document === 'string') }, base);
      continue;
    }
    let variants: DocumentVariants;
    try {
      variants = readVariants(s.document, s.keysSub ? { ...ctx, subKeys: true } : ctx, s.target?.unit, siteChoices(s));
    } catch (e) {
      // nested deeper than parse accepts: IAM refuses it as well
      if (!(e instanceof PolicyParseError)) throw e;
      add(s, { code: CDK_CODES.notRead, severity: 'error', path: '', message: e.issues[0].message }, base);
      continue;
    }
    const read = variants.worst;
    // the target's element-count quotas (an SQS queue policy: 20 statements) are lint's; its size is checked below
    // lint reads each combination of the document's choices (Fn::If conditions, Fn::Select indexes, Fn::FindInMap keys)
    if (!variants.complete) add(s, { code: CDK_CODES.partlyLinted, severity: 'warning', path: '', message: cdkMessages.partlyLinted(MAX_VARIANTS, variants.reads.length) }, base);
    for (const { path, name } of variablesInSub(s.document))
      add(s, { code: CDK_CODES.variableInSub, severity: 'error', path, message: cdkMessages.variableInSub(name) }, base);
    // a loop not expanded may make the resource named
    if (loops.every((l) => !l.matters))
      for (const { path, written, name, near, resourceOnly } of unresolvedNames(template, s.document, nameIndex))
        add(s, { code: CDK_CODES.unresolvedReference, severity: 'error', path, message: cdkMessages.unresolvedReference(written, name, near, resourceOnly) }, base);
    const reported = new Set<string>();
    // one AWS::IAM::Policy given to roles and users is no role's alone (a role's inline policy never sees aws:username)
    const target = s.target !== undefined && Object.values(s.entityTargets ?? {}).every((t) => t.name === s.target!.name) ? s.target : undefined;
    const attachedTo = s.resourceType === 'AWS::IAM::ManagedPolicy' ? managedPolicyAttachedTo(template, s.logicalId, namesIn) : undefined;
    const moot = mootRules(resources, s.logicalId, (untagged ??= podSessionTagsOff(resources)));
    const siteRules = moot.length === 0 ? rules : { ...rules, ...Object.fromEntries(moot.map((code) => [code, 'off' as const])) };
    for (const rd of variants.reads)
      for (const found of lint(rd.lint as object, { kind: s.kind, accounts, rules: siteRules, ...(target === undefined ? {} : { target }), ...(attachedTo === undefined ? {} : { attachedTo }) })) {
        if (underUnknown(found.path, rd.unknown, found.code)) continue;
        if (s.resourceType === 'AWS::Lambda::Permission' && found.path.endsWith('.Sid')) continue;
        const once = `${found.code} ${found.path} ${found.message}`;
        if (reported.has(once)) continue;
        reported.add(once);
        // a finding of one statement of an assembled policy belongs to the resource that wrote it
        const index = Number(/^Statement\[(\d+)\]/.exec(found.path)?.[1] ?? -1);
        const owner = s.owners?.[index];
        const writer = owner ?? s.logicalId;
        const advice = cdkAdvice(found.code, found.path, { template, logicalId: writer, statement: statementAt(rd.lint, index), constructPath: pathOf(writer), flagSet: options.featureFlag });
        const f = advice === '' ? found : { ...found, message: found.message + advice };
        if (owner === undefined || owner === s.logicalId) add(s, f, base, { kind: s.kind, doc: rd.lint });
        else add({ ...s, logicalId: owner }, f, `Resources.${owner}.Properties.${s.property}`, { kind: s.kind, doc: rd.lint });
      }
    // a policy given as JSON text is sent as written (measure counts it where the target counts whitespace)
    if (s.target === undefined) continue; // AWS documents no size quota for it
    if (s.target.aggregate && s.entities.length > 0) continue; // with the entity's other inline policies, below
    const { long, short } = variantSize(variants, s.target, s.written, s.writtenExtra);
    const r: PolicySizeReport = {
      logicalId: s.logicalId,
      resourceType: s.resourceType,
      property: s.property,
      target: s.target.name,
      unit: s.target.unit,
      limit: s.target.limit,
      longest: long,
      shortest: short,
      fits: verdict(long, short, s.target.limit),
      tokens: read.notes,
    };
    sizes.push(r);
    if (r.fits !== 'yes') add(s, { code: r.fits === 'no' ? CDK_CODES.size : CDK_CODES.maybeSize, severity: r.fits === 'no' ? 'error' : 'warning', path: '', message: cdkMessages.size(r) }, base, { kind: s.kind, doc: read.lint });
    for (const other of s.also) if (r.fits !== 'yes') add({ ...s, logicalId: other }, { code: r.fits === 'no' ? CDK_CODES.size : CDK_CODES.maybeSize, severity: r.fits === 'no' ? 'error' : 'warning', path: '', message: cdkMessages.size(r) }, `Resources.${other}`);
  }

  // inline policies of one role, user or group, with those other templates of the app give it (IAM counts the sum)
  const here = options.stackKey ?? '';
  const holders = entityHolders(template, options);
  for (const { entity, target, members: local } of inlineMembers(template, options).values()) {
    const group = [...local, ...(options.inlineElsewhere?.(entity, target.name) ?? []).filter((m) => m.stack !== here)];
    const { long, short } = aggregateSize(group);
    const within = verdict(long, short, target.limit);
    const holder = holders.get(entity) ?? options.entityHolder?.(entity);
    // a role outside the app (an import of another app, Role.fromRoleName of a role no stack makes) may hold other
    // inline policies IAM counts too: within the limit only if those are short enough, which no template shows
    const external = holder === undefined;
    const fits = external && within === 'yes' ? 'maybe' : within;
    const named = holder ?? entityLabel(entity);
    for (const g of local) {
      const r: PolicySizeReport = {
        logicalId: g.logicalId,
        resourceType: resources[g.logicalId]!.Type,
        property: g.property,
        target: target.name,
        unit: target.unit,
        limit: target.limit,
        longest: long,
        shortest: short,
        fits,
        tokens: dedupeNotes(group.flatMap((x) => x.tokens)),
        aggregate: { entity: named, policies: group.map((x) => ({ logicalId: x.logicalId, property: x.property, longest: x.longest, ...(x.stack === here ? {} : { stack: x.stack }) })), ...(external ? { outside: true } : {}) },
      };
      sizes.push(r);
      if (fits !== 'yes') add({ logicalId: g.logicalId, resourceType: r.resourceType, property: g.property }, { code: fits === 'no' ? CDK_CODES.size : CDK_CODES.maybeSize, severity: fits === 'no' ? 'error' : 'warning', path: '', message: cdkMessages.size(r) }, `Resources.${g.logicalId}.Properties.${g.property}`);
    }
  }

  // managed policies attached per role, user and group: by this template and the app's others (a managed policy of
  // another stack naming this stack's role in its Roles), each policy once
  const max = options.maxManagedPolicies ?? 10;
  const attachments = managedAttachments(template, options);
  // the resources attaching managed policies to each entity, read once when an entity is first over the quota
  let attachers: ReadonlyMap<string, readonly [string, TemplateResource][]> | undefined;
  for (const [id, r] of Object.entries(resources)) {
    const entity = entityOf(options.stackKey, id, r, options.account);
    if (entity === undefined) continue;
    const elsewhere = (options.managedElsewhere?.(entity) ?? []).filter((a) => a.stack !== here);
    const n = attachedCount([...(attachments.get(entity) ?? []), ...elsewhere]);
    if (n <= max) continue;
    // counted again in each combination of the choices that attach them (six in each branch of one Fn::If are six)
    const { results, complete } = managedByCombination(entity, id, ctx, options, elsewhere, (attachers ??= managedAttachers(ctx, options)).get(entity) ?? []);
    const made = results.flatMap((x) => (x.count === undefined ? [] : [{ picks: x.picks, count: x.count, over: x.count > max }]));
    const over = made.filter((x) => x.over);
    const kind = r.Type.slice('AWS::IAM::'.length).toLowerCase();
    const report = (severity: Severity, message: string) =>
      add({ logicalId: id, resourceType: r.Type, property: 'ManagedPolicyArns' }, { code: severity === 'error' ? CDK_CODES.managedQuota : CDK_CODES.maybeManagedQuota, severity, path: '', message }, `Resources.${id}.Properties.ManagedPolicyArns`);
    if (!complete) report('warning', cdkMessages.managedQuotaAtOnce(n, max, kind, MAX_VARIANTS));
    else if (over.length > 0 && over.length === made.length) report('error', cdkMessages.managedQuota(Math.min(...over.map((x) => x.count)), max, kind));
    else if (over.length > 0) {
      const { where, more } = overWhere(made);
      report('warning', cdkMessages.managedQuotaWhere(Math.max(...over.map((x) => x.count)), max, kind, where.map((w) => w.map(([k, i]) => cdkMessages.choice(k, i))), more));
    }
  }
  // CloudWatch Logs resource policies of the account: 10 per account and Region, with those the app's other stacks make there
  const logs = logsPoliciesOf(template, here);
  if (logs.length > 0) {
    const elsewhere = options.logsPoliciesElsewhere?.() ?? [];
    const sure = [...logs, ...elsewhere].filter((u) => !u.conditional && (!('sameAccount' in u) || u.sameAccount === 'yes'));
    const all = [...logs, ...elsewhere];
    const limit = ATTACHABLE.logsPolicies;
    const n = distinctPolicies(sure);
    // an error where this template surely makes one of them: a stack whose own are all under a Condition may make none
    const mine = logs.find((u) => !u.conditional);
    if ((n > limit && mine !== undefined) || distinctPolicies(all) > limit) {
      const certain = n > limit && mine !== undefined;
      const counted = certain ? sure : all;
      // at this template's first that is counted: each stack making some may fail
      const at = certain ? mine : logs[0]!;
      const message = cdkMessages.logsPolicies(certain ? n : distinctPolicies(all), counted.map((u) => (u.stack === here ? u.logicalId : `${u.stack}: ${u.logicalId}`)), certain ? undefined : { conditional: all.some((u) => u.conditional), unknownEnvironment: elsewhere.some((u) => u.sameAccount === 'maybe') }, counted.some((u) => u.resourceType.startsWith('Custom::')));
      // the property naming the policy: an AWS::Logs::ResourcePolicy's PolicyName, a custom resource's SDK call
      const property = at.resourceType === 'AWS::Logs::ResourcePolicy' ? 'PolicyName' : resources[at.logicalId]?.Properties?.['Create'] === undefined ? 'Update' : 'Create';
      add({ logicalId: at.logicalId, resourceType: at.resourceType, property }, { code: certain ? CDK_CODES.logsQuota : CDK_CODES.maybeLogsQuota, severity: certain ? 'error' : 'warning', path: '', message }, `Resources.${at.logicalId}.Properties.${property}`);
    }
  }
  // SCPs and RCPs attached to one root, OU or account: 10 and 5 (FullAWSAccess counted on an OU or account the template makes)
  for (const t of organizationTargets(resources, resourceCondition, (options.organizationPoliciesElsewhere?.() ?? []).filter((u) => u.stack !== here))) {
    // an error where this template surely attaches one, at the first such policy; a template whose own are all under a Condition may attach none
    const own = t.policies.filter((p) => p.stack === undefined);
    const sure = own.find((p) => !p.conditional);
    const over = t.verdict === 'over' && sure !== undefined;
    const at = (over ? sure : own[0])!;
    add({ logicalId: at.logicalId, resourceType: 'AWS::Organizations::Policy', property: 'TargetIds' }, { code: over ? CDK_CODES.organizationQuota : CDK_CODES.maybeOrganizationQuota, severity: over ? 'error' : 'warning', path: '', message: cdkMessages.organizationPolicies({ ...t, verdict: over ? 'over' : 'maybe' }) }, `Resources.${at.logicalId}.Properties.TargetIds`);
  }
  // IAM names are unique in an account (ignoring case), in every Region: one taken twice fails the second create
  const elsewhereNames = (options.iamNamesElsewhere?.() ?? []).filter((u) => u.stack !== here);
  for (const c of iamNameClashes(iamNameUses(resources, here, resourceCondition), elsewhereNames)) {
    const r = resources[c.at.logicalId]!;
    const shown = c.others.map((o) => (o.stack === here ? o.logicalId : `${o.stack}: ${o.logicalId}`));
    const maybe = c.certain ? undefined : { conditional: c.at.conditional || c.others.some((o) => o.conditional), unknownAccount: c.others.some((o) => 'sameAccount' in o && o.sameAccount === 'maybe') };
    add({ logicalId: c.at.logicalId, resourceType: r.Type, property: c.at.property }, { code: c.certain ? CDK_CODES.nameTaken : CDK_CODES.maybeNameTaken, severity: c.certain ? 'error' : 'warning', path: '', message: cdkMessages.nameTaken(c.at.kind, c.at.name, shown, c.others.some((o) => o.stack !== here), maybe) }, `Resources.${c.at.logicalId}.Properties.${c.at.property}`);
  }
  // a permission set's AWS managed and customer managed policies: the role it makes in each account holds them all
  for (const [id, r] of Object.entries(resources)) {
    if (r.Type !== 'AWS::SSO::PermissionSet' || r.Properties === undefined) continue;
    const lists = (['ManagedPolicies', 'CustomerManagedPolicyReferences'] as const).filter((k) => r.Properties![k] !== undefined);
    const n = lists.reduce((sum, k) => sum + countEntries(r.Properties![k]), 0);
    if (n <= max || lists.length === 0) continue;
    // an Fn::If in either list: n is each list's longest branch, which one combination of conditions may not pick
    const exact = !lists.some((k) => hasKeyDeep(r.Properties![k], (key) => key === 'Fn::If' || key === 'Fn::Select' || key === 'Fn::FindInMap'));
    const property = lists[0]!;
    add(
      { logicalId: id, resourceType: r.Type, property },
      { code: exact ? CDK_CODES.managedQuota : CDK_CODES.maybeManagedQuota, severity: exact ? 'error' : 'warning', path: '', message: cdkMessages.permissionSetQuota(n, max, exact) },
      `Resources.${id}.Properties.${property}`,
    );
  }
  return { policies, findings, sizes };
}

/** The construct path (else `<stack key>/<logical ID>`) of each role, user and group of a template, by entity (see {@link entityOf}). */
export function entityHolders(given: Template, options: TemplateCheckOptions = {}): Map<string, string> {
  const template = expanded(given);
  const pathOf = pathOfFn(template, options);
  const out = new Map<string, string>();
  for (const [id, r] of Object.entries(template.Resources ?? {})) {
    const entity = entityOf(options.stackKey, id, r, options.account);
    if (entity !== undefined) out.set(entity, pathOf(id)?.replace(/\/Resource$/, '') ?? (options.stackKey === undefined ? id : `${options.stackKey}/${id}`));
    // the role SAM makes for a function or state machine: held by it
    const role = samRole(id, r);
    if (role !== undefined) out.set(`${options.stackKey ?? ''}#${role}`, pathOf(id) ?? (options.stackKey === undefined ? id : `${options.stackKey}/${id}`));
  }
  return out;
}

/** Managed policies attached to one entity by one template: `policy` names the policy (counted once), or `count` entries not told apart. */
export interface ManagedAttachment {
  readonly stack: string;
  readonly policy?: string;
  readonly count?: number;
}

/** How many managed policies the attachments make: distinct policies, and the entries not told apart. */
export function attachedCount(list: readonly ManagedAttachment[]): number {
  return new Set(list.flatMap((a) => a.policy ?? [])).size + list.reduce((n, a) => n + (a.count ?? 0), 0);
}

/**
 * The managed policies a template attaches to each role, user and group, by entity (see
 * {@link entityOf}): the entity's `ManagedPolicyArns`, and the `Roles`/`Users`/`Groups` of a managed
 * policy (the same policy both ways is one: IAM attaches it once).
 */
export function managedAttachments(given: Template, options: TemplateCheckOptions = {}): ReadonlyMap<string, readonly ManagedAttachment[]> {
  const template = expanded(given);
  const ctx = readContext(template, options);
  const out = new Map<string, ManagedAttachment[]>();
  for (const [id, r] of Object.entries(template.Resources ?? {})) for (const [entity, a] of attachmentsOf(id, r, ctx, options)) out.set(entity, [...(out.get(entity) ?? []), a]);
  return out;
}

/**
 * The managed policies resource `id` attaches, by entity: its `ManagedPolicyArns`, or a managed
 * policy's `Roles`/`Users`/`Groups`. Without `choose`, in every branch of their `Fn::If`s (a list
 * chosen so counts its longer branch); with it, in the combination it picks, where each is named
 * and a managed policy whose `Condition` is false attaches nothing.
 */
function attachmentsOf(id: string, r: TemplateResource, ctx: ReadContext, options: TemplateCheckOptions, choose?: Chooser): [entity: string, attachment: ManagedAttachment][] {
  const resources = ctx.template.Resources ?? {};
  const here = options.stackKey ?? '';
  const out: [string, ManagedAttachment][] = [];
  let deep = 0;
  /** A managed policy ARN as one name in every template: a policy of this template, text, or the value's JSON. */
  const policyKey = (v: TemplateValue): string => {
    const key = entityKey(v);
    if (key !== undefined && Object.hasOwn(resources, key) && resources[key]!.Type === 'AWS::IAM::ManagedPolicy') return `${here}#${key}`;
    // nested too deep for JSON.stringify (a hostile template): a policy of its own
    return typeof v === 'string' ? v : nestsTooDeep(v) ? `${here}?${id}#${deep++}` : `${here}?${JSON.stringify(v)}`;
  };
  const entity = entityOf(options.stackKey, id, r, options.account);
  const arns = r.Properties?.['ManagedPolicyArns'];
  if (entity !== undefined && arns !== undefined) {
    // a plain list names each policy; a list chosen by Fn::If counts its longer branch
    if (choose !== undefined || (Array.isArray(arns) && !(arns as TemplateValue[]).some((x) => choices(x).length !== 1))) for (const a of entries(arns, choose)) out.push([entity, { stack: here, policy: policyKey(a) }]);
    else out.push([entity, { stack: here, count: countEntries(arns) }]);
  }
  if (r.Type !== 'AWS::IAM::ManagedPolicy' || (choose !== undefined && !madeIn(r, choose))) return out;
  const p = r.Properties ?? {};
  for (const [prop, target] of [['Roles', T['inline-role']], ['Users', T['inline-user']], ['Groups', T['inline-group']]] as const)
    for (const e of entries(p[prop], choose)) {
      const key = entityKey(e);
      if (key !== undefined) out.push([canonicalEntity(key, target, ctx), { stack: here, policy: `${here}#${id}` }]);
    }
  return out;
}

/**
 * The resources of a template that attach managed policies to each entity ({@link attachmentsOf} in
 * every branch), in template order: one pass, instead of one over every resource per entity.
 */
function managedAttachers(ctx: ReadContext, options: TemplateCheckOptions): Map<string, [string, TemplateResource][]> {
  const out = new Map<string, [string, TemplateResource][]>();
  for (const [rid, r] of Object.entries(ctx.template.Resources ?? {}))
    for (const entity of new Set(attachmentsOf(rid, r, ctx, options).map(([e]) => e))) {
      const list = out.get(entity);
      if (list === undefined) out.set(entity, [[rid, r]]);
      else list.push([rid, r]);
    }
  return out;
}

/**
 * How many managed policies `entity` (resource `id`) has in each combination of the choices that
 * attach them (`Fn::If` in `ManagedPolicyArns` or a managed policy's `Roles`, a managed policy's or
 * the entity's `Condition`), with `elsewhere` (other templates') in each. `picks` holds the choices
 * made; `count` is undefined where the entity is not made. `complete` is false beyond {@link MAX_VARIANTS}.
 * `from`: the resources attaching managed policies to the entity ({@link managedAttachers}).
 */
function managedByCombination(
  entity: string,
  id: string,
  ctx: ReadContext,
  options: TemplateCheckOptions,
  elsewhere: readonly ManagedAttachment[],
  from: readonly (readonly [string, TemplateResource])[],
): { results: { picks: ReadonlyMap<string, number>; count: number | undefined }[]; complete: boolean } {
  const resources = ctx.template.Resources ?? {};
  return eachVariant((choose) => {
    const picks = new Map<string, number>();
    const picking: Chooser = (key, count) => {
      const i = choose(key, count) ?? 0;
      picks.set(key, i);
      return i;
    };
    if (!madeIn(resources[id], picking)) return { picks, count: undefined };
    const mine = from.flatMap(([rid, r]) => attachmentsOf(rid, r, ctx, options, picking).filter(([e]) => e === entity).map(([, a]) => a));
    return { picks, count: attachedCount([...mine, ...elsewhere]) };
  });
}

/**
 * The choices that put a count over the quota, for the message: what every combination over it
 * shares, when each combination sharing it is over; else the combinations over it (the first
 * three, and how many more).
 */
function overWhere(results: readonly { picks: ReadonlyMap<string, number>; over: boolean }[]): { where: [key: string, option: number][][]; more: number } {
  const over = results.filter((x) => x.over);
  const common = [...over[0]!.picks].filter(([k, i]) => over.every((x) => x.picks.get(k) === i));
  if (common.length > 0 && results.every((x) => x.over || common.some(([k, i]) => x.picks.get(k) !== i))) return { where: [common], more: 0 };
  return { where: over.slice(0, 3).map((x) => [...x.picks]), more: Math.max(0, over.length - 3) };
}

/** The construct path of a logical ID: the option, else the resource's `aws:cdk:path` metadata. */
function pathOfFn(template: Template, options: TemplateCheckOptions): (id: string) => string | undefined {
  const resources = template.Resources ?? {};
  return (
    options.pathOf ??
    ((id: string) => {
      const p = Object.hasOwn(resources, id) ? resources[id]!.Metadata?.['aws:cdk:path'] : undefined;
      return typeof p === 'string' ? p : undefined;
    })
  );
}

/** The inline policies counted toward one entity's quota in one template. */
export interface InlineGroup {
  /** The entity, the same in every template of the app (`role:<name>`, `<stack key>#<logical ID>`). */
  readonly entity: string;
  readonly target: SizeTarget;
  readonly members: readonly InlineMember[];
}

const ENTITY_KIND: { readonly [target: string]: string } = { 'inline-role': 'role', 'inline-user': 'user', 'inline-group': 'group' };

/**
 * The entity an inline policy names (`Roles`, `RoleName`, ...; `key` as {@link findPolicies} gives
 * it), the same in every template: a resource of this template, a name written as text, or what a
 * nested stack's parameter or an import resolves to (the role of the stack that passes or exports it).
 */
function canonicalEntity(key: string, target: SizeTarget, ctx: ReadContext): string {
  const resources = ctx.template.Resources ?? {};
  const kind = ENTITY_KIND[target.name] ?? target.name;
  if (Object.hasOwn(resources, key)) return entityOf(ctx.stackKey, key, resources[key]!, ctx.account) ?? `${ctx.stackKey ?? ''}#${key}`;
  // the role SAM makes for a function is made by the template (no resource of its own before the transform)
  if (samMadeRole(resources, key)) return `${ctx.stackKey ?? ''}#${key}`;
  if (key.startsWith('name:')) return entityNamed(kind, key.slice('name:'.length), ctx.account);
  const params = ctx.template.Parameters;
  let value: TemplateValue | undefined = params !== undefined && Object.hasOwn(params, key) ? { Ref: key } : undefined;
  if (value === undefined && key.startsWith('{'))
    try {
      value = JSON.parse(key) as TemplateValue;
    } catch {
      value = undefined;
    }
  const entity = value === undefined || !isIntrinsic(value) ? undefined : readString(value, ctx)?.entity;
  return entity ?? `${ctx.stackKey ?? ''}?${key}`;
}

/** How a message names an entity no template of the app holds. */
function entityLabel(entity: string): string {
  const named = namedEntity(entity);
  if (named !== undefined) return `${named.kind} "${named.name}"${named.account === '?' ? '' : ` of account ${named.account}`}`;
  const at = entity.search(/[#?]/);
  return at >= 0 ? entity.slice(at + 1) : entity;
}

/**
 * Longest and shortest sum of inline policies: a choice (`Fn::If`) counts its longest branch, and
 * a policy that may not be deployed counts nothing at the shortest.
 */
export function aggregateSize(members: readonly InlineMember[]): { long: number; short: number } {
  let long = 0;
  let short = 0;
  const choices = new Map<string, Map<string, number>>();
  for (const m of members) {
    if (m.choice === undefined) {
      long += m.longest;
      short += m.shortest;
      continue;
    }
    const key = `${m.stack} ${m.choice.group}`;
    const branches = choices.get(key) ?? new Map<string, number>();
    branches.set(m.choice.branch, (branches.get(m.choice.branch) ?? 0) + m.longest);
    choices.set(key, branches);
  }
  for (const branches of choices.values()) long += Math.max(...branches.values());
  return { long, short };
}

/**
 * The inline policies of a template counted toward a role's, user's or group's aggregate quota,
 * by `<target> <entity>`: each measured (tokens at their longest and shortest). An
 * `AWS::IAM::Policy` counts toward each entity it names. Policies nested too deep to read are left
 * out (checkTemplate reports them). `options.inlineElsewhere` is how the aspect and `cdk check`
 * give each template the members of the app's other templates.
 */
export function inlineMembers(given: Template, options: TemplateCheckOptions = {}): ReadonlyMap<string, InlineGroup> {
  const template = expanded(given);
  const ctx = readContext(template, options);
  const resources = template.Resources ?? {};
  const pathOf = pathOfFn(template, options);
  const out = new Map<string, { entity: string; target: SizeTarget; members: InlineMember[] }>();
  for (const s of findPolicies(template, options)) {
    if (s.target === undefined || !s.target.aggregate || s.entities.length === 0 || !isObject(s.document)) continue;
    const unit = s.target.unit;
    const document = s.document;
    // an AWS::IAM::Policy's Roles chosen by Fn::If: each role counts the policy in the combinations that attach it to it
    const props = s.resourceType === 'AWS::IAM::Policy' ? (resources[s.logicalId]?.Properties ?? {}) : undefined;
    // iterative: Roles nested without bound must not overflow the stack (JSON.stringify did)
    const chosenEntities = props !== undefined && ['Roles', 'Users', 'Groups'].some((k) => hasKeyDeep(props[k], (key) => key === 'Fn::If'));
    const fixed = siteChoices(s);
    let variants: DocumentVariants<readonly string[]>;
    try {
      variants = readVariants(document, s.keysSub ? { ...ctx, subKeys: true } : ctx, unit, fixed, (choose) => (props === undefined || !chosenEntities ? s.entities : policyEntities(props, choose).map((x) => x.key)));
    } catch (e) {
      if (e instanceof PolicyParseError) continue;
      throw e;
    }
    const { worst, complete } = variants;
    for (const e of new Set(s.entities)) {
      const target = s.entityTargets?.[e] ?? s.target;
      const attached = variants.reads.filter((v) => v.also.includes(e));
      if (complete && attached.length === 0) continue; // in no combination the site's conditions allow
      // attached in some combinations only: counted as a choice of its own (its longest, and nothing at the shortest)
      const always = !chosenEntities || (complete && attached.length === variants.reads.length);
      const size = variantSize({ worst, complete, reads: attached }, target, s.written, s.writtenExtra);
      const longest = size.long;
      const shortest = s.choice !== undefined || !always ? 0 : size.short;
      const choice = s.choice ?? (always ? undefined : { group: `${s.logicalId}:${s.property}:${e}`, branch: '1' });
      const entity = canonicalEntity(e, target, ctx);
      // a role and a user may share a name: the key keeps them apart
      const key = `${target.name} ${entity}`;
      const name = Object.hasOwn(resources, e) ? (pathOf(e)?.replace(/\/Resource$/, '') ?? e) : undefined;
      const group = out.get(key) ?? { entity, target, members: [] };
      group.members.push({
        stack: options.stackKey ?? '',
        logicalId: s.logicalId,
        property: s.property,
        longest,
        shortest,
        tokens: worst.notes,
        ...(choice === undefined ? {} : { choice }),
        ...(name === undefined ? {} : { entityName: name }),
      });
      out.set(key, group);
    }
  }
  return out;
}

/**
 * The policies of one kind as an analyze/evaluate policy set: identity-like kinds as identity
 * policies, organization policies under an allow-all identity policy, the others as the resource
 * policy.
 */
export function policySet(kind: PolicyKind | 'permissions', docs: readonly TemplateValue[]): PolicySet {
  // no policy (a construct on one side only) is an empty list: a policy with no statement is refused
  // by evaluate, which made every added construct "not compared" in cdk diff
  const list = docs as never[];
  switch (kind) {
    case 'permissions':
    case 'identity':
    case 'boundary':
    case 'session':
      return { identity: list };
    case 'scp':
      return { identity: ALLOW_ALL, scp: [list] };
    case 'rcp':
      return { identity: ALLOW_ALL, rcp: [list] };
    default:
      return { resource: list };
  }
}

const ALLOW_ALL = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }] } as never;

/** Why a reference-bound suppression no longer holds, or `undefined` when the policy grants nothing beyond its reference. */
function beyondReference(reference: object, current: { kind: PolicyKind; doc: TemplateValue } | undefined, ctx: ReadContext): string | undefined {
  if (current === undefined) return cdkMessages.notOnePolicy();
  // the reference is read like the template, so its tokens get the same stand-ins
  const ref = readDocument(reference as TemplateValue, ctx).lint;
  let r;
  try {
    r = checkNoNewAccess(policySet(current.kind, [ref]), policySet(current.kind, [current.doc]));
  } catch (e) {
    // a policy the analysis will not read (an empty NotResource, an operator IAM rejects): not proven
    if (e instanceof IamPolicyError) return cdkMessages.unproven([e.message]);
    throw e;
  }
  if (r.result === 'pass') return undefined;
  const w = r.witnesses[0];
  if (w === undefined) return cdkMessages.unproven(r.reasons.map((x) => x.message));
  return cdkMessages.widened(w.action, w.resource ?? '*', w.principal);
}

/** Is a finding of severity `s` at or above `failOn`? */
export function atOrAbove(s: Severity, failOn: Severity): boolean {
  return SEVERITIES.indexOf(s) <= SEVERITIES.indexOf(failOn);
}
