import * as vscode from 'vscode';
import { loadCritic } from '../core/critique/loadCritic';
import { decideEndpoint, type EndpointDecision } from '../core/llm/endpoint';
import { languageModelChatModel } from '../core/llm/languageModelChat';
import type { ToolCallingModel } from '../core/llm/toolModel';
import type { ApiKeyStore } from '../critique/apiKeyStore';

export type LlmProvider = 'auto' | 'anthropic' | 'vscode-lm' | 'off';

/** Hosts other than the default endpoint the user allowed (true) or refused (false) the key for. Machine-local, never synced. */
const HOSTS_KEY = 'aiInterviewStudio.llmHosts';

export type ModelChoice = { model: ToolCallingModel } | { unavailable: string; silent?: boolean };

/**
 * The one place that turns settings, the stored key and VS Code's chat models into a model
 * for the critic and the card grader. The Anthropic endpoint is read from user settings
 * only (a workspace cannot redirect the key), and a host other than the default one gets
 * the key only after the user said yes for that host.
 */
export class LlmModels {
  constructor(
    private readonly apiKey: ApiKeyStore,
    private readonly globalState: vscode.Memento,
    private readonly bundleDir: string,
  ) {}

  /** The configured endpoint, from the user's own settings (application scope; workspace values are ignored). */
  endpoint(): EndpointDecision {
    const baseUrl = vscode.workspace.getConfiguration('aiInterviewStudio.critic').inspect<string>('baseUrl')?.globalValue ?? '';
    return decideEndpoint(baseUrl, this.globalState.get<Record<string, boolean>>(HOSTS_KEY, {}));
  }

  /** Whether the user may be offered LLM features at all (a key, or a model from VS Code). */
  async available(): Promise<boolean> {
    const provider = this.provider();
    if (provider === 'off') return false;
    if (provider !== 'vscode-lm' && (await this.apiKey.get())) return true;
    return provider !== 'anthropic' && (await this.chatModels()).length > 0;
  }

  async choose(): Promise<ModelChoice> {
    const provider = this.provider();
    if (provider === 'off') return { unavailable: 'LLM features are off (aiInterviewStudio.llm.provider).', silent: true };
    const key = provider === 'vscode-lm' ? undefined : await this.apiKey.get();
    let refusal: string | undefined;
    if (key) {
      const claude = await this.anthropic(key);
      if ('model' in claude || provider === 'anthropic') return claude;
      refusal = claude.unavailable;
    } else if (provider === 'anthropic') {
      return { unavailable: 'No Anthropic API key: run "AI Interview Studio: Set Anthropic API Key".' };
    }
    const [chat] = await this.chatModels();
    if (chat) return { model: languageModelChatModel(chat, vscode) };
    if (provider === 'vscode-lm')
      return {
        unavailable: 'VS Code offers no chat model (sign in to a provider such as GitHub Copilot), so only the offline critique runs.',
      };
    return {
      unavailable:
        refusal ??
        'No LLM available: set an Anthropic API key, or sign in to a VS Code chat model provider (e.g. GitHub Copilot). The offline critique still applies.',
    };
  }

  private provider(): LlmProvider {
    return vscode.workspace.getConfiguration('aiInterviewStudio.llm').get<LlmProvider>('provider', 'auto');
  }

  private async chatModels(): Promise<vscode.LanguageModelChat[]> {
    // Older hosts, and hosts without any chat provider, have no models to offer.
    if (!vscode.lm?.selectChatModels) return [];
    return vscode.lm.selectChatModels({});
  }

  private async anthropic(apiKey: string): Promise<ModelChoice> {
    const config = vscode.workspace.getConfiguration('aiInterviewStudio.critic');
    // The package.json default is the one source of the default model id.
    const model = config.get<string>('model')!;
    let decision = this.endpoint();
    if (decision.kind === 'ask') decision = await this.askAbout(decision.host, decision.baseURL);
    if (decision.kind === 'invalid') return { unavailable: decision.message };
    if (decision.kind === 'denied')
      return {
        unavailable: `Your Anthropic key is not sent to ${decision.host} (you declined). Clear aiInterviewStudio.critic.baseUrl to use the default endpoint.`,
      };
    return {
      model: loadCritic(this.bundleDir).anthropicModel({
        apiKey,
        model,
        ...(decision.kind === 'allowed' ? { baseURL: decision.baseURL } : {}),
      }),
    };
  }

  /** Asks once per host; the answer, yes or no, is remembered on this machine. */
  private async askAbout(host: string, baseURL: string): Promise<EndpointDecision> {
    const send = `Send key to ${host}`;
    const choice = await vscode.window.showWarningMessage(
      `aiInterviewStudio.critic.baseUrl points the LLM critic at ${host}, not api.anthropic.com. Send your Anthropic API key and your diagrams there?`,
      { modal: true, detail: 'Only say yes for a proxy or gateway you run or trust. The answer is remembered for this host.' },
      send,
      "Don't send",
    );
    // Closing the dialog decides nothing; it asks again next time.
    if (choice === undefined) return { kind: 'denied', host };
    const allowed = choice === send;
    await this.rememberHost(host, allowed);
    return allowed ? { kind: 'allowed', baseURL, host } : { kind: 'denied', host };
  }

  /** Records the user's answer for a host (also how tests pre-approve a local fake). */
  async rememberHost(host: string, allowed: boolean): Promise<void> {
    await this.globalState.update(HOSTS_KEY, {
      ...this.globalState.get<Record<string, boolean>>(HOSTS_KEY, {}),
      [host.toLowerCase()]: allowed,
    });
  }
}
