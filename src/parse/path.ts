/**
 * Paths as users read them (`Statement[2].Condition.StringEquals["aws:SourceIp"]`): identifier-like
 * keys after a dot, other keys quoted in brackets, indices in brackets.
 */
import { LineIndex, parseJson, type JsonValue, type MemberPosition, type PositionNode, type ValuePosition } from './json.js';

export type PathSegment = string | number;

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** Writes `segments` as a readable path; the empty path is `""` (the whole document). */
export function formatPath(segments: readonly PathSegment[]): string {
  let out = '';
  for (const s of segments) {
    if (typeof s === 'number') out += `[${s}]`;
    else if (IDENTIFIER.test(s)) out += out === '' ? s : `.${s}`;
    else out += `[${JSON.stringify(s)}]`;
  }
  return out;
}

/**
 * Reads a path written by {@link formatPath} or by model validation (which always quotes principal
 * types). Returns `undefined` for text that is not such a path.
 */
export function readPath(path: string): PathSegment[] | undefined {
  const out: PathSegment[] = [];
  let i = 0;
  const n = path.length;
  while (i < n) {
    const c = path[i];
    if (c === '.' || (i === 0 && c !== '[')) {
      if (c === '.') i++;
      let j = i;
      while (j < n && path[j] !== '.' && path[j] !== '[') j++;
      if (j === i) return undefined;
      out.push(path.slice(i, j));
      i = j;
    } else if (c === '[') {
      if (path[i + 1] === '"') {
        // a JSON string literal: find its closing quote, skipping escapes
        let j = i + 2;
        while (j < n && path[j] !== '"') j += path[j] === '\\' ? 2 : 1;
        if (j >= n || path[j + 1] !== ']') return undefined;
        try {
          out.push(JSON.parse(path.slice(i + 1, j + 1)) as string);
        } catch {
          return undefined;
        }
        i = j + 2;
      } else {
        const j = path.indexOf(']', i);
        if (j < 0) return undefined;
        const index = Number(path.slice(i + 1, j));
        if (!Number.isInteger(index) || index < 0) return undefined;
        out.push(index);
        i = j + 1;
      }
    } else return undefined;
  }
  return out;
}

/**
 * Follows model `segments` through the raw value and returns how many of them exist there and the
 * value reached. An index into something that is not an array (a bare string where IAM also takes
 * an array, a bare statement object) stays on that value when the index is 0.
 */
function follow<T>(
  start: T,
  segments: readonly PathSegment[],
  step: (at: T, seg: PathSegment) => T | undefined,
): { at: T; depth: number; last: PathSegment | undefined } {
  let at = start;
  let depth = 0;
  for (const seg of segments) {
    const next = step(at, seg);
    if (next === undefined) return { at, depth, last: seg };
    at = next;
    depth++;
  }
  return { at, depth, last: undefined };
}

/**
 * Offset in the text of what `segments` points to: the key itself when `preferKey` and the last
 * segment is an existing key, else the value, else the nearest existing ancestor.
 */
export function offsetOf(root: ValuePosition, segments: readonly PathSegment[], preferKey: boolean): number {
  let keyStart = -1;
  const r = follow<ValuePosition>(root, segments, (at, seg) => {
    const node: PositionNode | undefined = at.node;
    if (node === undefined) return seg === 0 ? at : undefined;
    if (typeof seg === 'number') {
      if (!node.isArray) return seg === 0 ? at : undefined;
      return node.items[seg];
    }
    if (node.isArray) return undefined;
    const m = lastMember(node, seg);
    if (m !== undefined) keyStart = m.keyStart;
    return m;
  });
  if (r.depth === segments.length && preferKey && typeof segments[segments.length - 1] === 'string' && keyStart >= 0)
    return keyStart;
  return r.at.start;
}

/**
 * Line and column of a path (a finding's `path`) in `text`: the key when the path ends at one, else
 * the value, else its nearest existing ancestor; undefined for a path that is no path, or a text
 * whose positions cannot be read. `root` is the text's position tree when the caller has one (a
 * YAML template's); else the text is read as JSON, at most `maxDepth` deep, at the first call.
 */
export function pathLocator(text: string, maxDepth: number, root?: ValuePosition): (path: string) => { line: number; column: number } | undefined {
  let tree = root;
  let read = root !== undefined;
  let lines: LineIndex | undefined;
  return (path) => {
    const segments = readPath(path);
    if (segments === undefined) return undefined;
    if (!read) {
      tree = parseJson(text, maxDepth, true).root;
      read = true;
    }
    if (tree === undefined) return undefined;
    const at = offsetOf(tree, segments, typeof segments[segments.length - 1] === 'string');
    lines ??= new LineIndex(text);
    return at >= 0 ? lines.at(at) : undefined;
  };
}

/** Objects with more members than this get an index, so locating many issues in one stays linear. */
const INDEX_FROM = 32;
const memberIndex = new WeakMap<PositionNode, Map<string, MemberPosition>>();

/** The last member of `node` named `key` (the one `JSON.parse` keeps). */
function lastMember(node: PositionNode, key: string): MemberPosition | undefined {
  const ms = node.members;
  if (ms.length <= INDEX_FROM) {
    for (let k = ms.length - 1; k >= 0; k--) if (ms[k]!.key === key) return ms[k];
    return undefined;
  }
  let index = memberIndex.get(node);
  if (index === undefined) {
    index = new Map();
    for (const m of ms) index.set(m.key, m);
    memberIndex.set(node, index);
  }
  return index.get(key);
}

/** The path of the innermost value or key that contains `offset`. */
export function pathAt(root: ValuePosition, offset: number): PathSegment[] {
  const out: PathSegment[] = [];
  let node = root.node;
  while (node !== undefined) {
    let found: { seg: PathSegment; pos: ValuePosition } | undefined;
    if (!node.isArray) {
      const ms = node.members;
      const k = lastAtOrBefore(ms, offset, (m) => m.keyStart);
      if (k >= 0) found = { seg: ms[k]!.key, pos: ms[k]! };
    } else {
      const k = lastAtOrBefore(node.items, offset, (it) => it.start);
      if (k >= 0) found = { seg: k, pos: node.items[k]! };
    }
    if (found === undefined) break;
    out.push(found.seg);
    if (found.pos.start > offset) break;
    node = found.pos.node;
  }
  return out;
}

function lastAtOrBefore<T>(list: readonly T[], offset: number, at: (t: T) => number): number {
  let lo = 0;
  let hi = list.length - 1;
  let best = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (at(list[mid]!) <= offset) {
      best = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return best;
}

/** The raw value at `segments`, with the same index-0 rule as {@link offsetOf}; `undefined` if absent. */
export function valueAt(root: JsonValue | undefined, segments: readonly PathSegment[]): JsonValue | undefined {
  let at: JsonValue | undefined = root;
  for (const seg of segments) {
    if (at === undefined || at === null) return undefined;
    if (typeof seg === 'number') {
      if (Array.isArray(at)) at = at[seg];
      else if (seg !== 0) return undefined;
    } else {
      if (typeof at !== 'object' || Array.isArray(at) || !Object.prototype.hasOwnProperty.call(at, seg)) return undefined;
      at = (at as { [k: string]: JsonValue })[seg];
    }
  }
  return at;
}
