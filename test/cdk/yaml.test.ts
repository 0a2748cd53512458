/**
 * Templates written in YAML: read into the value of their JSON form, as CloudFormation reads them.
 * The rules are those of the "Template formats" page (YAML 1.1, with no binary, omap, pairs, set
 * or timestamp tags, no aliases, no hash merges) and of the intrinsic function reference (the
 * short forms, `!GetAtt logicalName.attributeName`).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkTemplate, readTemplate, type Template } from '../../src/cdk/index.js';
import { PolicyArgumentError } from '../../src/errors.js';
import { readYaml, YamlProblem } from '../../src/cdk/yaml.js';
import { LineIndex } from '../../src/parse/json.js';
import { offsetOf, readPath } from '../../src/parse/path.js';

const read = (text: string): unknown => readYaml(text, 1000).value;

/** The problem `text` is refused with: its message and 1-based line and column. */
function problem(text: string): { message: string; line: number; column: number } {
  try {
    readYaml(text, 1000);
  } catch (e) {
    if (!(e instanceof YamlProblem)) throw e;
    return { message: e.message, ...new LineIndex(text).at(e.offset) };
  }
  throw new Error(`read: ${text}`);
}

describe('the short forms of the intrinsic functions', () => {
  it('are read as their JSON forms', () => {
    // intrinsic function reference: "Syntax for the short form: !Ref logicalName", "!Sub String", "!Join [ delimiter, [ list ] ]", ...
    const text = [
      'A: !Ref Bucket',
      'B: !Sub arn:${AWS::Partition}:s3:::${Bucket}/*',
      "C: !Join ['', [!Ref Prefix, '-', !Select [0, !GetAZs '']]]",
      'D: !If [IsProd, !Ref AWS::NoValue, x]',
      'E: !Condition IsProd',
      'F: !Sub',
      '  - ${Name}-${Suffix}',
      '  - Suffix: !FindInMap [M, !Ref AWS::Region, s]',
      'G: !Equals [!Ref Env, prod]',
      'H: !Base64 |',
      '  #!/bin/bash',
      'I: !ImportValue shared-role-arn',
      'J: !Split [",", !Ref List]',
      'K: !ValueOf [Param, Tag]',
    ].join('\n');
    expect(read(text)).toEqual({
      A: { Ref: 'Bucket' },
      B: { 'Fn::Sub': 'arn:${AWS::Partition}:s3:::${Bucket}/*' },
      C: { 'Fn::Join': ['', [{ Ref: 'Prefix' }, '-', { 'Fn::Select': [0, { 'Fn::GetAZs': '' }] }]] },
      D: { 'Fn::If': ['IsProd', { Ref: 'AWS::NoValue' }, 'x'] },
      E: { Condition: 'IsProd' },
      F: { 'Fn::Sub': ['${Name}-${Suffix}', { Suffix: { 'Fn::FindInMap': ['M', { Ref: 'AWS::Region' }, 's'] } }] },
      G: { 'Fn::Equals': [{ Ref: 'Env' }, 'prod'] },
      H: { 'Fn::Base64': '#!/bin/bash\n' },
      I: { 'Fn::ImportValue': 'shared-role-arn' },
      J: { 'Fn::Split': [',', { Ref: 'List' }] },
      K: { 'Fn::ValueOf': ['Param', 'Tag'] },
    });
  });

  it('!GetAtt Resource.Attribute splits at the first dot; the list form is kept', () => {
    // Fn::GetAtt: "!GetAtt logicalNameOfResource.attributeName"; a nested stack's Outputs.Name keeps its dot
    expect(read('A: !GetAtt Role.Arn\nB: !GetAtt Child.Outputs.RoleArn\nC: !GetAtt [Role, Arn]')).toEqual({
      A: { 'Fn::GetAtt': ['Role', 'Arn'] },
      B: { 'Fn::GetAtt': ['Child', 'Outputs.RoleArn'] },
      C: { 'Fn::GetAtt': ['Role', 'Arn'] },
    });
    expect(problem('A: !GetAtt RoleArn').message).toContain('does not name "Resource.Attribute"');
  });

  it('a tag on its own line applies to the block under it, also a sequence at the key\'s indentation', () => {
    expect(read('A: !Join\n  - ","\n  - [a, b]\nB: !Join\n- ""\n- - c\n  - d')).toEqual({
      A: { 'Fn::Join': [',', ['a', 'b']] },
      B: { 'Fn::Join': ['', ['c', 'd']] },
    });
  });

  it('any other tag is refused at its position (a macro\'s or tool\'s tag, such as rain\'s)', () => {
    expect(problem('Resources:\n  F:\n    Code: !Rain::Embed handler.py')).toMatchObject({ line: 3, column: 11 });
    expect(problem('A: !Reff X').message).toContain('the tag !Reff is not an intrinsic function');
  });
});

