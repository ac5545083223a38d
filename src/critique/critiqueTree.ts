import * as vscode from 'vscode';
import type { DesignQuestion } from '../core/catalog/types';
import { CONCERNS, type Severity } from '../core/critique/concerns';
import type { CritiqueReport } from '../core/critique/report';
import type { CoveredEvidence, Finding } from '../core/critique/offlineCritic';
import { SEVERITY_PRESENTATION } from './severity';

export interface CritiqueResult {
  uri: vscode.Uri;
  report: CritiqueReport;
  question?: DesignQuestion;
  /** The LLM's review: streamed in while `pending`, or why it failed or did not run. */
  llm?: {
    /** Who reviewed: the model's display name. */
    reviewer: string;
    findings: Finding[];
    followUpQuestions: string[];
    pending: boolean;
    error?: string;
    usage?: string;
  };
}

type Node =
  | { type: 'severity'; severity: Severity; findings: Finding[] }
  | { type: 'llm' }
  | { type: 'followUps'; questions: string[] }
  | { type: 'text'; text: string; icon: string }
  | { type: 'finding'; finding: Finding }
  | { type: 'covered'; covered: CoveredEvidence[] }
  | { type: 'concern'; covered: CoveredEvidence };

/** The findings panel: severity groups of findings, then the concerns already covered. */
export class CritiqueTreeProvider implements vscode.TreeDataProvider<Node>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeTreeData = this.changed.event;
  private current: CritiqueResult | undefined;

  dispose(): void {
    this.changed.dispose();
  }

  show(result: CritiqueResult): void {
    this.current = result;
    this.changed.fire();
  }

  /** Re-reads the current result after the LLM review added to it. */
  refresh(): void {
    this.changed.fire();
  }

  currentUri(): vscode.Uri | undefined {
    return this.current?.uri;
  }

  /** One line above the tree: coverage against the question's rubric. */
  summary(): string | undefined {
    if (!this.current) return undefined;
    const { report, question, uri } = this.current;
    const percent = Math.round(report.coverage * 100);
    const against = question ? `the "${question.title}" rubric` : `a ${report.kinds.join(' + ')} system`;
    return `${vscode.workspace.asRelativePath(uri)}: covers ${report.covered.length} of ${report.relevant.length} concerns expected of ${against} (${percent}%).`;
  }

  getChildren(node?: Node): Node[] {
    const report = this.current?.report;
    if (!report) return [];
    if (!node) {
      const groups: Node[] = (['high', 'medium', 'low'] as const)
        .map((severity) => ({ type: 'severity' as const, severity, findings: report.findings.filter((f) => f.severity === severity) }))
        .filter((group) => group.findings.length > 0);
      const llm: Node[] = this.current!.llm ? [{ type: 'llm' }] : [];
      return [...groups, ...llm, ...(report.coveredBy.length ? [{ type: 'covered' as const, covered: report.coveredBy }] : [])];
    }
    if (node.type === 'severity') return node.findings.map((finding) => ({ type: 'finding', finding }));
    if (node.type === 'llm') {
      const llm = this.current!.llm!;
      return [
        ...llm.findings.map((finding): Node => ({ type: 'finding', finding })),
        ...(llm.followUpQuestions.length ? [{ type: 'followUps' as const, questions: llm.followUpQuestions }] : []),
        ...(llm.error ? [{ type: 'text' as const, text: llm.error, icon: 'warning' }] : []),
        ...(llm.usage ? [{ type: 'text' as const, text: llm.usage, icon: 'dashboard' }] : []),
      ];
    }
    if (node.type === 'followUps') return node.questions.map((text) => ({ type: 'text', text, icon: 'comment-discussion' }));
    if (node.type === 'covered') return node.covered.map((covered) => ({ type: 'concern', covered }));
    return [];
  }

  getTreeItem(node: Node): vscode.TreeItem {
    switch (node.type) {
      case 'severity': {
        const item = new vscode.TreeItem(
          `${SEVERITY_PRESENTATION[node.severity].title} (${node.findings.length})`,
          vscode.TreeItemCollapsibleState.Expanded,
        );
        item.iconPath = SEVERITY_PRESENTATION[node.severity].icon;
        return item;
      }
      case 'finding': {
        const { finding } = node;
        const item = new vscode.TreeItem(finding.title, vscode.TreeItemCollapsibleState.None);
        item.id = `finding:${finding.id}:${finding.nodes.join(',')}`;
        // Why it is flagged, in the row itself; the full reasoning and advice in the tooltip.
        item.description = finding.evidence || finding.concern;
        item.tooltip = new vscode.MarkdownString(
          `**${finding.title}** (${finding.severity}, \`${finding.concern}\`)\n\n*Why:* ${finding.evidence}\n\n${finding.detail}`,
        );
        item.iconPath = SEVERITY_PRESENTATION[finding.severity].icon;
        item.contextValue = CONCERNS[finding.concern].fix ? 'finding.fixable' : 'finding';
        item.accessibilityInformation = { label: `${finding.severity} severity: ${finding.title}` };
        item.command = {
          command: 'aiInterviewStudio.highlightFinding',
          title: 'Highlight nodes',
          arguments: [this.current!.uri, finding.nodes],
        };
        return item;
      }
      case 'llm': {
        const llm = this.current!.llm!;
        const item = new vscode.TreeItem(
          llm.pending
            ? `Interviewer review (${llm.reviewer}), streaming...`
            : `Interviewer review (${llm.reviewer}): ${llm.error && !llm.findings.length ? 'not available' : `${llm.findings.length} findings`}`,
          vscode.TreeItemCollapsibleState.Expanded,
        );
        item.iconPath = new vscode.ThemeIcon(llm.pending ? 'loading~spin' : 'sparkle');
        return item;
      }
      case 'followUps': {
        const item = new vscode.TreeItem(`Follow-up questions (${node.questions.length})`, vscode.TreeItemCollapsibleState.Expanded);
        item.iconPath = new vscode.ThemeIcon('question');
        return item;
      }
      case 'text': {
        const item = new vscode.TreeItem(node.text, vscode.TreeItemCollapsibleState.None);
        item.tooltip = node.text;
        item.iconPath = new vscode.ThemeIcon(node.icon);
        return item;
      }
      case 'covered': {
        const item = new vscode.TreeItem(`Covered (${node.covered.length})`, vscode.TreeItemCollapsibleState.Collapsed);
        item.iconPath = new vscode.ThemeIcon('pass', new vscode.ThemeColor('testing.iconPassed'));
        return item;
      }
      case 'concern': {
        const { concern, evidence, nodes } = node.covered;
        const item = new vscode.TreeItem(concern, vscode.TreeItemCollapsibleState.None);
        item.id = `covered:${concern}`;
        item.description = evidence;
        item.tooltip = new vscode.MarkdownString(`\`${concern}\` is covered.\n\n${evidence}`);
        item.iconPath = new vscode.ThemeIcon('check');
        item.command = { command: 'aiInterviewStudio.highlightFinding', title: 'Highlight nodes', arguments: [this.current!.uri, nodes] };
        return item;
      }
    }
  }
}
