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
    expect(show(10n)).toBe('10');
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
});
