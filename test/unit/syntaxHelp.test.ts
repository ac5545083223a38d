import { strict as assert } from 'node:assert';
import { critiqueSource } from '../../src/core/critique/report';

/** The plain message and line for a broken diagram, through Mermaid's real parser. */
async function explain(source: string): Promise<{ message: string; line: number | null; parserMessage: string }> {
  const outcome = await critiqueSource(source);
  assert.ok('error' in outcome, `expected a syntax error for ${JSON.stringify(source)}`);
  assert.ok(outcome.error.parserMessage.length > 0, 'the parser message is kept');
  return outcome.error;
}

describe('design: plain-language Mermaid errors', () => {
  it('an arrow with no target', async () => {
    const error = await explain('flowchart LR\n  a --> b\n  client -->\n');
    assert.equal(error.line, 3);
    assert.equal(error.message, 'an arrow needs a target node, e.g. `client --> api`.');
    assert.match(error.parserMessage, /got 'EOF'/);
  });

  it('an arrow with no source, and a one-dash arrow', async () => {
    assert.match((await explain('flowchart LR\n  --> b\n')).message, /^an arrow needs a source node before it/);
    const dash = await explain('flowchart LR\n  a -> b\n');
    assert.equal(dash.line, 2);
    assert.match(dash.message, /`->` is not a Mermaid arrow: use `-->`/);
  });

  it('unclosed brackets, quotes and edge labels, named for what is open', async () => {
    assert.match((await explain('flowchart LR\n  a[Client --> b\n')).message, /a `\[` is opened but not closed with `\]`/);
    assert.match((await explain('flowchart LR\n  a["Client] --> b\n')).message, /a quote `"` is opened but not closed/);
    assert.match((await explain('flowchart LR\n  a -->|yes b\n')).message, /an edge label `\|...\|` is opened but not closed/);
  });

  it('brackets inside a label, mismatched shape brackets, a shape without an id', async () => {
    assert.match(
      (await explain('flowchart LR\n  a[Call (retry)] --> b\n')).message,
      /put the label in quotes, e.g. `a\["Call \(retry\)"\]`/,
    );
    assert.match((await explain('flowchart LR\n  a([Client) --> b\n')).message, /closed with the wrong bracket/);
    assert.match((await explain('flowchart LR\n  client --> ((\n')).message, /a node needs an id before its shape/);
  });

  it('subgraphs: an `end` too many, a subgraph never closed', async () => {
    assert.match((await explain('flowchart LR\n  a --> b\n  end\n')).message, /`end` closes a subgraph, but none is open/);
    assert.match((await explain('flowchart LR\n  subgraph X\n  a --> b\n')).message, /a `subgraph` is not closed: add `end`/);
  });

  it('a missing or misspelt diagram type, an empty file, an architecture edge without sides', async () => {
    assert.match(
      (await explain('flowchar LR\n a-->b\n')).message,
      /first line must say what kind of diagram this is, e.g. `flowchart LR` \(it says `flowchar`\)/,
    );
    assert.match((await explain('%% only a comment\n')).message, /^the diagram is empty/);
    const architecture = await explain('architecture-beta\n  service api(server)[API]\n  api:R -- db\n');
    assert.match(architecture.message, /names a side at both ends, e.g. `api:R -- L:db`/);
  });

  it('falls back to a sentence that points at the parser message, never an empty one', async () => {
    const error = await explain('flowchart LR\n  a --> b;;\n  c -> d\n');
    assert.ok(error.message.length > 10);
    assert.ok(!/Expecting/.test(error.message), 'no grammar token lists in the plain message');
  });
});
