/**
 * The common path of text parsing: `JSON.parse` plus the checks it leaves out, without reading the
 * text one character at a time in JavaScript.
 */
import { buildDocument, type BuiltDocument } from './build.js';
import { countQuotes, countStrings, scanJson, type JsonValue } from './json.js';

/**
 * The out-of-range characters `JSON.parse` lets through (it refuses unescaped control characters).
 * Nearly free on one-byte strings, which cannot hold such characters.
 */
const ABOVE_LATIN1 = /[\u0100-\uffff]/;
/** Nesting of the deepest document that follows the grammar: document, Statement, statement, Condition, operator, values. */
const GRAMMAR_DEPTH = 6;
/**
 * Sixteen digits or dots in a row: where a number literal with more significant digits than a
 * JavaScript number keeps may be (`1.0000000000000001` reads as 1, which the value cannot show).
 * Looked for only when a condition value is a number, and rare then (account ids have 12 digits),
 * so such a text is simply pre-scanned.
 */
const LONG_NUMBER = /[0-9.]{16}/;

/**
 * The common path: `JSON.parse` builds the value natively and checks the syntax; what it ignores
 * is checked around it. Characters above U+00FF: one regular expression. Duplicate keys: the text
 * has more quotes than the value has keys and strings (exact when the text has no backslash).
 * Depth and inexact numbers: the walk that builds the model (a value outside the grammar gets a
 * separate counting walk). Whatever cannot be settled that way (a backslash, a number of 1e14 or
 * more, nesting beyond `maxDepth`, a `maxDepth` below the grammar's depth, a count that differs)
 * is settled by the character-by-character pre-scan {@link scanJson}. `undefined` sends the text
 * to the slow parser, which explains what is wrong.
 */
export function fastParse(text: string, maxDepth: number): { raw: JsonValue; built: BuiltDocument } | undefined {
  if (ABOVE_LATIN1.test(text)) return undefined;
  let scanned = false;
  if (maxDepth < GRAMMAR_DEPTH || text.includes('\\')) {
    if (!scanJson(text, maxDepth)) return undefined;
    scanned = true;
  }
  let raw: JsonValue;
  try {
    raw = JSON.parse(text) as JsonValue;
  } catch {
    return undefined;
  }
  const built = buildDocument(raw);
  if (!scanned && built.numbers && LONG_NUMBER.test(text)) {
    if (!scanJson(text, maxDepth)) return undefined;
    scanned = true;
  }
  if (!scanned) {
    const strings = built.clean ? (built.suspect ? -1 : built.strings) : countStrings(raw, maxDepth);
    if (strings * 2 !== countQuotes(text) && !scanJson(text, maxDepth)) return undefined;
  }
  return { raw, built };
}
