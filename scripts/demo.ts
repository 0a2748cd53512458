/**
 * `npm run demo`: builds every example in examples/ and prints each policy with its size against
 * its target.
 */
import { readdirSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { isPolicy } from '../src/index.js';

const dir = join(dirname(fileURLToPath(import.meta.url)), '..', 'examples');
const useColour = process.stdout.isTTY && !process.env['NO_COLOR'];
const paint = (code: number, s: string) => (useColour ? `\u001b[${code}m${s}\u001b[0m` : s);

let count = 0;
let failed = 0;
for (const file of readdirSync(dir).filter((f) => f.endsWith('.ts')).sort()) {
  const mod = (await import(pathToFileURL(join(dir, file)).href)) as Record<string, unknown>;
  for (const [name, value] of Object.entries(mod)) {
    if (!isPolicy(value)) continue;
    count++;
    const r = value.size();
    const status = r.fits ? paint(32, 'fits') : paint(31, `OVER by ${r.over}`);
    console.log(paint(1, `# ${file.replace(/\.ts$/, '')} / ${name}`) + ` (${value.kind} policy)`);
    console.log(`  size: ${r.length} of ${r.limit} ${r.unit} for target '${r.target}' — ${status}, ${r.headroom} left`);
    console.log(value.toString({ pretty: true, target: 'iam-api' }).replace(/^/gm, '  '));
    console.log();
    if (!r.fits) failed++;
  }
}
console.log(`${count} policies from ${dir}, ${failed} over their target.`);
if (count === 0 || failed > 0) process.exitCode = 1;
