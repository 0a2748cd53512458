/**
 * Reads a CloudFormation template written in YAML into the value its JSON form has, with where each
 * key and value starts (findings are shown at line and column, as for JSON templates).
 *
 * The YAML is the one CloudFormation documents ("Template formats"): YAML 1.1 without the binary,
 * omap, pairs, set and timestamp tags, without aliases and without hash merges. Plain values are
 * typed by YAML 1.1's rules (`true`, `yes`, `on`, `12`, `0x1F`, `1.5`, `~`; `2012-10-17` stays text,
 * there being no timestamp type), quoted and block values are text. The short forms of the intrinsic
 * functions are read as their JSON forms: `!Ref X` is `{"Ref": "X"}`, `!GetAtt A.B` is
 * `{"Fn::GetAtt": ["A", "B"]}`, `!Sub`, `!Join`, ... are `{"Fn::Sub": ...}`, .... Any other tag, an
 * alias, a merge key, a key written twice in one mapping, a second document and text that is not
 * YAML are refused with their position: what CloudFormation would refuse, or read in a way not
 * documented, is never checked as something else. Not read either (refused, never misread): explicit
 * keys (`? `), tags on keys, `%TAG` directives, verbatim tags, plain values spread over lines inside
 * `[ ]` or `{ }`.
 *
 * Linear in the text; nesting deeper than the given bound is refused, so hostile input cannot
 * exhaust the stack.
 */
import { setOwn } from '../internal/record.js';
import type { MemberPosition, PositionNode, ValuePosition } from '../parse/json.js';
import { yamlMessages as m } from './messages.js';
import type { TemplateValue } from './tokens.js';

/** Why a text is not read, and where (an offset into the text). */
export class YamlProblem {
  constructor(
    readonly offset: number,
    readonly message: string,
  ) {}
}

/** The value of a YAML template and where its keys and values start. */
export interface YamlResult {
  readonly value: TemplateValue;
  readonly root: ValuePosition;
}

type Mutable = string | number | boolean | null | Mutable[] | { [key: string]: Mutable };

interface Built {
  readonly value: Mutable;
  readonly pos: ValuePosition;
}

/** A scalar before it is typed: its text and how it was written. */
interface Scalar {
  readonly text: string;
  readonly plain: boolean;
  readonly start: number;
}

interface Tag {
  readonly name: string;
  readonly offset: number;
}

interface Line {
  readonly start: number;
  readonly text: string;
}

/** The intrinsic functions whose short form (`!Name`) CloudFormation documents, read as `Fn::Name`. */
const FUNCTIONS = new Set([
  'And',
  'Base64',
  'Cidr',
  'Equals',
  'FindInMap',
  'GetAZs',
  'If',
  'ImportValue',
  'Join',
  'Length',
  'Not',
  'Or',
  'Select',
  'Split',
  'Sub',
  'ToJsonString',
  'Transform',
  // the functions of the Rules section
  'Contains',
  'EachMemberEquals',
  'EachMemberIn',
  'RefAll',
  'ValueOf',
  'ValueOfAll',
]);

/** YAML 1.1's tags that CloudFormation does not support (the template formats page). */
const UNSUPPORTED = new Set(['binary', 'omap', 'pairs', 'set', 'timestamp']);

const NULL = /^(?:~|null|Null|NULL|)$/;
const BOOL = /^(?:yes|Yes|YES|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF)$/;
const TRUE = /^(?:yes|Yes|YES|true|True|TRUE|on|On|ON)$/;
const INT = /^[-+]?(?:0b[01_]+|0x[0-9a-fA-F_]+|0[0-7_]+|0|[1-9][0-9_]*(?::[0-5]?[0-9])*)$/;
const FLOAT = /^(?:[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])*\.[0-9_]*(?:[eE][-+][0-9]+)?|[-+]?\.[0-9][0-9_]*(?:[eE][-+][0-9]+)?|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$/;

/** A value of base-60 parts (`1:30` is 90), each part read by `part`. */
function sexagesimal(text: string, part: (s: string) => number): number {
  let n = 0;
  for (const p of text.split(':')) n = n * 60 + part(p);
  return n;
}

/** The number a YAML 1.1 int (`INT`) stands for. */
function intValue(text: string): number {
  const t = text.replaceAll('_', '');
  const sign = t.startsWith('-') ? -1 : 1;
  const u = t.startsWith('-') || t.startsWith('+') ? t.slice(1) : t;
  if (u.startsWith('0b')) return sign * parseInt(u.slice(2), 2);
  if (u.startsWith('0x')) return sign * parseInt(u.slice(2), 16);
  if (u.length > 1 && u.startsWith('0')) return sign * parseInt(u.slice(1), 8);
  return sign * (u.includes(':') ? sexagesimal(u, Number) : Number(u));
}

