/** JSON Schemas for the content files under content/. Validated on load and by a unit test. */

const id = { type: 'string', pattern: '^[a-z0-9]+(-[a-z0-9]+)*$' } as const;
const text = { type: 'string', minLength: 1 } as const;
const textList = { type: 'array', items: text, minItems: 1 } as const;
const difficulty = { enum: ['easy', 'medium', 'hard'] } as const;
const tags = { type: 'array', items: id, uniqueItems: true } as const;
const identifier = { type: 'string', pattern: '^[A-Za-z_][A-Za-z0-9_]*$' } as const;
/** Fields every problem and design file has. */
const itemFields = { id, title: text, category: id, difficulty, summary: text, tags } as const;
const itemRequired = ['id', 'title', 'category', 'difficulty', 'summary', 'tags'] as const;

export const categoriesSchema = {
  $id: 'categories',
  type: 'object',
  additionalProperties: false,
  required: ['categories'],
  properties: {
    categories: {
      type: 'array',
      minItems: 1,
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['id', 'title', 'kind', 'description'],
        properties: {
          id,
          title: text,
          kind: { enum: ['coding', 'design', 'concept'] },
          description: text,
        },
      },
    },
  },
} as const;

export const problemSchema = {
  $id: 'problem',
  type: 'object',
  additionalProperties: false,
  required: [...itemRequired, 'entry', 'params'],
  properties: {
    ...itemFields,
    entry: {
      type: 'object',
      additionalProperties: false,
      required: ['js', 'py'],
      properties: { js: identifier, py: identifier },
    },
    params: { type: 'array', items: identifier, minItems: 1, uniqueItems: true },
    mutationAllowed: { type: 'boolean' },
  },
} as const;

/** The written model answer beside the diagram; every design has all of it. */
const designAnswer = {
  type: 'object',
  additionalProperties: false,
  required: ['walkthrough', 'estimates', 'latencyBudget', 'tradeoffs', 'deepDives', 'failureModes', 'evaluation', 'costLevers', 'levels'],
  properties: {
    walkthrough: text,
    estimates: textList,
    latencyBudget: {
      type: 'array',
      minItems: 1,
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['stage', 'ms'],
        properties: { stage: text, ms: { type: 'integer', minimum: 0 } },
      },
    },
    tradeoffs: {
      type: 'array',
      minItems: 1,
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['choice', 'rejected', 'why'],
        properties: { choice: text, rejected: text, why: text },
      },
    },
    deepDives: textList,
    failureModes: textList,
    evaluation: {
      type: 'object',
      additionalProperties: false,
      required: ['offline', 'online'],
      properties: { offline: textList, online: textList },
    },
    costLevers: textList,
    levels: {
      type: 'object',
      additionalProperties: false,
      required: ['strong', 'lean', 'noHire'],
      properties: { strong: text, lean: text, noHire: text },
    },
  },
} as const;

export const designSchema = {
  $id: 'design',
  type: 'object',
  additionalProperties: false,
  required: [...itemRequired, 'prompt', 'clarifyingQuestions', 'requirements', 'rubric', 'modelAnswer', 'answer'],
  properties: {
    ...itemFields,
    prompt: text,
    clarifyingQuestions: textList,
    requirements: {
      type: 'object',
      additionalProperties: false,
      required: ['functional', 'nonFunctional'],
      properties: { functional: textList, nonFunctional: textList },
    },
    rubric: {
      type: 'object',
      additionalProperties: false,
      required: ['components', 'failureModes', 'evaluation'],
      properties: { components: textList, failureModes: textList, evaluation: textList },
    },
    modelAnswer: { type: 'string', pattern: '^(flowchart|graph) ' },
    answer: designAnswer,
  },
} as const;

export const cardDeckSchema = {
  $id: 'cards',
  type: 'object',
  additionalProperties: false,
  required: ['category', 'cards'],
  properties: {
    category: id,
    cards: {
      type: 'array',
      minItems: 1,
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['id', 'title', 'difficulty', 'tags', 'question', 'testing', 'strongAnswer', 'weakAnswers', 'followUps'],
        properties: {
          id,
          title: text,
          difficulty,
          tags,
          question: text,
          testing: text,
          strongAnswer: text,
          exampleStory: text,
          weakAnswers: textList,
          followUps: textList,
        },
      },
    },
  },
} as const;
