import { describeMermaidError } from '../../src/core/design/sourceLines';
import type { CanvasTheme } from '../../src/protocol/canvas';

export type RenderOutcome =
  | { kind: 'ok'; svg: SVGSVGElement; nodes: Map<string, Element>; durationMs: number }
  | { kind: 'error'; message: string; line: number | null };

export interface Renderer {
  render(text: string, theme: CanvasTheme): Promise<RenderOutcome>;
  nodeElement(root: ParentNode, nodeId: string): Element | null;
}

/**
 * Mermaid's node groups carry the node id as `data-id`, or inside an element id of the form
 * `<diagram id>-flowchart-<node id>-<n>`.
 */
function nodeIdOf(element: Element): string | undefined {
  const dataId = element.getAttribute('data-id');
  if (dataId) return dataId;
  return /(?:^|-)flowchart-(.+)-\d+$/.exec(element.id)?.[1];
}

/** Loads Mermaid on first use (it is most of the bundle) and renders one diagram at a time. */
export async function createRenderer(): Promise<Renderer> {
  const { default: mermaid } = await import('mermaid');
  let queue: Promise<unknown> = Promise.resolve();
  let counter = 0;

  async function renderNow(text: string, theme: CanvasTheme): Promise<RenderOutcome> {
    const started = performance.now();
    mermaid.initialize({
      startOnLoad: false,
      securityLevel: 'strict',
      theme,
      // SVG text instead of HTML labels: no foreignObject, so PNG export can draw the SVG.
      flowchart: { htmlLabels: false },
      suppressErrorRendering: true,
    });
    try {
      await mermaid.parse(text);
      const { svg } = await mermaid.render(`ais-diagram-${++counter}`, text);
      const template = document.createElement('template');
      template.innerHTML = svg;
      const element = template.content.querySelector('svg') as SVGSVGElement;
      const nodes = new Map<string, Element>();
      for (const group of element.querySelectorAll('g.node')) {
        const nodeId = nodeIdOf(group);
        if (nodeId) nodes.set(nodeId, group);
      }
      return { kind: 'ok', svg: element, nodes, durationMs: performance.now() - started };
    } catch (error) {
      const { message, parserLine } = describeMermaidError(error);
      return { kind: 'error', message, line: parserLine };
    }
  }

  return {
    render(text, theme) {
      const next = queue.then(() => renderNow(text, theme));
      queue = next.catch(() => undefined);
      return next;
    },
    nodeElement(root, nodeId) {
      return [...root.querySelectorAll('g.node')].find((group) => nodeIdOf(group) === nodeId) ?? null;
    },
  };
}
