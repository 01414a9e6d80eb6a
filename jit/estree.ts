// Small constructors for the ESTree nodes the JS code generator builds (printed by astring).

import { parseExpressionAt } from 'acorn';

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

const templates = new Map<string, Expr>();

/**
 * Parses a scalar expression template once (acorn), then returns a copy with the operand
 * identifiers a, b, c replaced by the given expressions; member property names are left alone.
 */
export function instantiate(template: string, operands: Expr[]): Expr {
  let ast = templates.get(template);
  if (!ast) {
    ast = parseExpressionAt(template, 0, { ecmaVersion: 'latest' }) as unknown as Expr;
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
