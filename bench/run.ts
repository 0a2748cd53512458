/**
 * `npm run bench`: runs every benchmark of bench/ in turn (each compares typed-iam with a peer in
 * the same process and prints ratios). `npm run bench -- parse lint` runs only those files.
 * The type-check benchmark needs `npm run build` first (it imports the built declarations).
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const all = ['startup', 'build-emit', 'build-principals', 'typecheck', 'parse', 'lint', 'evaluate', 'catalog', 'optimize', 'analyze', 'cdk-assembly', 'yaml', 'hostile'];
const wanted = process.argv.slice(2);
const chosen = wanted.length > 0 ? all.filter((name) => wanted.includes(name)) : all;
let failed = 0;
for (const name of chosen) {
  console.log(`\n=== bench/${name}.ts`);
  const r = spawnSync(process.execPath, ['--import', 'tsx', join(import.meta.dirname, `${name}.ts`)], { stdio: 'inherit' });
  if (r.status !== 0) failed++;
}
if (failed > 0) process.exitCode = 1;
