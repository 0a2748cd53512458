/**
 * Input forms other than plain JSON text: URL-encoded text as the IAM API returns it, and objects,
 * which are copied into the parser's own tree (keys defined as data, so `__proto__` is a key).
 */
import { firstInvalidChar } from '../model/syntax.js';
import { parseMessages, show } from '../messages.js';
import type { Issues, RawIssue } from './check.js';
import type { JsonObject, JsonValue } from './json.js';
import type { PathSegment } from './path.js';
import { setOwn } from '../internal/record.js';

/**
 * The policy JSON of text input: a leading byte-order mark dropped, then a JSON string holding the
 * policy text read (`"{\"Version\":...}"`, as `terraform output -json` and the AWS CLI print a
 * policy that an API returns as a string field: Organizations policy `Content`, S3 bucket, Lambda,
 * SQS and SNS policies), then URL-encoded text decoded (as IAM's API returns policies). A string is
 * read only when its text starts with `{` or `%7B` (no policy is a JSON string, so nothing else
 * changes meaning) and only once; anything else is returned as it is for the JSON parser to judge.
 * `issue` is set when URL decoding fails (`text` is then the text that was being decoded).
 */
export function policyText(input: string): { readonly text: string; readonly issue?: RawIssue } {
  let text = withoutBom(input);
  const inner = jsonStringText(text);
  if (inner !== undefined) text = inner;
  if (!isUrlEncoded(text)) return { text };
  const d = urlDecode(text);
  return 'issue' in d ? { text, issue: d.issue } : { text: d.text };
}

/** `text` without a leading byte-order mark (not part of the policy; the CLI drops it too). */
function withoutBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** The index of the first character of `text` at or after `i` that is no JSON whitespace. */
function skipWhitespace(text: string, i: number): number {
  while (i < text.length && (text[i] === ' ' || text[i] === '\t' || text[i] === '\n' || text[i] === '\r')) i++;
  return i;
}

/**
 * The text of `text` when it is one JSON string holding a policy's text, read as text input is
 * read: without a leading byte-order mark, a `{` after JSON whitespace, or `%7B` at the start.
 */
function jsonStringText(text: string): string | undefined {
  if (text[skipWhitespace(text, 0)] !== '"') return undefined;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (typeof value !== 'string') return undefined;
  const inner = withoutBom(value);
  return inner[skipWhitespace(inner, 0)] === '{' || isUrlEncoded(inner) ? inner : undefined;
}

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
        return { issue: { segments: [], code: 'INVALID_ENCODING', message: parseMessages.invalidEncoding(`malformed escape ${show(text.slice(i, i + 3))}`), offset: i } };
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
export function fromObject(input: unknown, maxDepth: number, budget: number, issues: Issues, limitOptions: boolean): JsonValue | undefined {
  return new ObjectReader(maxDepth, budget, issues, limitOptions).read(input);
}

/**
 * The steps of {@link fromObject}: `copy` reuses the copy of an object met before or dispatches to
 * `scalar` and `container` (`array`, `object`). `left` is the budget still unspent, `path` the
 * path of the value being copied, `stop` set once the copy gives up.
 */
class ObjectReader {
  readonly #maxDepth: number;
  readonly #budget: number;
  readonly #issues: Issues;
  readonly #limitOptions: boolean;
  readonly #path: PathSegment[] = [];
  #stop = false;
  #left: number;
  /** Height of the value copied last (0 for a scalar), to reuse a copy only where it fits maxDepth. */
  #height = 0;
  /** Copies of objects reached before that had no problem: their cost, height and copy. */
  readonly #done = new Map<object, { value: JsonValue; cost: number; height: number }>();

  constructor(maxDepth: number, budget: number, issues: Issues, limitOptions: boolean) {
    this.#limitOptions = limitOptions;
    this.#maxDepth = maxDepth;
    this.#budget = budget;
    this.#left = budget;
    this.#issues = issues;
  }

  /** The whole input; anything it throws (a getter, a proxy trap) is one `INVALID_TYPE` issue. */
  read(input: unknown): JsonValue | undefined {
    try {
      const value = this.copy(input, 0);
      return this.#stop ? undefined : value;
    } catch (e) {
      this.problem('INVALID_TYPE', parseMessages.unreadableValue(`reading it threw ${describeThrown(e)}`));
      return undefined;
    }
  }

  problem(code: RawIssue['code'], message: string): undefined {
    this.#issues.add({ segments: this.#path.slice(), code, message });
    return undefined;
  }

