/**
 * The optimizer's public functions given, from plain JavaScript, arguments of another type:
 * PolicyArgumentError naming the parameter, never a TypeError from inside.
 */
import { describe, expect, it } from 'vitest';
import { argumentOf } from '../hostile/helpers.js';
import { combine, compressActions, fit, minimize, minimizeStatements, override, planRole, split } from '../../src/optimize/index.js';
import { allow, policy, PolicyArgumentError, SIZE_TARGETS } from '../../src/index.js';
import { expandActions } from '../../src/catalog/index.js';

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

describe('option values of the wrong type (plain JavaScript, configuration)', () => {
  const actions = ['ec2:DescribeImages', 'ec2:DescribeImageAttribute', 'ec2:DescribeImportImageTasks'];
  it.each<[string, () => unknown, string]>([
    // 'true' was read as false: wildcards could reach past the access level asked for
    ['compressActions(list, { withinAccessLevel: "true" })', () => compressActions(actions, { withinAccessLevel: 'true' as never }), 'withinAccessLevel'],
    // a Symbol or an object without prototype was a TypeError from Math.floor
    ['compressActions(list, { minActionsPerWildcard: Symbol() })', () => compressActions(actions, { minActionsPerWildcard: Symbol('n') as never }), 'minActionsPerWildcard'],
    ['compressActions(list, { minActionsPerWildcard: NaN })', () => compressActions(actions, { minActionsPerWildcard: Number.NaN }), 'minActionsPerWildcard'],
    ['compressActions(list, { minActionsPerWildcard: 0 })', () => compressActions(actions, { minActionsPerWildcard: 0 }), 'minActionsPerWildcard'],
    ['minimize(p, { merge: "no" })', () => minimize(p, { merge: 'no' as never }), 'merge'],
    ['minimize(p, { compressActions: "yes" })', () => minimize(p, { compressActions: 'yes' as never }), 'compressActions'],
    ['minimize(p, { compressActions: { withinAccessLevel: 1 } })', () => minimize(p, { compressActions: { withinAccessLevel: 1 as never } }), 'compressActions.withinAccessLevel'],
    ['minimizeStatements(list, { compressActions: null })', () => minimizeStatements(p.document.Statement, { compressActions: null as never }), 'compressActions'],
    ['fit(p, "managed", { split: "no" })', () => fit(p, 'managed', { split: 'no' as never }), 'split'],
    ['fit(p, "managed", { compressActions: { minActionsPerWildcard: "2" } })', () => fit(p, 'managed', { compressActions: { minActionsPerWildcard: '2' as never } }), 'compressActions.minActionsPerWildcard'],
    ['planRole(list, { minimize: { merge: 0 } })', () => planRole(p.document.Statement, { minimize: { merge: 0 as never } }), 'minimize.merge'],
  ])('%s is a PolicyArgumentError naming the option', (_, f, argument) => {
    expect(argumentOf(f)).toBe(argument);
  });

  it.each<[string, () => unknown, string, string]>([
    // read as absent, each took its default: wildcards across access levels, a plan blind to the role's other inline policies
    ['compressActions(list, { withinAcessLevel: true })', () => compressActions(actions, { withinAcessLevel: true } as never), 'options', "'withinAcessLevel'"],
    ['minimize(p, { compresActions: true })', () => minimize(p, { compresActions: true } as never), 'options', "'compresActions'"],
    ['minimize(p, { compressActions: { withinAcessLevel: true } })', () => minimize(p, { compressActions: { withinAcessLevel: true } } as never), 'compressActions', "'compressActions.withinAcessLevel'"],
    ['fit(p, "managed", { spilt: false })', () => fit(p, 'managed', { spilt: false } as never), 'options', "'spilt'"],
    ['split(p, "managed", { maxPart: 2 })', () => split(p, 'managed', { maxPart: 2 } as never), 'options', "'maxPart'"],
    ['planRole(list, { inlineUsd: 9000 })', () => planRole(p.document.Statement, { inlineUsd: 9000 } as never), 'options', "'inlineUsd'"],
  ])('%s: a name that is no option is refused, naming it', (_, f, argument, named) => {
    expect(argumentOf(f)).toBe(argument);
    expect(() => f()).toThrow(`No option is named ${named}`);
  });

  it('the documented values are taken', () => {
    const images = expandActions('ec2:DescribeImage*');
    expect(compressActions(images, { withinAccessLevel: true, minActionsPerWildcard: 1 })).toEqual(['ec2:DescribeIma*']);
    // no wildcard stands for infinitely many actions: none is used
    expect(compressActions(images, { minActionsPerWildcard: Number.POSITIVE_INFINITY })).toEqual(images);
    expect(minimize(p, { merge: false, compressActions: { withinAccessLevel: false } }).document.Statement).toHaveLength(1);
    expect(fit(p, 'managed', { split: false, compressActions: true }).policies).toHaveLength(1);
    expect(fit(p, 'managed', { maxParts: 3, merge: true }).policies).toHaveLength(1);
    expect(minimize(p, { target: 'managed' }).document.Statement).toHaveLength(1);
    expect(split(p, 'managed', { maxParts: 2 })).toHaveLength(1);
    expect(planRole(p.document.Statement, { inlineUsed: 0, maxManagedPolicies: 10, minimize: { merge: true }, useInline: true }).withinQuota).toBe(true);
  });

  it('options and lists are read once: the values checked are the values used', () => {
    // a getter answering the check with a valid value and the optimizer with another
    const images = expandActions('ec2:DescribeImage*');
    const reads: Record<string, number> = {};
    const shifty = <T>(name: string, first: T, later: unknown) => () => ((reads[name] = (reads[name] ?? 0) + 1) === 1 ? first : later);
    const level = shifty('withinAccessLevel', true, 'yes');
    const least = shifty('minActionsPerWildcard', 1, Number.NaN);
    const options = {
      get withinAccessLevel() {
        return level();
      },
      get minActionsPerWildcard() {
        return least();
      },
    };
    const first = shifty('0', images[0], 42);
    const actions = new Proxy(images, { get: (t, k, r) => (k === '0' ? first() : Reflect.get(t, k, r)) });
    expect(compressActions(actions, options as never)).toEqual(['ec2:DescribeIma*']);
    expect(reads).toEqual({ withinAccessLevel: 1, minActionsPerWildcard: 1, '0': 1 });
    // fit's options too
    const merge = shifty('merge', false, 'no');
    expect(
      fit(p, 'managed', {
        get merge() {
          return merge();
        },
      } as never).policies,
    ).toHaveLength(1);
    expect(reads['merge']).toBe(1);
    // split's maxParts: read twice, undefined at the first read left no room for the kept policy,
    // and the count of the second read was the one checked
    const parts = shifty('maxParts', undefined, 0);
    expect(
      split(p, 'managed', {
        get maxParts() {
          return parts();
        },
      } as never),
    ).toHaveLength(1);
    expect(reads['maxParts']).toBe(1);
  });
});
