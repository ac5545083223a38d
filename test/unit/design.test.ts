import { strict as assert } from 'node:assert';
import { loadCatalog } from '../../src/core/catalog/load';
import type { DesignQuestion } from '../../src/core/catalog/types';
import { parseDiagram, type DiagramModel } from '../../src/core/critique/diagram';
import { designFileSource, detectDesignId } from '../../src/core/design/designFile';
import {
  elapsed,
  formatRemaining,
  isOver,
  latestInterviewNotes,
  pause,
  PHASES,
  phaseAt,
  resume,
  startClock,
  timeInPhases,
} from '../../src/core/design/mockInterview';
import { sourceLineOfParserLine } from '../../src/core/design/sourceLines';
import { COMPONENTS, connectNodes, findNodeLine, findNodePosition, insertComponent } from '../../src/core/design/palette';
import { isCanvasToHost, isHostToCanvas } from '../../src/protocol/canvas';
import { contentRoot } from '../support/paths';

const applyInsert = (source: string, edit: { line: number; text: string }) => {
  const lines = source.split('\n');
  lines.splice(edit.line, 0, edit.text.replace(/\n$/, ''));
  return lines.join('\n');
};

describe('design: palette edits', () => {
  const seed = 'flowchart LR\n    client([Client])\n';

  it('inserts a component as a well-formed node after the last line', () => {
    const { edit, nodeId } = insertComponent(seed, 'vectorDb');
    assert.equal(nodeId, 'vectorDb');
    assert.deepEqual(edit, { line: 2, text: '    vectorDb[(Vector DB)]\n' });
  });

  it('picks an unused id when the component is already there', () => {
    const once = applyInsert(seed, insertComponent(seed, 'llm').edit);
    const { nodeId, edit } = insertComponent(once, 'llm');
    assert.equal(nodeId, 'llm2');
    assert.match(edit.text, /^ {4}llm2\{\{LLM\}\}\n$/);
  });

  it('connects a new node from the given node, and ignores a node that is not in the diagram', () => {
    assert.deepEqual(insertComponent(seed, 'apiGateway', 'client').edit, { line: 2, text: '    client --> apiGateway[API gateway]\n' });
    assert.equal(insertComponent(seed, 'apiGateway', 'gone').edit.text, '    apiGateway[API gateway]\n');
  });

  it('does not mistake a longer id for the same one', () => {
    assert.equal(insertComponent('flowchart LR\n    cacheLayer[Cache layer]\n', 'cache').nodeId, 'cache');
  });

  it('adds a flowchart header to an empty document', () => {
    const { edit } = insertComponent('', 'client');
    assert.equal(edit.text, 'flowchart LR\n    client([Client])\n');
  });

  it('has a shape for every component, with distinct ids', () => {
    assert.equal(new Set(COMPONENTS.map((c) => c.id)).size, COMPONENTS.length);
    assert.equal(new Set(COMPONENTS.map((c) => c.short)).size, COMPONENTS.length, 'the icon rail tells every component apart');
    for (const component of COMPONENTS) assert.match(component.short, /^[A-Z0-9]{1,4}$/);
    for (const component of COMPONENTS) assert.doesNotThrow(() => insertComponent(seed, component.id));
    assert.throws(() => insertComponent(seed, 'nope'), /unknown palette component/);
  });

  it('keeps trailing blank lines last, and connects nodes', () => {
    assert.deepEqual(connectNodes('flowchart LR\n  a\n  b\n\n\n', 'a', 'b'), { line: 3, text: '    a --> b\n' });
  });

  it('finds the line of a node, skipping comments and longer ids', () => {
    const source = '%% llm is mentioned here\nflowchart LR\n    llmRouter[Router]\n    llm{{LLM}}\n    llmRouter --> llm';
    assert.equal(findNodeLine(source, 'llm'), 3);
    assert.equal(findNodeLine(source, 'llmRouter'), 2);
    assert.equal(findNodeLine(source, 'absent'), undefined);
    assert.deepEqual(findNodePosition(source, 'llm'), { line: 3, column: 4 });
    assert.deepEqual(findNodePosition('flowchart LR\n  a --> llm', 'llm'), { line: 1, column: 8 });
  });
});

