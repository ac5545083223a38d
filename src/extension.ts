import * as vscode from 'vscode';
import { loadCatalog } from './core/catalog/load';
import type { Catalog } from './core/catalog/types';
import { DesignCommands } from './canvas/designCommands';
import { DesignCanvasProvider } from './canvas/designCanvasProvider';
import { MockDebriefPanel } from './canvas/mockDebriefPanel';
import { MockInterviewController } from './canvas/mockInterviewController';
import { ModelAnswerPanel } from './canvas/modelAnswerPanel';
import { ContentProblems } from './content/contentProblems';
import { ItemPages } from './content/itemDocuments';
import { CardReviewController } from './cards/cardReviewController';
import { StudyStore } from './core/progress/studyStore';
import { ApiKeyStore } from './critique/apiKeyStore';
import { CritiqueController } from './critique/critiqueController';
import { LlmModels } from './llm/llmModels';
import { Onboarding } from './onboarding/onboarding';
import { extensionPaths } from './extensionPaths';
import { createLog } from './log';
import { ProblemCommands } from './problems/problemCommands';
import { ProblemProgressStore } from './problems/progressStore';
import { ProgressPanel } from './progress/progressPanel';
import { HiddenTestController } from './testing/hiddenTestController';
import { HiddenTestLensProvider } from './testing/hiddenTestLens';
import { CatalogView } from './tree/catalogView';
import type { CatalogTreeProvider } from './tree/catalogTree';

/** What activate() returns: used by the integration tests and by companion extensions. */
export interface StudioApi {
  catalog: Catalog;
  tree: CatalogTreeProvider;
  hiddenTests: HiddenTestController;
  progress: ProblemProgressStore;
  canvases: DesignCanvasProvider;
  mockInterview: MockInterviewController;
  debrief: MockDebriefPanel;
  answers: ModelAnswerPanel;
  critique: CritiqueController;
  cards: CardReviewController;
  study: StudyStore;
  llm: LlmModels;
}

/** Each feature registers itself (its commands, views and listeners) and is disposed with the extension. */
export function activate(context: vscode.ExtensionContext): StudioApi {
  const log = createLog(context);
  const paths = extensionPaths(context.extensionUri);
  const catalog = loadCatalog(paths.content);
  const study = new StudyStore(vscode.Uri.joinPath(context.globalStorageUri, 'study.json').fsPath);
  if (study.recoveredFrom) log.warn(`The progress file was unreadable; it was kept as ${study.recoveredFrom} and a new one started.`);
  const progress = new ProblemProgressStore(study);

  ContentProblems.register(context, { errors: catalog.errors, log });
  Onboarding.register(context, { study });
  ItemPages.register(context, { catalog });
  const catalogView = CatalogView.register(context, { catalog, study, progress });
  ProblemCommands.register(context, { catalog, progress });
  const hiddenTests = HiddenTestController.register(context, { catalog, paths, progress });
  HiddenTestLensProvider.register(context, { catalog, study });
  const canvases = DesignCanvasProvider.register(context, { paths, catalog });
  const debrief = MockDebriefPanel.register(context, { paths, catalog });
  const mockInterview = MockInterviewController.register(context, { canvases, debrief, study });
  const answers = ModelAnswerPanel.register(context, { paths });
  DesignCommands.register(context, { catalog, canvases, mock: mockInterview, answers });
  const apiKey = ApiKeyStore.register(context);
  const llm = new LlmModels(apiKey, context.globalState, paths.bundleDir);
  const critique = CritiqueController.register(context, { catalog, paths, canvases, llm, study });
  const cards = CardReviewController.register(context, { catalog, study, paths, view: catalogView.view, llm });
  ProgressPanel.register(context, { catalog, study, paths });

  return {
    catalog,
    tree: catalogView.provider,
    hiddenTests,
    progress,
    canvases,
    mockInterview,
    debrief,
    answers,
    critique,
    cards,
    study,
    llm,
  };
}

export function deactivate(): void {}
