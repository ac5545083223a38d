import type { DesignQuestion } from '../catalog/types';
import { CONCERN_IDS, CONCERNS, ROLES, type ConcernId, type Severity, type SystemKind } from './concerns';
import type { DiagramModel } from './diagram';
import { identifierWords, mentions, phrases, words } from './text';

export interface Finding {
  /** Stable id: the concern, and the check that raised it. */
  id: string;
  concern: ConcernId;
  severity: Severity;
  title: string;
  /** Why it matters in production and what to add. */
  detail: string;
  /** Diagram node ids the finding is about (may be empty). */
  nodes: string[];
  /** Why it is flagged: the path, nodes or labels the critic looked at. */
  evidence: string;
}

/** A covered concern and what on the page covers it. */
export interface CoveredEvidence {
  concern: ConcernId;
  /** Node ids whose labels, notes or edges satisfy it (may be empty for an edge or group label). */
  nodes: string[];
  /** e.g. "covered by `inj` Input guardrails on the path user -> agent". */
  evidence: string;
}

export interface Critique {
  kinds: SystemKind[];
  findings: Finding[];
  /** Relevant concerns the diagram handles. */
  covered: ConcernId[];
  /** What covers each concern in `covered`, in the same order. */
  coveredBy: CoveredEvidence[];
  /** Concerns a reviewer expects for this kind of system (and question). */
  relevant: ConcernId[];
  /** covered / relevant, 0..1. */
  coverage: number;
}

const SEVERITY_ORDER: Record<Severity, number> = { high: 0, medium: 1, low: 2 };
const RETRIEVER = phrases('retriever', 'retrieval', 'search', 'rerank', 'reranker');
const EMBEDDING = phrases('embedding', 'embed', 'encoder', 'reranker', 'rerank', 'cross encoder', 'judge', 'classifier');
const QUESTION_KINDS: Record<string, SystemKind> = {
  agents: 'agent',
  'multi-agent': 'agent',
  'tool-use': 'agent',
  rag: 'rag',
  search: 'rag',
  pipeline: 'pipeline',
  extraction: 'pipeline',
  moderation: 'pipeline',
  gateway: 'gateway',
  routing: 'gateway',
};

/** Nodes, their words and their roles, plus adjacency for path checks. */
class Graph {
  readonly text = new Map<string, string[]>();
  readonly next = new Map<string, Set<string>>();
  /** Solid edges only: dotted ones are async side paths (telemetry, feedback, retraining). */
  readonly solidNext = new Map<string, Set<string>>();

  constructor(readonly model: DiagramModel) {
    for (const node of model.nodes) {
      this.text.set(node.id, [...words(node.label), ...identifierWords(node.id)]);
      this.next.set(node.id, new Set());
    }
    for (const edge of model.edges) {
      const adjacency = edge.dotted ? [this.next] : [this.next, this.solidNext];
      for (const map of adjacency) {
        this.link(map, edge.from, edge.to);
        if (edge.bidirectional) this.link(map, edge.to, edge.from);
      }
    }
  }

  private link(map: Map<string, Set<string>>, from: string, to: string): void {
    if (!map.has(from)) map.set(from, new Set());
    map.get(from)!.add(to);
  }

  with(role: keyof typeof ROLES): string[] {
    return this.model.nodes.filter((node) => mentions(this.text.get(node.id)!, ROLES[role])).map((node) => node.id);
  }

  /** Language-model nodes: not embedding models, rerankers, fallbacks or guard models. */
  llms(): string[] {
    const notMain = new Set([...this.with('fallback'), ...this.with('inputGuard'), ...this.with('outputGuard')]);
    return this.with('llm').filter((id) => !notMain.has(id) && !mentions(this.text.get(id)!, EMBEDDING));
  }

  /** Stores that retrieval reads: database-shaped or named like an index, not the retriever itself. */
  indexes(): string[] {
    return this.with('index').filter((id) => !mentions(this.text.get(id)!, RETRIEVER));
  }

