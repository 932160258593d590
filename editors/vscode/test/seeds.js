'use strict';
// Highlights every .plan file of the repository's plans/ folder (the seed catalogs) and checks
// what a grammar test file cannot: that no construct leaks past its end (each file ends at the top
// level, no text or rule runs on into the next statement), and that every declaration, property,
// table and rule of the seeds gets its scope. Skipped when the extension is outside the repository.
const assert = require('assert');
const fs = require('fs');
const path = require('path');
const { loadGrammar, tokenize } = require('./tokenizer');

const plansDir = path.resolve(__dirname, '..', '..', '..', 'plans');

function planFiles(dir) {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return planFiles(full);
    return entry.name.endsWith('.plan') ? [full] : [];
  });
}

const has = (token, prefix) => token.scopes.some((s) => s.startsWith(prefix));
const firstWord = (tokens) => tokens.find((t) => t.text.trim() !== '');

async function main() {
  if (!fs.existsSync(plansDir)) {
    console.log(`seeds: ${plansDir} not found, skipped`);
    return;
  }
  const grammar = await loadGrammar();
  const files = planFiles(plansDir);
  const failures = [];
  let lines = 0;
  let checks = 0;
  for (const file of files) {
    const name = path.relative(plansDir, file);
    const result = tokenize(grammar, fs.readFileSync(file, 'utf8'));
    lines += result.lines.length;
    checks++;
    if (result.endState.depth !== result.initial.depth) {
      failures.push(`${name}: the file ends inside a construct (rule stack depth ${result.endState.depth})`);
    }
    result.lines.forEach(({ line, tokens }, i) => {
      const where = `${name}:${i + 1}: ${line.trim().slice(0, 80)}`;
      const first = firstWord(tokens);
      if (!first) return;
      const expect = (ok, what) => {
        checks++;
        if (!ok) failures.push(`${where}\n    expected ${what}; got ${tokens.map((t) => `${JSON.stringify(t.text)} ${t.scopes.slice(1).join(' ')}`).join(' | ')}`);
      };
      for (const t of tokens) {
        if (has(t, 'invalid')) failures.push(`${where}\n    invalid token ${JSON.stringify(t.text)}`);
      }
      // a double-quoted text never runs on into the next line
      const last = tokens[tokens.length - 1];
      if (last && has(last, 'string.quoted.double') && !/"\s*$/.test(line) && !has(last, 'comment')) {
        expect(false, 'the text to be closed on its line');
      }
      if (has(first, 'comment') || has(first, 'string')) return;
      const text = line.trim();
      if (/^(catalog|calendar|holidays|plan|work|group)\s+\w/.test(text)) {
        expect(tokens.some((t) => has(t, 'entity.name.type.')), 'a declaration name');
      } else if (/^(severities|kinds|channels|attributes|entitlements|obligations|glossary|coverage|credits|matrix|targets|prices)\b(?!\s*:)/.test(text)) {
        expect(has(first, 'keyword.declaration.'), 'a section keyword');
      } else if (text.startsWith('|')) {
        expect(has(first, 'punctuation.separator.table'), 'a table row');
      } else if (/^(when|otherwise)\b/.test(text)) {
        expect(has(first, 'keyword.control.conditional') && tokens.some((t) => has(t, 'keyword.operator.arrow')), 'a rule with ->');
      } else if (/^[\p{L}_][\p{L}\p{N}_ ]*(\s+("[^"]*"|[a-z]{2}\s*"[^"]*"))*\s*:/u.test(text) && !/^(easter\b|[a-z]{2}(-[A-Z]{2})?\s*")/.test(text)) {
        expect(has(first, 'support.type.property-name'), 'a property key');
      }
    });
  }
  if (failures.length > 0) {
    console.error(failures.join('\n'));
    console.error(`seeds: ${failures.length} problem(s)`);
    process.exit(1);
  }
  console.log(`seeds: ${files.length} files, ${lines} lines highlighted, ${checks} checks passed`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
