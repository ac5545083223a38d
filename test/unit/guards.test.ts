import { strict as assert } from 'node:assert';
import { arrayOf, isNumber, isString, nullable, oneOf, unionGuard } from '../../src/protocol/guards';
import { isCanvasToHost, isHostToCanvas } from '../../src/protocol/canvas';
import { isCardsToHost } from '../../src/protocol/cards';
import { isDebriefToHost, isHostToDebrief } from '../../src/protocol/debrief';

type Message = { type: 'ping' } | { type: 'move'; x: number; label: string | null };

// Type-level checks: each @ts-expect-error fails the typecheck (npm run typecheck) if the
// table below it compiles, so a guard table cannot drift from its union.
// @ts-expect-error a union member without a guard
unionGuard<Message>({ ping: {} });
// @ts-expect-error a guard for a type the union lacks
unionGuard<Message>({ ping: {}, move: { x: isNumber, label: nullable(isString) }, jump: {} });
// @ts-expect-error a variant's field without a check
unionGuard<Message>({ ping: {}, move: { x: isNumber } });
// @ts-expect-error a check for a field the variant lacks
unionGuard<Message>({ ping: {}, move: { x: isNumber, label: nullable(isString), y: isNumber } });
// @ts-expect-error a check of the wrong type
unionGuard<Message>({ ping: {}, move: { x: isString, label: nullable(isString) } });

const isMessage = unionGuard<Message>({ ping: {}, move: { x: isNumber, label: nullable(isString) } });

describe('protocol guards', () => {
  it('check the debrief page messages both ways', () => {
    const debrief = {
      title: 'RAG',
      diagramPath: 'designs/rag.mmd',
      endedBy: 'stop',
      phases: [{ title: 'Requirements', spentMs: 1000, plannedMs: 300_000 }],
      notes: '',
      notesPath: 'designs/rag.notes.md',
      critique: { coverage: 0.5, findings: [{ severity: 'high', title: 'No fallback', evidence: '' }] },
      critiqueNote: '',
      rubric: [{ name: 'Caching', covered: false }],
      hasModelAnswer: true,
      drillCards: 3,
    };
    assert.ok(isHostToDebrief({ type: 'show', debrief }));
    assert.ok(isHostToDebrief({ type: 'show', debrief: { ...debrief, critique: null } }));
    assert.ok(!isHostToDebrief({ type: 'show', debrief: { ...debrief, endedBy: 'crash' } }));
    assert.ok(!isHostToDebrief({ type: 'show', debrief: { ...debrief, rubric: [{ name: 'Caching' }] } }));
    assert.ok(isDebriefToHost({ type: 'drill' }) && isDebriefToHost({ type: 'openModelAnswer' }));
    assert.ok(!isDebriefToHost({ type: 'drill-all' }));
  });

  it('accept well-formed messages and reject unknown types, missing and mistyped fields', () => {
    assert.ok(isMessage({ type: 'ping' }));
    assert.ok(isMessage({ type: 'move', x: 1, label: null }));
    assert.ok(!isMessage({ type: 'jump' }));
    assert.ok(!isMessage({ type: 'move', x: 1 }));
    assert.ok(!isMessage({ type: 'move', x: Number.NaN, label: 'a' }));
    assert.ok(!isMessage(null));
    assert.ok(!isMessage('ping'));
  });

  it('check enumerations and arrays element by element', () => {
    assert.ok(oneOf('a', 'b')('a'));
    assert.ok(!oneOf('a', 'b')('c'));
    assert.ok(arrayOf(isString)(['x', 'y']));
    assert.ok(!arrayOf(isString)(['x', 1]));
  });

  it('guard the real protocols in both directions', () => {
    assert.ok(isCanvasToHost({ type: 'connect', from: 'a', to: 'b' }));
    assert.ok(!isCanvasToHost({ type: 'connect', from: 'a' }));
    assert.ok(isHostToCanvas({ type: 'highlight', nodeIds: ['a'] }));
    assert.ok(!isHostToCanvas({ type: 'highlight', nodeIds: 'a' }));
    assert.ok(isCardsToHost({ type: 'grade', cardId: 'c', grade: 'good' }));
    assert.ok(!isCardsToHost({ type: 'grade', cardId: 'c', grade: 'perfect' }));
  });
});