/** The number a YAML 1.1 float (`FLOAT`) stands for. */
function floatValue(text: string): number {
  const t = text.replaceAll('_', '');
  const sign = t.startsWith('-') ? -1 : 1;
  const u = t.startsWith('-') || t.startsWith('+') ? t.slice(1) : t;
  if (/^\.(?:inf|Inf|INF)$/.test(u)) return sign * Infinity;
  if (/^\.(?:nan|NaN|NAN)$/.test(u)) return NaN;
  if (!u.includes(':')) return sign * Number(u);
  const last = u.lastIndexOf(':');
  return sign * (sexagesimal(u.slice(0, last), Number) * 60 + Number(u.slice(last + 1)));
}

const isSpace = (c: string | undefined): boolean => c === ' ' || c === '\t';
const FLOW_INDICATORS = ',[]{}';

/**
 * Reads `text` as a one-document YAML CloudFormation template. Throws {@link YamlProblem}.
 * `maxDepth` bounds nesting (collections and tags).
 */
export function readYaml(text: string, maxDepth: number): YamlResult {
  const r = new Reader(text, maxDepth);
  return r.document();
}

class Reader {
  readonly #lines: Line[] = [];
  readonly #end: number;
  /** Whether the text's last line ends with a line break (a block scalar there keeps it). */
  readonly #endsWithBreak: boolean;
  /** The current line and column. */
  li = 0;
  col = 0;
  #depth = 0;