  /** Targets reachable from `from` without passing through any node in `blocked`. */
  reachableAvoiding(from: string, targets: Set<string>, blocked: Set<string>, solidOnly = false): string[] {
    const adjacency = solidOnly ? this.solidNext : this.next;
    const seen = new Set([from]);
    const queue = [from];
    const reached: string[] = [];
    while (queue.length) {
      for (const neighbour of adjacency.get(queue.shift()!) ?? []) {
        if (seen.has(neighbour)) continue;
        seen.add(neighbour);
        if (targets.has(neighbour)) reached.push(neighbour);
        if (!blocked.has(neighbour) && !targets.has(neighbour)) queue.push(neighbour);
      }
    }
    return reached;
  }

  /** Nodes with an edge into `node`. */
  sources(node: string): string[] {
    return [...this.next].filter(([, targets]) => targets.has(node)).map(([source]) => source);
  }
}

function inferKinds(graph: Graph, question: DesignQuestion | undefined): SystemKind[] {
  const kinds = new Set<SystemKind>();
  for (const tag of question?.tags ?? []) if (QUESTION_KINDS[tag]) kinds.add(QUESTION_KINDS[tag]!);
  if (!question) {
    if (graph.with('agent').length) kinds.add('agent');
    if (graph.indexes().length) kinds.add('rag');
    if (graph.with('pipeline').length) kinds.add('pipeline');
    if (graph.with('gateway').length && graph.llms().length + graph.with('provider').length >= 2) kinds.add('gateway');
  }
  if (graph.with('user').length || kinds.size === 0) kinds.add('chat');
  return [...kinds];
}

