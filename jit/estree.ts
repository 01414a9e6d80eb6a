// Small constructors for the ESTree nodes the JS code generator builds (printed by astring), and
// a parser for the scalar expression templates they are built from.

export type Expr = Record<string, unknown> & { type: string };
export type Stmt = Expr;

export const id = (name: string): Expr => ({ type: 'Identifier', name });
export const lit = (value: number | string | boolean): Expr => {
  if (typeof value !== 'number') return { type: 'Literal', value };
  if (Number.isNaN(value)) return id('NaN');
  if (value < 0 || Object.is(value, -0))
    return { type: 'UnaryExpression', operator: '-', prefix: true, argument: lit(-value) };
  return value === Infinity ? id('Infinity') : { type: 'Literal', value };
};
export const member = (object: Expr, property: Expr | string, computed = typeof property !== 'string'): Expr => ({
  type: 'MemberExpression',
  object,
  property: typeof property === 'string' ? id(property) : property,
  computed,
  optional: false,
});
export const index = (array: string, i: Expr | number): Expr =>
  member(id(array), typeof i === 'number' ? lit(i) : i, true);
export const call = (callee: Expr, args: Expr[]): Expr => ({
  type: 'CallExpression',
  callee,
  arguments: args,
  optional: false,
});
export const newExpr = (callee: string, args: Expr[]): Expr => ({
  type: 'NewExpression',
  callee: id(callee),
  arguments: args,
});
export const bin = (operator: string, left: Expr, right: Expr): Expr => ({
  type: 'BinaryExpression',
  operator,
  left,
  right,
});
export const assign = (left: Expr, right: Expr, operator = '='): Expr => ({
  type: 'AssignmentExpression',
  operator,
  left,
  right,
});
export const update = (name: string): Expr => ({
  type: 'UpdateExpression',
  operator: '++',
  prefix: false,
  argument: id(name),
});
export const array = (elements: Expr[]): Expr => ({ type: 'ArrayExpression', elements });
export const exprStmt = (expression: Expr): Stmt => ({ type: 'ExpressionStatement', expression });
export const ret = (argument: Expr): Stmt => ({ type: 'ReturnStatement', argument });
export const block = (body: Stmt[]): Stmt => ({ type: 'BlockStatement', body });
export const decl = (kind: 'const' | 'let', name: string, init: Expr): Stmt => ({
  type: 'VariableDeclaration',
  kind,
  declarations: [{ type: 'VariableDeclarator', id: id(name), init }],
});

/** for (let v = 0; v < bound; v++) body */
export const forRange = (v: string, bound: Expr, body: Stmt[]): Stmt => ({
  type: 'ForStatement',
  init: decl('let', v, lit(0)),
  test: bin('<', id(v), bound),
  update: update(v),
  body: block(body),
});

export const fnDecl = (name: string, params: string[], body: Stmt[]): Stmt => ({
  type: 'FunctionDeclaration',
  id: id(name),
  params: params.map(id),
  body: block(body),
  generator: false,
  async: false,
});

const BINARY_PRECEDENCE: Record<string, number> = {
  '||': 1,
  '&&': 2,
  '|': 3,
  '^': 4,
  '&': 5,
  '==': 6,
  '!=': 6,
  '===': 6,
  '!==': 6,
  '<': 7,
  '>': 7,
  '<=': 7,
  '>=': 7,
  '<<': 8,
  '>>': 8,
  '>>>': 8,
  '+': 9,
  '-': 9,
  '*': 10,
  '/': 10,
  '%': 10,
  '**': 11,
};
const TOKEN =
  /\s*(?:(\d+(?:\.\d*)?(?:[eE][+-]?\d+)?|\.\d+(?:[eE][+-]?\d+)?)|([A-Za-z_$][\w$]*)|(>>>|===|!==|\*\*|<<|>>|<=|>=|==|!=|&&|\|\||[-+*/%<>&|^!~?:().,]))/y;

/**
 * Parses a scalar expression template (runtime/kernels/scalar-js.ts) to the ESTree that acorn's
 * parseExpressionAt gives, less source positions: number literals, identifiers, member access,
 * calls, unary - + ! ~, the binary, comparison and logical operators by JS precedence, ?: and
 * parentheses; anything else throws. The templates are few and fixed; loading acorn for them cost
 * a tenth of the package's import (test/estree.test.ts checks every template against acorn).
 */
