import { strict as assert } from 'node:assert';
import { Disposable, registered } from '../../src/disposable';

class Feature extends Disposable {
  adopt(...items: { dispose(): void }[]) {
    for (const item of items) this.own(item);
  }
}

const probe = (log: string[], name: string) => ({ dispose: () => void log.push(name) });

describe('Disposable base', () => {
  it('disposes what it owns once, last first', () => {
    const log: string[] = [];
    const feature = new Feature();
    feature.adopt(probe(log, 'a'), probe(log, 'b'));
    feature.dispose();
    feature.dispose();
    assert.deepEqual(log, ['b', 'a']);
    assert.ok(feature.isDisposed);
  });

  it('disposes a late arrival at once', () => {
    const log: string[] = [];
    const feature = new Feature();
    feature.dispose();
    feature.adopt(probe(log, 'late'));
    assert.deepEqual(log, ['late']);
  });

  it('register adds the feature to the subscriptions', () => {
    const context = { subscriptions: [] as { dispose(): unknown }[] };
    const feature = registered(context, new Feature());
    assert.deepEqual(context.subscriptions, [feature]);
  });
});
