import { describe, expect, it } from 'vitest';
import { hasKeyDeep, isRecord, ownValue, setOwn } from '../../src/internal/record.js';

describe('isRecord: an object of named values, as a JSON object is', () => {
  it('takes objects, including ones without a prototype and class instances', () => {
    for (const v of [{}, { Effect: 'Allow' }, Object.create(null), new Map(), new Date(0)]) expect(isRecord(v)).toBe(true);
  });
  it('refuses arrays, null and every value that is no object', () => {
    for (const v of [[], ['Allow'], null, undefined, 'x', 1, true, 1n, Symbol('s'), () => 1]) expect(isRecord(v)).toBe(false);
  });
});

describe('ownValue: an own property only', () => {
  it('reads own properties, never inherited ones', () => {
    const o = { Sid: 'a', Effect: 'Allow' } as { readonly [key: string]: string };
    expect(ownValue(o, 'Sid')).toBe('a');
    for (const k of ['constructor', 'toString', '__proto__', 'hasOwnProperty']) expect(ownValue(o, k)).toBeUndefined();
  });
  it('reads an own __proto__ data property (JSON.parse makes one)', () => {
    const o = JSON.parse('{"__proto__": "x"}') as { readonly [key: string]: string };
    expect(ownValue(o, '__proto__')).toBe('x');
  });
  it('is not fooled by an own hasOwnProperty', () => {
    const o = { hasOwnProperty: () => true } as unknown as { readonly [key: string]: unknown };
    expect(ownValue(o, 'missing')).toBeUndefined();
  });
});

describe('setOwn: an own data property, __proto__ included', () => {
  it('keeps "__proto__" as a key, not a prototype change (JSON.parse keeps it so)', () => {
    const o: Record<string, unknown> = {};
    setOwn(o, '__proto__', { polluted: true });
    setOwn(o, 'a', 1);
    expect(Object.getPrototypeOf(o)).toBe(Object.prototype);
    expect(Object.keys(o)).toEqual(['__proto__', 'a']);
    expect(JSON.stringify(o)).toBe(JSON.stringify(JSON.parse('{"__proto__":{"polluted":true},"a":1}')));
    expect(({} as { polluted?: boolean }).polluted).toBeUndefined();
  });
});

describe('hasKeyDeep', () => {
  it('finds a key at any depth, through arrays, and only keys', () => {
    expect(hasKeyDeep({ Roles: [{ 'Fn::If': ['C', 'a', 'b'] }] }, (k) => k === 'Fn::If')).toBe(true);
    expect(hasKeyDeep(['Fn::If', { a: 'Fn::If' }], (k) => k === 'Fn::If')).toBe(false);
    expect(hasKeyDeep('Fn::If', () => true)).toBe(false);
  });

  it('reads a value nested 100,000 levels deep, and a cycle, without overflow', () => {
    let deep: unknown = { 'Fn::ForEach::X': [] };
    for (let i = 0; i < 100_000; i++) deep = [deep];
    expect(hasKeyDeep(deep, (k) => k.startsWith('Fn::ForEach::'))).toBe(true);
    const cyclic: { [k: string]: unknown } = {};
    cyclic['self'] = cyclic;
    expect(hasKeyDeep(cyclic, (k) => k === 'other')).toBe(false);
  });
});