describe('values are typed by YAML 1.1, without timestamps', () => {
  it('plain values: bool, int, float, null; dates stay text (CloudFormation supports no timestamp tag)', () => {
    // "Template formats": YAML 1.1, not the binary, omap, pairs, set and timestamp tags
    expect(read('Version: 2012-10-17\na: yes\nb: Off\nc: 12\nd: 0x1F\ne: 010\nf: 1:30\ng: 1.5\nh: ~\ni:\nj: -0.5e+3\nk: 1_000')).toEqual({
      Version: '2012-10-17',
      a: true,
      b: false,
      c: 12,
      d: 31,
      e: 8,
      f: 90,
      g: 1.5,
      h: null,
      i: null,
      j: -500,
      k: 1000,
    });
  });

  it('an account id with a leading zero and a digit 8 or 9 stays text; quoted values are always text', () => {
    expect(read("a: 012345678901\nb: '123456789012'\nc: \"true\"\nd: 123456789012")).toEqual({ a: '012345678901', b: '123456789012', c: 'true', d: 123456789012 });
  });

  it('keys are their text ("on" is the key "on")', () => {
    expect(read('on: 1\n12: x')).toEqual({ on: 1, '12': 'x' });
  });

  it('the core tags (!!str, !!int, ...) type a value; the unsupported ones are refused', () => {
    expect(read('a: !!str 12\nb: !!int "7"\nc: !!bool "yes"\nd: !!float 2\ne: !!null ""\nf: !!map {x: 1}\ng: !!str 12')).toEqual({
      a: '12',
      b: 7,
      c: true,
      d: 2,
      e: null,
      f: { x: 1 },
      g: '12',
    });
    expect(problem('a: !!timestamp 2001-12-14').message).toContain('CloudFormation does not support the tag !!timestamp');
    expect(problem('a: !!binary R0lG').message).toContain('!!binary');
    expect(problem('a: !!int x').message).toContain('"x" is not a value of the tag !!int');
    expect(problem('a: .inf').message).toContain('JSON cannot hold');
  });
});

describe('text over lines', () => {
  it('block scalars: literal and folded, with chomping and indentation indicators', () => {
    expect(read('a: |\n  one\n  two\n\nb: >\n  one\n  two\n\n  three\n   more\nc: |-\n  x\nd: |+\n  x\n\ne: |2\n    indented\n')).toEqual({
      a: 'one\ntwo\n',
      b: 'one two\nthree\n more\n',
      c: 'x',
      d: 'x\n\n',
      e: '  indented\n',
    });
  });

  it('a line of spaces in a block scalar keeps the spaces past the indentation (code in a ZipFile)', () => {
    expect(read('a: |\n  x\n    \n  y\n   \nb: 1')).toEqual({ a: 'x\n  \ny\n \n', b: 1 });
  });

  it('a block scalar that ends the text with no line break has none (clip, keep)', () => {
    // chomping keeps the final line break "if present"; the last line of a text may have none
    expect(read('a: |\n  x')).toEqual({ a: 'x' });
    expect(read('a: >+\n  x\n  y')).toEqual({ a: 'x y' });
    expect(read('a: |\n  x\n')).toEqual({ a: 'x\n' });
  });

  it('white space from an escape is kept where a line of a double-quoted value ends (only written white space is dropped)', () => {
    expect(read('a: "x\\t\n  y"\nb: "x\t  \n  y"')).toEqual({ a: 'x\t y', b: 'x y' });
  });

  it('plain and quoted values over lines are folded; escapes of double quotes are read', () => {
    expect(read("a: one\n  two\n\n  three\nb: 'it''s\n  here'\nc: \"tab\\there \\u00e9 \\x41\\\n  joined\"")).toEqual({
      a: 'one two\nthree',
      b: "it's here",
      c: 'tab\there é Ajoined',
    });
  });

  it('comments, document markers and the %YAML directive', () => {
    expect(read('%YAML 1.1\n---\n# c\na: 1 # c\nb: "x # not a comment"\nc: x#y\n...\n')).toEqual({ a: 1, b: 'x # not a comment', c: 'x#y' });
  });

  it('flow collections over lines, JSON inside YAML, and a single pair in a sequence', () => {
    expect(read('a: [1,\n  2, # two\n  3,]\nb: {"x":1, y: [a: b]}\nc: {k, l: }')).toEqual({ a: [1, 2, 3], b: { x: 1, y: [{ a: 'b' }] }, c: { k: null, l: null } });
  });
});

