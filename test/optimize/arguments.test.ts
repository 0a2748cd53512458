/**
 * The optimizer's public functions given, from plain JavaScript, arguments of another type:
 * PolicyArgumentError naming the parameter, never a TypeError from inside.
 */
import { describe, expect, it } from 'vitest';
import { argumentOf } from '../hostile/helpers.js';
import { combine, compressActions, fit, minimize, minimizeStatements, override, planRole, split } from '../../src/optimize/index.js';
import { allow, policy, PolicyArgumentError, SIZE_TARGETS } from '../../src/index.js';

const p = policy.identity(allow('s3:GetObject').on('*').sid('Read'));


describe('optimizer arguments', () => {
  it.each<[string, () => unknown, string]>([
    // each was a TypeError: reading document / defaultTarget / Statement of undefined or null, flatMap or includes of undefined
    ['minimize(undefined)', () => minimize(undefined as never), 'policy'],
    ['minimize({}): a plain object is no policy', () => minimize({} as never), 'policy'],
    ['minimize(p, null)', () => minimize(p, null as never), 'options'],
    ['fit(null)', () => fit(null as never), 'policy'],
    ['split(undefined)', () => split(undefined as never), 'policy'],
    ['split(p, "managed", null)', () => split(p, 'managed', null as never), 'options'],
    ['combine(p, undefined)', () => combine(p, undefined as never), 'policies[1]'],
    ['override(null)', () => override(null as never), 'policies[0]'],
    ['planRole(null)', () => planRole(null as never), 'input'],
    ['planRole([null])', () => planRole([null] as never), 'input[0]'],
    ['planRole(p, null)', () => planRole(p, null as never), 'options'],
    ['minimizeStatements(undefined)', () => minimizeStatements(undefined as never), 'statements'],
    ['minimizeStatements([null])', () => minimizeStatements([null] as never), 'statements[0]'],
    ['compressActions(undefined)', () => compressActions(undefined as never), 'actions'],
    ['compressActions([1])', () => compressActions([1] as never), 'actions[0]'],
    ['compressActions(list, null)', () => compressActions(['s3:GetObject'], null as never), 'options'],
  ])('%s is a PolicyArgumentError', (_, f, argument) => {
    expect(argumentOf(f)).toBe(argument);
  });

  it('reads what it takes as before', () => {
    expect(minimize(p).document).toEqual(p.document);
    expect(combine(p).document).toEqual(p.document);
    expect(compressActions(['s3:GetObject'])).toEqual(['s3:GetObject']);
    expect(minimizeStatements(p.document.Statement)).toHaveLength(1);
  });
  it('fit and split refuse options given where the target belongs, saying to pass the target itself', () => {
    // `{ target: 'managed' }` has no name: read as a target it was "name must be a string, not undefined"
    const options = { target: 'managed' } as never;
    for (const use of [() => fit(p, options), () => split(p, options)]) {
      try {
        use();
        expect.unreachable();
      } catch (e) {
        expect(e).toBeInstanceOf(PolicyArgumentError);
        expect((e as PolicyArgumentError).argument).toBe('target');
        expect((e as Error).message).toBe(
          'Size target is an options object { target: "managed" }; pass the target itself as the second argument, as in fit(policy, "managed") or split(policy, "managed"), and options third.',
        );
      }
    }
    // a target of your own may carry any other field; one with a name is read as a target
    expect(fit(p, { ...SIZE_TARGETS.managed, target: 'x' } as never).policies).toHaveLength(1);
  });
});
