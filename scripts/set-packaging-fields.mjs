// One-off helper: writes the packaging fields of package.json (main, types, exports, bin,
// typesVersions, peerDependencies) from scripts/entries.mjs, leaving every other key as it is.
// Run `node scripts/set-packaging-fields.mjs` after adding an entry to ENTRIES.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { BIN, ENTRIES, root } from './entries.mjs';

const file = join(root, 'package.json');
const pkg = JSON.parse(readFileSync(file, 'utf8'));
// Optional entries join the map once their source exists; contract entries are always listed.
const entries = ENTRIES.filter((e) => !e.optional || existsSync(join(root, e.src)));

const exportsMap = {};
for (const e of entries) {
  exportsMap[e.subpath] = {
    import: { types: `./dist/${e.out}.d.ts`, default: `./dist/${e.out}.js` },
    require: { types: `./dist/cjs/${e.out}.d.ts`, default: `./dist/cjs/${e.out}.js` },
  };
}
exportsMap['./package.json'] = './package.json';

const typesVersions = {};
for (const e of entries) if (e.subpath !== '.') typesVersions[e.subpath.slice(2)] = [`./dist/cjs/${e.out}.d.ts`];

pkg.main = './dist/cjs/index.js';
pkg.types = './dist/cjs/index.d.ts';
pkg.exports = exportsMap;
pkg.typesVersions = { '*': typesVersions };
pkg.bin = { [BIN.name]: `./${BIN.out}` };
pkg.files = ['dist', 'schema', 'README.md', 'LICENSE', 'CHANGELOG.md'];
// every module is free of side effects but the setup entries, which register the matchers on import
// (with `false`, a bundler drops `import 'typed-iam/vitest/setup'`)
pkg.sideEffects = entries.filter((e) => e.sideEffects).flatMap((e) => [`./dist/${e.out}.js`, `./dist/cjs/${e.out}.js`]);
// optional peers: each loaded only by its entry (typed-iam/vitest, typed-iam/cdk)
pkg.peerDependencies = { 'aws-cdk-lib': '^2.100.0', constructs: '^10.0.0', vitest: '^3.2.0 || ^4.0.0 || ^5.0.0' };
pkg.peerDependenciesMeta = { vitest: { optional: true }, 'aws-cdk-lib': { optional: true }, constructs: { optional: true } };

writeFileSync(file, `${JSON.stringify(pkg, null, 2)}\n`);
console.log(`package.json: exports ${Object.keys(exportsMap).join(' ')}`);
