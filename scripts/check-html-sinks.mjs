#!/usr/bin/env node
/**
 * No page-derived string may reach an HTML parser in the extension: product code (lib/,
 * entrypoints/, components/, utils/) must not use innerHTML/outerHTML assignment,
 * insertAdjacentHTML, document.write(ln), dangerouslySetInnerHTML or their kin. Text goes in as
 * text (textContent, Preact children), so a quote that reads "<img onerror=…>" stays a quote.
 *
 *   node scripts/check-html-sinks.mjs [DIR|FILE …]    (default: the four product folders)
 *
 * Exit 0 when clean; exit 1 with one "file:line:col  what  code" line per use. Reads the code with
 * the TypeScript parser, so comments and strings that merely mention a sink do not count, and
 * `el.innerHTML = x`, `el['innerHTML'] = x`, `<div innerHTML={x}>` and `{ innerHTML: x }` all do.
 * Reading `el.innerHTML` is allowed: it does not parse anything.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const ROOT = path.resolve(import.meta.dirname, '..');
const PRODUCT_DIRS = ['lib', 'entrypoints', 'components', 'utils'];
const SOURCE = /\.(?:[cm]?[jt]s|[jt]sx)$/;
const SKIP_DIRS = new Set(['node_modules', '.output', '.wxt', 'dist']);

/** Properties whose assignment parses HTML (srcdoc: an iframe's whole document). */
const HTML_PROPERTIES = new Set(['innerHTML', 'outerHTML', 'srcdoc']);
/** Methods that parse an HTML string they are given. */
const HTML_METHODS = new Set(['insertAdjacentHTML', 'createContextualFragment', 'setHTMLUnsafe', 'parseHTMLUnsafe']);
/** Props (Preact/React) and object keys that end up as one of the above. */
const HTML_PROPS = new Set([...HTML_PROPERTIES, 'dangerouslySetInnerHTML']);
/** `X.write(…)` / `X.writeln(…)` is document.write when X names a document. */
const DOCUMENT_NAME = /(?:^|\.)(?:document|contentDocument|ownerDocument|doc)$/i;

function sourceFiles(target) {
  const stat = statSync(target, { throwIfNoEntry: false });
  if (!stat) return [];
  if (stat.isFile()) return SOURCE.test(target) ? [target] : [];
  return readdirSync(target, { withFileTypes: true }).flatMap((entry) => {
    if (entry.isDirectory()) return SKIP_DIRS.has(entry.name) ? [] : sourceFiles(path.join(target, entry.name));
    return SOURCE.test(entry.name) ? [path.join(target, entry.name)] : [];
  });
}

const ASSIGNMENTS = new Set([ts.SyntaxKind.EqualsToken, ts.SyntaxKind.PlusEqualsToken, ts.SyntaxKind.QuestionQuestionEqualsToken, ts.SyntaxKind.BarBarEqualsToken]);

/** The property an access names: `a.innerHTML`, `a['innerHTML']`, `a?.innerHTML`. */
function accessedName(node) {
  if (ts.isPropertyAccessExpression(node)) return node.name.text;
  if (ts.isElementAccessExpression(node) && ts.isStringLiteralLike(node.argumentExpression)) return node.argumentExpression.text;
  return null;
}

function propertyName(name) {
  if (!name) return null;
  if (ts.isIdentifier(name) || ts.isStringLiteralLike(name)) return name.text;
  return null;
}

/** Every sink in one file: [{ line, column, what, code }]. */
export function findHtmlSinks(fileName, text) {
  const kind = /\.[jt]sx$/.test(fileName) ? ts.ScriptKind.TSX : fileName.endsWith('.ts') || /\.[cm]ts$/.test(fileName) ? ts.ScriptKind.TS : ts.ScriptKind.JS;
  const source = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true, kind);
  const found = [];
  const report = (node, what) => {
    const { line, character } = source.getLineAndCharacterOfPosition(node.getStart(source));
    const code = text.split('\n')[line].trim();
    found.push({ line: line + 1, column: character + 1, what, code: code.length > 120 ? `${code.slice(0, 117)}…` : code });
  };
  const visit = (node) => {
    if (ts.isBinaryExpression(node) && ASSIGNMENTS.has(node.operatorToken.kind)) {
      const name = accessedName(node.left);
      if (name && HTML_PROPERTIES.has(name)) report(node, `${name} assignment`);
    }
    if (ts.isCallExpression(node)) {
      const name = accessedName(node.expression) ?? (ts.isIdentifier(node.expression) ? node.expression.text : null);
      if (name && HTML_METHODS.has(name)) report(node, `${name}()`);
      if ((name === 'write' || name === 'writeln') && (ts.isPropertyAccessExpression(node.expression) || ts.isElementAccessExpression(node.expression))) {
        const target = node.expression.expression.getText(source).replace(/\s+/g, '').replace(/\?$/, '');
        if (DOCUMENT_NAME.test(target)) report(node, `document.${name}()`);
      }
      // Reflect.set(el, 'innerHTML', …) and Object.defineProperty(el, 'innerHTML', …)
      const [, key] = node.arguments;
      if (key && ts.isStringLiteralLike(key) && HTML_PROPS.has(key.text) && /^(?:Reflect\.set|Object\.defineProperty)$/.test(node.expression.getText(source))) {
        report(node, `${key.text} via ${node.expression.getText(source)}`);
      }
    }
    if (ts.isJsxAttribute(node)) {
      const name = propertyName(node.name);
      if (name && HTML_PROPS.has(name)) report(node, `${name} prop`);
    }
    if ((ts.isPropertyAssignment(node) || ts.isShorthandPropertyAssignment(node)) && HTML_PROPS.has(propertyName(node.name) ?? '')) {
      report(node, `${propertyName(node.name)} key`);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

function main(argv) {
  const targets = argv.length ? argv.map((arg) => path.resolve(arg)) : PRODUCT_DIRS.map((dir) => path.join(ROOT, dir));
  const files = targets.flatMap(sourceFiles).sort();
  const findings = [];
  for (const file of files) {
    for (const sink of findHtmlSinks(file, readFileSync(file, 'utf8'))) {
      findings.push(`${path.relative(process.cwd(), file)}:${sink.line}:${sink.column}  ${sink.what}  ${sink.code}`);
    }
  }
  if (findings.length) {
    console.error(`HTML sinks in product code (${findings.length}); put text in as text (textContent, Preact children):`);
    for (const line of findings) console.error(line);
    return 1;
  }
  console.log(`No HTML sinks in ${files.length} files (${targets.map((t) => path.relative(process.cwd(), t) || '.').join(', ')}).`);
  return 0;
}

// Run as a script (not when a test imports findHtmlSinks).
if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = main(process.argv.slice(2));
}
