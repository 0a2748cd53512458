import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { render } from '../../scripts/lint-rules-doc.js';
import { CDK_CODES } from '../../src/cdk/cloudformation.js';
import { formatFindings, lintRules, type Finding } from '../../src/lint/index.js';
import { POLICY_ISSUE_CODES } from '../../src/model/issues.js';

const page = () => readFileSync(new URL('../../docs/lint-rules.md', import.meta.url), 'utf8');

/** The anchors GitHub makes of a page's headings: lower case, punctuation but `-` and `_` dropped, spaces as `-`. */
const anchors = (text: string): Set<string> =>
  new Set([...text.matchAll(/^#{1,6} (.+)$/gm)].map((m) => m[1]!.toLowerCase().replace(/[^\w\- ]/g, '').replaceAll(' ', '-')));

interface Sarif {
  runs: { tool: { driver: { rules: { id: string; helpUri?: string; shortDescription: { text: string } }[] } } }[];
}
const sarifRules = (codes: readonly string[]) =>
  (JSON.parse(formatFindings(codes.map((code): Finding => ({ code, severity: 'warning', path: '', message: 'm' })), 'sarif')) as Sarif).runs[0]!.tool.driver.rules;

describe('docs/lint-rules.md', () => {
  it('is what scripts/lint-rules-doc.ts generates from the rules, cases and the Access Analyzer table', () => {
    expect(page()).toBe(render());
  });

  it('has the section each SARIF rule links to: every rule, the codes of the readers (cdk, Terraform) and of the parser', () => {
    // these linked to anchors the page did not have (POLICY_NOT_READ, JSON_SYNTAX, ...)
    const codes = [...lintRules.map((r) => r.code), ...Object.values(CDK_CODES), ...POLICY_ISSUE_CODES];
    const rules = sarifRules(codes);
    expect(rules.map((r) => r.id).sort()).toEqual([...new Set(codes)].sort());
    const have = anchors(page());
    const missing = rules.filter((r) => r.helpUri === undefined || !have.has(r.helpUri.slice(r.helpUri.indexOf('#') + 1)));
    expect(missing.map((r) => r.id)).toEqual([]);
  });

  it("describes a cdk code as what it is (POLICY_SIZE_EXCEEDS_QUOTA was 'The policy could not be read as written'), and links no code of someone else's", () => {
    const [size, parse, other] = sarifRules([CDK_CODES.size, 'JSON_SYNTAX', 'MY_OWN_CHECK']).slice(-3);
    expect(size!.shortDescription.text).toMatch(/^A policy of a template is larger than the quota/);
    expect(parse!.shortDescription.text).toMatch(/could not be read as written \(JSON_SYNTAX/);
    expect([other!.id, other!.helpUri, other!.shortDescription.text]).toEqual(['MY_OWN_CHECK', undefined, 'A finding of code MY_OWN_CHECK.']);
  });
});
