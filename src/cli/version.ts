/** The tool's version, on its own so that `typed-iam --version` loads nothing else. */
import { readFileSync } from 'node:fs';

/** The version in package.json (two levels up from both src/cli and dist/cli). */
export function toolVersion(): string {
  try {
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version?: unknown };
    return typeof pkg.version === 'string' ? pkg.version : '0.0.0';
  } catch {
    return '0.0.0';
  }
}
