/**
 * A small JSON Schema (draft 2020-12) checker for the keywords `policyJsonSchema` writes, so the
 * tests can run the generated schema without a validator dependency. Any other keyword throws: a
 * schema that starts using one fails the tests instead of being half-checked.
 */
type S = Record<string, unknown> | boolean;
const KNOWN = new Set(['$schema', 'title', 'description', '$defs', 'type', 'properties', 'required', 'additionalProperties', 'enum', 'const', 'anyOf', 'oneOf', 'allOf', 'not', '$ref', 'items', 'minItems', 'minProperties', 'pattern', 'propertyNames', 'id', '$id']);
const typeOf = (v: unknown): string[] => {
  if (v === null) return ['null'];
  if (Array.isArray(v)) return ['array'];
  if (typeof v === 'number') return Number.isInteger(v) ? ['number', 'integer'] : ['number'];
  return [typeof v];
};
/** True when `value` satisfies `root` (`$ref` only to `#/$defs/...`). */
export function validate(root: Record<string, unknown>, value: unknown): boolean {
  const defs = (root['$defs'] ?? {}) as Record<string, S>;
  const check = (s: S, v: unknown): boolean => {
    if (s === true) return true;
    if (s === false) return false;
    for (const k of Object.keys(s)) if (!KNOWN.has(k)) throw new Error(`keyword ${k}`);
    if (s['$ref'] !== undefined) {
      const name = String(s['$ref']).replace('#/$defs/', '');
      if (!check(defs[name]!, v)) return false;
    }
    if (s['type'] !== undefined) {
      const types = Array.isArray(s['type']) ? (s['type'] as string[]) : [s['type'] as string];
      if (!typeOf(v).some((t) => types.includes(t))) return false;
    }
    if (s['enum'] !== undefined && !(s['enum'] as unknown[]).some((e) => e === v)) return false;
    if (s['const'] !== undefined && s['const'] !== v) return false;
    if (s['pattern'] !== undefined && typeof v === 'string' && !new RegExp(s['pattern'] as string, 'u').test(v)) return false;
    if (Array.isArray(v)) {
      if (s['minItems'] !== undefined && v.length < (s['minItems'] as number)) return false;
      if (s['items'] !== undefined && !v.every((x) => check(s['items'] as S, x))) return false;
    }
    if (typeof v === 'object' && v !== null && !Array.isArray(v)) {
      const o = v as Record<string, unknown>;
      const keys = Object.keys(o);
      if (s['minProperties'] !== undefined && keys.length < (s['minProperties'] as number)) return false;
      for (const r of (s['required'] as string[] | undefined) ?? []) if (!Object.prototype.hasOwnProperty.call(o, r)) return false;
      const props = (s['properties'] ?? {}) as Record<string, S>;
      for (const k of keys) {
        if (s['propertyNames'] !== undefined && !check(s['propertyNames'] as S, k)) return false;
        if (Object.prototype.hasOwnProperty.call(props, k)) {
          if (!check(props[k]!, o[k])) return false;
        } else if (s['additionalProperties'] !== undefined && !check(s['additionalProperties'] as S, o[k])) return false;
      }
    }
    if (s['allOf'] !== undefined && !(s['allOf'] as S[]).every((x) => check(x, v))) return false;
    if (s['anyOf'] !== undefined && !(s['anyOf'] as S[]).some((x) => check(x, v))) return false;
    if (s['oneOf'] !== undefined && (s['oneOf'] as S[]).filter((x) => check(x, v)).length !== 1) return false;
    if (s['not'] !== undefined && check(s['not'] as S, v)) return false;
    return true;
  };
  return check(root, value);
}
