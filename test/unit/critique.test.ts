import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadCatalog } from '../../src/core/catalog/load';
import type { DesignQuestion } from '../../src/core/catalog/types';
import { CONCERN_IDS } from '../../src/core/critique/concerns';
import { DiagramSyntaxError, parseDiagram } from '../../src/core/critique/diagram';
import { critiqueDiagram } from '../../src/core/critique/offlineCritic';
import { critiqueSource } from '../../src/core/critique/report';
import { cliPath, contentRoot, repoRoot } from '../support/paths';

const fixtures = join(repoRoot, 'test', 'fixtures', 'diagrams');
const catalog = loadCatalog(contentRoot);

interface Labelled {
  name: string;
  source: string;
  kind: string;
  missing: string[];
  present: string[];
}

function labelledSet(): Labelled[] {
  return readdirSync(fixtures)
    .filter((name) => name.endsWith('.mmd'))
    .map((name) => {
      const source = readFileSync(join(fixtures, name), 'utf8');
      const field = (key: string) =>
        (new RegExp(`^%% expect-${key}: (.*)$`, 'm').exec(source)?.[1] ?? '')
          .split(',')
          .map((s) => s.trim())
          .filter(Boolean);
      return { name, source, kind: field('kind')[0]!, missing: field('missing'), present: field('present') };
    });
}

describe('critique: diagram model from Mermaid', () => {
  it('reads nodes, labels, edges (dotted, labelled, two-way) and subgraphs', async () => {
    const model = await parseDiagram(
      'flowchart LR\n  u([User <b>Ada</b>]) --> l{{LLM}}\n  l -.->|timeout| f{{Fallback}}\n  l <--> t[Tool]\n  subgraph ing [Ingestion]\n    d[(Docs)]\n  end',
    );
    assert.equal(model.kind, 'flowchart');
    assert.deepEqual(
      model.nodes.map((n) => [n.id, n.label]),
      [
        ['u', 'User Ada'],
        ['l', 'LLM'],
        ['f', 'Fallback'],
        ['t', 'Tool'],
        ['d', 'Docs'],
      ],
    );
    assert.deepEqual(
      model.edges.map((e) => [e.from, e.to, e.label, e.dotted, e.bidirectional]),
      [
        ['u', 'l', '', false, false],
        ['l', 'f', 'timeout', true, false],
        ['l', 't', '', false, true],
      ],
    );
    assert.deepEqual(model.groups, [{ id: 'ing', title: 'Ingestion', nodes: ['d'] }]);
  });

  it('reads architecture-beta services, groups and edges', async () => {
    const model = await parseDiagram(
      'architecture-beta\n  group api(cloud)[API]\n  service db(database)[Database] in api\n  service web(server)[Web] in api\n  db:L -- R:web',
    );
    assert.equal(model.kind, 'architecture');
    assert.deepEqual(model.nodes.map((n) => n.label).sort(), ['Database', 'Web']);
    assert.deepEqual(model.groups[0]!.nodes.sort(), ['db', 'web']);
    assert.equal(model.edges.length, 1);
  });

  it('rejects a syntax error with its line, and diagram types it cannot review', async () => {
    await assert.rejects(
      parseDiagram('flowchart LR\n  a --> b\n  b --> ((\n'),
      (error: unknown) => error instanceof DiagramSyntaxError && error.line === 3,
    );
    await assert.rejects(parseDiagram('pie\n  "a": 1'), /not reviewed/);
  });

  it('leaves no window or document global behind', async () => {
    await parseDiagram('flowchart LR\n a --> b');
    assert.equal('window' in globalThis, false);
    assert.equal('document' in globalThis, false);
  });
});

describe('critique: labelled diagrams', () => {
  const set = labelledSet();

  it('has at least 20 labelled diagrams', () => assert.ok(set.length >= 20));

  it('recalls >= 0.9 of missing concerns with <= 0.1 false alarms on present ones', async () => {
    let missingTotal = 0;
    let missingFound = 0;
    let presentTotal = 0;
    let falseAlarms = 0;
    const misses: string[] = [];
    for (const diagram of set) {
      const critique = critiqueDiagram(await parseDiagram(diagram.source));
      const flagged = new Set(critique.findings.map((finding) => finding.concern));
      for (const concern of diagram.missing) {
        missingTotal++;
        if (flagged.has(concern as never)) missingFound++;
        else misses.push(`${diagram.name}: missed ${concern}`);
      }
      for (const concern of diagram.present) {
        presentTotal++;
        if (flagged.has(concern as never)) {
          falseAlarms++;
          misses.push(`${diagram.name}: false alarm ${concern}`);
        }
      }
    }
    const recall = missingFound / missingTotal;
    const falseAlarmRate = falseAlarms / presentTotal;
    console.log(
      `      labelled set: recall ${recall.toFixed(3)} over ${missingTotal} missing concerns, false alarms ${falseAlarmRate.toFixed(3)} over ${presentTotal} present ones`,
    );
    assert.ok(recall >= 0.9, misses.join('\n'));
    assert.ok(falseAlarmRate <= 0.1, misses.join('\n'));
  });

  it('infers the kind of system of each labelled diagram', async () => {
    for (const diagram of set) {
      const { kinds } = critiqueDiagram(await parseDiagram(diagram.source));
      assert.ok(kinds.includes(diagram.kind as never), `${diagram.name}: ${kinds}`);
    }
  });

  it('uses only known concern ids in the labels', () => {
    for (const diagram of set)
      for (const id of [...diagram.missing, ...diagram.present]) assert.ok(CONCERN_IDS.includes(id as never), `${diagram.name}: ${id}`);
  });
});

