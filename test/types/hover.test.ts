/**
 * What an editor shows on hover: the builder's types are named (`StatementBuilder<On<Started<...>>>`,
 * `PolicyFactory`), never an expanded union or a mapped object, so a hover stays a short line.
 * Drives the TypeScript language service the way an editor does (as completion.test.ts).
 */
import { describe, expect, it } from 'vitest';
import ts from 'typescript';
import { join } from 'node:path';
import { languageService, root } from './language-service.js';

const file = join(root, 'test', 'core', '__hover__.ts');

const source = `import { allow, deny, policy, principal } from '../../src/index.js';
const s = allow('s3:GetObject').on('arn:aws:s3:::my-bucket/*').when('Bool', 'aws:SecureTransport', true);
const p = policy.identity(s);
const t = policy.trust(allow('sts:AssumeRole').by(principal.service('lambda.amazonaws.com')));
const n = deny.not('iam:*').notOn('*').sid('NoIam');
`;

/** The hover text at the first occurrence of `marker` (at its `^` if it has one). */
function hoverAt(service: ts.LanguageService, marker: string): string {
  const at = source.indexOf(marker.replace('^', '')) + Math.max(marker.indexOf('^'), 0);
  return ts.displayPartsToString(service.getQuickInfoAtPosition(file, at)?.displayParts);
}

describe('hover (language service)', () => {
  const service = languageService(file, source);
  // [what, where, limit]: a declared name under 200 characters; a resolved call prints the receiver
  // (or the statements given) and the result as well, under 260 (280 for .when: three parameters) for a one-action statement
  const cases: [string, string, number][] = [
    ['allow(...)', "= ^allow('s3", 200],
    ['const s', 'const ^s =', 200],
    ['policy', '= ^policy.identity', 200],
    ['deny.not(...)', 'deny.^not', 200],
    ['.notOn(...)', '.^notOn', 200],
    ['.sid(...)', '.^sid', 200],
    ['.on(...)', ".^on('arn", 260],
    ['.when(...)', '.^when(', 280], // three parameters
    ['.by(...)', '.^by(', 260],
    ['policy.identity(...)', 'policy.^identity', 260],
    ['policy.trust(...)', 'policy.^trust', 260],
  ];
  it.each(cases)('%s: named types only, under the limit', (_name, marker, limit) => {
    const text = hoverAt(service, marker);
    expect(text.length).toBeGreaterThan(10); // the position has a hover
    expect(text.length, text).toBeLessThan(limit);
    expect(text, text).not.toMatch(/\{\s*(readonly\s+)?\w+:/); // no expanded object type
  }, 60_000);

  it('names the statement state and the factories', () => {
    expect(hoverAt(service, 'const ^s =')).toBe('const s: StatementBuilder<On<Started<"Allow", "Action", "s3:GetObject">>>');
    expect(hoverAt(service, '= ^policy.identity')).toContain('const policy: PolicyFactories');
    expect(hoverAt(service, 'policy.^identity')).toContain('identity: PolicyFactory');
  });
});
