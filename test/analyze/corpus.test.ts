/**
 * AWS managed policies, consecutive versions (a sample; `npm run bench` runs every pair): for
 * condition-free pairs that allow actions on every resource, the actions with added access in the
 * closed world are exactly expandActions(after) minus expandActions(before).
 */
import { describe, expect, it } from 'vitest';
import { expandActions } from '../../src/catalog/index.js';
import { checkNoNewAccess, diff } from '../../src/analyze/index.js';
import { evaluate } from '../../src/evaluate/index.js';
import { corpusPairs } from '../../bench/analyze-corpus.js';

interface Doc {
  Version?: string;
  Statement: unknown;
}
type St = { Effect?: string; Action?: string | string[]; Resource?: string | string[]; Condition?: unknown; NotAction?: unknown; NotResource?: unknown };
const list = <T>(v: T | T[] | undefined): T[] => (v === undefined ? [] : Array.isArray(v) ? v : [v]);

/** Only Allow statements with Action and Resource "*", no conditions. */
function simple(d: Doc): boolean {
  const sts = list(d.Statement as St | St[]);
  return sts.length > 0 && sts.every((s) => s.Effect === 'Allow' && s.Action !== undefined && s.Condition === undefined && s.NotResource === undefined && list(s.Resource).every((r) => r === '*'));
}
const actionsOf = (d: Doc) => new Set(list(d.Statement as St | St[]).flatMap((s) => list(s.Action).flatMap((a) => expandActions(a))).map((a) => a.toLowerCase()));

const pairs = corpusPairs().filter((p) => simple(p.before) && simple(p.after) && JSON.stringify(p.after).length < 6000);
const sample = pairs.filter((_, i) => i % Math.max(1, Math.floor(pairs.length / 25)) === 0);

describe('AWS managed policy versions', () => {
  it(`has condition-free pairs to check (${sample.length} of ${pairs.length})`, () => {
    expect(sample.length).toBeGreaterThan(10);
  });

  it('closed world: added actions are exactly the difference of expandActions', () => {
    for (const p of sample) {
      const expected = [...actionsOf(p.after)].filter((a) => !actionsOf(p.before).has(a)).sort();
      const d = diff(p.before, p.after, { actions: 'catalog', maxWitnesses: 100_000, timeoutMs: 60_000 });
      expect(d.complete, p.name).toBe(true);
      const added = new Set<string>();
      for (const row of d.added) {
        expect(evaluate({ identity: p.after }, row.example).decision).toBe('allow');
        expect(evaluate({ identity: p.before }, row.example).decision).not.toBe('allow');
        for (const a of row.cell ?? [row.example.action]) added.add(a.toLowerCase());
      }
      expect([...added].sort(), p.name).toEqual(expected);
      const check = checkNoNewAccess(p.before, p.after, { actions: 'catalog' });
      expect(check.result, p.name).toBe(expected.length > 0 ? 'fail' : 'pass');
    }
  }, 300_000);
});
