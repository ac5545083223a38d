import * as vscode from 'vscode';
import type { Severity } from '../core/critique/concerns';

/**
 * How a finding's severity shows, decided once for the Problems panel and the findings view:
 * high is an Error, medium a Warning, low Information (never a Hint, which Problems hides).
 */
export const SEVERITY_PRESENTATION: Record<Severity, { diagnostic: vscode.DiagnosticSeverity; icon: vscode.ThemeIcon; title: string }> = {
  high: {
    diagnostic: vscode.DiagnosticSeverity.Error,
    icon: new vscode.ThemeIcon('error', new vscode.ThemeColor('problemsErrorIcon.foreground')),
    title: 'High',
  },
  medium: {
    diagnostic: vscode.DiagnosticSeverity.Warning,
    icon: new vscode.ThemeIcon('warning', new vscode.ThemeColor('problemsWarningIcon.foreground')),
    title: 'Medium',
  },
  low: {
    diagnostic: vscode.DiagnosticSeverity.Information,
    icon: new vscode.ThemeIcon('info', new vscode.ThemeColor('problemsInfoIcon.foreground')),
    title: 'Low',
  },
};
