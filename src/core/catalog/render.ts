import type { CatalogItem, ConceptCard, DesignQuestion } from './types';

const bullets = (lines: string[]) => lines.map((line) => `- ${line}`).join('\n');

function designMarkdown(design: DesignQuestion): string {
  return [
    `# ${design.title}`,
    `*System design · ${design.difficulty}*`,
    design.prompt,
    '## Clarifying questions a strong candidate asks',
    bullets(design.clarifyingQuestions),
    '## Requirements',
    '**Functional**',
    bullets(design.requirements.functional),
    '**Non-functional**',
    bullets(design.requirements.nonFunctional),
  ].join('\n\n');
}

/** A card shows only its question: the answer is for the review flow, after an attempt. */
function cardMarkdown(card: ConceptCard): string {
  return [`# ${card.title}`, `*Concept card · ${card.difficulty}*`, `> ${card.question}`].join('\n\n');
}

/** The read-only page shown when an item is opened from the tree. */
export function itemMarkdown(item: CatalogItem): string {
  switch (item.kind) {
    case 'coding':
      return item.statement;
    case 'design':
      return designMarkdown(item);
    case 'concept':
      return cardMarkdown(item);
  }
}
