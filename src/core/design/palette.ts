export const SHAPE_NAMES = ['box', 'stadium', 'cylinder', 'hexagon', 'subroutine', 'trapezoid'] as const;
export type Shape = (typeof SHAPE_NAMES)[number];

/** What the canvas palette shows for a component. */
export interface PaletteEntry {
  id: string;
  label: string;
  /** Two to four letters for the collapsed palette's icon rail. */
  short: string;
  group: string;
  description: string;
  shape: Shape;
}

/** Building blocks of AI systems, inserted into a diagram as well-formed Mermaid nodes. */
export const COMPONENTS: readonly PaletteEntry[] = [
  { id: 'client', label: 'Client', short: 'CLI', group: 'Edge', shape: 'stadium', description: 'Web, mobile or API caller' },
  { id: 'apiGateway', label: 'API gateway', short: 'GW', group: 'Edge', shape: 'box', description: 'Auth, routing, quotas' },
  { id: 'rateLimiter', label: 'Rate limiter', short: 'RL', group: 'Edge', shape: 'box', description: 'Per-user or per-tenant limits' },
  { id: 'llm', label: 'LLM', short: 'LLM', group: 'Models', shape: 'hexagon', description: 'Primary model call' },
  {
    id: 'fallbackModel',
    label: 'Fallback model',
    short: 'ALT',
    group: 'Models',
    shape: 'hexagon',
    description: 'Second provider or smaller model',
  },
  {
    id: 'embeddingModel',
    label: 'Embedding model',
    short: 'EMB',
    group: 'Models',
    shape: 'hexagon',
    description: 'Turns text into vectors',
  },
  { id: 'reranker', label: 'Reranker', short: 'RR', group: 'Retrieval', shape: 'box', description: 'Cross-encoder over top candidates' },
  {
    id: 'vectorDb',
    label: 'Vector DB',
    short: 'VDB',
    group: 'Retrieval',
    shape: 'cylinder',
    description: 'Approximate nearest-neighbour index',
  },
  {
    id: 'keywordIndex',
    label: 'Keyword BM25 index',
    short: 'BM25',
    group: 'Retrieval',
    shape: 'cylinder',
    description: 'Lexical search for exact terms',
  },
  {
    id: 'documentStore',
    label: 'Document store',
    short: 'DOC',
    group: 'Retrieval',
    shape: 'cylinder',
    description: 'Source documents and metadata',
  },
  {
    id: 'ingestion',
    label: 'Ingestion pipeline',
    short: 'ING',
    group: 'Retrieval',
    shape: 'box',
    description: 'Chunk, embed and re-index on update',
  },
  { id: 'cache', label: 'Cache', short: 'CA', group: 'Serving', shape: 'cylinder', description: 'Exact or semantic response cache' },
  { id: 'queue', label: 'Queue', short: 'Q', group: 'Serving', shape: 'subroutine', description: 'Decouples slow or bursty work' },
  { id: 'worker', label: 'Worker', short: 'WK', group: 'Serving', shape: 'box', description: 'Async processing' },
  {
    id: 'orchestrator',
    label: 'Agent orchestrator',
    short: 'AGT',
    group: 'Agents',
    shape: 'box',
    description: 'Bounded tool-calling loop',
  },
  { id: 'toolApi', label: 'Tool API', short: 'TL', group: 'Agents', shape: 'subroutine', description: 'Side-effecting external action' },
  {
    id: 'inputGuardrail',
    label: 'Input guardrail',
    short: 'IN',
    group: 'Safety',
    shape: 'trapezoid',
    description: 'Injection, PII and policy checks',
  },
  {
    id: 'outputGuardrail',
    label: 'Output guardrail',
    short: 'OUT',
    group: 'Safety',
    shape: 'trapezoid',
    description: 'Grounding, toxicity, schema checks',
  },
  { id: 'humanReview', label: 'Human review', short: 'HR', group: 'Safety', shape: 'stadium', description: 'Approval or escalation queue' },
  {
    id: 'evalHarness',
    label: 'Eval harness',
    short: 'EV',
    group: 'Quality',
    shape: 'box',
    description: 'Golden set, LLM-as-judge, regression gate',
  },
  {
    id: 'feedbackStore',
    label: 'Feedback store',
    short: 'FB',
    group: 'Quality',
    shape: 'cylinder',
    description: 'Thumbs up/down and corrections',
  },
  { id: 'tracing', label: 'Tracing and monitoring', short: 'TR', group: 'Quality', shape: 'box', description: 'Traces, metrics, alerts' },
];

