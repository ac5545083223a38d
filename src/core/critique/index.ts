// Entry of dist/critic.js: the critique core with Mermaid bundled in. The extension and the
// CLI load it on first use, so neither pays for Mermaid (or the Anthropic SDK) at start-up and it ships once.
export { parseDiagram, DiagramSyntaxError, type DiagramModel } from './diagram';
export { critiqueDiagram, type Critique, type CoveredEvidence, type Finding } from './offlineCritic';
export { critiqueSource, type CritiqueOutcome, type CritiqueReport } from './report';
export { llmCritique, estimateCost, reviewPrompt, type LlmCritique, type LlmCriticOptions } from './llmCritic';
export { anthropicModel, type AnthropicOptions } from '../llm/anthropicModel';
export { gradeAnswer, type AnswerGrade } from '../cards/gradeAnswer';
