import * as vscode from 'vscode';
import { log } from './log';

/** What the user can do about a UserError: a button that runs a command. */
export interface ErrorAction {
  title: string;
  command: string;
  arguments?: unknown[];
}

/** Longer text behind a button, shown in a modal (a parser's own message, say). */
export interface ErrorDetail {
  button: string;
  title: string;
  text: string;
}

/**
 * A failure the user can act on. Its message says what went wrong and what to do; the
 * optional action does it. Anything else that is thrown is a bug: the log gets the details.
 */
export class UserError extends Error {
  constructor(
    message: string,
    readonly action?: ErrorAction,
    readonly detail?: ErrorDetail,
  ) {
    super(message);
    this.name = 'UserError';
  }
}

const reported = new WeakSet<object>();

/** Tells the user about a failure exactly once, however many callers it passes through. */
export async function reportError(error: unknown, during: string): Promise<void> {
  if (typeof error === 'object' && error !== null) {
    if (reported.has(error)) return;
    reported.add(error);
  }
  if (error instanceof UserError) {
    log.info(`${during}: ${error.message}`);
    const choice = await vscode.window.showErrorMessage(
      `AI Interview Studio: ${error.message}`,
      ...(error.action ? [error.action.title] : []),
    );
    if (choice && error.action) await vscode.commands.executeCommand(error.action.command, ...(error.action.arguments ?? []));
    return;
  }
  log.error(`${during} failed:`, error);
  const message = error instanceof Error ? error.message : String(error);
  const choice = await vscode.window.showErrorMessage(`AI Interview Studio: ${during} failed: ${message}`, 'Show Log');
  if (choice) log.show();
}

/**
 * Registers a command whose failures are reported once through reportError (a UserError
 * as its message and action, anything else with the details in the log); the command then
 * resolves to undefined.
 */
export function registerCommand(id: string, handler: (...args: any[]) => unknown): vscode.Disposable {
  return vscode.commands.registerCommand(id, async (...args: unknown[]) => {
    try {
      return await handler(...args);
    } catch (error) {
      void reportError(error, id.replace(/^aiInterviewStudio\./, ''));
      return undefined;
    }
  });
}