describe('design: error lines', () => {
  it('maps Mermaid parser lines back past comment and leading blank lines', () => {
    const source = '%% header\n%% more\n\nflowchart LR\n    a --> b\n    %% note\n    b --> ((\n';
    assert.equal(sourceLineOfParserLine(source, 1), 4);
    assert.equal(sourceLineOfParserLine(source, 2), 5);
    assert.equal(sourceLineOfParserLine(source, 3), 7);
  });

  it('moves an end-of-input error from trailing blank lines to the last line with content', () => {
    const source = '%% header\nflowchart LR\n    a --> b\n    b -->\n\n';
    assert.equal(sourceLineOfParserLine(source, 5), 4);
    assert.equal(sourceLineOfParserLine(source, 40), 4);
  });

  it('keeps directives (%%{...}%%), which Mermaid does not drop', () => {
    assert.equal(sourceLineOfParserLine('%%{init: {}}%%\nflowchart LR\n  x((', 3), 3);
  });
});

describe('design: questions and files', () => {
  const catalog = loadCatalog(contentRoot);
  const designs = catalog.categories.flatMap((c) => c.items).filter((i): i is DesignQuestion => i.kind === 'design');

  it('ships at least 12 design questions, each with a model answer', () => {
    assert.ok(designs.length >= 12, `${designs.length} designs`);
    for (const design of designs) {
      assert.match(design.modelAnswer, /^(flowchart|graph) /);
      assert.ok(design.rubric.components.length >= 3 && design.rubric.failureModes.length >= 2 && design.rubric.evaluation.length >= 2);
      assert.ok(design.clarifyingQuestions.length >= 3);
    }
  });

  it('writes a design file with the prompt as a comment header that identifies it', () => {
    const design = designs.find((d) => d.id === 'rag-support-chatbot')!;
    const source = designFileSource(design);
    assert.equal(detectDesignId(source), 'rag-support-chatbot');
    const header = source.split('\n').filter((line) => line.startsWith('%%'));
    assert.ok(
      header.every((line) => line.length <= 91),
      'wrapped comment lines',
    );
    assert.match(header.map((line) => line.slice(3)).join(' '), /50,000 conversations a day/);
    assert.match(source, /^flowchart LR\n {4}client\(\[Client\]\)$/m);
  });
});

/**
 * Dangling nodes in a model answer, read from the graph the critic's parser returns. An edge counts
 * in the direction it is drawn; `<-->` and arrowless `---` count both ways.
 * 1. Every node has at least one edge.
 * 2. Every node passes something on (has an outgoing edge), except actors drawn as stadiums `([...])`
 *    (people and outside systems a flow may end at: the user, a reviewer, on-call) and stores drawn
 *    as cylinders `[(...)]` (read by the nodes that point at them, or pure sinks such as an audit log).
 * 3. A store fed only by actors (a feedback store) must still lead somewhere: feedback nobody reads
 *    is decoration.
 * 4. Every node is connected to the diagram's first node when edges are followed either way.
 * So a fallback, queue, cache, tracing or eval node that leads nowhere, or an island beside the flow,
 * is dangling. Returns one line per broken rule, e.g. "fallback leads nowhere".
 */
function danglingNodes(model: DiagramModel): string[] {
  const ids = model.nodes.map((node) => node.id);
  const outgoing = new Map(ids.map((id) => [id, 0]));
  const feeders = new Map(ids.map((id) => [id, [] as string[]]));
  const neighbours = new Map(ids.map((id) => [id, [] as string[]]));
  for (const edge of model.edges) {
    const ends = edge.bidirectional || edge.arrowless ? [edge.from, edge.to] : [edge.from];
    for (const from of ends) {
      const to = from === edge.from ? edge.to : edge.from;
      outgoing.set(from, outgoing.get(from)! + 1);
      feeders.get(to)!.push(from);
    }
    neighbours.get(edge.from)!.push(edge.to);
    neighbours.get(edge.to)!.push(edge.from);
  }
  const reached = new Set(ids.slice(0, 1));
  const frontier = [...reached];
  while (frontier.length > 0) {
    for (const next of neighbours.get(frontier.pop()!)!) {
      if (reached.has(next)) continue;
      reached.add(next);
      frontier.push(next);
    }
  }
  const shapeOf = new Map(model.nodes.map((node) => [node.id, node.shape]));
  const fedOnlyByActors = (id: string) => feeders.get(id)!.every((from) => shapeOf.get(from) === 'stadium');
  return ids.flatMap((id) => {
    const shape = shapeOf.get(id);
    const mayEndFlow = shape === 'stadium' || (shape === 'cylinder' && !fedOnlyByActors(id));
    return [
      ...(neighbours.get(id)!.length === 0 ? [`${id} has no edge`] : reached.has(id) ? [] : [`${id} is not connected to ${ids[0]}`]),
      ...(outgoing.get(id) === 0 && !mayEndFlow ? [`${id} leads nowhere`] : []),
    ];
  });
}

