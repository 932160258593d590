'use strict';
// Loads syntaxes/plandsl.tmLanguage.json into vscode-textmate, the tokenizer VS Code uses.
const fs = require('fs');
const path = require('path');
const textmate = require('vscode-textmate');
const oniguruma = require('vscode-oniguruma');

const grammarFile = path.join(__dirname, '..', 'syntaxes', 'plandsl.tmLanguage.json');

async function loadGrammar() {
  const wasm = fs.readFileSync(require.resolve('vscode-oniguruma/release/onig.wasm'));
  await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
  const registry = new textmate.Registry({
    onigLib: Promise.resolve({
      createOnigScanner: (sources) => new oniguruma.OnigScanner(sources),
      createOnigString: (text) => new oniguruma.OnigString(text),
    }),
    loadGrammar: async (scopeName) =>
      scopeName === 'source.plandsl'
        ? textmate.parseRawGrammar(fs.readFileSync(grammarFile, 'utf8'), grammarFile)
        : null,
  });
  return registry.loadGrammar('source.plandsl');
}

/** Tokenizes a whole text; returns its lines' tokens and the state after the last line. */
function tokenize(grammar, text) {
  let state = textmate.INITIAL;
  const lines = text.split(/\r\n|\r|\n/).map((line) => {
    const result = grammar.tokenizeLine(line, state);
    state = result.ruleStack;
    return { line, tokens: result.tokens.map((t) => ({ text: line.slice(t.startIndex, t.endIndex), scopes: t.scopes })) };
  });
  return { lines, endState: state, initial: textmate.INITIAL };
}

module.exports = { loadGrammar, tokenize };