export function parseTemplate(source: string): Expr {
  const tokens: { kind: 'num' | 'name' | 'punct'; text: string }[] = [];
  for (let pos = 0; /\S/.test(source.slice(pos)); pos = TOKEN.lastIndex) {
    TOKEN.lastIndex = pos;
    const m = TOKEN.exec(source);
    if (!m) throw new Error(`internal: cannot parse the scalar template ${JSON.stringify(source)}`);
    tokens.push({ kind: m[1] ? 'num' : m[2] ? 'name' : 'punct', text: m[1] ?? m[2] ?? m[3] });
  }
  let i = 0;
  const peek = () => tokens[i]?.text;
  const expect = (text: string) => {
    if (tokens[i]?.text !== text)
      throw new Error(`internal: expected ${text} at token ${i} of the scalar template ${JSON.stringify(source)}`);
    i++;
  };
  const primary = (): Expr => {
    const t = tokens[i++];
    if (t?.kind === 'num') return { type: 'Literal', value: Number(t.text), raw: t.text };
    if (t?.kind === 'name') {
      if (t.text === 'true' || t.text === 'false') return { type: 'Literal', value: t.text === 'true', raw: t.text };
      if (t.text === 'null') return { type: 'Literal', value: null, raw: t.text };
      return id(t.text);
    }
    if (t?.text === '(') {
      const e = conditional();
      expect(')');
      return e;
    }
    throw new Error(`internal: unexpected ${t?.text ?? 'end'} in the scalar template ${JSON.stringify(source)}`);
  };
  const postfix = (): Expr => {
    let e = primary();
    for (;;) {
      if (peek() === '.') {
        i++;
        const name = tokens[i++];
        if (name?.kind !== 'name') throw new Error(`internal: bad member in ${JSON.stringify(source)}`);
        e = member(e, name.text);
      } else if (peek() === '(') {
        i++;
        const args: Expr[] = [];
        while (peek() !== ')') {
          args.push(conditional());
          if (peek() !== ')') expect(',');
        }
        i++;
        e = call(e, args);
      } else return e;
    }
  };
  const unary = (): Expr => {
    const op = peek();
    if (op === '-' || op === '+' || op === '!' || op === '~') {
      i++;
      return { type: 'UnaryExpression', operator: op, prefix: true, argument: unary() };
    }
    return postfix();
  };
  const binary = (min: number): Expr => {
    let left = unary();
    for (;;) {
      const op = peek()!;
      const prec = BINARY_PRECEDENCE[op];
      if (prec === undefined || prec < min) return left;
      i++;
      const right = binary(op === '**' ? prec : prec + 1);
      left =
        op === '&&' || op === '||' ? { type: 'LogicalExpression', operator: op, left, right } : bin(op, left, right);
    }
  };
  const conditional = (): Expr => {
    const test = binary(1);
    if (peek() !== '?') return test;
    i++;
    const consequent = conditional();
    expect(':');
    return { type: 'ConditionalExpression', test, consequent, alternate: conditional() };
  };
  const e = conditional();
  if (i !== tokens.length)
    throw new Error(`internal: unexpected ${peek()} in the scalar template ${JSON.stringify(source)}`);
  return e;
}

const templates = new Map<string, Expr>();

/**
 * Parses a scalar expression template once, then returns a copy with the operand identifiers
 * a, b, c replaced by the given expressions; member property names are left alone.
 */
export function instantiate(template: string, operands: Expr[]): Expr {
  let ast = templates.get(template);
  if (!ast) {
    ast = parseTemplate(template);
    templates.set(template, ast);
  }
  const names = ['a', 'b', 'c'];
  const copy = (node: unknown, parent?: Expr, key?: string): unknown => {
    if (Array.isArray(node)) return node.map((n) => copy(n, parent, key));
    if (node === null || typeof node !== 'object') return node;
    const n = node as Expr;
    if (n.type === 'Identifier' && !(parent?.type === 'MemberExpression' && key === 'property' && !parent.computed)) {
      const i = names.indexOf(n.name as string);
      if (i >= 0) return operands[i];
    }
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(n)) {
      if (k === 'start' || k === 'end') continue;
      out[k] = copy(v, n, k);
    }
    return out;
  };
  return copy(ast) as Expr;
}
