import { fail, ok, type Issue, type Result } from '../domain/index.ts';

/**
 * A safe evaluator for indicator formulas: a tokenizer, a recursive-descent parser to an AST, and
 * an evaluator that runs the AST over whole arrays of Monte Carlo draws at once. Nothing is ever
 * handed to `eval` or `Function`.
 *
 * Grammar (lowest precedence first; `^` binds tighter than unary minus and is right-associative,
 * so `-2^2` is -4 and `2^3^2` is 512):
 *   sum     := product (("+" | "-") product)*
 *   product := unary (("*" | "/") unary)*
 *   unary   := ("-" | "+") unary | power
 *   power   := primary ("^" unary)?
 *   primary := number | name | name "(" sum ("," sum)* ")" | "(" sum ")"
 */

/** A problem with a formula, with the 0-based character position it was found at. */
export interface FormulaIssue extends Issue {
  readonly position: number;
}

type BinaryOperator = '+' | '-' | '*' | '/' | '^';

export type Expression =
  | { readonly kind: 'number'; readonly value: number; readonly position: number }
  | { readonly kind: 'name'; readonly name: string; readonly position: number }
  | {
      readonly kind: 'negate';
      readonly operand: Expression;
      readonly position: number;
    }
  | {
      readonly kind: 'binary';
      readonly operator: BinaryOperator;
      readonly left: Expression;
      readonly right: Expression;
      readonly position: number;
    }
  | {
      readonly kind: 'call';
      readonly name: string;
      readonly args: readonly Expression[];
      readonly position: number;
    };

interface Token {
  readonly kind: 'number' | 'name' | 'symbol' | 'end';
  readonly text: string;
  readonly position: number;
}

/** Formulas are a line or two; the caps keep hostile input from exhausting the stack or memory. */
const MAX_LENGTH = 4096;
const MAX_DEPTH = 64;

const SYMBOLS = new Set(['+', '-', '*', '/', '^', '(', ')', ',']);

