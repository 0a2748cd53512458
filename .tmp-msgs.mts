import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
const files = readdirSync('src', { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts') && !f.includes('generated')).map((f) => join('src', f));
const pinned = readFileSync('test-d/messages.test-d.ts', 'utf8');
const out: { file: string; text: string; re: RegExp }[] = [];
for (const f of files) {
  const sf = ts.createSourceFile(f, readFileSync(f, 'utf8'), ts.ScriptTarget.ES2022, true);
  const visit = (n: ts.Node): void => {
    if (ts.isLiteralTypeNode(n) && ts.isStringLiteral(n.literal) && /\s/.test(n.literal.text)) {
      const t = n.literal.text; out.push({ file: f, text: t, re: new RegExp(t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')) });
    } else if (ts.isTemplateLiteralTypeNode(n)) {
      const parts = [n.head.text, ...n.templateSpans.map((s) => s.literal.text)];
      if (parts.join('').match(/\s/)) {
        // the longest literal piece must appear in the pinned file
        out.push({ file: f, text: n.getText(), re: new RegExp(parts.map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('[^]*?')) });
      }
      return;
    }
    ts.forEachChild(n, visit);
  };
  visit(sf);
}
let unpinned = 0;
for (const m of out) { const ok = m.re.test(pinned); if (!ok) { unpinned++; console.log(`${m.file}: ${m.text.slice(0, 200)}`); } }
console.log({ total: out.length, unpinned });
