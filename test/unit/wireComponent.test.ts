import { strict as assert } from 'node:assert';
import { parseDiagram, type DiagramModel } from '../../src/core/critique/diagram';
import { critiqueDiagram } from '../../src/core/critique/offlineCritic';
import { applyInserts, wireComponent } from '../../src/core/design/wireComponent';

const edgesOf = (model: DiagramModel) =>
  model.edges.map((edge) => `${edge.from}${edge.dotted ? '-.->' : '-->'}${edge.to}${edge.label ? `|${edge.label}|` : ''}`);

/** Wires the component in, checks the result still parses, and returns the new text and its edges. */
async function wire(source: string, component: string, nodes: string[]) {
  const wired = wireComponent(source, await parseDiagram(source), component, nodes);
  assert.ok(wired, 'a wiring plan');
  const text = applyInserts(source, wired.edits);
  const after = await parseDiagram(text);
  return { wired, text, after, edges: edgesOf(after) };
}

const CHAT = `flowchart LR
  %% a support bot
  client([Customer]) -->|question| api[API]
  api --> llm{{LLM}}
  llm --> client
`;

describe('design: wiring a quick fix into the flow', () => {
  it('puts an input guard between the user and the model, rerouting the old edge and keeping its label and shape', async () => {
    const { wired, text, edges } = await wire(CHAT, 'inputGuardrail', ['client', 'llm']);
    assert.equal(wired.wired, true);
    assert.equal(wired.placement, 'between client and llm');
    assert.match(text, /client\(\[Customer\]\) -->\|question\| inputGuardrail --> api\[API\]/);
    assert.match(text, /inputGuardrail\[\/Input guardrail\\\]\n$/);
    assert.ok(edges.includes('client-->inputGuardrail|question|') && edges.includes('inputGuardrail-->api'), String(edges));
    assert.ok(!edges.includes('client-->api|question|'), 'the old edge is gone');
    const findings = critiqueDiagram(await parseDiagram(text)).findings.map((finding) => finding.id);
    assert.ok(!findings.some((id) => id.startsWith('input-guardrails/')), String(findings));
  });

  it('puts an output guard between the model and the user', async () => {
    const { text, edges } = await wire(CHAT, 'outputGuardrail', ['llm', 'client']);
    assert.match(text, /llm --> outputGuardrail --> client/);
    assert.ok(edges.includes('llm-->outputGuardrail') && edges.includes('outputGuardrail-->client') && !edges.includes('llm-->client'));
    const findings = critiqueDiagram(await parseDiagram(text)).findings.map((finding) => finding.id);
    assert.ok(!findings.some((id) => id.startsWith('output-guardrails/')), String(findings));
  });

  it('puts a fallback model beside the model: a dotted edge from its caller, and on to where the answer goes', async () => {
    const { wired, edges } = await wire(CHAT, 'fallbackModel', ['llm']);
    assert.equal(wired.placement, 'beside llm');
    assert.ok(edges.includes('api-.->fallbackModel|on 5xx or timeout|'), String(edges));
    assert.ok(edges.includes('fallbackModel-->client'));
    assert.ok(edges.includes('api-->llm') && edges.includes('llm-->client'), 'the primary path stays');
  });

  it('reroutes edges written in the labelled, chained and two-way forms', async () => {
    const labelled = await wire('flowchart TD\n  user -- asks --> model[Chat model]\n  model --> user\n', 'inputGuardrail', [
      'user',
      'model',
    ]);
    assert.ok(
      labelled.edges.includes('user-->inputGuardrail|asks|') && labelled.edges.includes('inputGuardrail-->model'),
      String(labelled.edges),
    );
    const chained = await wire('flowchart LR\n  user --> app --> gpt[GPT-4o] --> app\n  app --> user\n', 'inputGuardrail', ['user', 'gpt']);
    assert.match(chained.text, /user --> inputGuardrail --> app --> gpt\[GPT-4o\] --> app/);
    const twoWay = await wire('flowchart LR\n  user <--> agent[Agent]\n  agent <--> llm{{Claude}}\n', 'outputGuardrail', ['llm', 'user']);
    assert.ok(
      twoWay.edges.some((edge) => edge.includes('outputGuardrail')),
      String(twoWay.edges),
    );
    assert.match(twoWay.text, /<--> outputGuardrail <-->/);
  });

  it('routes an action through human review, and a cache in front of the model on the miss path', async () => {
    const agent =
      'flowchart LR\n  user([Customer]) --> agent[Refund agent]\n  agent <--> llm{{Claude}}\n  agent -->|pay| refund[[Refund API]]\n';
    const review = await wire(agent, 'humanReview', ['agent', 'refund']);
    assert.ok(
      review.edges.includes('agent-->humanReview|pay|') && review.edges.includes('humanReview-->refund|approved|'),
      String(review.edges),
    );
    const cache = await wire(CHAT, 'cache', ['llm']);
    assert.ok(cache.edges.includes('api-->cache') && cache.edges.includes('cache-->llm|miss|'), String(cache.edges));
  });

  it('feeds an eval harness from traces, a reranker from retrieval, an ingestion path into a stale index', async () => {
    const rag = `flowchart LR
  user([User]) --> api[API]
  api --> vdb[(Vector DB)]
  vdb --> llm{{LLM}}
  docs[(Documents)]
  llm --> user
  llm -.-> traces[Tracing]
`;
    const evals = await wire(rag, 'evalHarness', []);
    assert.ok(
      evals.edges.includes('traces-.->evalHarness|sampled traces|') && evals.edges.includes('evalHarness-.->llm|regression gate|'),
      String(evals.edges),
    );
    const rerank = await wire(rag, 'reranker', ['vdb']);
    assert.ok(rerank.edges.includes('vdb-->reranker') && rerank.edges.includes('reranker-->llm'), String(rerank.edges));
    const ingest = await wire(rag, 'ingestion', ['vdb']);
    assert.ok(
      ingest.edges.includes('docs-->ingestion|on change|') && ingest.edges.includes('ingestion-->vdb|re-embed|'),
      String(ingest.edges),
    );
  });

  it('adds the node on its own, saying so, when nothing in the diagram fits; leaves architecture diagrams alone', async () => {
    const lonely = await wire('flowchart LR\n  a[Thing]\n', 'inputGuardrail', []);
    assert.equal(lonely.wired.wired, false);
    assert.match(lonely.wired.placement, /on its own/);
    assert.deepEqual(lonely.after.nodes.map((node) => node.id).sort(), ['a', 'inputGuardrail']);
    const architecture = 'architecture-beta\n  service api(server)[API]\n  service db(database)[DB]\n  api:R -- L:db\n';
    assert.equal(wireComponent(architecture, await parseDiagram(architecture), 'cache', []), undefined);
  });

  it('picks a fresh id when the component is already there, and edits only against the original text', async () => {
    const source =
      'flowchart LR\n  user --> inputGuardrail[/Input guardrail\\]\n  inputGuardrail --> llm{{LLM}}\n  user --> llm\n  llm --> user';
    const { wired, edges } = await wire(source, 'inputGuardrail', ['user', 'llm']);
    assert.equal(wired.nodeId, 'inputGuardrail2');
    assert.ok(
      edges.includes('user-->inputGuardrail2') && edges.includes('inputGuardrail2-->llm') && !edges.includes('user-->llm'),
      String(edges),
    );
  });
});
