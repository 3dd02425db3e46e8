/**
 * Runs every regular expression in the code that meets untrusted text through recheck, the ReDoS
 * checker, and fails on any that is vulnerable, that recheck cannot decide, or whose source is
 * built at run time (and so cannot be checked here).
 *
 * Usage: tsx scripts/check-redos.ts [folder or file ...]   (default: src web/src)
 * Exit 0 when every pattern is safe; 1 with one line per problem.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';

/**
 * recheck's default backend prefers a native binary or a JVM; the pure JavaScript one needs
 * neither, so the check gives the same answer on every machine with Node alone.
 */
process.env.RECHECK_BACKEND = 'pure';
const { check } = await import('recheck');

const DEFAULT_ROOTS = ['src', 'web/src'];
/** Generous: the pure backend is slower than the native one, and CI shares its CPU. */
const CHECK_TIMEOUT_MS = 60_000;
const SOURCE_FILE = /\.(?:[cm]?ts|tsx|[cm]?js)$/;
/** Tests match only text the tests themselves wrote; untrusted input never reaches them. */
const TEST_FILE = /\.test\.[cm]?[jt]sx?$/;

/** A regular expression written in the code: where it is, and its pattern when that is fixed. */
export interface FoundPattern {
  readonly file: string;
  readonly line: number;
  /** Undefined when the pattern is built at run time. */
  readonly source: string | undefined;
  readonly flags: string;
}

/** One line per pattern that is not proved safe. */
export interface RedosProblem {
  readonly where: string;
  readonly message: string;
}

/** Finds regex literals and `RegExp(...)` / `new RegExp(...)` calls with the TypeScript parser. */
export function findPatterns(options: { file: string; text: string }): FoundPattern[] {
  const sourceFile = ts.createSourceFile(options.file, options.text, ts.ScriptTarget.Latest, true);
  const found: FoundPattern[] = [];
  const lineOf = (node: ts.Node): number =>
    sourceFile.getLineAndCharacterOfPosition(node.getStart(sourceFile)).line + 1;
  const visit = (node: ts.Node): void => {
    if (ts.isRegularExpressionLiteral(node)) {
      const text = node.text;
      const end = text.lastIndexOf('/');
      found.push({
        file: options.file,
        line: lineOf(node),
        source: text.slice(1, end),
        flags: text.slice(end + 1),
      });
    } else if (
      (ts.isNewExpression(node) || ts.isCallExpression(node)) &&
      ts.isIdentifier(node.expression) &&
      node.expression.text === 'RegExp'
    ) {
      const [pattern, flags] = node.arguments ?? [];
      found.push({
        file: options.file,
        line: lineOf(node),
        source: pattern && ts.isStringLiteralLike(pattern) ? pattern.text : undefined,
        flags: flags && ts.isStringLiteralLike(flags) ? flags.text : '',
      });
    }
    ts.forEachChild(node, visit);
  };
  visit(sourceFile);
  return found;
}

/** Checks each pattern; the problems come back in the order of the patterns. */
export async function checkPatterns(patterns: readonly FoundPattern[]): Promise<RedosProblem[]> {
  const problems: RedosProblem[] = [];
  for (const pattern of patterns) {
    const where = `${pattern.file}:${pattern.line}`;
    if (pattern.source === undefined) {
      problems.push({
        where,
        message: 'RegExp built at run time: recheck cannot check it; write it as a literal',
      });
      continue;
    }
    // The fuzzer's matching time limit (incubationTimeout) makes its verdict depend on how busy
    // the machine is: on a loaded one a safe pattern timed out and was reported vulnerable. Without
    // it, the fuzzer counts steps (incubationLimit), so the same pattern gets the same answer.
    const result = await check(pattern.source, pattern.flags, {
      timeout: CHECK_TIMEOUT_MS,
      incubationTimeout: null,
    });
    const shown = `/${pattern.source}/${pattern.flags}`;
    if (result.status === 'vulnerable') {
      problems.push({
        where,
        message: `${shown} is vulnerable to ReDoS (${result.complexity.summary}; attack ${result.attack.pattern})`,
      });
    } else if (result.status === 'unknown') {
      problems.push({
        where,
        message: `${shown}: recheck could not decide (${result.error.kind})`,
      });
    }
  }
  return problems;
}

function listFiles(root: string): string[] {
  if (statSync(root).isFile()) return [root];
  return readdirSync(root, { recursive: true, encoding: 'utf8' })
    .filter((name) => SOURCE_FILE.test(name) && !TEST_FILE.test(name))
    .filter((name) => !name.split(/[/\\]/).includes('node_modules'))
    .map((name) => join(root, name))
    .sort();
}

async function main(roots: readonly string[]): Promise<number> {
  const patterns = roots.flatMap((root) =>
    listFiles(root).flatMap((file) =>
      findPatterns({ file: relative(process.cwd(), file), text: readFileSync(file, 'utf8') }),
    ),
  );
  const started = performance.now();
  const problems = await checkPatterns(patterns);
  for (const problem of problems) console.error(`${problem.where}: ${problem.message}`);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(
    `recheck: ${patterns.length} regular expressions in ${roots.join(', ')}, ${problems.length} not proved safe (${seconds} s)`,
  );
  return problems.length === 0 ? 0 : 1;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const roots = process.argv.slice(2);
  process.exitCode = await main(roots.length > 0 ? roots : DEFAULT_ROOTS);
}