describe('what CloudFormation refuses, or reads in a way not documented, is refused with its position', () => {
  it.each([
    ['an alias', 'a: &x 1\nb: *x', 2, 4, 'CloudFormation does not support aliases'],
    ['a merge key', 'a: {x: 1}\nb:\n  <<: {x: 2}', 3, 3, 'hash merges'],
    ['a key twice', 'Statement:\n  Effect: Deny\n  Effect: Allow', 3, 3, 'the key "Effect" is written twice'],
    ['a second document', 'a: 1\n---\nb: 2', 2, 1, 'one template per file'],
    ['a tab in indentation', 'a:\n\tb: 1', 2, 1, 'bad indentation'],
    ['an unclosed quote', "a: 'x\n\nb: 1", 1, 4, 'never closed'],
    ['a mapping on its key\'s line', 'a: b: c', 1, 4, 'on the line of its own key'],
    ['a badly indented key', 'a:\n    b: 1\n  c: 2', 3, 3, 'bad indentation'],
    ['an explicit key', '? a\n: b', 1, 1, 'explicit key'],
    // PyYAML reads "[?a]" as a mapping with the key a, YAML 1.2 as the text "?a"
    ['a "?" inside brackets', 'a: [1, ?NULL]', 1, 8, 'explicit key'],
    ['text after a quoted value', 'a: "x" y', 1, 8, 'text after the value'],
    ['an unclosed bracket', 'a: [1, 2', 1, 4, 'never closed'],
    ['an unknown escape', 'a: "\\q"', 1, 5, 'not a YAML escape'],
    ['a control character', 'a: \u0001', 1, 4, 'U+0001'],
    ['a plain value over lines inside brackets', 'a: [one\n  two]', 2, 3, 'spread over lines'],
    // PyYAML names anchors by letters, digits, - and _: "&x:! v" is an anchor and ":! v" there, an anchor "x:!" and "v" for a looser reader
    ['an anchor named with other characters', '&xroot:! v', 1, 1, 'an anchor ("&name") is named by letters'],
    // YAML reads "a: !" as "", PyYAML as null
    ['the tag "!" alone', 'a: !', 1, 4, 'a tag "!" alone is not read'],
  ])('%s', (_, text, line, column, message) => {
    const p = problem(text);
    expect(p.message).toContain(message);
    expect({ line: p.line, column: p.column }).toEqual({ line, column });
  });

  it('nesting deeper than the bound is refused, never a stack overflow', () => {
    for (const text of ['['.repeat(200_000), '- '.repeat(5_000) + 'x', `a: ${'{b: '.repeat(100_000)}`])
      expect(() => readYaml(text, 1000)).toThrow(YamlProblem);
  });
});

describe('positions', () => {
  it('each key and value of the template is located, through the short forms too', () => {
    const text = 'Resources:\n  R:\n    Properties:\n      Policy:\n        Resource: !Sub "arn:${AWS::Partition}:s3:::b"\n        Action:\n          - s3:GetObject\n';
    const { root } = readYaml(text, 1000);
    const at = (path: string, key = false) => new LineIndex(text).at(offsetOf(root, readPath(path)!, key));
    expect(at('Resources.R.Properties.Policy.Action[0]')).toEqual({ line: 7, column: 13 });
    expect(at('Resources.R.Properties.Policy.Action', true)).toEqual({ line: 6, column: 9 });
    expect(at('Resources.R.Properties.Policy.Resource.Fn::Sub')).toEqual({ line: 5, column: 24 });
  });
});

