// Offline critique of a 40-node design against Mermaid's parse of the same text: the critique
// reads every label, note and path, and must stay a small fraction of the parse it builds on.
import { parseDiagram } from '../../src/core/critique/diagram';
import { critiqueDiagram } from '../../src/core/critique/offlineCritic';
import { median } from '../support/median';

const LABELS = [
  'Customer',
  'API gateway<br/>rate limit 20 req/min',
  'Input guardrail: injection + PII redaction',
  'Orchestrator agent<br/>max 8 steps, TODO retries',
  'Hybrid retriever BM25 + vectors',
  '(Pinecone index)',
  'Cohere rerank',
  'Claude Sonnet',
  'Groundedness check',
  'Redis cache of answers (later)',
  'Langfuse traces',
  'Golden set eval in CI',
  'GPT-4o-mini fallback',
  'Human review queue',
  'Kafka jobs',
  'Worker pool',
  'Refund API',
  'Manager approves refunds over $100',
  'Thumbs up/down feedback',
  'Nightly re-index cron',
];

/** A 40-node AI-system flowchart with realistic labels, edge labels, a note and a subgraph. */
export function fortyNodeDesign(): string {
  const lines = ['flowchart LR'];
  for (let i = 0; i < 40; i++) lines.push(`    n${i}["${LABELS[i % LABELS.length]} ${i}"]`);
  for (let i = 0; i < 39; i++) lines.push(`    n${i} -->|step ${i}| n${i + 1}`);
  for (let i = 0; i < 30; i += 3) lines.push(`    n${i} -.->|on 5xx| n${i + 7}`);
  lines.push('    note["max 10 tool calls per task"] --- n3', '    subgraph ingest [Ingestion]', '        n35', '        n36', '    end');
  return lines.join('\n');
}

export async function benchCritique(rounds: number): Promise<{ critiqueMs: number; parseMs: number }> {
  const source = fortyNodeDesign();
  critiqueDiagram(await parseDiagram(source)); // load Mermaid and index the phrase lists once, as the first critique of a session does
  const parse: number[] = [];
  const critique: number[] = [];
  for (let i = 0; i < rounds; i++) {
    let started = performance.now();
    const model = await parseDiagram(source);
    parse.push(performance.now() - started);
    started = performance.now();
    critiqueDiagram(model);
    critique.push(performance.now() - started);
  }
  const parseMs = median(parse);
  const critiqueMs = median(critique);
  // What a user waits for (parse, then critique) against Mermaid's parse alone.
  return { critiqueMs, parseMs };
}
