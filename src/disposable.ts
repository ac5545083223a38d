/** Anything with a dispose method: VS Code's Disposable and the core's subscriptions alike. */
export interface DisposableLike {
  dispose(): unknown;
}

/**
 * Base of every feature: it owns what it creates (listeners, commands, views) and disposes
 * them in reverse order. Anything handed to it after dispose() is disposed at once, so a
 * late async registration cannot outlive the extension.
 */
export class Disposable implements DisposableLike {
  private readonly owned: DisposableLike[] = [];
  private disposed = false;

  get isDisposed(): boolean {
    return this.disposed;
  }

  /** Takes ownership of each item and returns the first, for `const x = this.own(create())`. */
  protected own<T extends DisposableLike>(item: T, ...more: DisposableLike[]): T {
    for (const disposable of [item, ...more]) {
      if (this.disposed) disposable.dispose();
      else this.owned.push(disposable);
    }
    return item;
  }

  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    for (const disposable of this.owned.splice(0).reverse()) disposable.dispose();
  }
}

/** Adds a feature to the extension's subscriptions and returns it: the tail of every `static register`. */
export function registered<T extends DisposableLike>(context: { subscriptions: DisposableLike[] }, feature: T): T {
  context.subscriptions.push(feature);
  return feature;
}
