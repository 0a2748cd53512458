/** diffTemplates: one time budget for the whole call, as analyze's compare and diff. */
import { afterEach, describe, expect, it } from 'vitest';
import { diffTemplates, type AccessChange } from '../../src/cdk/diff.js';
import type { Template } from '../../src/cdk/index.js';
import { analyzeClock } from '../../src/analyze/regions.js';

describe('timeoutMs is the budget of the whole diffTemplates call', () => {
  // docs/cdk.md: timeoutMs is the budget of the call. The clock moves one millisecond per reading,
  // so a run's time is its number of readings on every machine (as test/analyze/options.test.ts).
  const realNow = analyzeClock.now;
  afterEach(() => void (analyzeClock.now = realNow));
  const services = ['s3:GetObject', 'ec2:RunInstances', 'sqs:SendMessage', 'sns:Publish', 'kms:Decrypt', 'iam:PassRole'];
  const st = (action: string, team: string) => ({ Effect: 'Allow', Action: action, Resource: '*', Condition: { StringLike: { 'aws:PrincipalTag/team': team }, NumericLessThan: { 's3:max-keys': '10' } } });
  // six managed policies, each changed: six comparisons in one call
  const template = (team: string): Template =>
    ({
      Resources: Object.fromEntries(
        services.map((a, i) => [`Policy${i}`, { Type: 'AWS::IAM::ManagedPolicy', Properties: { PolicyDocument: { Version: '2012-10-17', Statement: [st(a, team), st(services[(i + 1) % services.length]!, `${team}-${i}`)] } } }]),
      ),
    }) as unknown as Template;
  const before = [{ name: 'App', template: template('eng*') }];
  const after = [{ name: 'App', template: template('e*') }];
  const shown = (c: AccessChange) => `${c.construct} +${c.added.length} -${c.removed.length} ${c.complete ? 'complete' : 'unknown'}`;

  it('stops within timeoutMs and answers unknown for every comparison it could not finish; none is left out', () => {
    let t = 0;
    analyzeClock.now = () => t++;
    const full = diffTemplates(before, after, { timeoutMs: 1e9 });
    const needed = t;
    expect(full.map((c) => c.construct)).toEqual(services.map((_, i) => `Policy${i}`));
    expect(full.every((c) => c.complete && c.added.length > 0)).toBe(true);
    for (let timeoutMs = 0; timeoutMs <= needed + 2; timeoutMs += Math.max(1, Math.floor(needed / 60))) {
      t = 0;
      const r = diffTemplates(before, after, { timeoutMs });
      // a few readings after the deadline (one per comparison still to start); before the fix each
      // comparison had the whole timeoutMs, so a call took up to six times as long
      expect(t, `timeoutMs ${timeoutMs}`).toBeLessThanOrEqual(timeoutMs + 2 * services.length + 8);
      // every changed policy is reported: the full answer, or undecided (never left out as unchanged)
      expect(r.map((c) => c.construct), `timeoutMs ${timeoutMs}`).toEqual(full.map((c) => c.construct));
      r.forEach((c, i) => {
        if (c.complete) expect(shown(c)).toBe(shown(full[i]!));
        else expect(c.reasons.map((x) => x.code)).toContain('unknown');
      });
    }
  });

  it('a comparison not started by the deadline says why', () => {
    let t = 0;
    analyzeClock.now = () => t++;
    const r = diffTemplates(before, after, { timeoutMs: 0 });
    expect(r).toHaveLength(services.length);
    for (const c of r) expect(c).toMatchObject({ complete: false, added: [], removed: [], reasons: [{ code: 'unknown', message: 'comparing the policies (timeoutMs reached)' }] });
  });
});
