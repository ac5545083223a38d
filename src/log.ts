import * as vscode from 'vscode';

let channel: vscode.LogOutputChannel | undefined;

/** Creates the extension's log channel ("AI Interview Studio" in the Output view), once, at activation. */
export function createLog(context: vscode.ExtensionContext): vscode.LogOutputChannel {
  channel = vscode.window.createOutputChannel('AI Interview Studio', { log: true });
  context.subscriptions.push(channel, { dispose: () => (channel = undefined) });
  return channel;
}

/**
 * Where everything that is not a message for the user goes: malformed webview messages,
 * unexpected errors, child-process command lines and exit codes (debug level; raise the
 * channel's level with "Developer: Set Log Level...").
 */
export const log = {
  debug: (message: string, ...args: unknown[]) => channel?.debug(message, ...args),
  info: (message: string, ...args: unknown[]) => channel?.info(message, ...args),
  warn: (message: string, ...args: unknown[]) => channel?.warn(message, ...args),
  error: (message: string | Error, ...args: unknown[]) => channel?.error(message, ...args),
  show: () => channel?.show(true),
};