const SHAPES: Record<Shape, (label: string) => string> = {
  box: (label) => `[${label}]`,
  stadium: (label) => `([${label}])`,
  cylinder: (label) => `[(${label})]`,
  hexagon: (label) => `{{${label}}}`,
  subroutine: (label) => `[[${label}]]`,
  trapezoid: (label) => `[/${label}\\]`,
};

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const usesId = (text: string, id: string) => new RegExp(`(^|[^\\w-])${escapeRegExp(id)}([^\\w-]|$)`, 'm').test(text);

const DIAGRAM_HEADER = /^\s*(flowchart|graph)\b/m;

/** A text edit as the host applies it: insert `text` at the start of `line` (0-based). */
export interface LineInsert {
  line: number;
  text: string;
}

/** Where new lines go: after the last non-blank line, so trailing blank lines stay last. */
function appendLine(source: string): number {
  const lines = source.split('\n');
  let last = lines.length - 1;
  while (last >= 0 && lines[last]!.trim() === '') last--;
  return last + 1;
}

/**
 * The edit that adds a palette component as a new node with an id unused in the diagram
 * (vectorDb, vectorDb2, ...), adding a flowchart header when the document has none. Given
 * `from`, the node comes in on an edge from that node, so new nodes extend the flow instead
 * of stacking up unconnected in the first rank.
 */
export function insertComponent(source: string, componentId: string, from?: string): { edit: LineInsert; nodeId: string } {
  const component = COMPONENTS.find((candidate) => candidate.id === componentId);
  if (!component) throw new Error(`unknown palette component "${componentId}"`);
  let nodeId = component.id;
  for (let n = 2; usesId(source, nodeId); n++) nodeId = `${component.id}${n}`;
  const declaration = `${nodeId}${SHAPES[component.shape](component.label)}`;
  const node = from && usesId(source, from) ? `    ${from} --> ${declaration}\n` : `    ${declaration}\n`;
  if (!DIAGRAM_HEADER.test(source)) return { edit: { line: appendLine(source), text: `flowchart LR\n${node}` }, nodeId };
  return { edit: { line: appendLine(source), text: node }, nodeId };
}

export function connectNodes(source: string, from: string, to: string): LineInsert {
  return { line: appendLine(source), text: `    ${from} --> ${to}\n` };
}

/**
 * Where a LineInsert lands in a document (0-based line and character): at the start of its
 * line, or, past the last line, at the end of the text with a line break first unless the
 * last line is empty.
 */
export function placeInsert(source: string, insert: LineInsert): { line: number; character: number; text: string } {
  const lines = source.split('\n');
  if (insert.line < lines.length) return { line: insert.line, character: 0, text: insert.text };
  const last = lines.length - 1;
  const lastText = lines[last]!.replace(/\r$/, '');
  return { line: last, character: lastText.length, text: lastText ? `\n${insert.text}` : insert.text };
}

/** The node ids, among `nodeIds`, that a line of the source mentions (none on comment lines). */
export function nodesOnLine(line: string, nodeIds: readonly string[]): string[] {
  if (line.trim().startsWith('%%')) return [];
  return nodeIds.filter((id) => new RegExp(`(^|[^\\w-])${escapeRegExp(id)}([^\\w-]|$)`).test(line));
}

/** Where a node id first appears outside comments (0-based line and column), or undefined. */
export function findNodePosition(source: string, nodeId: string): { line: number; column: number } | undefined {
  const pattern = new RegExp(`(^|[^\\w-])(${escapeRegExp(nodeId)})([^\\w-]|$)`);
  const lines = source.split('\n');
  for (let line = 0; line < lines.length; line++) {
    if (lines[line]!.trim().startsWith('%%')) continue;
    const match = pattern.exec(lines[line]!);
    if (match) return { line, column: match.index + match[1]!.length };
  }
  return undefined;
}

/** The 0-based line where a node id first appears outside comments, or undefined. */
export const findNodeLine = (source: string, nodeId: string): number | undefined => findNodePosition(source, nodeId)?.line;
