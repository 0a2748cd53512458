/**
 * The text of a CloudFormation template read into its value, JSON or YAML: the one reading of
 * `typed-iam cdk check` (template files, manifests) and of {@link readTemplate}.
 */
import { PolicyArgumentError } from '../errors.js';
import { MAX_DEPTH_LIMIT } from '../parse/index.js';
import { LineIndex, parseJson, type ValuePosition } from '../parse/json.js';
import { pathLocator } from '../parse/path.js';
import { cdkMessages } from './messages.js';
import { sectionsProblem, templateProblem } from './template.js';
import type { Template } from './tokens.js';
import { readYaml, YamlProblem } from './yaml.js';

/** Why a text is not read: the message, and where when a place in the text is to blame. */
export interface TextProblem {
  readonly message: string;
  readonly offset?: number;
}

/**
 * The JSON value of `text`, or why it is not read: not JSON, or a key written twice in one object
 * (JSON.parse keeps the last, CloudFormation does not document which it keeps, so a policy checked
 * could differ from the one deployed).
 */
export function jsonValue(text: string): { readonly value: unknown } | { readonly problem: TextProblem } {
  let value: unknown;
  let failed: string | undefined;
  try {
    value = JSON.parse(text);
  } catch (e) {
    failed = (e as Error).message;
  }
  // the parser's own reading locates the problem, and sees repeated keys
  const problem = parseJson(text, MAX_DEPTH_LIMIT, false).problems.find((p) => p.kind === 'duplicate' || (failed !== undefined && p.kind === 'syntax'));
  if (failed === undefined && problem === undefined) return { value };
  const message = problem?.kind === 'duplicate' ? cdkMessages.duplicateKey(problem.detail) : cdkMessages.notJson(failed ?? '');
  return { problem: problem === undefined ? { message } : { message, offset: problem.offset } };
}

/** A template's value read from its text, and where its keys and values start when it is YAML. */
export type TemplateValueRead = { readonly value: unknown; readonly yaml: ValuePosition | undefined } | { readonly problem: TextProblem };

/**
 * The value of a template's text: JSON when its first character (after white space) is `{`, as CDK
 * and most tools write templates, else YAML, which CloudFormation reads too (see yaml.ts).
 */
export function templateValue(text: string): TemplateValueRead {
  if (text.trimStart().startsWith('{')) {
    const json = jsonValue(text);
    return 'problem' in json ? json : { value: json.value, yaml: undefined };
  }
  try {
    const read = readYaml(text, MAX_DEPTH_LIMIT);
    return { value: read.value, yaml: read.root };
  } catch (e) {
    if (!(e instanceof YamlProblem)) throw e;
    return { problem: { message: cdkMessages.notYaml(e.message), offset: e.offset } };
  }
}

/** 1-based line and column in a text. */
export interface TextPosition {
  readonly line: number;
  readonly column: number;
}

/**
 * Where a template path (`Resources.Role.Properties.Policies[0].PolicyDocument.Statement[0]`) is in
 * the text of a template: the key when the path ends at one, else the value, else its nearest
 * existing ancestor. `yaml` is the position tree of a YAML template; a JSON one is read for positions
 * at the first call.
 */
export function templateLocator(text: string, yaml: ValuePosition | undefined): (templatePath: string) => TextPosition | undefined {
  return pathLocator(text, MAX_DEPTH_LIMIT, yaml);
}

/** What {@link readTemplate} returns. */
export type TemplateReadResult =
  | {
      readonly success: true;
      readonly template: Template;
      readonly format: 'json' | 'yaml';
      /** Line and column of a template path in the text (a finding's `templatePath`), or undefined. */
      readonly locate: (templatePath: string) => TextPosition | undefined;
    }
  | {
      readonly success: false;
      /** Why the text is not read; `line` and `column` when a place in it is to blame. */
      readonly error: { readonly message: string; readonly line?: number; readonly column?: number };
    };

/**
 * Reads the text of a CloudFormation template, JSON or YAML, as `typed-iam cdk check` reads a
 * template file: YAML as CloudFormation reads it (the short forms `!Ref`, `!GetAtt`, `!Sub`, ... as
 * their JSON forms; aliases, merge keys, other tags and a second document refused), a key written
 * twice refused (CloudFormation does not document which it keeps), and a resource CloudFormation
 * would refuse (no `Type`, `Properties` that are no object). A leading byte-order mark is dropped.
 * Never throws for bad text: the result says why, and where.
 *
 * @example
 * ```ts
 * import { checkTemplate, readTemplate } from 'typed-iam/cdk';
 * const text = [
 *   'Resources:',
 *   '  Fn:',
 *   '    Type: AWS::Serverless::Function',
 *   '    Properties:',
 *   '      Policies:',
 *   '        - Statement:',
 *   '            - { Effect: Allow, Action: s3:GetObjekt, Resource: !Sub "arn:${AWS::Partition}:s3:::b/*" }',
 * ].join('\n');
 * const read = readTemplate(text);
 * if (read.success) {
 *   const [finding] = checkTemplate(read.template).findings.filter((f) => f.code === 'INVALID_ACTION');
 *   read.locate(finding!.templatePath); // { line: 7, column: 40 }
 * }
 * readTemplate('a: *alias').success; // false
 * ```
 */
export function readTemplate(text: string): TemplateReadResult {
  if (typeof text !== 'string') throw new PolicyArgumentError('text', cdkMessages.notTemplateText(text));
  const t = text.startsWith('\ufeff') ? text.slice(1) : text;
  const read = templateValue(t);
  if ('problem' in read) {
    const { message, offset } = read.problem;
    return { success: false, error: offset === undefined ? { message } : { message, ...new LineIndex(t).at(offset) } };
  }
  const problem = templateProblem(read.value, 'template') ?? sectionsProblem(read.value as Template, 'template');
  if (problem !== undefined) return { success: false, error: { message: problem } };
  return { success: true, template: read.value as Template, format: read.yaml === undefined ? 'json' : 'yaml', locate: templateLocator(t, read.yaml) };
}
