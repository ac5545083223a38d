/**
 * Below this scale Mermaid's 16 px labels drop under about 10 px: fitting stops there and
 * the rest of a large diagram is reached by scrolling.
 */
export const MIN_READABLE_SCALE = 0.62;

/** Pan by dragging or scrolling, zoom with Ctrl+wheel (around the pointer) or buttons, fit to view. */
export class PanZoom {
  private scale = 1;
  private x = 0;
  private y = 0;
  private drag: { startX: number; startY: number; x: number; y: number; moved: boolean } | undefined;
  private dragged = false;
  /** Once the user pans or zooms, re-renders and resizes keep their view instead of re-fitting. */
  private userAdjusted = false;

  constructor(
    private readonly stage: HTMLElement,
    private readonly content: HTMLElement,
  ) {
    stage.addEventListener(
      'wheel',
      (event) => {
        event.preventDefault();
        // Pinch gestures arrive as Ctrl+wheel too.
        if (event.ctrlKey || event.metaKey) {
          const rect = stage.getBoundingClientRect();
          return this.zoomBy(event.deltaY < 0 ? 1.1 : 1 / 1.1, event.clientX - rect.left, event.clientY - rect.top);
        }
        const [dx, dy] = event.shiftKey && !event.deltaX ? [event.deltaY, 0] : [event.deltaX, event.deltaY];
        this.panBy(-dx, -dy);
      },
      { passive: false },
    );
    new ResizeObserver(() => {
      if (!this.userAdjusted) this.fit();
    }).observe(stage);
    stage.addEventListener('pointerdown', (event) => {
      this.dragged = false;
      this.drag = { startX: event.clientX, startY: event.clientY, x: this.x, y: this.y, moved: false };
    });
    window.addEventListener('pointermove', (event) => {
      if (!this.drag) return;
      const dx = event.clientX - this.drag.startX;
      const dy = event.clientY - this.drag.startY;
      if (!this.drag.moved && Math.hypot(dx, dy) < 4) return;
      this.drag.moved = true;
      this.userAdjusted = true;
      this.x = this.drag.x + dx;
      this.y = this.drag.y + dy;
      this.apply();
    });
    window.addEventListener('pointerup', () => {
      this.dragged = this.drag?.moved ?? false;
      this.drag = undefined;
    });
  }

  /** True right after a drag, so the click that ends it does not count as a node click. */
  wasDragged(): boolean {
    return this.dragged;
  }

  panBy(dx: number, dy: number): void {
    this.x += dx;
    this.y += dy;
    this.userAdjusted = true;
    this.apply();
  }

  /** Pans the least distance that brings a box (in page coordinates) into view, with a margin. */
  bringIntoView(box: DOMRect): void {
    const stage = this.stage.getBoundingClientRect();
    const margin = 24;
    const shift = (start: number, end: number, roomStart: number, roomEnd: number) =>
      start < roomStart + margin
        ? roomStart + margin - start
        : end > roomEnd - margin
          ? Math.max(roomEnd - margin - end, roomStart + margin - start)
          : 0;
    const dx = shift(box.left, box.right, stage.left, stage.right);
    const dy = shift(box.top, box.bottom, stage.top, stage.bottom);
    if (dx || dy) this.panBy(dx, dy);
  }

  /** Whether the diagram, at the current scale, is larger than the view. */
  overflows(): boolean {
    const size = this.contentSize();
    return !!size && (size.width * this.scale > this.stage.clientWidth + 1 || size.height * this.scale > this.stage.clientHeight + 1);
  }

  private contentSize(): { width: number; height: number } | undefined {
    const svg = this.content.querySelector('svg');
    if (!svg) return undefined;
    return {
      width: svg.viewBox.baseVal?.width || svg.getBoundingClientRect().width / this.scale,
      height: svg.viewBox.baseVal?.height || svg.getBoundingClientRect().height / this.scale,
    };
  }

  zoomBy(factor: number, originX = this.stage.clientWidth / 2, originY = this.stage.clientHeight / 2): void {
    const next = Math.min(8, Math.max(0.1, this.scale * factor));
    this.x = originX - ((originX - this.x) * next) / this.scale;
    this.y = originY - ((originY - this.y) * next) / this.scale;
    this.scale = next;
    this.userAdjusted = true;
    this.apply();
  }

  fit(): void {
    const svg = this.content.querySelector('svg');
    if (!svg) return;
    const width = svg.viewBox.baseVal?.width || svg.getBoundingClientRect().width / this.scale;
    const height = svg.viewBox.baseVal?.height || svg.getBoundingClientRect().height / this.scale;
    svg.setAttribute('width', String(width));
    svg.setAttribute('height', String(height));
    svg.style.maxWidth = 'none';
    const padding = 24;
    const fitted = Math.min(1.5, (this.stage.clientWidth - padding * 2) / width, (this.stage.clientHeight - padding * 2) / height);
    this.scale = Math.max(MIN_READABLE_SCALE, fitted);
    // Centre what fits; start a diagram too big to fit readably at its top-left corner.
    const place = (room: number, size: number) => (size * this.scale <= room - padding * 2 ? (room - size * this.scale) / 2 : padding);
    this.x = place(this.stage.clientWidth, width);
    this.y = place(this.stage.clientHeight, height);
    this.apply();
    this.userAdjusted = false;
  }

  /** After a re-render: fit, unless the user has chosen a view of their own. */
  contentChanged(): void {
    const svg = this.content.querySelector('svg');
    if (!svg) return;
    const box = svg.viewBox.baseVal;
    if (box?.width) {
      svg.setAttribute('width', String(box.width));
      svg.setAttribute('height', String(box.height));
      svg.style.maxWidth = 'none';
    }
    if (!this.userAdjusted) this.fit();
  }

  private apply(): void {
    this.content.style.transform = `translate(${this.x}px, ${this.y}px) scale(${this.scale})`;
  }
}