  /** Pays `cost` from the budget; false (and the copy stops with one issue) when it runs out. */
  pay(cost: number): boolean {
    if ((this.#left -= cost) >= 0) return true;
    this.problem('INPUT_TOO_LARGE', parseMessages.objectTooLarge(this.#budget, this.#limitOptions));
    this.#stop = true;
    return false;
  }

  checkChars(s: string, what: string): void {
    const at = firstInvalidChar(s);
    if (at >= 0) this.problem('INVALID_CHARACTER', parseMessages.invalidValueChar(String.fromCodePoint(s.codePointAt(at)!), what));
  }

  copy(v: unknown, depth: number): JsonValue | undefined {
    if (this.#stop) return undefined;
    this.#height = 0;
    if (typeof v !== 'object' || v === null) return this.scalar(v);
    const seen = this.#done.get(v);
    if (seen !== undefined && depth + seen.height <= this.#maxDepth) {
      if (!this.pay(seen.cost)) return undefined;
      this.#height = seen.height;
      return seen.value;
    }
    const before = this.#left;
    const found = this.#issues.count;
    const value = this.container(v, depth);
    if (!this.#stop && value !== undefined && this.#issues.count === found) this.#done.set(v, { value, cost: before - this.#left, height: this.#height });
    return value;
  }

  scalar(v: unknown): JsonValue | undefined {
    switch (typeof v) {
      case 'string':
        // paid before it is scanned: a string of 10^8 characters is refused without reading it
        if (!this.pay(v.length + 3)) return undefined;
        this.checkChars(v, 'This string');
        return v;
      case 'boolean':
        return this.pay(5) ? v : undefined;
      case 'number':
        if (!this.pay(2)) return undefined;
        return Number.isFinite(v) ? v : this.problem('INVALID_TYPE', parseMessages.unreadableValue(`${v} is not a JSON number`));
      case 'object':
        // null
        return this.pay(5) ? null : undefined;
      default:
        if (!this.pay(2)) return undefined;
        return this.problem('INVALID_TYPE', parseMessages.unreadableValue(v === undefined ? 'undefined is not JSON data' : `a ${typeof v} is not JSON data`));
    }
  }

  container(v: object, depth: number): JsonValue | undefined {
    if (!this.pay(2)) return undefined;
    if (depth >= this.#maxDepth) {
      this.#stop = true;
      return this.problem('TOO_DEEP', parseMessages.tooDeep(this.#maxDepth));
    }
    if (Array.isArray(v)) return this.array(v, depth);
    const proto = Object.getPrototypeOf(v) as unknown;
    if (proto !== null && proto !== Object.prototype) return this.problem('INVALID_TYPE', parseMessages.unreadableValue('only plain objects and arrays are JSON data'));
    return this.object(v, depth);
  }

  array(v: readonly unknown[], depth: number): JsonValue[] | undefined {
    const len = v.length;
    // every slot costs at least 2: an array longer than the budget allows is refused unread
    if (len * 2 > this.#left) return void this.pay(len * 2);
    const out: JsonValue[] = [];
    let tallest = 0;
    for (let i = 0; i < len && !this.#stop; i++) {
      this.#path.push(i);
      const item = this.copy(v[i], depth + 1);
      this.#path.pop();
      if (this.#height > tallest) tallest = this.#height;
      // null keeps later indices right; the item's problem is already reported
      out.push(item === undefined ? null : item);
    }
    this.#height = tallest + 1;
    return out;
  }

  object(v: object, depth: number): JsonObject | undefined {
    const out: JsonObject = {};
    const keys = Object.keys(v);
    if (keys.length * 2 > this.#left) return void this.pay(keys.length * 2);
    let tallest = 0;
    for (const key of keys) {
      if (this.#stop) break;
      const item = (v as Record<string, unknown>)[key];
      if (item === undefined) continue;
      if (!this.pay(key.length + 3)) return undefined;
      this.#path.push(key);
      this.checkChars(key, 'This key');
      const c = this.copy(item, depth + 1);
      this.#path.pop();
      if (this.#height > tallest) tallest = this.#height;
      // "__proto__" stays a data key
      setOwn(out, key, c === undefined ? null : c);
    }
    this.#height = tallest + 1;
    return out;
  }
}

/** Names what a getter or proxy threw without calling anything on it that could throw again. */
export function describeThrown(e: unknown): string {
  try {
    return e instanceof Error ? e.name : 'an exception';
  } catch {
    return 'an exception';
  }
}
