export interface Doc {
  id: string;
  text: string;
}

type Token = { kind: 'term'; term: string } | { kind: 'AND' | 'OR' | '(' | ')' };

const WORD = /[A-Za-z0-9]/;
const SPACE = new Set([' ', '\t', '\n', '\r']);

function lex(query: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < query.length) {
    const char = query[i]!;
    if (SPACE.has(char)) i++;
    else if (char === '(' || char === ')') {
      tokens.push({ kind: char });
      i++;
    } else if (WORD.test(char)) {
      let end = i;
      while (end < query.length && WORD.test(query[end]!)) end++;
      const word = query.slice(i, end);
      tokens.push(word === 'AND' || word === 'OR' ? { kind: word } : { kind: 'term', term: word.toLowerCase() });
      i = end;
    } else throw new Error(`malformed query ${JSON.stringify(query)}: unexpected character ${JSON.stringify(char)}`);
  }
  return tokens;
}

/** Sorted lists of document positions: intersection and union by merging. */
function intersect(a: number[], b: number[]): number[] {
  const out: number[] = [];
  for (let i = 0, j = 0; i < a.length && j < b.length; ) {
    if (a[i]! < b[j]!) i++;
    else if (a[i]! > b[j]!) j++;
    else (out.push(a[i]!), i++, j++);
  }
  return out;
}

function union(a: number[], b: number[]): number[] {
  const out: number[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (j === b.length || (i < a.length && a[i]! < b[j]!)) out.push(a[i++]!);
    else if (i === a.length || b[j]! < a[i]!) out.push(b[j++]!);
    else (out.push(a[i]!), i++, j++);
  }
  return out;
}

function evaluate(query: string, index: Map<string, number[]>): number[] {
  const tokens = lex(query);
  let at = 0;
  const fail = (why: string): never => {
    throw new Error(`malformed query ${JSON.stringify(query)}: ${why}`);
  };
  // Recursive descent, one function per grammar rule: OR binds loosest, AND tighter.
  const parseQuery = (): number[] => {
    let result = parseAnd();
    while (tokens[at]?.kind === 'OR') {
      at++;
      result = union(result, parseAnd());
    }
    return result;
  };
  const parseAnd = (): number[] => {
    let result = parseOperand();
    while (tokens[at]?.kind === 'AND') {
      at++;
      result = intersect(result, parseOperand());
    }
    return result;
  };
  const parseOperand = (): number[] => {
    const token = tokens[at++];
    if (token?.kind === 'term') return index.get(token.term) ?? [];
    if (token?.kind !== '(') return fail(token ? `expected a term or "(" but found ${token.kind}` : 'expected a term or "(" at the end');
    const inner = parseQuery();
    if (tokens[at++]?.kind !== ')') fail('missing ")"');
    return inner;
  };
  const result = parseQuery();
  if (at < tokens.length) fail(`unexpected ${tokens[at]!.kind} after a complete expression`);
  return result;
}

export function booleanSearch(docs: Doc[], queries: string[]): string[][] {
  const index = new Map<string, number[]>();
  const ids = new Set<string>();
  docs.forEach((doc, position) => {
    if (ids.has(doc.id)) throw new Error(`duplicate document id ${JSON.stringify(doc.id)}`);
    ids.add(doc.id);
    // Match before lowercasing: toLowerCase turns some non-ASCII letters (the Kelvin sign) into ASCII ones.
    for (const term of new Set((doc.text.match(/[A-Za-z0-9]+/g) ?? []).map((word) => word.toLowerCase()))) {
      const postings = index.get(term);
      if (postings) postings.push(position);
      else index.set(term, [position]);
    }
  });
  return queries.map((query) => evaluate(query, index).map((position) => docs[position]!.id));
}