describe('critique: graph checks and question rubrics', () => {
  const critique = async (source: string, question?: DesignQuestion) => critiqueDiagram(await parseDiagram(source), question);

  it('flags an input guardrail that user input can go around, naming the nodes', async () => {
    const result = await critique('flowchart LR\n  u([User]) --> g[/Input guardrail\\]\n  g --> l{{LLM}}\n  u --> l\n  l --> u');
    const finding = result.findings.find((f) => f.id === 'input-guardrails/unguarded-path');
    assert.ok(finding);
    assert.deepEqual(finding.nodes, ['u', 'l']);
  });

  it('flags output that reaches a side-effecting tool unchecked, and agent actions without approval', async () => {
    const result = await critique(
      'flowchart LR\n  u([User]) --> g[/Prompt injection guard\\]\n  g --> a[Agent]\n  a --> l{{LLM}}\n  l --> r[[Refund tool]]',
    );
    assert.ok(result.findings.some((f) => f.id === 'output-guardrails/unchecked-output' && f.nodes.includes('r')));
    assert.ok(result.findings.some((f) => f.id === 'human-in-the-loop/unapproved-action'));
  });

  it('flags an index with no update path, and accepts one fed by an ingestion subgraph', async () => {
    const stale = await critique('flowchart LR\n  u([User]) --> v[(Vector DB)]\n  v --> l{{LLM}}');
    assert.ok(stale.findings.some((f) => f.id === 'index-freshness/no-update-path' && f.nodes.includes('v')));
    const fresh = await critique(
      'flowchart LR\n  subgraph sync [Nightly re-index]\n    c[Crawler]\n  end\n  c --> v[(Vector DB)]\n  u([User]) --> v\n  v --> l{{LLM}}',
    );
    assert.ok(!fresh.findings.some((f) => f.concern === 'index-freshness'));
    assert.ok(fresh.covered.includes('index-freshness'));
  });

  it('uses the question rubric for relevance and reports coverage', async () => {
    const question = catalog.find('llm-inference-gateway') as DesignQuestion;
    const result = await critique('flowchart LR\n  t([Teams]) --> g[Gateway]\n  g --> p{{Provider A}}', question);
    assert.ok(result.kinds.includes('gateway'));
    assert.ok(result.relevant.includes('single-point-of-failure'));
    assert.ok(result.coverage < 0.3);
  });

  it('finds most concerns covered in every model answer', async () => {
    for (const item of catalog.categories.flatMap((c) => c.items)) {
      if (item.kind !== 'design') continue;
      const result = await critique(item.modelAnswer, item);
      assert.ok(result.coverage >= 0.6, `${item.id}: coverage ${result.coverage} missing ${result.findings.map((f) => f.concern)}`);
    }
  });
});

