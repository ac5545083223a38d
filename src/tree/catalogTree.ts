import * as vscode from 'vscode';
import type { Catalog, CatalogItem, CategoryWithItems, Difficulty, ItemKind } from '../core/catalog/types';
import type { ProblemState } from '../core/progress/problemProgress';
import { plural } from '../core/plural';

export type CatalogNode = { type: 'category'; category: CategoryWithItems } | { type: 'item'; item: CatalogItem };

const categoryIcons: Record<ItemKind, string> = { coding: 'code', design: 'type-hierarchy', concept: 'lightbulb' };
const itemIcons: Record<ItemKind, string> = { coding: 'symbol-method', design: 'graph', concept: 'note' };
const difficultyColor = (difficulty: Difficulty) => new vscode.ThemeColor(`aiInterviewStudio.difficulty.${difficulty}`);

/** Matches an item against every word of the filter, across title, id, tags, kind and difficulty. */
export function matchesFilter(item: CatalogItem, filter: string): boolean {
  const haystack = [item.title, item.id, item.kind, item.difficulty, ...item.tags].join(' ').toLowerCase();
  return filter
    .toLowerCase()
    .split(/\s+/)
    .filter(Boolean)
    .every((word) => haystack.includes(word));
}

/** The sidebar tree: categories, then the items in each, narrowed by an optional filter. */
export class CatalogTreeProvider implements vscode.TreeDataProvider<CatalogNode>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeTreeData = this.changed.event;
  private filterText = '';

  constructor(
    private readonly catalog: Catalog,
    private readonly problemState: (id: string) => ProblemState | undefined,
  ) {}

  refresh(): void {
    this.changed.fire();
  }

  dispose(): void {
    this.changed.dispose();
  }

  get filter(): string {
    return this.filterText;
  }

  setFilter(text: string): void {
    this.filterText = text.trim();
    this.changed.fire();
  }

  getChildren(node?: CatalogNode): CatalogNode[] {
    if (!node) {
      return this.catalog.categories
        .filter((category) => this.visibleItems(category).length > 0)
        .map((category) => ({ type: 'category', category }));
    }
    if (node.type === 'category') return this.visibleItems(node.category).map((item) => ({ type: 'item', item }));
    return [];
  }

  getParent(node: CatalogNode): CatalogNode | undefined {
    if (node.type === 'category') return undefined;
    const category = this.catalog.categories.find((candidate) => candidate.id === node.item.category);
    return category && { type: 'category', category };
  }

  getTreeItem(node: CatalogNode): vscode.TreeItem {
    return node.type === 'category' ? this.categoryTreeItem(node.category) : itemTreeItem(node.item, this.problemState(node.item.id));
  }

  private visibleItems(category: CategoryWithItems): CatalogItem[] {
    return this.filterText ? category.items.filter((item) => matchesFilter(item, this.filterText)) : category.items;
  }

  private categoryTreeItem(category: CategoryWithItems): vscode.TreeItem {
    const treeItem = new vscode.TreeItem(
      category.title,
      this.filterText ? vscode.TreeItemCollapsibleState.Expanded : vscode.TreeItemCollapsibleState.Collapsed,
    );
    // The id changes with the filter so VS Code applies the expanded state above.
    treeItem.id = `category:${category.id}:${this.filterText ? 'filtered' : 'all'}`;
    treeItem.iconPath = new vscode.ThemeIcon(categoryIcons[category.kind]);
    treeItem.description = `${this.visibleItems(category).length}`;
    treeItem.tooltip = category.description;
    treeItem.accessibilityInformation = { label: `${category.title}, ${plural(this.visibleItems(category).length, 'question')}` };
    treeItem.contextValue = `category.${category.kind}`;
    return treeItem;
  }
}

const stateIcons: Record<ProblemState, vscode.ThemeIcon> = {
  solved: new vscode.ThemeIcon('pass-filled', new vscode.ThemeColor('testing.iconPassed')),
  attempted: new vscode.ThemeIcon('circle-large-outline', new vscode.ThemeColor('testing.iconQueued')),
};

function itemTreeItem(item: CatalogItem, state: ProblemState | undefined): vscode.TreeItem {
  const treeItem = new vscode.TreeItem(item.title, vscode.TreeItemCollapsibleState.None);
  treeItem.id = `item:${item.id}`;
  // Difficulty is the icon's colour and the description's word, never the title's colour: a column
  // of red titles (every design is hard) reads as a list of errors.
  treeItem.iconPath = state ? stateIcons[state] : new vscode.ThemeIcon(itemIcons[item.kind], difficultyColor(item.difficulty));
  treeItem.description = state ? `${item.difficulty} · ${state}` : item.difficulty;
  const tooltip = new vscode.MarkdownString(undefined, true);
  tooltip.appendMarkdown(`**${item.title}** · ${item.difficulty}\n\n`);
  tooltip.appendText(item.summary);
  if (item.tags.length) tooltip.appendMarkdown(`\n\n${item.tags.map((tag) => `\`${tag}\``).join(' ')}`);
  treeItem.tooltip = tooltip;
  treeItem.accessibilityInformation = { label: [item.title, item.kind, item.difficulty, state].filter(Boolean).join(', ') };
  treeItem.contextValue = `item.${item.kind}`;
  treeItem.command = { command: 'aiInterviewStudio.openItem', title: 'Open', arguments: [item.id] };
  return treeItem;
}