  constructor(
    text: string,
    readonly maxDepth: number,
  ) {
    this.#end = text.length;
    this.#endsWithBreak = /[\n\r]$/.test(text);
    let start = 0;
    for (let k = 0; k < text.length; k++) {
      const c = text.charCodeAt(k);
      if (c === 10 || c === 13) {
        this.#lines.push({ start, text: text.slice(start, k) });
        if (c === 13 && text.charCodeAt(k + 1) === 10) k++;
        start = k + 1;
      } else if ((c < 32 && c !== 9) || c === 0x7f || (c >= 0x80 && c <= 0x9f && c !== 0x85) || c === 0xfeff || c === 0xfffe || c === 0xffff)
        throw new YamlProblem(k, m.control(c));
    }
    if (start < text.length || this.#lines.length === 0) this.#lines.push({ start, text: text.slice(start) });
  }

  // ---- positions and lines

  offset(li = this.li, col = this.col): number {
    const line = this.#lines[li];
    return line === undefined ? this.#end : line.start + col;
  }

  fail(message: string, li = this.li, col = this.col): never {
    throw new YamlProblem(this.offset(li, col), message);
  }

  line(li: number): string {
    return this.#lines[li]?.text ?? '';
  }

  get count(): number {
    return this.#lines.length;
  }

  /** Leading spaces of line `li`. */
  indentOf(li: number): number {
    const t = this.line(li);
    let k = 0;
    while (t[k] === ' ') k++;
    return k;
  }

  /** True for a line of white space only, or of a comment. */
  blank(li: number): boolean {
    const t = this.line(li);
    let k = 0;
    while (isSpace(t[k])) k++;
    return k === t.length || t[k] === '#';
  }

  /** `---` or `...` at the start of line `li` (a document's start or end). */
  marker(li: number): boolean {
    const t = this.line(li);
    return (t.startsWith('---') || t.startsWith('...')) && (t.length === 3 || isSpace(t[3]));
  }

  /** The first line at or after `li` that is not blank (`count` if none). */
  nextContent(li: number): number {
    while (li < this.count && this.blank(li)) li++;
    return li;
  }

  /** A sequence entry (`-` then white space or the line's end) at column `c` of line `li`. */
  entryAt(li: number, c: number): boolean {
    const t = this.line(li);
    return t[c] === '-' && (c + 1 === t.length || isSpace(t[c + 1]));
  }

  skipSpaces(): void {
    const t = this.line(this.li);
    while (isSpace(t[this.col])) this.col++;
  }

  /** At the line's end or a comment (the cursor after white space). */
  atLineEnd(): boolean {
    const t = this.line(this.li);
    return this.col >= t.length || (t[this.col] === '#' && (this.col === 0 || isSpace(t[this.col - 1])));
  }

  /** Nothing but white space and a comment left on the line: moves to the next line. */
  endLine(): void {
    this.skipSpaces();
    if (!this.atLineEnd()) this.fail(m.afterValue);
    this.li++;
    this.col = 0;
  }

  enter(): void {
    if (++this.#depth > this.maxDepth) this.fail(m.tooDeep(this.maxDepth));
  }

  leave(): void {
    this.#depth--;
  }

  // ---- the document

  document(): YamlResult {
    let li = this.nextContent(0);
    let sawDirective = false;
    while (li < this.count && this.line(li).startsWith('%')) {
      if (!/^%YAML[ \t]+1\.\d+(?:[ \t]|$)/.test(this.line(li))) this.fail(m.directive, li, 0);
      sawDirective = true;
      li = this.nextContent(li + 1);
    }
    let built: Built;
    if (li < this.count && this.line(li).startsWith('---') && this.marker(li)) {
      this.li = li;
      this.col = 3;
      built = this.valueAfter(-1, 'node');
    } else {
      if (sawDirective) this.fail(m.directiveWithoutStart, li, 0);
      if (li >= this.count || this.marker(li)) {
        this.li = li;
        built = { value: null, pos: { start: this.offset(li, 0), node: undefined } };
      } else {
        this.li = li;
        built = this.nodeAt(li, this.indentOf(li), -1);
      }
    }
    li = this.nextContent(this.li);
    if (li < this.count && this.line(li).startsWith('...') && this.marker(li)) {
      this.li = li;
      this.col = 3;
      this.endLine();
      li = this.nextContent(this.li);
    }
    if (li < this.count) {
      if (this.marker(li)) this.fail(m.secondDocument, li, 0);
      this.fail(m.badIndent, li, this.indentOf(li));
    }
    return { value: built.value as TemplateValue, root: built.pos };
  }

  // ---- block structure

  /**
   * A node that starts at column `c` of a line of its own (`li`), inside a collection indented
   * `parent`: a block sequence or mapping, or a value.
   */
  nodeAt(li: number, c: number, parent: number): Built {
    this.li = li;
    this.col = c;
    if (this.line(li)[c] === '\t') this.fail(m.tab);
    if (this.entryAt(li, c)) return this.sequence(c);
    if (this.keyAt(li, c)) return this.mapping(c);
    return this.valueAfter(parent, 'node');
  }

  /**
   * The value that follows an indicator (`key:`, `-`, `---`) at the cursor, in a collection indented
   * `indent`: its tag and anchor, then a value on the same line or an indented node on the next.
   * After `-`, a mapping or sequence may start on the same line.
   */
  valueAfter(indent: number, context: 'map' | 'seq' | 'node'): Built {
    this.skipSpaces();
    const { tag } = this.properties(false);
    if (this.atLineEnd()) {
      const li = this.nextContent(this.li + 1);
      let node: Built | undefined;
      if (li < this.count && !this.marker(li)) {
        const ind = this.indentOf(li);
        if (context === 'map' && ind === indent && this.entryAt(li, ind)) {
          this.li = li;
          node = this.sequence(ind);
        }
        else if (ind > indent) node = this.nodeAt(li, ind, indent);
      }
      if (node === undefined) {
        const start = this.offset();
        this.li++;
        this.col = 0;
        return this.scalar({ text: '', plain: true, start }, tag);
      }
      return tag === undefined ? node : this.tagged(tag, node, undefined);
    }
    const c = this.col;
    const li = this.li;
    if (context !== 'map' && (this.entryAt(li, c) || this.keyAt(li, c))) {
      if (tag !== undefined) this.fail(m.keyTag, li, c);
      return this.entryAt(li, c) ? this.sequence(c) : this.mapping(c);
    }
    if (context === 'map' && this.keyAt(li, c)) this.fail(m.valueOnKeyLine);
    const ch = this.line(li)[c]!;
    if (ch === '|' || ch === '>') return this.scalar(this.blockScalar(Math.max(indent, 0), ch === '>'), tag);
    if (ch === '[' || ch === '{') {
      const node = this.flowCollection();
      this.endLine();
      return tag === undefined ? node : this.tagged(tag, node, undefined);
    }
    if (ch === '"' || ch === "'") {
      const s = this.quoted();
      this.endLine();
      return this.scalar(s, tag);
    }
    return this.scalar(this.plainBlock(indent), tag);
  }

  /** True when a mapping key (`key:` then white space or the line's end) starts at column `c` of line `li`. */
  keyAt(li: number, c: number): boolean {
    return this.keyEnd(li, c) >= 0;
  }

  /** The column of the `:` of the key at column `c` of line `li`, or -1. */
  keyEnd(li: number, c: number): number {
    const t = this.line(li);
    const ch = t[c];
    if (ch === undefined) return -1;
    let k = c;
    if (ch === '"' || ch === "'") {
      k = c + 1;
      for (; k < t.length; k++) {
        if (ch === '"' && t[k] === '\\') k++;
        else if (t[k] === ch) {
          if (ch === "'" && t[k + 1] === "'") k++;
          else break;
        }
      }
      if (k >= t.length) return -1;
      k++;
      while (isSpace(t[k])) k++;
      return t[k] === ':' && (k + 1 === t.length || isSpace(t[k + 1])) ? k : -1;
    }
    if ('[{!&*|>%@`#,]}'.includes(ch)) return -1;
    if (ch === '-' && (c + 1 === t.length || isSpace(t[c + 1]))) return -1;
    if (ch === '?' && (c + 1 === t.length || isSpace(t[c + 1]))) return c;
    for (; k < t.length; k++) {
      const x = t[k];
      if (x === ':' && (k + 1 === t.length || isSpace(t[k + 1]))) return k;
      if (x === '#' && k > c && isSpace(t[k - 1])) return -1;
    }
    return -1;
  }

  mapping(indent: number): Built {
    this.enter();
    const start = this.offset(this.li, indent);
    const members: MemberPosition[] = [];
    const value: { [key: string]: Mutable } = {};
    const seen = new Set<string>();
    let li = this.li;
    let c = this.col;
    for (;;) {
      const colon = this.keyEnd(li, c);
      const t = this.line(li);
      if (colon < 0) this.fail(m.expectedKey, li, c);
      if (t[c] === '?' && colon === c) this.fail(m.explicitKey, li, c);
      let key: string;
      this.li = li;
      this.col = c;
      if (t[c] === '"' || t[c] === "'") key = this.quoted().text;
      else key = t.slice(c, colon).trimEnd();
      if (colon === c) this.fail(m.indicator(':'), li, c);
      if (key === '<<' && t[c] !== '"' && t[c] !== "'") this.fail(m.merge, li, c);
      const keyStart = this.offset(li, c);
      if (seen.has(key)) throw new YamlProblem(keyStart, m.duplicate(key));
      seen.add(key);
      this.li = li;
      this.col = colon + 1;
      const v = this.valueAfter(indent, 'map');
      setOwn(value, key, v.value);
      members.push({ key, keyStart, start: v.pos.start, node: v.pos.node });
      li = this.nextContent(this.li);
      if (li >= this.count || this.marker(li)) break;
      const ind = this.indentOf(li);
      if (ind < indent) break;
      if (ind > indent || this.line(li)[ind] === '\t') this.fail(m.badIndent, li, ind);
      if (this.entryAt(li, ind)) this.fail(m.entryInMapping, li, ind);
      c = ind;
    }
    this.li = li;
    this.col = 0;
    this.leave();
    const node: PositionNode = { start, isArray: false, members, items: [] };
    return { value, pos: { start, node } };
  }

  sequence(indent: number): Built {
    this.enter();
    const start = this.offset(this.li, indent);
    const items: ValuePosition[] = [];
    const value: Mutable[] = [];
    let li = this.li;
    for (;;) {
      this.li = li;
      this.col = indent + 1;
      const v = this.valueAfter(indent, 'seq');
      value.push(v.value);
      items.push(v.pos);
      li = this.nextContent(this.li);
      if (li >= this.count || this.marker(li)) break;
      const ind = this.indentOf(li);
      if (ind < indent) break;
      if (ind > indent || this.line(li)[ind] === '\t') this.fail(m.badIndent, li, ind);
      if (!this.entryAt(li, ind)) break;
    }
    this.li = li;
    this.col = 0;
    this.leave();
    const node: PositionNode = { start, isArray: true, members: [], items };
    return { value, pos: { start, node } };
  }

  // ---- scalars

  /** A plain value in a block collection indented `indent`, with its continuation lines. */
  plainBlock(indent: number): Scalar {
    const t = this.line(this.li);
    const c = this.col;
    const ch = t[c]!;
    if ('%@`,[]{}'.includes(ch) || ((ch === '?' || ch === ':' || ch === '-') && (c + 1 === t.length || isSpace(t[c + 1])))) this.fail(m.indicator(ch));
    const start = this.offset();
    let text = this.plainPart(t, c);
    let li = this.li + 1;
    let empty = 0;
    let stop = text.comment;
    let out = text.text;
    while (!stop && li < this.count) {
      const line = this.line(li);
      let k = 0;
      while (isSpace(line[k])) k++;
      if (k === line.length) {
        empty++;
        li++;
        continue;
      }
      if (line[k] === '#' || this.marker(li) || this.indentOf(li) <= indent) break;
      text = this.plainPart(line, k, li);
      out += empty === 0 ? ` ${text.text}` : '\n'.repeat(empty) + text.text;
      empty = 0;
      stop = text.comment;
      this.li = li;
      li++;
    }
    this.li++;
    this.col = 0;
    return { text: out, plain: true, start };
  }

  /** A line's part of a plain value from column `c`: up to a comment; `: ` there is an error. */
  plainPart(t: string, c: number, li = this.li): { text: string; comment: boolean } {
    let k = c;
    for (; k < t.length; k++) {
      const x = t[k];
      if (x === '#' && isSpace(t[k - 1])) return { text: t.slice(c, k).trimEnd(), comment: true };
      if (x === ':' && (k + 1 === t.length || isSpace(t[k + 1]))) this.fail(m.valueOnKeyLine, li, k);
    }
    return { text: t.slice(c).trimEnd(), comment: false };
  }

  /**
   * A quoted value (`'...'` or `"..."`) from the cursor, over lines if it is (line breaks folded as
   * YAML folds them). The cursor is left after the closing quote.
   */
  quoted(): Scalar {
    const q = this.line(this.li)[this.col]!;
    const start = this.offset();
    const startLi = this.li;
    const startCol = this.col;
    let out = '';
    // the text up to here came from escapes, or is before them: the white space a line ends with is dropped after it only
    let kept = 0;
    let k = this.col + 1;
    for (;;) {
      const t = this.line(this.li);
      let escapedBreak = false;
      let closed = false;
      for (; k < t.length; k++) {
        const x = t[k]!;
        if (x === q) {
          if (q === "'" && t[k + 1] === "'") {
            out += "'";
            k++;
            continue;
          }
          closed = true;
          break;
        }
        if (q === '"' && x === '\\') {
          if (k + 1 === t.length) {
            escapedBreak = true;
            break;
          }
          const e = this.escape(t, k);
          out += e.text;
          kept = out.length;
          k = e.next - 1;
          continue;
        }
        out += x;
      }
      if (closed) {
        this.col = k + 1;
        return { text: out, plain: false, start };
      }
      // the line ends inside the value: its trailing white space goes, and the break is folded
      if (!escapedBreak) out = out.slice(0, kept) + out.slice(kept).replace(/[ \t]+$/, '');
      let li = this.li + 1;
      let empty = 0;
      for (;;) {
        if (li >= this.count) this.fail(m.unclosed(q), startLi, startCol);
        if (this.marker(li)) this.fail(m.unclosed(q), startLi, startCol);
        const line = this.line(li);
        let s = 0;
        while (isSpace(line[s])) s++;
        if (s < line.length) {
          k = s;
          break;
        }
        empty++;
        li++;
      }
      if (!escapedBreak) out += empty === 0 ? ' ' : '\n'.repeat(empty);
      else out += '\n'.repeat(empty);
      this.li = li;
    }
  }

  /** The escape at `t[k]` (a backslash) of a double-quoted value, and the column after it. */
  escape(t: string, k: number): { text: string; next: number } {
    const e = t[k + 1]!;
    const simple: { [c: string]: string } = {
      '0': '\0',
      a: '\x07',
      b: '\b',
      t: '\t',
      '\t': '\t',
      n: '\n',
      v: '\v',
      f: '\f',
      r: '\r',
      e: '\x1b',
      ' ': ' ',
      '"': '"',
      '/': '/',
      '\\': '\\',
      N: '\x85',
      _: '\xa0',
      L: '\u2028',
      P: '\u2029',
    };
    if (Object.hasOwn(simple, e)) return { text: simple[e]!, next: k + 2 };
    const width = e === 'x' ? 2 : e === 'u' ? 4 : e === 'U' ? 8 : 0;
    const hex = t.slice(k + 2, k + 2 + width);
    if (width === 0 || !new RegExp(`^[0-9a-fA-F]{${width}}$`).test(hex)) this.fail(m.badEscape(t.slice(k, k + 2 + width)), this.li, k);
    const code = parseInt(hex, 16);
    if (code > 0x10ffff) this.fail(m.badEscape(t.slice(k, k + 2 + width)), this.li, k);
    return { text: width === 4 ? String.fromCharCode(code) : String.fromCodePoint(code), next: k + 2 + width };
  }

  /** A block scalar (`|` or `>`, with its indicators) at the cursor, in a collection indented `indent`. */
  blockScalar(indent: number, folded: boolean): Scalar {
    const t = this.line(this.li);
    const start = this.offset();
    let k = this.col + 1;
    let chomp: '' | '-' | '+' = '';
    let explicit = 0;
    for (let i = 0; i < 2; i++) {
      const x = t[k];
      if ((x === '-' || x === '+') && chomp === '') {
        chomp = x;
        k++;
      } else if (x !== undefined && x >= '1' && x <= '9' && explicit === 0) {
        explicit = Number(x);
        k++;
      }
    }
    this.col = k;
    this.skipSpaces();
    if (!this.atLineEnd() || (this.col === k && this.col < t.length)) this.fail(m.blockHeader);
    let li = this.li + 1;
    let content = explicit > 0 ? indent + explicit : -1;
    if (content < 0) {
      for (let j = li; j < this.count; j++) {
        const line = this.line(j);
        if (line.trim() === '') continue;
        content = this.indentOf(j);
        break;
      }
      if (content <= indent) content = indent + 1;
    }
    const lines: string[] = [];
    for (; li < this.count; li++) {
      const line = this.line(li);
      // a line of white space only: an empty line of the value, but for spaces past the indentation (kept)
      if (line.trim() === '') {
        lines.push(this.indentOf(li) >= content && line.length > content ? line.slice(content) : '');
        continue;
      }
      if (this.indentOf(li) < content) break;
      lines.push(line.slice(content));
    }
    let trailing = 0;
    while (trailing < lines.length && lines[lines.length - 1 - trailing] === '') trailing++;
    const body = lines.slice(0, lines.length - trailing);
    let out = '';
    if (!folded) out = body.join('\n');
    else {
      let empty = 0;
      let prevMore = false;
      let first = true;
      for (const line of body) {
        if (line === '') {
          empty++;
          continue;
        }
        const more = isSpace(line[0]);
        if (first) out += '\n'.repeat(empty);
        else if (!more && !prevMore) out += empty === 0 ? ' ' : '\n'.repeat(empty);
        else out += '\n'.repeat(empty + 1);
        out += line;
        prevMore = more;
        empty = 0;
        first = false;
      }
    }
    // the value's last line is the text's, with no line break after it: one break fewer
    const unbroken = li === this.count && lines.length > 0 && !this.#endsWithBreak ? 1 : 0;
    if (chomp === '+') out += '\n'.repeat(Math.max(0, (body.length > 0 ? 1 : 0) + trailing - unbroken));
    else if (chomp === '' && body.length > 0 && (trailing > 0 || unbroken === 0)) out += '\n';
    this.li = li;
    this.col = 0;
    return { text: out, plain: false, start };
  }

  // ---- flow collections

  /** White space, line breaks and comments inside `[ ]` or `{ }`; the end of the text is an error. */
  flowSpace(open: { li: number; col: number }): void {
    for (;;) {
      const t = this.line(this.li);
      while (isSpace(t[this.col])) this.col++;
      if (this.col < t.length && !(t[this.col] === '#' && (this.col === 0 || isSpace(t[this.col - 1])))) return;
      this.li++;
      this.col = 0;
      if (this.li >= this.count || this.marker(this.li)) this.fail(m.unclosedFlow, open.li, open.col);
    }
  }

  /** A `[ ]` or `{ }` collection at the cursor; the cursor is left after it. */
  flowCollection(): Built {
    this.enter();
    const open = { li: this.li, col: this.col };
    const start = this.offset();
    const isArray = this.line(this.li)[this.col] === '[';
    const close = isArray ? ']' : '}';
    this.col++;
    const items: ValuePosition[] = [];
    const members: MemberPosition[] = [];
    const list: Mutable[] = [];
    const object: { [key: string]: Mutable } = {};
    const seen = new Set<string>();
    for (;;) {
      this.flowSpace(open);
      if (this.line(this.li)[this.col] === close) break;
      if (this.line(this.li)[this.col] === '?' && isSpace(this.line(this.li)[this.col + 1])) this.fail(m.explicitKey);
      const entry = this.offset();
      const first = this.flowNode(open);
      this.flowSpace(open);
      const t = this.line(this.li);
      let pair: { key: string; keyStart: number; value: Built } | undefined;
      if (t[this.col] === ':' && (first.adjacent || this.col + 1 === t.length || isSpace(t[this.col + 1]) || FLOW_INDICATORS.includes(t[this.col + 1]!))) {
        if (first.key === undefined) this.fail(m.complexKey, open.li, open.col);
        this.col++;
        this.flowSpace(open);
        const n = this.line(this.li)[this.col];
        const value = n === ',' || n === close ? { value: null, pos: { start: this.offset(), node: undefined } } : this.flowNode(open).built;
        pair = { key: first.key, keyStart: entry, value };
      } else if (!isArray) {
        if (first.key === undefined) this.fail(m.complexKey, open.li, open.col);
        pair = { key: first.key, keyStart: entry, value: { value: null, pos: { start: this.offset(), node: undefined } } };
      }
      if (isArray) {
        if (pair === undefined) {
          list.push(first.built.value);
          items.push(first.built.pos);
        } else {
          // a single pair in a sequence ([a: b]) is a mapping of one key
          const o: { [key: string]: Mutable } = {};
          setOwn(o, pair.key, pair.value.value);
          list.push(o);
          items.push({ start: entry, node: { start: entry, isArray: false, members: [{ key: pair.key, keyStart: entry, start: pair.value.pos.start, node: pair.value.pos.node }], items: [] } });
        }
      } else if (pair !== undefined) {
        if (pair.key === '<<' && first.plain) throw new YamlProblem(entry, m.merge);
        if (seen.has(pair.key)) throw new YamlProblem(entry, m.duplicate(pair.key));
        seen.add(pair.key);
        setOwn(object, pair.key, pair.value.value);
        members.push({ key: pair.key, keyStart: entry, start: pair.value.pos.start, node: pair.value.pos.node });
      }
      this.flowSpace(open);
      const n = this.line(this.li)[this.col];
      if (n === ',') {
        this.col++;
        continue;
      }
      if (n === close) break;
      this.fail(m.expectedFlow(close));
    }
    this.col++;
    this.leave();
    return { value: isArray ? list : object, pos: { start, node: { start, isArray, members, items } } };
  }

  /**
   * A value inside `[ ]` or `{ }`. `key` is the text it has as a mapping key (a scalar without a
   * tag), `adjacent` is true when a `:` may follow it directly (a quoted or flow value, as in JSON).
   */
  flowNode(open: { li: number; col: number }): { built: Built; key: string | undefined; adjacent: boolean; plain: boolean } {
    const { tag } = this.properties(true);
    if (tag !== undefined) this.flowSpace(open);
    const t = this.line(this.li);
    const ch = t[this.col]!;
    if (ch === '[' || ch === '{') {
      const node = this.flowCollection();
      return { built: tag === undefined ? node : this.tagged(tag, node, undefined), key: undefined, adjacent: true, plain: false };
    }
    if (ch === '"' || ch === "'") {
      const s = this.quoted();
      return { built: this.scalar(s, tag), key: tag === undefined ? s.text : undefined, adjacent: true, plain: false };
    }
    const start = this.offset();
    const c = this.col;
    if (ch === ',' || ch === ']' || ch === '}') {
      if (tag === undefined) this.fail(m.emptyEntry);
      return { built: this.scalar({ text: '', plain: true, start }, tag), key: undefined, adjacent: false, plain: true };
    }
    // "?" starts an explicit key inside brackets for PyYAML whatever follows ("[?a]"), a plain value for YAML 1.2: not read
    if (ch === '?') this.fail(m.explicitKey);
    if ('#%@`|>'.includes(ch) || ((ch === '-' || ch === ':') && (isSpace(t[c + 1]) || c + 1 === t.length || FLOW_INDICATORS.includes(t[c + 1]!)))) this.fail(m.indicator(ch));
    let k = c;
    for (; k < t.length; k++) {
      const x = t[k]!;
      if (FLOW_INDICATORS.includes(x)) break;
      if (x === '#' && isSpace(t[k - 1])) break;
      if (x === ':' && (k + 1 === t.length || isSpace(t[k + 1]) || FLOW_INDICATORS.includes(t[k + 1]!))) break;
    }
    const text = t.slice(c, k).trimEnd();
    this.col = k;
    // a plain value spread over lines inside [ ] or { } is not read (never misread)
    if (k === t.length) {
      const next = this.nextContent(this.li + 1);
      const rest = this.line(next).trimStart();
      if (next < this.count && rest !== '' && !',]}:#'.includes(rest[0]!)) this.fail(m.multilineFlow, next, this.indentOf(next));
    }
    const s: Scalar = { text, plain: true, start };
    return { built: this.scalar(s, tag), key: tag === undefined ? text : undefined, adjacent: false, plain: true };
  }

  // ---- tags

  /** A tag and an anchor at the cursor (either order, each at most once); an alias is an error. */
  properties(flow: boolean): { tag: Tag | undefined } {
    let tag: Tag | undefined;
    let anchor = false;
    for (;;) {
      const t = this.line(this.li);
      const ch = t[this.col];
      if (ch === '*') this.fail(m.alias);
      if (ch !== '!' && ch !== '&') return { tag };
      const at = this.col;
      let k = at + 1;
      while (k < t.length && !isSpace(t[k]) && !(flow && FLOW_INDICATORS.includes(t[k]!))) k++;
      const name = t.slice(at + 1, k);
      if (ch === '!') {
        if (tag !== undefined) this.fail(m.twoTags);
        if (name.startsWith('<')) this.fail(m.verbatimTag);
        tag = { name, offset: this.offset() };
      } else {
        // an anchor is named by letters, digits, "-" and "_" (as PyYAML and SnakeYAML read it), and is followed by white space
        if (anchor || !/^[A-Za-z0-9_-]+$/.test(name)) this.fail(m.badAnchor);
        anchor = true;
      }
      this.col = k;
      this.skipSpaces();
    }
  }

  /** A scalar as a value: typed by its tag, or by YAML 1.1's rules when plain and untagged. */
  scalar(s: Scalar, tag: Tag | undefined): Built {
    const pos: ValuePosition = { start: s.start, node: undefined };
    if (tag === undefined) return { value: s.plain ? this.resolve(s) : s.text, pos };
    const name = tag.name;
    // the non-specific tag: PyYAML reads "a: !" as null, YAML as "": which CloudFormation reads is not documented
    if (name === '') throw new YamlProblem(tag.offset, m.nonSpecificTag);
    if (name.startsWith('!')) {
      const core = name.slice(1);
      const text = s.text;
      const bad = (): never => {
        throw new YamlProblem(tag.offset, m.notOfTag(name, text));
      };
      if (core === 'str') return { value: text, pos };
      if (core === 'null') return NULL.test(text) ? { value: null, pos } : bad();
      if (core === 'bool') return BOOL.test(text) ? { value: TRUE.test(text), pos } : bad();
      if (core === 'int') return INT.test(text) ? { value: this.finite(intValue(text), s), pos } : bad();
      if (core === 'float') return FLOAT.test(text) || INT.test(text) ? { value: this.finite(FLOAT.test(text) ? floatValue(text) : intValue(text), s), pos } : bad();
      if (core === 'map' || core === 'seq') throw new YamlProblem(tag.offset, m.notOfTag(name, text));
    }
    return this.tagged(tag, { value: s.text, pos }, s);
  }

  /** A value of YAML 1.1's implicit types (no timestamp: CloudFormation supports none). */
  resolve(s: Scalar): Mutable {
    const t = s.text;
    if (NULL.test(t)) return null;
    if (BOOL.test(t)) return TRUE.test(t);
    if (INT.test(t)) return this.finite(intValue(t), s);
    if (FLOAT.test(t)) return this.finite(floatValue(t), s);
    return t;
  }

  /** A number JSON can hold; `.inf` and `.nan` cannot. */
  finite(n: number, s: Scalar): number {
    if (!Number.isFinite(n)) throw new YamlProblem(s.start, m.notFinite(s.text));
    return n;
  }

  /** A node with a local tag: the JSON form of an intrinsic function's short form. */
  tagged(tag: Tag, node: Built, scalar: Scalar | undefined): Built {
    const name = tag.name;
    if (name.startsWith('!')) {
      const core = name.slice(1);
      if (core === 'map' && node.pos.node !== undefined && !node.pos.node.isArray) return node;
      if (core === 'seq' && node.pos.node?.isArray === true) return node;
      if (UNSUPPORTED.has(core)) throw new YamlProblem(tag.offset, m.unsupportedTag(name));
      if (['str', 'int', 'float', 'bool', 'null', 'map', 'seq'].includes(core)) throw new YamlProblem(tag.offset, m.wrongKind(name));
      throw new YamlProblem(tag.offset, m.unknownTag(`!${name}`));
    }
    let key: string;
    let value = node.value;
    let inner = node.pos;
    if (name === 'Ref' || name === 'Condition') key = name;
    else if (name === 'GetAtt') {
      key = 'Fn::GetAtt';
      if (scalar !== undefined) {
        const dot = scalar.text.indexOf('.');
        if (dot <= 0 || dot === scalar.text.length - 1) throw new YamlProblem(tag.offset, m.getAtt(scalar.text));
        value = [scalar.text.slice(0, dot), scalar.text.slice(dot + 1)];
        const item = { start: scalar.start, node: undefined };
        inner = { start: scalar.start, node: { start: scalar.start, isArray: true, members: [], items: [item, item] } };
      }
    } else if (FUNCTIONS.has(name)) key = `Fn::${name}`;
    else throw new YamlProblem(tag.offset, m.unknownTag(`!${name}`));
    const out: { [key: string]: Mutable } = {};
    setOwn(out, key, value);
    const member: MemberPosition = { key, keyStart: tag.offset, start: inner.start, node: inner.node };
    return { value: out, pos: { start: tag.offset, node: { start: tag.offset, isArray: false, members: [member], items: [] } } };
  }
}
