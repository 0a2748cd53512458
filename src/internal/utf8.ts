/**
 * Reading a file's bytes as text: strict UTF-8 (IAM and CloudFormation read UTF-8) with a leading
 * byte-order mark dropped. The one reader of the CLI's inputs and of CDK templates.
 */

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/** Where the first byte that is not UTF-8 stands: byte offset, 1-based line and column (in characters), the byte in hex. */
export interface Utf8Problem {
  readonly offset: number;
  readonly line: number;
  readonly column: number;
  readonly byte: string;
}

/**
 * `bytes` as UTF-8 text without a leading byte-order mark, or where the first byte that is not
 * UTF-8 stands.
 *
 * @example
 * ```ts
 * import { utf8Text } from './utf8.js';
 * utf8Text(new Uint8Array([0xef, 0xbb, 0xbf, 0x7b, 0x7d])); // { text: '{}' }
 * utf8Text(new Uint8Array([0x7b, 0xff]));                   // { problem: { offset: 1, line: 1, column: 2, byte: 'FF' } }
 * ```
 */
export function utf8Text(bytes: Uint8Array): { readonly text: string } | { readonly problem: Utf8Problem } {
  let text: string;
  try {
    text = strictUtf8.decode(bytes);
  } catch {
    const bad = firstInvalidUtf8(bytes);
    let lineStart = 0;
    let line = 1;
    for (let k = 0; k < bad; k++)
      if (bytes[k] === 10) {
        line++;
        lineStart = k + 1;
      }
    const column = new TextDecoder('utf-8').decode(bytes.subarray(lineStart, bad)).length + 1;
    return { problem: { offset: bad, line, column, byte: (bytes[bad] ?? 0).toString(16).toUpperCase().padStart(2, '0') } };
  }
  return { text: text.charCodeAt(0) === 0xfeff ? text.slice(1) : text };
}

/**
 * Offset of the first byte of `bytes` that does not belong to a well-formed UTF-8 sequence
 * (RFC 3629: no overlong forms, no surrogates, nothing above U+10FFFF); `bytes.length` when all do.
 */
function firstInvalidUtf8(bytes: Uint8Array): number {
  const n = bytes.length;
  let i = 0;
  while (i < n) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    // [length, lowest and highest second byte] by the lead byte
    const [len, lo, hi] = b >= 0xc2 && b <= 0xdf ? [2, 0x80, 0xbf] : b === 0xe0 ? [3, 0xa0, 0xbf] : b === 0xed ? [3, 0x80, 0x9f] : b >= 0xe1 && b <= 0xef ? [3, 0x80, 0xbf] : b === 0xf0 ? [4, 0x90, 0xbf] : b === 0xf4 ? [4, 0x80, 0x8f] : b >= 0xf1 && b <= 0xf3 ? [4, 0x80, 0xbf] : [0, 0, 0];
    if (len === 0 || i + len > n) return i;
    const second = bytes[i + 1]!;
    if (second < lo || second > hi) return i;
    for (let k = 2; k < len; k++) if ((bytes[i + k]! & 0xc0) !== 0x80) return i;
    i += len;
  }
  return n;
}