const isDigit = (code: number) => code >= 48 && code <= 57;
const isNameStart = (code: number) =>
  (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 95;
const isNamePart = (code: number) => isNameStart(code) || isDigit(code);
const isSpace = (code: number) => code === 32 || code === 9 || code === 10 || code === 13;

const problem = (position: number, message: string): Result<never, FormulaIssue[]> =>
  fail([{ path: 'formula', position, message: `${message} at position ${position}` }]);

function tokenize(source: string): Result<Token[], FormulaIssue[]> {
  const tokens: Token[] = [];
  let index = 0;
  while (index < source.length) {
    const code = source.charCodeAt(index);
    const start = index;
    if (isSpace(code)) {
      index += 1;
    } else if (isDigit(code) || (code === 46 && isDigit(source.charCodeAt(index + 1)))) {
      // Digits, an optional fraction and exponent; "_" may group digits (500_000).
      while (isDigit(source.charCodeAt(index)) || source[index] === '_') index += 1;
      if (source[index] === '.') {
        index += 1;
        while (isDigit(source.charCodeAt(index)) || source[index] === '_') index += 1;
      }
      if (source[index] === 'e' || source[index] === 'E') {
        const sign = source[index + 1] === '+' || source[index + 1] === '-' ? 1 : 0;
        if (isDigit(source.charCodeAt(index + 1 + sign))) {
          index += 1 + sign;
          while (isDigit(source.charCodeAt(index))) index += 1;
        }
      }
      const text = source.slice(start, index);
      if (text.endsWith('_') || text.includes('__') || text.includes('_.') || text.includes('._')) {
        return problem(start, `Malformed number "${text}"`);
      }
      tokens.push({ kind: 'number', text: text.replaceAll('_', ''), position: start });
    } else if (isNameStart(code)) {
      while (isNamePart(source.charCodeAt(index))) index += 1;
      tokens.push({ kind: 'name', text: source.slice(start, index), position: start });
    } else if (SYMBOLS.has(source[index] ?? '')) {
      index += 1;
      tokens.push({ kind: 'symbol', text: source.slice(start, index), position: start });
    } else {
      return problem(
        start,
        `Unexpected character "${String.fromCodePoint(source.codePointAt(index) ?? code)}"`,
      );
    }
  }
  tokens.push({ kind: 'end', text: '', position: source.length });
  return ok(tokens);
}

/** The functions formulas may call, with how many arguments each takes. */
const FUNCTIONS: {
  readonly [name: string]: {
    readonly minArgs: number;
    readonly maxArgs: number;
    apply(args: readonly number[]): number;
  };
} = {
  min: { minArgs: 1, maxArgs: Infinity, apply: (args) => Math.min(...args) },
  max: { minArgs: 1, maxArgs: Infinity, apply: (args) => Math.max(...args) },
  sum: { minArgs: 1, maxArgs: Infinity, apply: (args) => args.reduce((a, b) => a + b, 0) },
  mean: {
    minArgs: 1,
    maxArgs: Infinity,
    apply: (args) => args.reduce((a, b) => a + b, 0) / args.length,
  },
  abs: { minArgs: 1, maxArgs: 1, apply: ([x = Number.NaN]) => Math.abs(x) },
  sqrt: { minArgs: 1, maxArgs: 1, apply: ([x = Number.NaN]) => Math.sqrt(x) },
  exp: { minArgs: 1, maxArgs: 1, apply: ([x = Number.NaN]) => Math.exp(x) },
  ln: { minArgs: 1, maxArgs: 1, apply: ([x = Number.NaN]) => Math.log(x) },
};

export const FUNCTION_NAMES: readonly string[] = Object.keys(FUNCTIONS);

class Parser {
  private index = 0;
  private depth = 0;
  constructor(private readonly tokens: readonly Token[]) {}

  private get current(): Token {
    return this.tokens[this.index] ?? { kind: 'end', text: '', position: 0 };
  }

  private describe(token: Token): string {
    return token.kind === 'end' ? 'end of formula' : `"${token.text}"`;
  }

  private at(text: string): boolean {
    return this.current.kind === 'symbol' && this.current.text === text;
  }

  private atEnd(): boolean {
    return this.current.kind === 'end';
  }

  parseFormula(): Result<Expression, FormulaIssue[]> {
    if (this.atEnd()) return problem(this.current.position, 'Empty formula');
    const expression = this.sum();
    if (!expression.ok) return expression;
    if (!this.atEnd()) {
      return problem(this.current.position, `Unexpected ${this.describe(this.current)}`);
    }
    return expression;
  }

  private nested<T>(parse: () => Result<T, FormulaIssue[]>): Result<T, FormulaIssue[]> {
    if (this.depth >= MAX_DEPTH) {
      return problem(this.current.position, `Formula nests deeper than ${MAX_DEPTH} levels`);
    }
    this.depth += 1;
    const result = parse();
    this.depth -= 1;
    return result;
  }

  private sum(): Result<Expression, FormulaIssue[]> {
    return this.nested(() => this.chain(['+', '-'], () => this.product()));
  }

  private product(): Result<Expression, FormulaIssue[]> {
    return this.chain(['*', '/'], () => this.unary());
  }

  private chain(
    operators: readonly BinaryOperator[],
    operand: () => Result<Expression, FormulaIssue[]>,
  ): Result<Expression, FormulaIssue[]> {
    let left = operand();
    while (left.ok && operators.some((operator) => this.at(operator))) {
      const { text, position } = this.current;
      this.index += 1;
      const right = operand();
      if (!right.ok) return right;
      left = ok({
        kind: 'binary',
        operator: text as BinaryOperator,
        left: left.value,
        right: right.value,
        position,
      });
    }
    return left;
  }

  private unary(): Result<Expression, FormulaIssue[]> {
    return this.nested(() => {
      if (this.at('-') || this.at('+')) {
        const { text, position } = this.current;
        this.index += 1;
        const operand = this.unary();
        if (!operand.ok || text === '+') return operand;
        return ok({ kind: 'negate', operand: operand.value, position });
      }
      return this.power();
    });
  }

  private power(): Result<Expression, FormulaIssue[]> {
    const base = this.primary();
    if (!base.ok || !this.at('^')) return base;
    const { position } = this.current;
    this.index += 1;
    const exponent = this.unary();
    if (!exponent.ok) return exponent;
    return ok({ kind: 'binary', operator: '^', left: base.value, right: exponent.value, position });
  }

  private primary(): Result<Expression, FormulaIssue[]> {
    const token = this.current;
    if (token.kind === 'number') {
      this.index += 1;
      const value = Number(token.text);
      if (!Number.isFinite(value))
        return problem(token.position, `Number "${token.text}" is too large`);
      return ok({ kind: 'number', value, position: token.position });
    }
    if (token.kind === 'name') {
      this.index += 1;
      if (!this.at('(')) return ok({ kind: 'name', name: token.text, position: token.position });
      return this.call(token);
    }
    if (this.at('(')) {
      this.index += 1;
      const inner = this.sum();
      if (!inner.ok) return inner;
      if (!this.at(')')) {
        return problem(
          this.current.position,
          `Expected ")" but found ${this.describe(this.current)}`,
        );
      }
      this.index += 1;
      return inner;
    }
    return problem(
      token.position,
      `Expected a number, a name or "(" but found ${this.describe(token)}`,
    );
  }

  private call(name: Token): Result<Expression, FormulaIssue[]> {
    const fn = Object.hasOwn(FUNCTIONS, name.text) ? FUNCTIONS[name.text] : undefined;
    if (!fn) {
      return problem(
        name.position,
        `Unknown function "${name.text}" (known: ${FUNCTION_NAMES.join(', ')})`,
      );
    }
    this.index += 1;
    const args: Expression[] = [];
    if (!this.at(')')) {
      for (;;) {
        const arg = this.sum();
        if (!arg.ok) return arg;
        args.push(arg.value);
        if (!this.at(',')) break;
        this.index += 1;
      }
    }
    if (!this.at(')')) {
      return problem(
        this.current.position,
        `Expected "," or ")" but found ${this.describe(this.current)}`,
      );
    }
    this.index += 1;
    if (args.length < fn.minArgs || args.length > fn.maxArgs) {
      const wanted = fn.minArgs === fn.maxArgs ? `${fn.minArgs}` : `at least ${fn.minArgs}`;
      return problem(
        name.position,
        `${name.text}() takes ${wanted} argument(s), not ${args.length}`,
      );
    }
    return ok({ kind: 'call', name: name.text, args, position: name.position });
  }
}

/**
 * Parses a formula into an expression tree; never throws.
 *
 * @example parseExpression('(arms / years + troops) / exports')
 */
export function parseExpression(source: string): Result<Expression, FormulaIssue[]> {
  if (typeof source !== 'string') return problem(0, 'A formula must be a string');
  if (source.length > MAX_LENGTH)
    return problem(MAX_LENGTH, `Formula is longer than ${MAX_LENGTH} characters`);
  const tokens = tokenize(source);
  if (!tokens.ok) return tokens;
  return new Parser(tokens.value).parseFormula();
}

/** The names a formula refers to, each once, in order of first use. */
export function namesIn(expression: Expression): string[] {
  const names = new Set<string>();
  const visit = (node: Expression): void => {
    if (node.kind === 'name') names.add(node.name);
    else if (node.kind === 'negate') visit(node.operand);
    else if (node.kind === 'binary') {
      visit(node.left);
      visit(node.right);
    } else if (node.kind === 'call') node.args.forEach(visit);
  };
  visit(expression);
  return [...names];
}

/** A scalar, or one value per Monte Carlo draw. */
export type Values = number | Float64Array;

const BINARY: { readonly [O in BinaryOperator]: (a: number, b: number) => number } = {
  '+': (a, b) => a + b,
  '-': (a, b) => a - b,
  '*': (a, b) => a * b,
  '/': (a, b) => a / b,
  '^': (a, b) => a ** b,
};

function applyBinary(options: { operator: BinaryOperator; left: Values; right: Values }): Values {
  const { left, right, operator } = options;
  const op = BINARY[operator];
  if (typeof left === 'number' && typeof right === 'number') return op(left, right);
  const length = typeof left === 'number' ? (right as Float64Array).length : left.length;
  if (typeof right !== 'number' && right.length !== length) {
    throw new Error(`Draw arrays differ in length: ${length} and ${right.length}`);
  }
  // Broadcast scalars once, then one monomorphic loop per operator: an indirect call per
  // element would triple the cost of 10^5-draw arithmetic.
  const a = typeof left === 'number' ? new Float64Array(length).fill(left) : left;
  const b = typeof right === 'number' ? new Float64Array(length).fill(right) : right;
  const out = new Float64Array(length);
  switch (operator) {
    case '+':
      for (let i = 0; i < length; i += 1) out[i] = (a[i] ?? 0) + (b[i] ?? 0);
      break;
    case '-':
      for (let i = 0; i < length; i += 1) out[i] = (a[i] ?? 0) - (b[i] ?? 0);
      break;
    case '*':
      for (let i = 0; i < length; i += 1) out[i] = (a[i] ?? 0) * (b[i] ?? 0);
      break;
    case '/':
      for (let i = 0; i < length; i += 1) out[i] = (a[i] ?? 0) / (b[i] ?? 0);
      break;
    case '^':
      for (let i = 0; i < length; i += 1) out[i] = (a[i] ?? 0) ** (b[i] ?? 0);
      break;
  }
  return out;
}

function applyCall(options: { name: string; args: readonly Values[] }): Values {
  const fn = FUNCTIONS[options.name];
  if (!fn) throw new Error(`Unknown function ${options.name}`);
  const vectors = options.args.filter((a): a is Float64Array => typeof a !== 'number');
  const first = vectors[0];
  if (!first) return fn.apply(options.args as number[]);
  const out = new Float64Array(first.length);
  const row = new Array<number>(options.args.length).fill(0);
  for (let i = 0; i < out.length; i += 1) {
    options.args.forEach((a, k) => (row[k] = typeof a === 'number' ? a : (a[i] ?? Number.NaN)));
    out[i] = fn.apply(row);
  }
  return out;
}

/**
 * Evaluates an expression with each name bound to a scalar or an array of draws (all arrays the
 * same length); arithmetic runs element-wise. A name with no value is an issue, not an exception.
 */
export function evaluateExpression(
  expression: Expression,
  bindings: ReadonlyMap<string, Values>,
): Result<Values, FormulaIssue[]> {
  const unbound = namesIn(expression).filter((name) => !bindings.has(name));
  if (unbound.length > 0) {
    const first = findName(expression, unbound[0] ?? '');
    return problem(
      first,
      `Unknown name${unbound.length > 1 ? 's' : ''} ${unbound.map((n) => `"${n}"`).join(', ')}`,
    );
  }
  const lengths = new Set(
    [...bindings.values()].filter((v) => typeof v !== 'number').map((v) => v.length),
  );
  if (lengths.size > 1)
    return problem(0, `Draw arrays differ in length (${[...lengths].join(', ')})`);
  const run = (node: Expression): Values => {
    switch (node.kind) {
      case 'number':
        return node.value;
      case 'name':
        return bindings.get(node.name) ?? Number.NaN;
      case 'negate':
        return applyBinary({ operator: '-', left: 0, right: run(node.operand) });
      case 'binary':
        return applyBinary({
          operator: node.operator,
          left: run(node.left),
          right: run(node.right),
        });
      case 'call':
        return applyCall({ name: node.name, args: node.args.map(run) });
    }
  };
  return ok(run(expression));
}

function findName(expression: Expression, name: string): number {
  if (expression.kind === 'name') return expression.name === name ? expression.position : -1;
  const children =
    expression.kind === 'negate'
      ? [expression.operand]
      : expression.kind === 'binary'
        ? [expression.left, expression.right]
        : expression.kind === 'call'
          ? expression.args
          : [];
  for (const child of children) {
    const found = findName(child, name);
    if (found >= 0) return found;
  }
  return -1;
}

/**
 * Parses and evaluates in one step; never throws on any formula text.
 *
 * @example evaluateFormula('2 * (x + 1)', new Map([['x', 3]])) // → { ok: true, value: 8 }
 */
export function evaluateFormula(
  source: string,
  bindings: ReadonlyMap<string, Values> = new Map(),
): Result<Values, FormulaIssue[]> {
  const parsed = parseExpression(source);
  return parsed.ok ? evaluateExpression(parsed.value, bindings) : parsed;
}
