// Mermaid's parse errors name grammar tokens ("Expecting 'SQE', 'PIPE', ... got 'PS'"). This
// turns the common ones into a sentence a candidate can act on, with an example of the right
// syntax; the parser's own message stays available beside it.

/** The tokens a Jison parse error expected, and the one it got. */
function tokensOf(message: string): { expected: Set<string>; got: string | undefined } {
  const expecting = /Expecting (.*?), got '([^']*)'/.exec(message);
  if (!expecting) return { expected: new Set(), got: undefined };
  return { expected: new Set([...expecting[1]!.matchAll(/'([^']+)'/g)].map((match) => match[1]!)), got: expecting[2] };
}

const count = (text: string, char: string) => text.split(char).length - 1;

/** Which opener on the line has no closer: a quote, a |label|, or a bracket. */
function unclosed(line: string): string | undefined {
  if (count(line, '"') % 2) return 'a quote `"` is opened but not closed';
  if (count(line, '|') % 2) return 'an edge label `|...|` is opened but not closed, e.g. `a -->|yes| b`';
  for (const [open, close] of [
    ['[', ']'],
    ['(', ')'],
    ['{', '}'],
  ] as const)
    if (count(line, open) > count(line, close))
      return `a \`${open}\` is opened but not closed with \`${close}\`, e.g. \`a${open}Label${close}\``;
  return undefined;
}

const SHAPE_ENDS = ['SQE', 'PE', 'STADIUMEND', 'SUBROUTINEEND', 'CYLINDEREND', 'DIAMOND_STOP', 'DOUBLECIRCLEEND', 'TRAPEND'];

/**
 * A plain sentence for a Mermaid parse error (without the line number, which callers add),
 * or a generic one that points at the parser's message when the error is not a common kind.
 * `line` is the 1-based line in `source` the error is on, when known.
 */
export function explainSyntaxError(parserMessage: string, source: string, line: number | null): string {
  const text = line === null ? '' : (source.split('\n')[line - 1] ?? '');
  if (/No diagram type detected/.test(parserMessage)) {
    if (!source.replace(/^\s*%%.*$/gm, '').trim())
      return 'the diagram is empty: start with `flowchart LR` and a node, e.g. `client([Client])`.';
    const first = source
      .split('\n')
      .find((candidate) => candidate.trim() && !candidate.trim().startsWith('%%'))
      ?.trim()
      .split(/\s+/)[0];
    return `the first line must say what kind of diagram this is, e.g. \`flowchart LR\`${first ? ` (it says \`${first}\`)` : ''}; \`graph TD\` and \`architecture-beta\` work too.`;
  }
  if (/ARROW_DIRECTION/.test(parserMessage))
    return 'an architecture edge names a side at both ends, e.g. `api:R -- L:db` (sides are L, R, T, B).';
  const { expected, got } = tokensOf(parserMessage);
  if (got === undefined) return 'Mermaid could not read this line (see the parser message).';
  const expectsNode = expected.has('NODE_STRING');
  const expectsShapeEnd = SHAPE_ENDS.some((token) => expected.has(token));
  if (got === 'EOF' && expectsNode) return 'an arrow needs a target node, e.g. `client --> api`.';
  if (got === 'MINUS' && expected.has('LINK')) return '`->` is not a Mermaid arrow: use `-->` (or `-.->` for dotted, `==>` for thick).';
  if (got === 'LINK' && !expectsNode) return 'an arrow needs a source node before it, e.g. `client --> api`.';
  if (got === 'end') return '`end` closes a subgraph, but none is open here (as a node id it is reserved: use e.g. `endNode`).';
  if (expectsShapeEnd && (got === 'PS' || got === 'SQS' || got === 'DIAMOND_START'))
    return 'a label contains a bracket: put the label in quotes, e.g. `a["Call (retry)"]`.';
  if (expectsShapeEnd && got !== '1')
    return "a node's shape is closed with the wrong bracket: close in reverse order of opening, e.g. `a([Client])`, `db[(Store)]`.";
  if (expectsShapeEnd) return `${unclosed(text) ?? 'a bracket, quote or `|label|` is opened but not closed'}.`;
  if (expectsNode && ['PS', 'SQS', 'DIAMOND_START', 'STADIUMSTART', 'CYLINDERSTART'].includes(got))
    return 'a node needs an id before its shape, e.g. `client --> db[(Database)]`.';
  if (expected.has('end') && got === '1') return 'a `subgraph` is not closed: add `end` after its nodes.';
  return `Mermaid could not read this line: it did not expect ${got === '1' ? 'the end of the text' : `\`${got}\``} here (see the parser message).`;
}
