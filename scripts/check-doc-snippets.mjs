#!/usr/bin/env node
// Type-checks every ```ts fence of README.md and docs/**/*.md (docs/api/ excluded). Each fence is
// written to .tmp/doc-snippets/<file>-<n>.ts as a module of its own and compiled with the
// repository's strict options; 'typed-iam' and 'typed-iam/<subpath>' resolve through the package's
// self-reference to dist/, so run `npm run build` first. A fence opened with ```ts nocheck is
// skipped. Errors are reported at their line in the Markdown file.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { root } from './entries.mjs';

const out = join(root, '.tmp', 'doc-snippets');

function* markdown(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (relative(root, path) !== join('docs', 'api')) yield* markdown(path);
    } else if (entry.name.endsWith('.md')) yield path;
  }
}

/** The ```ts fences of a Markdown text: body, 1-based line of the first body line, skip flag. */
export function fences(text) {
  const lines = text.split(/\r?\n/);
  const found = [];
  for (let i = 0; i < lines.length; i++) {
    const open = /^(\s*)(`{3,}|~{3,})\s*(ts|typescript|tsx)\b(.*)$/.exec(lines[i]);
    if (!open) continue;
    const [, indent, marker, , info] = open;
    const body = [];
    let j = i + 1;
    for (; j < lines.length; j++) {
      if (lines[j].trim().startsWith(marker) && lines[j].trim().replace(/[`~]/g, '') === '') break;
      body.push(indent && lines[j].startsWith(indent) ? lines[j].slice(indent.length) : lines[j]);
    }
    found.push({ body: body.join('\n'), line: i + 2, skip: /\bnocheck\b/.test(info) });
    i = j;
  }
  return found;
}

if (!existsSync(join(root, 'dist', 'index.d.ts'))) {
  console.error('check-doc-snippets: dist/ is missing; run `npm run build` first.');
  process.exit(1);
}

const files = [join(root, 'README.md'), ...(existsSync(join(root, 'docs')) ? markdown(join(root, 'docs')) : [])].filter((f) => existsSync(f));
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });

const HEADER_LINES = 1;
const origin = new Map(); // snippet file -> { md, line }
let skipped = 0;
for (const file of files) {
  const rel = relative(root, file).replaceAll('\\', '/');
  const slug = rel.replace(/\.md$/, '').replaceAll('/', '_');
  fences(readFileSync(file, 'utf8')).forEach((f, n) => {
    if (f.skip) {
      skipped++;
      return;
    }
    const name = `${slug}-${n + 1}.ts`;
    writeFileSync(join(out, name), `// ${rel}:${f.line}\n${f.body}\nexport {};\n`);
    origin.set(name, { md: rel, line: f.line });
  });
}

writeFileSync(
  join(out, 'tsconfig.json'),
  JSON.stringify(
    {
      compilerOptions: {
        target: 'ES2022',
        lib: ['ES2022'],
        module: 'NodeNext',
        moduleResolution: 'NodeNext',
        strict: true,
        exactOptionalPropertyTypes: true,
        noUncheckedIndexedAccess: true,
        noImplicitOverride: true,
        verbatimModuleSyntax: true,
        skipLibCheck: true,
        types: ['node'],
        noEmit: true,
      },
      include: ['*.ts'],
    },
    null,
    2,
  ),
);

if (origin.size === 0) {
  console.log('check-doc-snippets: no ```ts fences found.');
  process.exit(0);
}
const tsc = spawnSync(process.execPath, [join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', join(out, 'tsconfig.json'), '--pretty', 'false'], {
  cwd: root,
  encoding: 'utf8',
});
const report = `${tsc.stdout}${tsc.stderr}`
  .split('\n')
  .filter((l) => l.trim() !== '')
  .map((l) => {
    const m = /^(?:.*[\\/])?([^\\/()]+\.ts)\((\d+),(\d+)\): (.*)$/.exec(l);
    const o = m && origin.get(m[1]);
    return o ? `${o.md}:${o.line + Number(m[2]) - 1 - HEADER_LINES}:${m[3]} (.tmp/doc-snippets/${m[1]}) ${m[4]}` : l;
  });
const mdCount = new Set([...origin.values()].map((o) => o.md)).size;
if (tsc.status !== 0) {
  console.error(report.join('\n'));
  console.error(`check-doc-snippets: type errors in doc fences (${origin.size} fences checked in ${mdCount} files). Fix the fence, or open it with \`\`\`ts nocheck and say why.`);
  process.exit(1);
}
console.log(`check-doc-snippets: ${origin.size} fences in ${mdCount} files type-check${skipped > 0 ? ` (${skipped} marked nocheck)` : ''}.`);
