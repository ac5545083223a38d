// The quick fix for a critique finding: insert the missing component *into the flow*, where
// a reviewer would draw it (an input guard between the user and the model with the old edge
// rerouted through it, a fallback beside the model on a dotted edge, ...), not as a node
// that hangs off nothing. Mermaid text in, text inserts out; the host applies them.
import { CONCERNS, ROLES } from '../critique/concerns';
import type { DiagramEdge, DiagramModel } from '../critique/diagram';
import { identifierWords, mentions, phrases, words, type Phrases } from '../critique/text';
import { insertComponent, placeInsert } from './palette';

/** Insert `text` at a 0-based line and character of the original source. Inserts never overlap. */
export interface TextInsert {
  line: number;
  character: number;
  text: string;
}

export interface WiredComponent {
  /** Id of the new node. */
  nodeId: string;
  edits: TextInsert[];
  /** Where it went, for the quick fix's title: "between client and llm". */
  placement: string;
  /** False when the diagram offered nothing to wire it to (the node is added on its own). */
  wired: boolean;
}

const RETRIEVAL: Phrases = [...ROLES.index, ...phrases('retriever', 'retrieval', 'search', 'vector')];
const SOURCES: Phrases = phrases('document', 'docs', 'source', 'sharepoint', 'confluence', 'wiki', 'drive', 's3', 'bucket', 'files', 'crm');
const EMBEDDING: Phrases = phrases('embedding', 'embed', 'encoder', 'reranker', 'rerank', 'judge', 'classifier');

class Flow {
  readonly words = new Map<string, string[]>();

  constructor(readonly model: DiagramModel) {
    for (const node of model.nodes) this.words.set(node.id, [...words(node.label), ...identifierWords(node.id)]);
  }

  has(id: string | undefined): id is string {
    return id !== undefined && this.words.has(id);
  }

  is(id: string, candidates: Phrases): boolean {
    return mentions(this.words.get(id) ?? [], candidates);
  }

  with(candidates: Phrases): string[] {
    return this.model.nodes.map((node) => node.id).filter((id) => this.is(id, candidates));
  }

  /** The main language models: not fallbacks, guards, embedders or judges. */
  llms(): string[] {
    return this.with(ROLES.llm).filter(
      (id) => !this.is(id, ROLES.fallback) && !this.is(id, ROLES.inputGuard) && !this.is(id, ROLES.outputGuard) && !this.is(id, EMBEDDING),
    );
  }

  users(): string[] {
    return this.with(ROLES.user).filter((id) => !this.llms().includes(id));
  }

  /** Edges leaving a node in the direction traffic flows (two-way edges count both ways). */
  outgoing(id: string): DiagramEdge[] {
    return this.model.edges.filter((edge) => edge.from === id || (edge.bidirectional && edge.to === id));
  }

  incoming(id: string): DiagramEdge[] {
    return this.model.edges.filter((edge) => edge.to === id || (edge.bidirectional && edge.from === id));
  }

  /** The other end of an edge seen from `id`. */
  static other(edge: DiagramEdge, id: string): string {
    return edge.from === id ? edge.to : edge.from;
  }