describe('a template written in YAML is checked as its JSON form is', () => {
  it('the same findings and sizes', () => {
    const yaml = [
      'AWSTemplateFormatVersion: 2010-09-09',
      'Resources:',
      '  Role:',
      '    Type: AWS::IAM::Role',
      '    Properties:',
      '      AssumeRolePolicyDocument:',
      '        Version: 2012-10-17',
      '        Statement:',
      '          - Effect: Allow',
      '            Principal: { Service: lambda.amazonaws.com }',
      '            Action: sts:AssumeRole',
      '      Policies:',
      '        - PolicyName: app',
      '          PolicyDocument:',
      '            Version: 2012-10-17',
      '            Statement:',
      '              - Effect: Allow',
      '                Action: [iam:PassRole, s3:GetObjekt]',
      '                Resource: !Sub arn:${AWS::Partition}:s3:::${AWS::StackName}/*',
      '              - Effect: Allow',
      '                Action: iam:PassRole',
      "                Resource: '*'",
    ].join('\n');
    const json: Template = {
      AWSTemplateFormatVersion: '2010-09-09',
      Resources: {
        Role: {
          Type: 'AWS::IAM::Role',
          Properties: {
            AssumeRolePolicyDocument: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { Service: 'lambda.amazonaws.com' }, Action: 'sts:AssumeRole' }] },
            Policies: [
              {
                PolicyName: 'app',
                PolicyDocument: {
                  Version: '2012-10-17',
                  Statement: [
                    { Effect: 'Allow', Action: ['iam:PassRole', 's3:GetObjekt'], Resource: { 'Fn::Sub': 'arn:${AWS::Partition}:s3:::${AWS::StackName}/*' } },
                    { Effect: 'Allow', Action: 'iam:PassRole', Resource: '*' },
                  ],
                },
              },
            ],
          },
        },
      },
    };
    expect(read(yaml)).toEqual(json);
    const a = checkTemplate(read(yaml) as Template);
    const b = checkTemplate(json);
    expect(a.findings.map((f) => f.code)).toEqual(expect.arrayContaining(['INVALID_ACTION', 'PASS_ROLE_WITH_STAR_IN_RESOURCE']));
    expect(a).toEqual(b);
  });
});

describe('generated values (fast-check, fixed seed)', () => {
  it('any JSON value written as YAML, block or flow, quoted or plain, reads back as itself', () => {
    const json = fc.letrec((tie) => ({
      value: fc.oneof({ depthSize: 'small' }, fc.string({ unit: 'grapheme' }), fc.integer(), fc.boolean(), fc.constant(null), tie('array'), tie('object')),
      array: fc.array(tie('value'), { maxLength: 4 }),
      object: fc.dictionary(fc.string({ minLength: 1, maxLength: 8 }), tie('value'), { maxKeys: 4 }),
    })).object;
    fc.assert(
      fc.property(json, fc.infiniteStream(fc.nat()), (value, choices) => {
        const it = choices[Symbol.iterator]();
        const pick = () => it.next().value as number;
        const text = Object.keys(value).length === 0 ? '{}' : yamlOf(value, 0, pick);
        expect(readYaml(text, 1000).value).toEqual(value);
      }),
      { seed: 20261209, numRuns: 400 },
    );
  });

  it('any text is read or refused with a YamlProblem inside it, never another error', () => {
    const alphabet = fc.constantFrom(...' \n\t-:?#&*!|>\'"%@[]{},.abcRefSub\\0123456789~'.split(''), '  ', '- ', ': ', '!Ref ', '\n  ', '|-\n', '"\\u');
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 60 }), (parts) => {
        const text = parts.join('');
        try {
          readYaml(text, 50);
        } catch (e) {
          expect(e).toBeInstanceOf(YamlProblem);
          expect((e as YamlProblem).offset).toBeGreaterThanOrEqual(0);
          expect((e as YamlProblem).offset).toBeLessThanOrEqual(text.length);
        }
      }),
      { seed: 20261210, numRuns: 3000 },
    );
  });
});

/** YAML text of a JSON value: a mapping at the top, block or flow below as `pick` chooses. */
function yamlOf(value: unknown, indent: number, pick: () => number): string {
  const pad = ' '.repeat(indent);
  const scalar = (v: unknown): string => emitScalar(v, pick);
  const block = (v: unknown, ind: number): string => {
    // a collection in block style starts on the next line; anything else on the key's line
    if (typeof v === 'object' && v !== null && (Array.isArray(v) ? v.length > 0 : Object.keys(v).length > 0) && pick() % 4 !== 0) return `\n${yamlOf(v, ind, pick)}`;
    return ` ${flowOf(v, pick)}`;
  };
  if (Array.isArray(value)) return value.map((v) => `${pad}-${block(v, indent + 2)}`).join('\n');
  if (typeof value === 'object' && value !== null) return Object.entries(value).map(([k, v]) => `${pad}${JSON.stringify(k)}:${block(v, indent + 2)}`).join('\n');
  return scalar(value);
}