describe('design: written model answers', () => {
  const catalog = loadCatalog(contentRoot);
  const designs = catalog.categories.flatMap((c) => c.items).filter((i): i is DesignQuestion => i.kind === 'design');

  it('gives every design estimates with arithmetic, a latency budget, trade-offs and all three levels', () => {
    assert.deepEqual(catalog.errors, []);
    for (const { id, answer } of designs) {
      assert.ok(answer.walkthrough.split(/\n\s*\n/).length >= 4, `${id}: the walkthrough has several paragraphs`);
      assert.ok(
        answer.estimates.every((estimate) => /\d/.test(estimate)),
        `${id}: every estimate has a number`,
      );
      assert.ok(
        answer.estimates.some((estimate) => /=/.test(estimate)),
        `${id}: at least one estimate shows its arithmetic`,
      );
      assert.ok(
        answer.estimates.some((estimate) => /\$\d/.test(estimate)),
        `${id}: the estimates put a price on it`,
      );
      assert.ok(answer.latencyBudget.length >= 3 && answer.latencyBudget.some((stage) => stage.ms > 0), `${id}: latency budget per stage`);
      assert.ok(answer.tradeoffs.length >= 2, `${id}: trade-offs`);
      for (const level of ['strong', 'lean', 'noHire'] as const) assert.ok(answer.levels[level].length > 40, `${id}: ${level} level`);
      assert.ok(answer.evaluation.offline.length > 0 && answer.evaluation.online.length > 0, `${id}: offline and online evaluation`);
    }
  });

  it('draws every model answer without dangling nodes', async () => {
    for (const design of designs) {
      const model = await parseDiagram(design.modelAnswer);
      assert.ok(model.nodes.length <= 24, `${design.id}: ${model.nodes.length} nodes is too many to read`);
      assert.deepEqual(danglingNodes(model), [], design.id);
    }
  });

  it('finds a fallback that leads nowhere, an unread feedback store and an island, but not stores and actors at the end of a flow', async () => {
    const model = await parseDiagram(
      [
        'flowchart LR',
        '    user([User]) --> llm{{LLM}}',
        '    llm -.->|timeout| fallback{{Fallback}}',
        '    llm --> audit[(Audit log)]',
        '    llm --> user',
        '    user -.-> feedback[(Feedback store)]',
        '    evals[Evals] --> dashboard[Dashboard]',
        '    llm <--> tool[[Tool]]',
        '    lonely[Lonely]',
      ].join('\n'),
    );
    assert.deepEqual(danglingNodes(model), [
      'fallback leads nowhere',
      'feedback leads nowhere',
      'evals is not connected to user',
      'dashboard is not connected to user',
      'dashboard leads nowhere',
      'lonely has no edge',
      'lonely leads nowhere',
    ]);
  });

  it("routes the travel agent's manager approval through the employee's confirmation before booking", async () => {
    const model = await parseDiagram(designs.find((d) => d.id === 'travel-booking-agent')!.modelAnswer);
    const into = (id: string) => model.edges.filter((edge) => edge.to === id).map((edge) => edge.from);
    assert.deepEqual(into('booking'), ['confirm']);
    assert.ok(into('confirm').includes('approval'));
  });
});

