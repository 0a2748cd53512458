/**
 * Input forms other than plain JSON text: URL-encoded text as the IAM API returns it, and objects,
 * which are copied into the parser's own tree (keys defined as data, so `__proto__` is a key).
 */
import { firstInvalidChar } from '../model/syntax.js';
import * as messages from '../messages.js';
import { parseMessages } from '../messages.js';
import type { RawIssue } from './check.js';
import type { JsonObject, JsonValue } from './json.js';
import type { PathSegment } from './path.js';

/** True for text that starts like a URL-encoded JSON object (`%7B`, i.e. `{`). */
export function isUrlEncoded(text: string): boolean {
  return text.length >= 3 && text[0] === '%' && text[1] === '7' && (text[2] === 'B' || text[2] === 'b');
}

/** Decodes URL-encoded text; on failure returns the issue, located at the first bad escape. */
export function urlDecode(text: string): { text: string } | { issue: RawIssue } {
  try {
    return { text: decodeURIComponent(text) };
  } catch {
    for (let i = text.indexOf('%'); i >= 0; i = text.indexOf('%', i + 1)) {
      if (!isHex(text.charCodeAt(i + 1)) || !isHex(text.charCodeAt(i + 2)))
        return { issue: { segments: [], code: 'INVALID_ENCODING', message: parseMessages.invalidEncoding(`malformed escape ${JSON.stringify(text.slice(i, i + 3))}`), offset: i } };
    }
    return { issue: { segments: [], code: 'INVALID_ENCODING', message: parseMessages.invalidEncoding('the escapes do not form valid UTF-8') } };
  }
}

function isHex(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 70) || (c >= 97 && c <= 102);
}

/**
 * Copies a JavaScript value into a fresh JSON tree, checking what JSON text could not
 * hold: non-JSON types, non-finite numbers, cycles and excessive depth (both as depth), characters
 * IAM refuses. Properties whose value is `undefined` are absent, as in `JSON.stringify`.
 */
export function fromObject(
  input: unknown,
  maxDepth: number,
  issues: RawIssue[],
): JsonValue | undefined {
  const path: PathSegment[] = [];
  let stop = false;

  const checkChars = (s: string, what: string, segments: readonly PathSegment[]) => {
    const at = firstInvalidChar(s);
    if (at >= 0) {
      const ch = String.fromCodePoint(s.codePointAt(at)!);
      issues.push({ segments: segments.slice(), code: 'INVALID_CHARACTER', message: parseMessages.invalidValueChar(ch, what) });
    }
  };

  const copy = (v: unknown, depth: number): JsonValue | undefined => {
    if (stop) return undefined;
    switch (typeof v) {
      case 'string':
        checkChars(v, 'This string', path);
        return v;
      case 'boolean':
        return v;
      case 'number':
        if (!Number.isFinite(v)) {
          issues.push({ segments: path.slice(), code: 'INVALID_TYPE', message: parseMessages.unreadableValue(`${v} is not a JSON number`) });
          return undefined;
        }
        return v;
      case 'object':
        break;
      default:
        issues.push({ segments: path.slice(), code: 'INVALID_TYPE', message: parseMessages.unreadableValue(v === undefined ? 'undefined is not JSON data' : `a ${typeof v} is not JSON data`) });
        return undefined;
    }
    if (v === null) return null;
    if (depth >= maxDepth) {
      issues.push({ segments: path.slice(), code: 'TOO_DEEP', message: parseMessages.tooDeep(maxDepth) });
      stop = true;
      return undefined;
    }
    if (Array.isArray(v)) {
      const out: JsonValue[] = [];
      const len = v.length;
      for (let i = 0; i < len; i++) {
        path.push(i);
        const item = copy(v[i], depth + 1);
        path.pop();
        // null keeps later indices right; the item's problem is already reported
        out.push(item === undefined ? null : item);
      }
      return out;
    }
    const proto = Object.getPrototypeOf(v) as unknown;
    if (proto !== null && proto !== Object.prototype) {
      issues.push({ segments: path.slice(), code: 'INVALID_TYPE', message: parseMessages.unreadableValue('only plain objects and arrays are JSON data') });
      return undefined;
    }
    const out: JsonObject = {};
    for (const key of Object.keys(v)) {
      const item = (v as Record<string, unknown>)[key];
      if (item === undefined) continue;
      path.push(key);
      checkChars(key, 'This key', path);
      const c = copy(item, depth + 1);
      path.pop();
      // defined, not assigned: "__proto__" stays a data key
      Object.defineProperty(out, key, { value: c === undefined ? null : c, enumerable: true, writable: true, configurable: true });
    }
    return out;
  };

  try {
    const value = copy(input, 0);
    return stop ? undefined : value;
  } catch (e) {
    issues.push({
      segments: path.slice(),
      code: 'INVALID_TYPE',
      message: parseMessages.unreadableValue(`reading it threw ${e instanceof Error ? e.name : 'an exception'}`),
    });
    return undefined;
  }
}
