// The diagram model the critics read, produced by Mermaid's own parser (flowchart/graph and
// architecture-beta), so the critique sees exactly what the canvas renders.
import { describeMermaidError } from '../design/sourceLines';

export interface DiagramNode {
  id: string;
  label: string;
  /** The label's lines (split at `<br>`), in plain words: a second line is often a note on the first. */
  lines: string[];
  /** Mermaid's shape for flowchart nodes ('stadium' for `([..])`, 'cylinder' for `[(..)]`, ...); 'cylinder' for an architecture service with a database icon. */
  shape?: string;
}

export interface DiagramEdge {
  from: string;
  to: string;
  label: string;
  /** Dotted edges usually mean "on failure" or "async" in these diagrams. */
  dotted: boolean;
  /** `<-->`: traffic flows both ways. */
  bidirectional: boolean;
  /** `---` or `-.-`: a link without an arrowhead, which candidates use to attach a note. */
  arrowless: boolean;
  lines: string[];
}

export interface DiagramGroup {
  id: string;
  title: string;
  nodes: string[];
}

export interface DiagramModel {
  kind: 'flowchart' | 'architecture';
  nodes: DiagramNode[];
  edges: DiagramEdge[];
  groups: DiagramGroup[];
}

export class DiagramSyntaxError extends Error {
  constructor(
    message: string,
    /** 1-based line in the source, when Mermaid says. */
    readonly line: number | null,
  ) {
    super(message);
  }
}

type Mermaid = (typeof import('mermaid'))['default'];
let mermaidInstance: Mermaid | undefined;

/**
 * Loads Mermaid in Node. Its sanitiser (DOMPurify) binds to a DOM window when its module is
 * evaluated, so a small linkedom window is installed as a global for that synchronous
 * require only, then removed: code sharing this process (the extension host) never sees a
 * `window` global.
 */
function loadMermaid(): Mermaid {
  if (mermaidInstance) return mermaidInstance;
  const globals = globalThis as unknown as Record<string, unknown>;
  const saved = { window: globals.window, document: globals.document };
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { parseHTML } = require('linkedom') as typeof import('linkedom');
  const dom = parseHTML('<!DOCTYPE html><html><body></body></html>') as unknown as { window: unknown; document: unknown };
  globals.window = dom.window;
  globals.document = dom.document;
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    mermaidInstance = (require('mermaid') as { default: Mermaid }).default;
  } finally {
    for (const [key, value] of Object.entries(saved)) {
      if (value === undefined) delete globals[key];
      else globals[key] = value;
    }
  }
  mermaidInstance.initialize({ startOnLoad: false, securityLevel: 'strict', flowchart: { htmlLabels: false } });
  return mermaidInstance;
}

/** Mermaid labels may carry markdown-ish markup and `<br>`; the critics read plain words. */
const plain = (text: unknown) =>
  String(text ?? '')
    .replace(/<br\s*\/?>/gi, ' ')
    .replace(/<[^>]+>/g, '')
    .replace(/[`*]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
const lines = (text: unknown) =>
  String(text ?? '')
    .split(/<br\s*\/?>|\n/i)
    .map(plain)
    .filter(Boolean);

interface FlowVertex {
  id: string;
  text?: string;
  type?: string;
}
interface FlowEdge {
  start: string;
  end: string;
  text?: string;
  stroke?: string;
  type?: string;
}
interface FlowSubGraph {
  id: string;
  title?: string;
  nodes: string[];
}
interface ArchitectureDb {
  getServices(): { id: string; icon?: string; title?: string }[];
  getJunctions(): { id: string }[];
  getGroups(): { id: string; title?: string }[];
  getEdges(): { lhsId: string; rhsId: string; lhsInto?: boolean; rhsInto?: boolean; title?: string }[];
  getNodes(): { id: string; in?: string }[];
}

/**
 * Parses a Mermaid diagram into nodes, edges and groups. Supports flowchart/graph and
 * architecture-beta; other diagram types and syntax errors throw DiagramSyntaxError with
 * Mermaid's message and, when known, the parser's line.
 */
export async function parseDiagram(source: string): Promise<DiagramModel> {
  const mermaid = loadMermaid();
  let diagram: { type: string; db: unknown };
  try {
    diagram = (await mermaid.mermaidAPI.getDiagramFromText(source)) as unknown as { type: string; db: unknown };
  } catch (error) {
    const { message, parserLine } = describeMermaidError(error);
    throw new DiagramSyntaxError(message, parserLine);
  }
  if (diagram.type === 'flowchart-v2' || diagram.type === 'flowchart') {
    const db = diagram.db as { getVertices(): Map<string, FlowVertex>; getEdges(): FlowEdge[]; getSubGraphs(): FlowSubGraph[] };
    return {
      kind: 'flowchart',
      nodes: [...db.getVertices().values()].map((vertex) => ({
        id: vertex.id,
        label: plain(vertex.text ?? vertex.id) || vertex.id,
        lines: lines(vertex.text ?? vertex.id),
        ...(vertex.type ? { shape: vertex.type } : {}),
      })),
      // `~~~` only positions nodes: it is no link.
      edges: db
        .getEdges()
        .filter((edge) => edge.stroke !== 'invisible')
        .map((edge) => ({
          from: edge.start,
          to: edge.end,
          label: plain(edge.text),
          dotted: edge.stroke === 'dotted',
          bidirectional: edge.type?.startsWith('double_') ?? false,
          arrowless: edge.type === 'arrow_open',
          lines: lines(edge.text),
        })),
      groups: db.getSubGraphs().map((group) => ({ id: group.id, title: plain(group.title ?? group.id), nodes: [...group.nodes] })),
    };
  }
  if (diagram.type === 'architecture') {
    const db = diagram.db as ArchitectureDb;
    const memberships = db.getNodes();
    return {
      kind: 'architecture',
      nodes: [
        ...db.getServices().map((service) => ({
          id: service.id,
          label: plain(service.title ?? service.id) || service.id,
          lines: lines(service.title ?? service.id),
          // A database icon is the architecture spelling of a flowchart cylinder: a store.
          ...(service.icon === 'database' ? { shape: 'cylinder' } : {}),
        })),
        ...db.getJunctions().map((junction) => ({ id: junction.id, label: junction.id, lines: [junction.id] })),
      ],
      // `a:R --> L:b` flows from a to b and `a:T <-- B:b` from b to a; a plain `--` (or arrows both ways) has no direction.
      edges: db.getEdges().map((edge) => {
        const oneWay = Boolean(edge.lhsInto) !== Boolean(edge.rhsInto);
        const [from, to] = edge.lhsInto && !edge.rhsInto ? [edge.rhsId, edge.lhsId] : [edge.lhsId, edge.rhsId];
        return {
          from,
          to,
          label: plain(edge.title),
          dotted: false,
          bidirectional: !oneWay,
          arrowless: false,
          lines: lines(edge.title),
        };
      }),
      groups: db.getGroups().map((group) => ({
        id: group.id,
        title: plain(group.title ?? group.id),
        nodes: memberships.filter((node) => node.in === group.id).map((node) => node.id),
      })),
    };
  }
  throw new DiagramSyntaxError(`"${diagram.type}" diagrams are not reviewed: use a flowchart (or architecture-beta) diagram`, null);
}
