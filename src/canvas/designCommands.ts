import * as vscode from 'vscode';
import type { Catalog, DesignQuestion } from '../core/catalog/types';
import { designFileSource, detectDesignId } from '../core/design/designFile';
import { CANVAS_VIEW_TYPE, type DesignCanvasProvider } from './designCanvasProvider';
import type { MockInterviewController } from './mockInterviewController';
import type { ModelAnswerPanel } from './modelAnswerPanel';
import { itemArgument, practiceFolder } from '../content/commandArgs';
import { Disposable, registered } from '../disposable';
import { registerCommand } from '../userError';

/** Nodes beyond the seed a diagram needs before the model answer counts as earned. */
const ATTEMPT_MIN_NODES = 4;

/** Opening design questions as diagrams, exporting diagrams, and the model answers. */
export class DesignCommands extends Disposable {
  static register(
    context: vscode.ExtensionContext,
    deps: { catalog: Catalog; canvases: DesignCanvasProvider; mock: MockInterviewController; answers: ModelAnswerPanel },
  ) {
    return registered(context, new DesignCommands(deps.catalog, deps.canvases, deps.mock, deps.answers));
  }

  private constructor(catalog: Catalog, canvases: DesignCanvasProvider, mock: MockInterviewController, answers: ModelAnswerPanel) {
    super();
    for (const command of designCommands(catalog, canvases, mock, answers)) this.own(command);
  }
}

function designCommands(
  catalog: Catalog,
  canvases: DesignCanvasProvider,
  mock: MockInterviewController,
  answers: ModelAnswerPanel,
): vscode.Disposable[] {
  const designsFolder = () => practiceFolder('designsFolder', 'designs', 'designs');

  /** Whether the user has made a real attempt at this design in some open canvas. */
  const attempted = (design: DesignQuestion) =>
    canvases
      .allSessions()
      .some(
        (session) =>
          detectDesignId(session.document.getText()) === design.id &&
          ((session.lastRender?.nodeIds.length ?? 0) > ATTEMPT_MIN_NODES || mock.finished.has(session.document.uri.toString())),
      );

  return [
    registerCommand('aiInterviewStudio.startDesign', async (arg: unknown) => {
      const design = itemArgument(catalog, arg, 'design');
      if (!design) return undefined;
      const folder = await designsFolder();
      if (!folder) return undefined;
      const uri = vscode.Uri.joinPath(folder, `${design.id}.mmd`);
      try {
        await vscode.workspace.fs.stat(uri);
      } catch {
        await vscode.workspace.fs.createDirectory(folder);
        await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(designFileSource(design)));
      }
      await vscode.commands.executeCommand('vscode.openWith', uri, CANVAS_VIEW_TYPE);
      return uri;
    }),

    // From the canvas the diagram comes along; from the tree, an open canvas on the design is compared.
    registerCommand('aiInterviewStudio.showModelAnswer', async (arg: unknown, diagram?: vscode.Uri) => {
      const design = itemArgument(catalog, arg, 'design');
      if (!design) return undefined;
      if (!attempted(design)) {
        const reveal = await vscode.window.showWarningMessage(
          `Draw your own design for "${design.title}" first (more than ${ATTEMPT_MIN_NODES} nodes, or a finished mock interview). Reveal the model answer anyway?`,
          { modal: true },
          'Reveal Model Answer',
        );
        if (!reveal) return undefined;
      }
      const yours =
        diagram ??
        (canvases.activeSession() ?? canvases.allSessions().find((session) => detectDesignId(session.document.getText()) === design.id))
          ?.document.uri;
      return answers.show(
        design,
        yours && detectDesignId((await vscode.workspace.openTextDocument(yours)).getText()) === design.id ? yours : undefined,
      );
    }),

    registerCommand('aiInterviewStudio.exportDiagram', async (format?: 'svg' | 'png', target?: vscode.Uri) => {
      const session = canvases.activeSession() ?? canvases.allSessions()[0];
      if (!session) return void vscode.window.showInformationMessage('Open a diagram in the design canvas to export it.');
      const chosen =
        format ?? ((await vscode.window.showQuickPick(['svg', 'png'], { title: 'Export diagram as...' })) as 'svg' | 'png' | undefined);
      if (!chosen) return undefined;
      const source = session.document.uri;
      const destination =
        target ??
        (source.scheme === 'file'
          ? source.with({ path: source.path.replace(/\.(mmd|mermaid)$/, '') + `.${chosen}` })
          : vscode.Uri.joinPath((await designsFolder()) ?? vscode.Uri.file('/'), `diagram.${chosen}`));
      try {
        const data = await session.requestExport(chosen);
        const bytes = chosen === 'svg' ? new TextEncoder().encode(data) : Uint8Array.from(Buffer.from(data, 'base64'));
        await vscode.workspace.fs.writeFile(destination, bytes);
        void vscode.window.showInformationMessage(`Exported ${vscode.workspace.asRelativePath(destination)}.`);
        return destination;
      } catch (error) {
        void vscode.window.showErrorMessage(`AI Interview Studio: ${error instanceof Error ? error.message : String(error)}`);
        return undefined;
      }
    }),
  ];
}
