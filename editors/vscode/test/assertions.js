'use strict';
// Checks the grammar test files before vscode-tmgrammar-test runs them, and counts their assertions.
// An assertion line takes at most one " - " (required scopes - excluded scopes): a second one makes
// the tool's assertion parser backtrack for minutes instead of failing.
const fs = require('fs');
const path = require('path');
const { parseGrammarTestCase } = require('vscode-tmgrammar-test/dist/unit/index.js');

const dir = path.join(__dirname, 'grammar');
const files = fs.readdirSync(dir).filter((f) => f.endsWith('.test.plan')).sort();
let lines = 0;
let assertions = 0;
const problems = [];
for (const file of files) {
  const text = fs.readFileSync(path.join(dir, file), 'utf8');
  text.split(/\r?\n/).forEach((line, i) => {
    if (/^\/\/\s*(\^|<[~]*-)/.test(line) && (line.match(/\s-\s/g) || []).length > 1) {
      problems.push(`${file}:${i + 1}: more than one " - " in an assertion`);
    }
  });
  const testCase = parseGrammarTestCase(text);
  if (testCase.metadata.scope !== 'source.plandsl') problems.push(`${file}: the header must name "source.plandsl"`);
  lines += testCase.assertions.length;
  assertions += testCase.assertions.reduce((n, a) => n + a.scopeAssertions.length, 0);
}
if (problems.length > 0) {
  console.error(problems.join('\n'));
  process.exit(1);
}
console.log(`grammar tests: ${files.length} files, ${lines} source lines, ${assertions} scope assertions`);