/** Runs the rubric critic: recognisers over labels plus graph checks, filtered by relevance. */
export function critiqueDiagram(model: DiagramModel, question?: DesignQuestion): Critique {
  const graph = new Graph(model);
  const allText = [
    ...model.nodes.map((node) => graph.text.get(node.id)!),
    ...model.edges.map((edge) => words(edge.label)),
    ...model.groups.map((group) => [...words(group.title), ...identifierWords(group.id)]),
  ];
  const recognised = (concern: ConcernId) => allText.some((text) => mentions(text, CONCERNS[concern].recognisers));
  const kinds = inferKinds(graph, question);

  const rubricWords = question
    ? words([...question.rubric.components, ...question.rubric.failureModes, ...question.rubric.evaluation].join(' . '))
    : [];
  const relevant = CONCERN_IDS.filter(
    (id) => CONCERNS[id].relevantTo.some((kind) => kinds.includes(kind)) || (question && mentions(rubricWords, CONCERNS[id].recognisers)),
  );

  const findings: Finding[] = [];
  const raise = (concern: ConcernId, check: string, nodes: string[], extra?: string) => {
    const definition = CONCERNS[concern];
    findings.push({
      id: `${concern}/${check}`,
      concern,
      severity: definition.severity,
      title: definition.title,
      detail: extra ? `${extra} ${definition.detail}` : definition.detail,
      nodes: [...new Set(nodes)],
      evidence: extra ?? 'No node, edge or group label in the diagram addresses it.',
    });
  };

  const llms = graph.llms();
  // A node named after people but doing evaluation or monitoring ("lawyer golden set") is no user.
  const offline = [
    ...CONCERNS['evaluation-offline'].recognisers,
    ...CONCERNS['evaluation-online'].recognisers,
    ...CONCERNS.observability.recognisers,
  ];
  const users = graph.with('user').filter((id) => !mentions(graph.text.get(id)!, offline));
  const llmSet = new Set(llms);
  const label = (id: string) => model.nodes.find((node) => node.id === id)?.label ?? id;

  // Graph checks: a concern can be named somewhere and still be missing on the path that matters.
  const inputGuards = new Set(graph.with('inputGuard'));
  for (const user of users) {
    const reached = graph.reachableAvoiding(user, llmSet, inputGuards, true);
    if (reached.length)
      raise(
        'input-guardrails',
        'unguarded-path',
        [user, ...reached],
        `Input from "${label(user)}" reaches "${label(reached[0]!)}" without passing an input guardrail.`,
      );
  }
  const outputGuards = new Set([...graph.with('outputGuard'), ...graph.with('approval')]);
  const readOnly = new Set(graph.with('readOnly'));
  const sideEffects = new Set(graph.with('sideEffect').filter((id) => !llmSet.has(id) && !readOnly.has(id)));
  const approvalNodes = new Set(graph.with('approval'));
  const exposed = new Set([...users, ...sideEffects].filter((id) => !approvalNodes.has(id)));
  for (const llm of llms) {
    const reached = graph.reachableAvoiding(llm, exposed, outputGuards);
    if (reached.length)
      raise(
        'output-guardrails',
        'unchecked-output',
        [llm, ...reached],
        `Output of "${label(llm)}" reaches "${label(reached[0]!)}" without an output check.`,
      );
  }
  if (llms.length && !recognised('fallback')) raise('fallback', 'single-provider', llms);
  const actors = [...llms, ...graph.with('agent')];
  const approvals = approvalNodes;
  const actions = [...sideEffects].filter((id) => !mentions(graph.text.get(id)!, ROLES.approval));
  for (const actor of actors) {
    const unapproved = graph.reachableAvoiding(actor, new Set(actions), approvals);
    // Pipelines may post confident results automatically; agents acting on their own may not.
    if (unapproved.length && kinds.includes('agent')) {
      raise(
        'human-in-the-loop',
        'unapproved-action',
        [actor, ...unapproved],
        `"${label(actor)}" can trigger "${label(unapproved[0]!)}" with no approval step.`,
      );
    }
  }
  const updaters = new Set(
    model.nodes.filter((node) => mentions(graph.text.get(node.id)!, CONCERNS['index-freshness'].recognisers)).map((node) => node.id),
  );
  for (const group of model.groups)
    if (mentions(words(group.title), CONCERNS['index-freshness'].recognisers)) for (const id of group.nodes) updaters.add(id);
  const stale = graph.indexes().filter((index) => !updaters.has(index) && !graph.sources(index).some((source) => updaters.has(source)));
  if (stale.length && kinds.includes('rag'))
    raise(
      'index-freshness',
      'no-update-path',
      stale,
      `Nothing writes to ${stale.map((id) => `"${label(id)}"`).join(', ')} when documents change.`,
    );

  const flagged = new Set(findings.map((finding) => finding.concern));
  const covered = relevant.filter((id) => recognised(id) && !flagged.has(id));
  const nodeHints: Partial<Record<ConcernId, string[]>> = {
    'agent-loop-limits': graph.with('agent'),
    'single-point-of-failure': graph.with('gateway'),
    'retrieval-quality': graph.indexes(),
    'rate-limiting': graph.with('gateway'),
  };
  for (const id of relevant) {
    if (!flagged.has(id) && !covered.includes(id)) raise(id, 'missing', nodeHints[id] ?? []);
  }
  const coveredBy = covered.map((concern) => {
    const nodes = model.nodes.filter((node) => mentions(graph.text.get(node.id)!, CONCERNS[concern].recognisers)).map((node) => node.id);
    return {
      concern,
      nodes,
      evidence: nodes.length ? `covered by ${nodes.map((id) => `\`${id}\` ${label(id)}`).join(', ')}` : 'covered by an edge or group label',
    };
  });
  const relevantFindings = findings.filter((finding) => relevant.includes(finding.concern));
  relevantFindings.sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || a.concern.localeCompare(b.concern));
  return {
    kinds,
    findings: relevantFindings,
    covered,
    coveredBy,
    relevant,
    coverage: relevant.length ? covered.length / relevant.length : 1,
  };
}