  /** Whether `target` is reachable from `start` along solid edges without passing `blocked`. */
  reaches(start: string, target: string, blocked: Set<string>): boolean {
    const seen = new Set([start]);
    const queue = [start];
    while (queue.length) {
      const at = queue.shift()!;
      if (at === target) return true;
      for (const edge of this.outgoing(at)) {
        const next = Flow.other(edge, at);
        if (edge.dotted || seen.has(next) || (blocked.has(next) && next !== target)) continue;
        seen.add(next);
        queue.push(next);
      }
    }
    return false;
  }
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Hides shape text, quoted text and |labels| behind a placeholder of the same length, so positions stay put. */
function mask(line: string): string {
  let out = '';
  let depth = 0;
  let quote = false;
  let pipe = false;
  for (const char of line) {
    if (quote) {
      quote = char !== '"';
      out += '\u0001';
    } else if (char === '"') {
      quote = true;
      out += '\u0001';
    } else if (depth === 0 && char === '|') {
      pipe = !pipe;
      out += char;
    } else if (pipe) {
      out += '\u0001';
    } else if ('[({'.includes(char)) {
      depth++;
      out += '\u0001';
    } else if (depth > 0 && '])}'.includes(char)) {
      depth--;
      out += '\u0001';
    } else {
      out += depth > 0 ? '\u0001' : char;
    }
  }
  return out;
}

// One link between two node references: `-->`, `---`, `-.->`, `==>`, `<-->`, `--x`, with an
// optional |label|, or the labelled forms `-- text -->`, `-. text .->`, `== text ==>`.
const LINK = String.raw`\s*(?:[<xo]?(?:--|==|-\.)[^<>|=\-\u0001]+?(?:-{2,}[>xo]?|={2,}[>xo]?|\.-+[>xo]?)|[<xo]?(?:-{2,}|={2,}|-?\.+-?)[>xo\-=]?)\s*(?:\|[^|]*\|\s*)?`;
const REF = (id: string) => String.raw`(?<![\w-])${escape(id)}@?\u0001*\s*`;
const GROUP = String.raw`(?:&\s*[\w-]+@?\u0001*\s*)*`;

/** Where to insert before `to` in the text of the edge from `from` to `to`, if it is written plainly. */
function locateEdge(lines: string[], from: string, to: string): { line: number; character: number } | undefined {
  const pattern = new RegExp(String.raw`${REF(from)}${GROUP}${LINK}(?:[\w-]+@?\u0001*\s*&\s*)*(?<![\w-])(${escape(to)})(?![\w-])`);
  for (let line = 0; line < lines.length; line++) {
    if (/^\s*%%/.test(lines[line]!)) continue;
    const match = pattern.exec(mask(lines[line]!));
    if (match) return { line, character: match.index + match[0].length - to.length };
  }
  return undefined;
}

const arrow = (edge: DiagramEdge) => (edge.bidirectional ? '<-->' : edge.dotted ? '-.->' : '-->');

interface Plan {
  /** Existing edges to send through the new node: edge, and the label of the new second hop. */
  reroute: { edge: DiagramEdge; label?: string }[];
  /** New edges, with `$` standing for the new node. */
  add: string[];
  placement: string;
}

const link = (from: string, to: string, style = '-->', label?: string) => `${from} ${style}${label ? `|${label}|` : ''} ${to}`;

/** Where each palette component belongs in this diagram's flow. */
function plan(flow: Flow, component: string, findingNodes: string[]): Plan | undefined {
  const named = findingNodes.filter((id) => flow.has(id));
  const [llm = flow.llms()[0]] = named.filter((id) => flow.llms().includes(id));
  const guards = (phrasesOf: Phrases) => new Set(flow.with(phrasesOf));
  switch (component) {
    case 'inputGuardrail': {
      if (!llm) return undefined;
      const blocked = guards(ROLES.inputGuard);
      const users = named.filter((id) => flow.users().includes(id));
      for (const user of users.length ? users : flow.users()) {
        const hops = flow.outgoing(user).filter((edge) => flow.reaches(Flow.other(edge, user), llm, blocked) && !edge.dotted);
        if (hops.length) return { reroute: hops.map((edge) => ({ edge })), add: [], placement: `between ${user} and ${llm}` };
      }
      const into = flow.incoming(llm).filter((edge) => !edge.dotted);
      return into.length ? { reroute: into.slice(0, 1).map((edge) => ({ edge })), add: [], placement: `in front of ${llm}` } : undefined;
    }
    case 'outputGuardrail': {
      if (!llm) return undefined;
      const blocked = guards([...ROLES.outputGuard, ...ROLES.approval]);
      const exposed = named.filter((id) => id !== llm);
      const targets = exposed.length ? exposed : flow.users();
      const hops = flow
        .outgoing(llm)
        .filter((edge) => !edge.dotted && targets.some((target) => flow.reaches(Flow.other(edge, llm), target, blocked)));
      return hops.length
        ? { reroute: hops.map((edge) => ({ edge })), add: [], placement: `between ${llm} and ${targets[0] ?? 'its output'}` }
        : undefined;
    }
    case 'fallbackModel': {
      if (!llm) return undefined;
      const callers = flow.incoming(llm).map((edge) => Flow.other(edge, llm));
      const consumers = flow.outgoing(llm).map((edge) => Flow.other(edge, llm));
      const [caller] = callers;
      const into = caller ? link(caller, '$', '-.->', 'on 5xx or timeout') : link(llm, '$', '-.->', 'on failure');
      const out = [...new Set(consumers)].slice(0, 3).map((consumer) => link('$', consumer));
      return { reroute: [], add: [into, ...out], placement: `beside ${llm}` };
    }
    case 'rateLimiter': {
      for (const user of flow.users()) {
        const hops = flow.outgoing(user).filter((edge) => !edge.dotted);
        if (hops.length) return { reroute: hops.map((edge) => ({ edge })), add: [], placement: `after ${user}` };
      }
      return undefined;
    }
    case 'cache':
    case 'queue': {
      if (!llm) return undefined;
      const [into] = flow.incoming(llm).filter((edge) => !edge.dotted);
      return into
        ? { reroute: [{ edge: into, ...(component === 'cache' ? { label: 'miss' } : {}) }], add: [], placement: `in front of ${llm}` }
        : undefined;
    }
    case 'humanReview': {
      // The finding names the actor first, then the actions it reaches unapproved.
      const actions = (named.length > 1 ? named.slice(1) : named).filter(
        (id) => flow.is(id, ROLES.sideEffect) && !flow.is(id, ROLES.agent) && !flow.llms().includes(id),
      );
      const [action] = actions;
      if (!action) return llm ? { reroute: [], add: [link(llm, '$', '-.->', 'low confidence')], placement: `beside ${llm}` } : undefined;
      const into = flow.incoming(action).filter((edge) => !edge.dotted);
      return into.length
        ? { reroute: into.map((edge) => ({ edge, label: 'approved' })), add: [], placement: `before ${action}` }
        : undefined;
    }
    case 'evalHarness': {
      const [traces] = flow.with([...CONCERNS.observability.recognisers, ...CONCERNS['evaluation-online'].recognisers]);
      const source = traces ?? llm;
      if (!source) return undefined;
      return {
        reroute: [],
        add: [
          link(source, '$', '-.->', traces ? 'sampled traces' : 'logged answers'),
          ...(llm ? [link('$', llm, '-.->', 'regression gate')] : []),
        ],
        placement: traces ? `fed from ${traces}` : `beside ${source}`,
      };
    }
    case 'feedbackStore': {
      const [user] = flow.users();
      if (!user) return undefined;
      const [harness] = flow.with(CONCERNS['evaluation-offline'].recognisers);
      return {
        reroute: [],
        add: [link(user, '$', '-.->', 'thumbs up/down'), ...(harness ? [link('$', harness, '-.->', 'labelled examples')] : [])],
        placement: `fed by ${user}`,
      };
    }
    case 'tracing': {
      const sources = [...new Set([...(llm ? [llm] : []), ...flow.with(ROLES.agent), ...flow.with(ROLES.gateway)])].slice(0, 3);
      return sources.length
        ? { reroute: [], add: sources.map((id) => link(id, '$', '-.->', 'traces')), placement: `fed by ${sources.join(', ')}` }
        : undefined;
    }
    case 'reranker': {
      const retrieval = new Set(flow.with(RETRIEVAL));
      const hops = flow.model.edges.filter(
        (edge) => retrieval.has(edge.from) && !retrieval.has(edge.to) && !edge.dotted && (!llm || flow.reaches(edge.to, llm, new Set())),
      );
      return hops.length
        ? { reroute: hops.slice(0, 2).map((edge) => ({ edge })), add: [], placement: `after ${hops[0]!.from}` }
        : undefined;
    }
    case 'ingestion': {
      const indexes = named.length ? named : flow.with(ROLES.index);
      if (!indexes.length) return undefined;
      const [docs] = flow.with(SOURCES).filter((id) => !indexes.includes(id));
      return {
        reroute: [],
        add: [
          ...(docs ? [link(docs, '$', '-->', 'on change')] : []),
          ...indexes.slice(0, 3).map((index) => link('$', index, '-->', 're-embed')),
        ],
        placement: `feeding ${indexes.join(', ')}`,
      };
    }
    default:
      return undefined;
  }
}

/**
 * The edits that add `component` (a palette id) for a finding about `findingNodes`, wired into
 * the flow. Rerouted edges keep their label and style on the first hop; the new node's own
 * line and its new edges go after the last line. Undefined for diagrams it cannot edit
 * safely (architecture-beta).
 */
export function wireComponent(source: string, model: DiagramModel, component: string, findingNodes: string[]): WiredComponent | undefined {
  if (model.kind !== 'flowchart') return undefined;
  const { edit: definition, nodeId } = insertComponent(source, component);
  const flow = new Flow(model);
  const lines = source.split('\n');
  const chosen = plan(flow, component, findingNodes);
  const inline: TextInsert[] = [];
  const added: string[] = [];
  for (const { edge, label } of chosen?.reroute ?? []) {
    const at = locateEdge(lines, edge.from, edge.to);
    if (at && !inline.some((edit) => edit.line === at.line && edit.character === at.character))
      inline.push({ ...at, text: `${nodeId} ${arrow(edge)}${label ? `|${label}|` : ''} ` });
    // An edge the text does not spell plainly (a group, an edge id) is added beside, not rewritten.
    else if (!at) added.push(link(edge.from, nodeId, arrow(edge)), link(nodeId, edge.to, arrow(edge), label));
  }
  added.push(...(chosen?.add ?? []).map((line) => line.replace(/\$/g, nodeId)));
  const wired = inline.length + added.length > 0;
  const tail = added.map((line) => `    ${line}\n`).join('');
  return {
    nodeId,
    edits: [...inline, placeInsert(source, { line: definition.line, text: definition.text + tail })],
    placement: wired ? chosen!.placement : 'on its own (nothing to connect it to yet)',
    wired,
  };
}

/** Applies inserts made against the same original text (what the host does with a WorkspaceEdit). */
export function applyInserts(source: string, edits: TextInsert[]): string {
  const lines = source.split('\n');
  for (const edit of [...edits].sort((a, b) => b.line - a.line || b.character - a.character)) {
    const line = lines[edit.line]!;
    lines.splice(edit.line, 1, ...(line.slice(0, edit.character) + edit.text + line.slice(edit.character)).split('\n'));
  }
  return lines.join('\n');
}
