/** `show`, the one way a message quotes a value: it must never throw in place of the error it describes. */
import { describe, expect, it } from 'vitest';
import { show } from '../../src/model/messages.js';

describe('show', () => {
  it('quotes values as JSON, and numbers JSON cannot write as text', () => {
    expect(show('a"b')).toBe('"a\\"b"');
    expect(show({ a: 1 })).toBe('{"a":1}');
    expect(show(NaN)).toBe('NaN');
    expect(show(undefined)).toBe('undefined');
    expect(show(Symbol('s'))).toBe('Symbol(s)');
    // a BigInt as JavaScript writes it: shown as 10, a message refusing it seemed to refuse a number
    expect(show(10n)).toBe('10n');
  });

  it('falls back to the type when neither JSON nor String() can write the value', () => {
    // was: the error of the value's own toJSON / toString, thrown instead of the message's error
    const hostile = { toJSON: () => { throw new Error('no json'); }, toString: () => { throw new Error('no text'); } };
    expect(show(hostile)).toBe('(object)');
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    expect(show(cyclic)).toBe('[object Object]');
    const bare = Object.create(null) as Record<string, unknown>;
    bare.self = bare;
    expect(show(bare)).toBe('(object)');
  });

  it('names a boxed primitive as such, so a message refusing new String("*") does not seem to refuse "*"', () => {
    // was: show(new String('*')) gave '"*"', and the builder said '"*" is not valid in Resource'
    expect(show(new String('*'))).toBe('new String("*")');
    expect(show(new Number(3))).toBe('new Number(3)');
    expect(show(new Boolean(false))).toBe('new Boolean(false)');
    // only a real box: an object claiming to be a String by its tag is shown as the object it is
    expect(show({ [Symbol.toStringTag]: 'String', a: 1 })).toBe('{"a":1}');
    expect(show(new Proxy(new String('x'), {}))).toBe('{"0":"x"}');
  });
});