describe('critique: robustness', () => {
  /** Deterministic pseudo-random numbers, so a failure can be replayed. */
  function random(seed: number) {
    return () => {
      seed = (seed + 0x6d2b79f5) | 0;
      let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
      t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
  }
  const pieces = [
    'flowchart LR',
    'graph TD',
    'architecture-beta',
    '\n',
    '  ',
    'a',
    'b',
    '-->',
    '-.->',
    '<-->',
    '---',
    '|x|',
    '[',
    ']',
    '(',
    ')',
    '{{',
    '}}',
    '[(',
    ')]',
    '/',
    '\\',
    'subgraph s [S]',
    'end',
    '%% c',
    ':',
    ';',
    '"',
    'LLM',
    'User',
    'service x(server)[X]',
    'group g(cloud)[G]',
    'x:L -- R:y',
    '<b>',
    'é',
    '東京',
    '&',
    '#',
    'click a call f()',
    'style a fill:#f00',
    'classDef k fill:#fff',
    '\t',
    '%%{init: {}}%%',
  ];

  it('reviews 5,000 random and mutated diagrams without crashing: a report or a syntax error each time', async function () {
    // A robustness check, not a speed one (the bench measures speed): room for a loaded 2-core machine.
    this.timeout(300_000);
    const next = random(20261124);
    const seeds = [
      ...labelledSet().map((d) => d.source),
      ...catalog.categories.flatMap((c) => c.items).flatMap((i) => (i.kind === 'design' ? [i.modelAnswer] : [])),
    ];
    let reports = 0;
    let errors = 0;
    for (let i = 0; i < 5_000; i++) {
      let source: string;
      if (i % 2 === 0) {
        source = Array.from({ length: 1 + Math.floor(next() * 30) }, () => pieces[Math.floor(next() * pieces.length)]).join(
          next() < 0.5 ? ' ' : '',
        );
      } else {
        const chars = [...seeds[Math.floor(next() * seeds.length)]!];
        for (let m = 0; m < 1 + Math.floor(next() * 6); m++) {
          const at = Math.floor(next() * chars.length);
          const op = next();
          if (op < 0.4) chars.splice(at, 1);
          else if (op < 0.8) chars.splice(at, 0, pieces[Math.floor(next() * pieces.length)]!);
          else chars.splice(at, Math.floor(next() * 20));
        }
        source = chars.join('');
      }
      const outcome = await critiqueSource(source);
      if ('report' in outcome) reports++;
      else {
        errors++;
        assert.equal(typeof outcome.error.message, 'string');
        assert.ok(outcome.error.line === null || outcome.error.line >= 1);
      }
    }
    assert.equal(reports + errors, 5_000);
    assert.ok(reports > 500 && errors > 500, `reports ${reports}, errors ${errors}`);
  });
});

describe('cli critique', () => {
  let dir: string;
  before(() => (dir = mkdtempSync(join(tmpdir(), 'ais-critique-'))));
  after(() => rmSync(dir, { recursive: true, force: true }));
  const cli = (...args: string[]) => spawnSync(process.execPath, [cliPath, ...args], { encoding: 'utf8' });

  it('prints findings and covered concerns as JSON, with the question when given', () => {
    const result = cli('critique', join(fixtures, '04-agent-bare.mmd'), '--question', 'refund-support-agent', '--offline', '--json');
    assert.equal(result.status, 0, result.stderr);
    const report = JSON.parse(result.stdout);
    assert.equal(report.question, 'refund-support-agent');
    assert.ok(Array.isArray(report.covered));
    for (const finding of report.findings) {
      assert.deepEqual(Object.keys(finding).sort(), ['concern', 'detail', 'evidence', 'id', 'nodes', 'severity', 'title']);
    }
    assert.ok(report.findings.some((f: { concern: string }) => f.concern === 'agent-loop-limits'));
  });

  it('exits 1 with {error:{message,line}} for a syntax error, at the line in the file', () => {
    const path = join(dir, 'broken.mmd');
    writeFileSync(path, '%% a comment first\nflowchart LR\n  a --> b\n  b --> ((\n');
    const result = cli('critique', path, '--json');
    assert.equal(result.status, 1);
    const { error } = JSON.parse(result.stdout);
    assert.equal(error.line, 4);
    assert.match(error.message, /a node needs an id before its shape/);
    assert.match(error.parserMessage, /Expecting/);
    const text = cli('critique', path);
    assert.match(text.stderr, /broken\.mmd:4: a node needs an id before its shape[\s\S]*Mermaid said: /);
  });

  it('exits 2 for an unreadable file or an unknown question', () => {
    assert.equal(cli('critique', join(dir, 'missing.mmd')).status, 2);
    assert.equal(cli('critique', join(fixtures, '01-rag-bare.mmd'), '--question', 'nope').status, 2);
  });

  it('never crashes on mutated inputs (a sample through the real CLI)', function () {
    // Ten CLI processes, each loading Mermaid: seconds apiece on a loaded machine.
    this.timeout(180_000);
    const source = readFileSync(join(fixtures, '02-rag-complete.mmd'), 'utf8');
    for (let i = 0; i < 10; i++) {
      const path = join(dir, `m${i}.mmd`);
      writeFileSync(
        path,
        source.slice(0, (i * 37) % source.length) + ['((', '-->', ']]', '"', '|'][i % 5] + source.slice((i * 53) % source.length),
      );
      const result = cli('critique', path, '--json');
      assert.ok(result.status === 0 || result.status === 1, `exit ${result.status}: ${result.stderr}`);
      JSON.parse(result.stdout);
    }
  });
});
