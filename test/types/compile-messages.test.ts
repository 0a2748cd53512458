/**
 * What a new user sees: each mistake below gives exactly one compile error, on one line, under
 * 300 characters, naming the fix. The wording of each sentence is pinned in
 * test-d/messages.test-d.ts; here the compiler's whole diagnostic is checked.
 */
import { describe, expect, it } from 'vitest';
import ts from 'typescript';
import { compilerOptions } from './language-service.js';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const file = join(root, 'test', 'core', '__mistakes__.ts');

/**
 * Each mistake with a part of the sentence its error must contain. `union`: the argument is a union
 * of literals, for which the compiler adds lines of its own naming the member that fails; the
 * first line holds the sentence.
 */
const mistakes: [string, string, 'union'?][] = [
  ["allow('s3:GetObjekt');", "did you mean 's3:GetObject'?"],
  ["allow('S3:getobject');", "did you mean 's3:GetObject'? Service prefixes are lower case"],
  ["allow('s3GetObject');", "write 'service:Action'"],
  ["allow('s3.GetObject');", "did you mean 's3:GetObject'?"],
  ["allow('PassRole');", "did you mean 'iam:PassRole'?"],
  ["allow('arn:aws:s3:::my-bucket/*');", 'an ARN names a resource; give it to .on(...)'],
  ["allow(['s3:GetObjekt']);", "did you mean 's3:GetObject'?"],
  ['allow(fromConfig);', 'UseUncheckedForRunTimeActions'],
  ["allow('s3:GetObject').on('my-bucket/*');", "must be an ARN ('arn:partition:service:...') or '*'"],
  ["allow('s3:GetObject').on(['arn:aws:s3:::a/*', 'my-bucket/*']);", "must be an ARN ('arn:partition:service:...') or '*'"],
  ["s.when('NumericLessThan', 'aws:SourceIp', 1);", "'aws:SourceIp' is an IP key: use IpAddress or NotIpAddress, not NumericLessThan"],
  ["s.when('StringEquals', 'aws:SourceVPC', 'vpc-1');", "write 'aws:SourceVpc'"],
  ["s.when('StringEquals', 'AWS:SourceArn', 'arn:aws:cloudfront::111122223333:distribution/E1');", "write 'aws:SourceArn'"],
  ["s.when('StringEquals', 'aws:TagKeys', 'env');", 'use ForAnyValue: or ForAllValues:'],
  ["s.when('StringEquals', 's3:NotAKey', 'x');", "unknown condition key 's3:NotAKey'"],
  // a key of a tag pattern with a placeholder in it: this compiled, then threw when built
  ["s.when('StringEquals', 'aws:RequestTag/${TagKey}', 'x');", "holds '${': a key takes no policy variable or placeholder"],
  ["s.when('stringEquals', 'aws:PrincipalOrgID', 'o-1');", "write 'StringEquals'"],
  ["s.when('NullIfExists', 'aws:PrincipalOrgID', true);", "write 'Null'"],
  ["s.when('StringEquals', fromConfig, 'x');", 'UseWhenUncheckedForRunTimeKeys'],
  ["s.when('Bool', 'aws:SecureTransport', 'maybe');", '"true" | "false"'],
  ["principal.service('lambda.amazon.org');", "write '<service>.amazonaws.com'"],
  ["principal.service('Lambda.amazonaws.com');", "write 'lambda.amazonaws.com'"],
  // a name of the domain that is no DNS name: this compiled, then threw when built
  ["principal.service('*.amazonaws.com');", "'*.amazonaws.com' is not a service principal: write '<service>.amazonaws.com'"],
  ["managedPolicyArn('readonlyaccess');", "write 'ReadOnlyAccess'"],
  ["managedPolicyArn('NoSuchPolicy');", "unknown AWS managed policy 'NoSuchPolicy'"],
  ["policy.identity(allow('s3:GetObject'));", 'needs a Resource: add .on(...)'],
  ["policy.scp(allow('s3:GetObject'));", 'a statement of an scp policy'],
  ["policy.trust(allow('sts:AssumeRole'));", 'needs a Principal: add .by(...)'],
  ["policy.identity(allow('s3:GetObject').on('*').sid('read-objects'));", "Sid 'read-objects' may only hold A-Z, a-z and 0-9 in an identity policy: remove '-'"],
  ["allow('s3:GetObject').sid('One').sid('Two');", 'the Sid is already set: call .sid(...) once'],
  ["allow('s3:Gxt*');", "no s3 action matches 's3:Gxt*': fix the pattern"],
  ["allow('s3:Qxz');", 'no s3 action starts like it (s3 actions are listed in typed-iam/catalog)'],
  ["allow('s4:GetObject');", "write a service prefix such as 's3' or 'dynamodb'"],
  // a wildcard service prefix: the shape the run-time check takes (this compiled, then threw when built)
  ["allow('*:Get#Object');", "invalid action '*:Get#Object': write 'service:Action'"],
  ["allow('s3:Get *');", "did you mean 's3:Get*'?"],
  ['allow([]);', 'give at least one action'],
  // arrays do not nest: the compiler's own sentence names what an element must be
  ["allow([['s3:GetObject']]);", "is not assignable to type 'string'"],
  ['allow(fromConfig, ...fromConfigList);', 'UseUncheckedForRunTimeActions'],
  ["allow('s3:GetObject').on([]);", "give at least one ARN (or '*')"],
  // the run-time check refuses an ARN of fewer than six fields unless it ends in '*'
  ["allow('s3:GetObject').on('arn:aws:s3');", "is not a whole ARN: write 'arn:partition:service:region:account:resource' (five colons) or end it with '*'"],
  ["allow('s3:GetObject').on('*', [['arn:aws:s3:::b/*']]);", "is not assignable to type 'string'"],
  ["s.when('IpAddress', 'aws:SecureTransport', '10.0.0.0/8');", "'aws:SecureTransport' is a boolean key: use Bool, not IpAddress"],
  ["s.when('DateLessThan', 'aws:MultiFactorAuthAge', '2030-01-01');", "is a numeric key: use a Numeric operator (NumericEquals, NumericLessThan, ...), not DateLessThan"],
  ["s.when('StringEquals', 'aws:CurrentTime', 'x');", 'is a date key: use a Date operator (DateEquals, DateLessThan, ...), not StringEquals'],
  ["s.when('NumericEquals', 'aws:SourceArn', 1);", 'is an ARN key: use ArnEquals or ArnLike (or a String operator), not NumericEquals'],
  ["s.when('ArnLike', 'aws:PrincipalOrgID', 'o-1');", 'is a string key: use a String operator (StringEquals, StringLike, ...), not ArnLike'],
  ["s.when('StringEqualz', 'aws:PrincipalOrgID', 'o-1');", "unknown condition operator 'StringEqualz': write a base operator such as StringEquals"],
  ["policy.identity(allow('s3:GetObject').on('*').by(principal.anyone()));", 'Principal is not allowed in an identity policy: remove .by(...)'],
  ["policy.trust(allow('sts:AssumeRole').by(principal.anyone()).on('*'));", 'Resource is not allowed in a trust policy: remove .on(...)'],
  ["policy.trust(allow('s3:GetObject').by(principal.anyone()));", 'a trust policy only takes sts:AssumeRole, sts:AssumeRoleWithSAML, sts:AssumeRoleWithWebIdentity, sts:TagSession, sts:SetSourceIdentity or sts:SetContext'],
  // the run-time rule's actions (model TRUST_ACTIONS), not every sts action
  ["policy.trust(allow('sts:GetCallerIdentity').by(principal.anyone()));", 'a trust policy only takes sts:AssumeRole,'],
  ["policy.trust(allow('sts:AssumeRole').by(principal.anyone()).notOn('*'));", 'NotResource is not allowed in a trust policy: remove .notOn(...)'],
  // hostile argument types: templates and unions of literals
  ['allow(partlyKnown);', 'UseUncheckedForRunTimeActions'],
  ['allow(oneOf);', "unknown action 's3:GetObjekt': did you mean 's3:GetObject'?", 'union'],
  ["s.when(fromConfig, 'aws:SourceIp', '10.0.0.0/8');", 'UseWhenUncheckedForRunTimeOperators'],
  ["s.when(operatorOneOf, 'aws:PrincipalOrgID', 'o-1');", "unknown condition operator 'Bogus'", 'union'],
  ["s.when('StringEquals', keyOneOf, 'o-1');", "'aws:SourceIp' is an IP key: use IpAddress or NotIpAddress, not StringEquals", 'union'],
  ["s.when('StringEquals', `aws:${fromConfig}`, 'o-1');", 'UseWhenUncheckedForRunTimeKeys'],
  // a key or operator that only starts a valid one: the expected type lists the ones it starts (no type alias)
  ["s.when('StringEquals', 'aws:PrincipalOrg', 'o-1');", '"aws:PrincipalOrgID"'],
  ["s.when('StringEq', 'aws:PrincipalOrgID', 'o-1');", '"StringEquals" | "StringEqualsIgnoreCase"'],
  ["principal.service(`lambda${fromConfig}`);", '`${string}.amazonaws.com`'],
  ["policy.trust(deny('sts:AssumeRole').notBy(principal.anyone()));", 'NotPrincipal is not allowed in a trust policy: use .by(...)'],
  ["policy.rcp(allow('s3:GetObject').by(principal.anyone()).on('*'));", 'a resource control policy only takes Deny statements: use deny(...)'],
  ["policy.rcp(deny.not('s3:GetObject').by(principal.anyone()).on('*'));", 'NotAction is not allowed in a resource control policy: list the denied actions in deny(...)'],
  ["policy.rcp(deny('s3:*').by(principal.account('111122223333')).on('*'));", 'a resource control policy statement needs .by(principal.anyone())'],
  ["policy.rcp(deny('*').by(principal.anyone()).on('*'));", "a resource control policy does not take '*' alone as an action: name the services, e.g. deny('s3:*')"],
  ["s.when(numericOrString, 'aws:PrincipalOrgID', '1');", "'aws:PrincipalOrgID' is a string key: use a String operator (StringEquals, StringLike, ...), not NumericEquals"],
  ['allow([unknownService]);', "unknown service 's4' in 's4:${string}': write a service prefix such as 's3' or 'dynamodb'"],
  ["policy.resource(allow('s3:GetObject').on('*'));", 'a resource policy statement needs a Principal: add .by(...)'],
  ["policy.endpoint(allow('s3:GetObject').on('*'));", 'an endpoint policy statement needs a Principal: add .by(...)'],
  ['policy.identity([]);', 'give at least one statement'],
  ["allow('s3:GetObject').on('*').by([]);", 'give at least one principal'],
  ["deny('s3:GetObject').on('*').notBy([]);", 'give at least one principal'],
  ['allow.unchecked([]);', 'give at least one action'],
  // an empty array of condition values: this compiled, then threw EMPTY_VALUE when built
  ["s.when('StringEquals', 'aws:PrincipalOrgID', []);", 'give at least one value, or leave out .when'],
  ["s.when('StringEquals', 'aws:PrincipalOrgID', [] as const);", 'give at least one value, or leave out .when'],
  // an API operation IAM authorizes under another name: that name (was: nothing, or a name spelt alike)
  ["allow('s3:ListObjectsV2');", "ListObjectsV2 is an API operation, which IAM authorizes as 's3:ListBucket'"],
  // the vitest matchers check their actions as allow(...) does (were: any string, so a typo made toNeverAllow pass)
  ["expect(s).toAllow({ action: 's3:GetObjekt' });", "unknown action 's3:GetObjekt': did you mean 's3:GetObject'?"],
  ["expect(s).not.toDeny({ action: 's4:GetObject' });", "write a service prefix such as 's3' or 'dynamodb'"],
  ["expect(s).toNeverAllow({ actions: ['s3:Put*', 's3:GetObjekt'] });", "unknown action 's3:GetObjekt': did you mean 's3:GetObject'?"],
];

