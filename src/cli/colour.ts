/** Colour on terminals, plain text on pipes; `FORCE_COLOR` and `NO_COLOR` decide first. */

/** Text styles; each is the identity when colour is off. */
export interface Palette {
  readonly enabled: boolean;
  readonly red: (s: string) => string;
  readonly yellow: (s: string) => string;
  readonly green: (s: string) => string;
  readonly cyan: (s: string) => string;
  readonly bold: (s: string) => string;
  readonly dim: (s: string) => string;
}

/**
 * Whether a stream gets colour: `FORCE_COLOR` set to anything but `0`/`false` forces it (as in
 * Node's own `tty` module, it wins over `NO_COLOR`), a non-empty `NO_COLOR` turns it off,
 * `TERM=dumb` turns it off, else colour exactly when the stream is a terminal.
 *
 * @example
 * ```ts
 * import { wantsColour } from './colour.js';
 * wantsColour(process.stdout, process.env); // false when piped
 * ```
 */
export function wantsColour(stream: { readonly isTTY?: boolean }, env: NodeJS.ProcessEnv): boolean {
  const force = env['FORCE_COLOR'];
  if (force !== undefined && force !== '') return force !== '0' && force.toLowerCase() !== 'false';
  if (env['NO_COLOR'] !== undefined && env['NO_COLOR'] !== '') return false;
  if (env['TERM'] === 'dumb') return false;
  return stream.isTTY === true;
}

const style =
  (open: number, close: number) =>
  (s: string): string =>
    `\u001b[${open}m${s}\u001b[${close}m`;
const plain = (s: string): string => s;

/**
 * The styles for one stream.
 *
 * @example
 * ```ts
 * import { palette } from './colour.js';
 * palette(true).red('error'); // '\u001b[31merror\u001b[39m'
 * ```
 */
export function palette(enabled: boolean): Palette {
  if (!enabled) return { enabled, red: plain, yellow: plain, green: plain, cyan: plain, bold: plain, dim: plain };
  return {
    enabled,
    red: style(31, 39),
    yellow: style(33, 39),
    green: style(32, 39),
    cyan: style(36, 39),
    bold: style(1, 22),
    dim: style(2, 22),
  };
}