describe('design: mock interview clock', () => {
  const total = 45 * 60_000;

  it('walks through the phases in order', () => {
    const clock = startClock(total, 0);
    assert.equal(phaseAt(clock, 0).id, 'requirements');
    assert.equal(phaseAt(clock, 5 * 60_000).id, 'high-level');
    assert.equal(phaseAt(clock, 15 * 60_000).id, 'deep-dive');
    assert.equal(phaseAt(clock, 30 * 60_000).id, 'failure-modes');
    assert.equal(phaseAt(clock, 38 * 60_000).id, 'evaluation');
    assert.equal(phaseAt(clock, 50 * 60_000).id, 'evaluation');
    assert.ok(Math.abs(PHASES.reduce((sum, phase) => sum + phase.share, 0) - 1) < 1e-9);
  });

  it('stops the clock while paused and resumes where it was', () => {
    let clock = startClock(total, 1_000);
    clock = pause(clock, 61_000);
    assert.equal(elapsed(clock, 600_000), 60_000);
    clock = resume(clock, 600_000);
    assert.equal(elapsed(clock, 630_000), 90_000);
    assert.equal(pause(pause(clock, 700_000), 800_000).elapsedBeforeMs, 160_000);
  });

  it('ends when the time is used up and formats what is left', () => {
    const clock = startClock(total, 0);
    assert.equal(isOver(clock, total - 1), false);
    assert.equal(isOver(clock, total), true);
    assert.equal(formatRemaining(total), '45:00');
    assert.equal(formatRemaining(61_001), '1:02');
    assert.equal(formatRemaining(-5), '0:00');
  });

  it('splits the time spent into phases for the debrief, pauses not counted', () => {
    // 12 minutes run (2 of them after a pause): 5 in requirements, 7 in the high-level design.
    let clock = pause(startClock(total, 0), 10 * 60_000);
    clock = resume(clock, 20 * 60_000);
    const rows = timeInPhases(clock, 22 * 60_000);
    assert.deepEqual(
      rows.map((row) => [row.phase.id, row.spentMs / 60_000, row.plannedMs / 60_000]),
      [
        ['requirements', 5, 5],
        ['high-level', 7, 10],
        ['deep-dive', 0, 15],
        ['failure-modes', 0, 8],
        ['evaluation', 0, 7],
      ],
    );
    // Time up: every phase ran its planned time, and the rows add up to the total.
    const full = timeInPhases(startClock(total, 0), total + 5_000);
    assert.ok(full.every((row) => row.spentMs === row.plannedMs));
    assert.equal(
      full.reduce((sum, row) => sum + row.spentMs, 0),
      total,
    );
  });

  it("takes the latest interview's notes from the notes file", () => {
    const file =
      '# Notes: designs/rag.mmd\n\n## Mock interview, 1/1 (45 min)\n\nold\n\n## Mock interview, 2/1 (45 min)\n\n### Requirements\n\n- 10k users\n';
    assert.equal(latestInterviewNotes(file), '## Mock interview, 2/1 (45 min)\n\n### Requirements\n\n- 10k users');
    assert.equal(latestInterviewNotes('# Notes\n\nfree text'), '');
  });
});

describe('design: canvas message guards', () => {
  it('accepts well-formed messages in both directions', () => {
    assert.ok(isHostToCanvas({ type: 'update', text: 'flowchart LR', version: 3, immediate: false }));
    assert.ok(isHostToCanvas({ type: 'mock', view: null }));
    assert.ok(isHostToCanvas({ type: 'theme', themeOverride: 'dark' }));
    assert.ok(isCanvasToHost({ type: 'rendered', version: 3, nodeIds: ['a'], durationMs: 12.5 }));
    assert.ok(isCanvasToHost({ type: 'parseError', version: 3, message: 'bad', line: null }));
    assert.ok(isCanvasToHost({ type: 'ready' }));
  });

  it('rejects unknown types, missing fields and wrong types', () => {
    assert.equal(isHostToCanvas({ type: 'eval', code: 'alert(1)' }), false);
    assert.equal(isHostToCanvas({ type: 'update', text: 'x' }), false);
    assert.equal(isHostToCanvas({ type: 'theme', themeOverride: 'hacker' }), false);
    assert.equal(isCanvasToHost({ type: 'rendered', version: '3', nodeIds: [], durationMs: 1 }), false);
    assert.equal(isCanvasToHost({ type: 'connect', from: 'a' }), false);
    assert.equal(isCanvasToHost({ type: 'mockControl', action: 'explode' }), false);
    assert.equal(isCanvasToHost(null), false);
    assert.equal(isCanvasToHost('ready'), false);
  });
});
