import { strict as assert } from 'node:assert';
import { loadCatalog } from '../../src/core/catalog/load';
import type { DesignQuestion } from '../../src/core/catalog/types';
import { critiqueSource } from '../../src/core/critique/report';
import { answerSections, compareWithModel } from '../../src/core/design/modelAnswer';
import { contentRoot } from '../support/paths';

describe('design: model answer comparison', () => {
  it('sorts concerns into covered by both, missed, only yours and neither, missed first', () => {
    const comparison = compareWithModel(
      { covered: ['caching', 'observability'], relevant: ['caching', 'observability', 'fallback', 'cost-control'] },
      { covered: ['caching', 'fallback'], relevant: ['caching', 'fallback', 'input-guardrails'] },
    );
    assert.deepEqual(
      comparison.rows.map(({ concern, status }) => `${concern}:${status}`),
      ['fallback:missed', 'caching:both', 'observability:extra', 'cost-control:neither', 'input-guardrails:neither'],
    );
    assert.deepEqual(comparison.missed, ['fallback']);
    assert.equal(comparison.matched, 0.5);
  });

  it('counts a model answer that covers nothing as fully matched, not as a division by zero', () => {
    assert.equal(compareWithModel({ covered: [], relevant: ['caching'] }, { covered: [], relevant: ['caching'] }).matched, 1);
  });

  it("on real content: the RAG chatbot's model answer covers what a bare seed misses", async () => {
    const design = loadCatalog(contentRoot).find('rag-support-chatbot') as DesignQuestion;
    const seed = await critiqueSource('flowchart LR\n    client([Client]) --> llm{{LLM}}\n', design);
    const model = await critiqueSource(design.modelAnswer, design);
    assert.ok('report' in seed && 'report' in model);
    const comparison = compareWithModel(seed.report, model.report);
    assert.ok(comparison.missed.includes('fallback') && comparison.missed.includes('retrieval-quality'), String(comparison.missed));
    assert.ok(!comparison.rows.some((row) => row.status === 'extra'), 'a two-node seed covers nothing the model lacks');
  });
});

describe('design: model answer sections', () => {
  const catalog = loadCatalog(contentRoot);

  it('renders every part of a full write-up in reading order, with the latency total, and the rubric last', () => {
    const design = catalog.find('rag-support-chatbot') as DesignQuestion;
    const sections = answerSections(design);
    assert.deepEqual(
      sections.map((section) => section.title),
      [
        'Walkthrough',
        'Estimates',
        'Latency budget',
        'Trade-offs',
        'Deep dives',
        'Failure modes',
        'Evaluation',
        'Cost levers',
        'What each level sounds like',
        'Rubric',
      ],
    );
    const total = design.answer!.latencyBudget!.reduce((sum, stage) => sum + stage.ms, 0);
    assert.match(sections[2]!.markdown, new RegExp(`\\*\\*Total: ${total} ms\\*\\*`));
  });
});
