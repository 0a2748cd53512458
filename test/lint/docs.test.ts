import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { render } from '../../scripts/lint-rules-doc.js';

describe('docs/lint-rules.md', () => {
  it('is what scripts/lint-rules-doc.ts generates from the rules, cases and the Access Analyzer table', () => {
    expect(readFileSync(new URL('../../docs/lint-rules.md', import.meta.url), 'utf8')).toBe(render());
  });
});
