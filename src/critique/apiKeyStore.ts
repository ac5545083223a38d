import * as vscode from 'vscode';
import { Disposable, registered } from '../disposable';
import { registerCommand } from '../userError';

const SECRET = 'aiInterviewStudio.anthropicApiKey';

/** The Anthropic API key, kept in VS Code's SecretStorage (the OS keychain), never in settings. */
export class ApiKeyStore extends Disposable {
  static register(context: vscode.ExtensionContext) {
    return registered(context, new ApiKeyStore(context.secrets));
  }

  private constructor(private readonly secrets: vscode.SecretStorage) {
    super();
    this.own(
      registerCommand('aiInterviewStudio.setApiKey', async (value?: string) => {
        const key =
          typeof value === 'string'
            ? value
            : await vscode.window.showInputBox({
                title: 'Anthropic API key',
                prompt: 'Used by the LLM critic and answer grading. Stored in your OS keychain through VS Code SecretStorage.',
                password: true,
                ignoreFocusOut: true,
                validateInput: (text) => (text.trim().length < 10 ? 'That does not look like an API key.' : undefined),
              });
        if (!key) return;
        await this.secrets.store(SECRET, key.trim());
        void vscode.window.setStatusBarMessage('AI Interview Studio: Anthropic API key saved.', 3000);
      }),
      registerCommand('aiInterviewStudio.clearApiKey', async () => {
        await this.secrets.delete(SECRET);
        void vscode.window.setStatusBarMessage('AI Interview Studio: Anthropic API key removed; the critic works offline.', 3000);
      }),
    );
  }

  get(): Thenable<string | undefined> {
    return this.secrets.get(SECRET);
  }
}
