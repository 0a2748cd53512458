/**
 * Input forms other than plain JSON text: URL-encoded text as the IAM API returns it, and objects,
 * which are copied into the parser's own tree (keys defined as data, so `__proto__` is a key).
 */
import { firstInvalidChar } from '../model/syntax.js';
import * as messages from '../messages.js';
import { parseMessages } from '../messages.js';
import type { Issues, RawIssue } from './check.js';
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
 * Copies a JavaScript value into a fresh JSON tree, checking what JSON text could not hold:
 * non-JSON types, non-finite numbers, cycles and excessive depth (both as depth), characters IAM
 * refuses. Properties whose value is `undefined` are absent, as in `JSON.stringify`.
 *
 * The work is bounded by `budget`, counted roughly as the length of the JSON text the value would
 * make: every visited slot costs at least 2 (array holes included), every key and string its
 * length, and a shared subtree is paid for in full each time it is reached (its copy is reused
 * when it had no problem, so the walk itself stays linear in the distinct objects). Past the
 * budget the copy stops with one `INPUT_TOO_LARGE` issue, so a sparse array with a length of 10^9
 * or a tree of shared references 60 levels deep ends at once. Anything the value throws (a
 * getter, a proxy trap) stops the copy with one `INVALID_TYPE` issue.
 */
export function fromObject(input: unknown, maxDepth: number, budget: number, issues: Issues): JsonValue | undefined {
  const path: PathSegment[] = [];
  let stop = false;
  let left = budget;
  /** Height of the value copied last (0 for a scalar), to reuse a copy only where it fits maxDepth. */
  let height = 0;
  /** Copies of objects reached before that had no problem: their cost, height and copy. */
  const done = new Map<object, { value: JsonValue; cost: number; height: number }>();

  const tooLarge = (): undefined => {
    issues.add({ segments: path.slice(), code: 'INPUT_TOO_LARGE', message: parseMessages.objectTooLarge(budget) });
    stop = true;
    return undefined;
  };

  const checkChars = (s: string, what: string) => {
    const at = firstInvalidChar(s);
    if (at >= 0) {
      const ch = String.fromCodePoint(s.codePointAt(at)!);
      issues.add({ segments: path.slice(), code: 'INVALID_CHARACTER', message: parseMessages.invalidValueChar(ch, what) });
    }
  };

  const copy = (v: unknown, depth: number): JsonValue | undefined => {
    if (stop) return undefined;
    height = 0;
    if (typeof v === 'object' && v !== null) {
      const seen = done.get(v);
      if (seen !== undefined && depth + seen.height <= maxDepth) {
        if ((left -= seen.cost) < 0) return tooLarge();
        height = seen.height;
        return seen.value;
      }
      const before = left;
      const found = issues.count;
      const value = copyContainer(v, depth);
      if (!stop && value !== undefined && issues.count === found) done.set(v, { value, cost: before - left, height });
      return value;
    }
    switch (typeof v) {
      case 'string':
        // paid before it is scanned: a string of 10^8 characters is refused without reading it
        if ((left -= v.length + 3) < 0) return tooLarge();
        checkChars(v, 'This string');
        return v;
      case 'boolean':
        if ((left -= 5) < 0) return tooLarge();
        return v;
      case 'number':
        if ((left -= 2) < 0) return tooLarge();
        if (!Number.isFinite(v)) {
          issues.add({ segments: path.slice(), code: 'INVALID_TYPE', message: parseMessages.unreadableValue(`${v} is not a JSON number`) });
          return undefined;
        }
        return v;
      case 'object':
        // null
        if ((left -= 5) < 0) return tooLarge();
        return null;
      default:
        if ((left -= 2) < 0) return tooLarge();
        issues.add({ segments: path.slice(), code: 'INVALID_TYPE', message: parseMessages.unreadableValue(v === undefined ? 'undefined is not JSON data' : `a ${typeof v} is not JSON data`) });
        return undefined;
    }
  };

  const copyContainer = (v: object, depth: number): JsonValue | undefined => {
    if ((left -= 2) < 0) return tooLarge();
    if (depth >= maxDepth) {
      issues.add({ segments: path.slice(), code: 'TOO_DEEP', message: parseMessages.tooDeep(maxDepth) });
      stop = true;
      return undefined;
    }
    if (Array.isArray(v)) {
      const len = v.length;
      // every slot costs at least 2: an array longer than the budget allows is refused unread
      if (len * 2 > left) return tooLarge();
      const out: JsonValue[] = [];
      let tallest = 0;
      for (let i = 0; i < len && !stop; i++) {
        path.push(i);
        const item = copy(v[i], depth + 1);
        path.pop();
        if (height > tallest) tallest = height;
        // null keeps later indices right; the item's problem is already reported
        out.push(item === undefined ? null : item);
      }
      height = tallest + 1;
      return out;
    }
    const proto = Object.getPrototypeOf(v) as unknown;
    if (proto !== null && proto !== Object.prototype) {
      issues.add({ segments: path.slice(), code: 'INVALID_TYPE', message: parseMessages.unreadableValue('only plain objects and arrays are JSON data') });
      return undefined;
    }
    const out: JsonObject = {};
    const keys = Object.keys(v);
    if (keys.length * 2 > left) return tooLarge();
    let tallest = 0;
    for (const key of keys) {
      if (stop) break;
      const item = (v as Record<string, unknown>)[key];
      if (item === undefined) continue;
      if ((left -= key.length + 3) < 0) return tooLarge();
      path.push(key);
      checkChars(key, 'This key');
      const c = copy(item, depth + 1);
      path.pop();
      if (height > tallest) tallest = height;
      // defined, not assigned: "__proto__" stays a data key
      Object.defineProperty(out, key, { value: c === undefined ? null : c, enumerable: true, writable: true, configurable: true });
    }
    height = tallest + 1;
    return out;
  };

  try {
    const value = copy(input, 0);
    return stop ? undefined : value;
  } catch (e) {
    issues.add({
      segments: path.slice(),
      code: 'INVALID_TYPE',
      message: parseMessages.unreadableValue(`reading it threw ${describeThrown(e)}`),
    });
    return undefined;
  }
}

/** Names what a getter or proxy threw without calling anything on it that could throw again. */
function describeThrown(e: unknown): string {
  try {
    return e instanceof Error ? e.name : 'an exception';
  } catch {
    return 'an exception';
  }
}