const header = [
  "import { allow, deny, policy, principal } from '../../src/index.js';",
  "import { managedPolicyArn } from '../../src/arn/index.js';",
  "import { expect } from 'vitest';",
  "import type {} from '../../src/vitest/index.js';",
  'declare const fromConfig: string;',
  'declare const fromConfigList: string[];',
  'declare const partlyKnown: `s3:Get${string}`;',
  "declare const oneOf: 's3:GetObject' | 's3:GetObjekt';",
  "declare const operatorOneOf: 'StringEquals' | 'Bogus';",
  "declare const keyOneOf: 'aws:PrincipalOrgID' | 'aws:SourceIp';",
  "declare const numericOrString: 'StringEquals' | 'NumericEquals';",
  'declare const unknownService: `s4:${string}`;',
  "const s = allow('s3:GetObject').on('*');",
  'void s;',
];

function diagnostics(source: string): ts.Diagnostic[] {
  const options: ts.CompilerOptions = { ...compilerOptions, exactOptionalPropertyTypes: true };
  const host = ts.createCompilerHost(options);
  const read = host.getSourceFile.bind(host);
  host.getSourceFile = (name, lang, ...rest) => (name === file ? ts.createSourceFile(name, source, lang) : read(name, lang, ...rest));
  host.fileExists = ((exists) => (name: string) => name === file || exists(name))(host.fileExists.bind(host));
  const program = ts.createProgram([file], options, host);
  return [...program.getSemanticDiagnostics(program.getSourceFile(file))];
}