function flowOf(value: unknown, pick: () => number): string {
  if (Array.isArray(value)) return `[${value.map((v) => flowOf(v, pick)).join(', ')}]`;
  if (typeof value === 'object' && value !== null) return `{${Object.entries(value).map(([k, v]) => `${JSON.stringify(k)}: ${flowOf(v, pick)}`).join(', ')}}`;
  return emitScalar(value, pick);
}

function emitScalar(value: unknown, pick: () => number): string {
  if (typeof value !== 'string') return JSON.stringify(value);
  const style = pick() % 3;
  if (style === 1 && /^[\x20-\x7e]*$/.test(value)) return `'${value.replaceAll("'", "''")}'`;
  if (style === 2 && /^[a-zA-Z][a-zA-Z0-9/*.-]*$/.test(value) && !/^(?:y|n|yes|no|on|off|true|false|null)$/i.test(value)) return value;
  return JSON.stringify(value);
}

describe('readTemplate: the text of a template, JSON or YAML, read as cdk check reads a file', () => {
  it('reads both, and locates a finding\'s templatePath in either', () => {
    const yaml = 'Resources:\n  P:\n    Type: AWS::IAM::ManagedPolicy\n    Properties:\n      PolicyDocument:\n        Version: 2012-10-17\n        Statement:\n          - {Effect: Allow, Action: iam:PassRole, Resource: "*"}\n';
    const fromYaml = readTemplate(`\ufeff${yaml}`);
    const json = JSON.stringify(read(yaml), null, 2);
    const fromJson = readTemplate(json);
    if (!fromYaml.success || !fromJson.success) throw new Error('not read');
    expect([fromYaml.format, fromJson.format]).toEqual(['yaml', 'json']);
    expect(fromYaml.template).toEqual(fromJson.template);
    const path = checkTemplate(fromYaml.template).findings.find((f) => f.code === 'PASS_ROLE_WITH_STAR_IN_RESOURCE')!.templatePath;
    expect(path).toBe('Resources.P.Properties.PolicyDocument.Statement[0].Resource[0]');
    expect(fromYaml.locate(path)).toEqual({ line: 8, column: 61 });
    const lines = json.split('\n');
    const line = lines.findIndex((l) => l.includes('"*"'));
    expect(fromJson.locate(path)).toEqual({ line: line + 1, column: lines[line]!.indexOf('"*"') + 1 });
    expect(fromYaml.locate('not a path[')).toBeUndefined();
  });

  it('says why a text is not read, and where: YAML and JSON problems, a key twice, a resource CloudFormation refuses', () => {
    expect(readTemplate('a: 1\nb: *x')).toEqual({ success: false, error: { message: expect.stringContaining('CloudFormation does not support aliases'), line: 2, column: 4 } });
    expect(readTemplate('{"Resources": {"A": {"Type": "X", "Type": "Y"}}}')).toEqual({ success: false, error: { message: expect.stringContaining('the key "Type" is written twice'), line: 1, column: 35 } });
    expect(readTemplate('{"Resources": ')).toMatchObject({ success: false, error: { message: expect.stringContaining('not valid JSON'), line: 1 } });
    expect(readTemplate('Resources:\n  A: 5')).toEqual({ success: false, error: { message: expect.stringContaining('resource "A" is not an object') } });
    // a Serverless Framework service file is no template (cdk check refuses it the same way)
    expect(readTemplate('service: orders\nprovider:\n  name: aws\n')).toEqual({ success: false, error: { message: expect.stringContaining('is a Serverless Framework service file, not a CloudFormation template') } });
    expect(readTemplate('Description: sections only\n')).toMatchObject({ success: true });
    // an IAM policy is no template either (cdk check gave this message alone)
    expect(readTemplate('{"Version": "2012-10-17", "Statement": []}')).toEqual({ success: false, error: { message: expect.stringContaining('template is an IAM policy, not a CloudFormation template') } });
    expect(() => readTemplate({ Resources: {} } as unknown as string)).toThrow(PolicyArgumentError);
  });
});