describe('compile errors of new-user mistakes', () => {
  it('one error per mistake, one line under 300 characters, naming the fix', () => {
    const source = [...header, ...mistakes.map(([code]) => code)].join('\n');
    const found = diagnostics(source);
    const byLine = new Map<number, ts.Diagnostic[]>();
    for (const d of found) {
      const line = d.file!.getLineAndCharacterOfPosition(d.start!).line - header.length;
      byLine.set(line, [...(byLine.get(line) ?? []), d]);
    }
    expect([...byLine.keys()].filter((l) => l < 0 || l >= mistakes.length)).toEqual([]);
    mistakes.forEach(([code, fix, union], i) => {
      const ds = byLine.get(i) ?? [];
      expect(ds.length, code).toBe(1);
      const lines = ts.flattenDiagnosticMessageText(ds[0]!.messageText, '\n').split('\n');
      if (union) expect(lines.length, code).toBeGreaterThan(1);
      const text = union ? lines[0]! : lines.join('\n');
      expect(text, code).not.toContain('\n');
      expect(text.length, code).toBeLessThan(300);
      expect(text, code).toContain(fix);
    });
  }, 120_000);
});

describe('the pinned sentences (test-d/messages.test-d.ts)', () => {
  it('each is one line under 300 characters', () => {
    const path = join(root, 'test-d', 'messages.test-d.ts');
    const source = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.ES2022, true);
    const sentences: string[] = [];
    const visit = (node: ts.Node): void => {
      // the expected side of Same<Check, Expected>: its string literal types (a template: its text)
      if (ts.isTypeReferenceNode(node) && node.typeName.getText() === 'Same' && node.typeArguments?.[1]) {
        const collect = (n: ts.Node): void => {
          if (ts.isLiteralTypeNode(n) && ts.isStringLiteral(n.literal)) sentences.push(n.literal.text);
          if (ts.isTemplateLiteralTypeNode(n)) sentences.push(n.getText());
          ts.forEachChild(n, collect);
        };
        collect(node.typeArguments[1]);
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
    expect(sentences.length).toBeGreaterThan(60);
    for (const s of sentences) {
      expect(s, s).not.toContain('\n');
      expect(s.length, s).toBeLessThan(300);
    }
  });
});

/**
 * Sentences in type positions of src/ that are not compile-time messages, each with why. Every
 * other string type of src/ of three words or more is a message, or a part of one, and must be
 * pinned (two-word literals are names: 'SAML provider', 'Permissions management').
 */
const NOT_MESSAGES = new Map([
  // the catalog lists no Binary key (KeyTypes['Binary'] is never), so no message names one yet
  ['a binary key', 'the noun of a key family no catalog key has'],
]);
const sentence = (t: string): boolean => t.trim().split(/\s+/).length >= 3;

describe('every compile-time message of src/ is pinned', () => {
  it('each sentence type (a string literal type, a template type, a sentence property name) appears in test-d/messages.test-d.ts', () => {
    const pinned = readFileSync(join(root, 'test-d', 'messages.test-d.ts'), 'utf8');
    const escape = (t: string): string => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const found: { at: string; text: string; pattern: RegExp }[] = [];
    const files = readdirSync(join(root, 'src'), { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts') && !f.split(/[\\/]/).includes('generated'));
    for (const f of files) {
      const sf = ts.createSourceFile(f, readFileSync(join(root, 'src', f), 'utf8'), ts.ScriptTarget.ES2022, true);
      const at = (n: ts.Node): string => `src/${f}:${sf.getLineAndCharacterOfPosition(n.getStart(sf)).line + 1}`;
      const visit = (n: ts.Node): void => {
        if (ts.isLiteralTypeNode(n) && ts.isStringLiteral(n.literal) && sentence(n.literal.text)) {
          found.push({ at: at(n), text: n.literal.text, pattern: new RegExp(escape(n.literal.text)) });
        } else if (ts.isPropertySignature(n) && ts.isStringLiteral(n.name) && sentence(n.name.text)) {
          found.push({ at: at(n), text: n.name.text, pattern: new RegExp(escape(n.name.text)) });
        } else if (ts.isTemplateLiteralTypeNode(n)) {
          // a template's literal parts, in order on one line (its holes are filled by the pinned instance);
          // one whose parts hold no word is the shape of a value (policyVariable's result), not a sentence
          const parts = [n.head.text, ...n.templateSpans.map((t) => t.literal.text)];
          if (/\s/.test(parts.join('')) && /[A-Za-z]{2}/.test(parts.join(''))) found.push({ at: at(n), text: n.getText(sf), pattern: new RegExp(parts.map(escape).join('[^\\n]*?')) });
          return;
        }
        ts.forEachChild(n, visit);
      };
      visit(sf);
    }
    expect(found.length).toBeGreaterThan(50);
    const unpinned = found.filter((m) => !NOT_MESSAGES.has(m.text) && !m.pattern.test(pinned)).map((m) => `${m.at} ${m.text}`);
    expect(unpinned).toEqual([]);
    // the exceptions are still in the code (a stale one would hide nothing, but says so)
    expect([...NOT_MESSAGES.keys()].filter((t) => !found.some((m) => m.text === t))).toEqual([]);
  });
});
