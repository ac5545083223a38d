import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { repoRoot } from './paths';

export const CODE_SERVER_VERSION = '4.100.3';
const codeServerDir = join(repoRoot, '.vscode-test', `code-server-${CODE_SERVER_VERSION}`);
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export interface RunningCodeServer {
  port: number;
  /** Opens the workbench on folder, loading this extension in development mode. */
  workbenchUrl(folder: string, extensionTestsPath?: string): string;
  log(): string;
  stop(): Promise<void>;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

async function waitForHttp(url: string, child: ChildProcess, log: () => string, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`code-server exited with ${child.exitCode}:\n${log()}`);
    try {
      const response = await fetch(url, { redirect: 'manual' });
      if (response.status < 500) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`code-server did not answer on ${url} within ${timeoutMs} ms:\n${log()}`);
}

/**
 * Starts code-server (VS Code 1.100.3 in the browser) on 127.0.0.1 with a fresh profile.
 * Extra env reaches the extension host, which is how tests learn where to write reports.
 * Tests turn workspace trust off (they run their own fixtures); `workspaceTrust` keeps it, so a
 * person trying the studio meets the trust gate a real install shows.
 */
export async function startCodeServer(
  profileDir: string,
  options: { env?: Record<string, string>; port?: number; workspaceTrust?: boolean } = {},
): Promise<RunningCodeServer> {
  const entry = join(codeServerDir, 'out', 'node', 'entry.js');
  if (!existsSync(join(codeServerDir, '.installed'))) {
    throw new Error(`code-server is not installed in ${codeServerDir}: run scripts/install-code-server.sh`);
  }
  const userDataDir = join(profileDir, 'user-data');
  mkdirSync(join(userDataDir, 'User'), { recursive: true });
  writeFileSync(
    join(userDataDir, 'User', 'settings.json'),
    JSON.stringify({
      'workbench.startupEditor': 'none',
      'workbench.tips.enabled': false,
      'workbench.enableExperiments': false,
      'telemetry.telemetryLevel': 'off',
      'extensions.autoCheckUpdates': false,
      'extensions.autoUpdate': false,
      'update.mode': 'none',
      'security.workspace.trust.enabled': options.workspaceTrust ?? false,
      'window.restoreWindows': 'none',
      'chat.disableAIFeatures': true,
    }),
  );
  const port = options.port ?? (await freePort());
  let output = '';
  const child = spawn(
    process.execPath,
    [
      entry,
      '--auth',
      'none',
      '--bind-addr',
      `127.0.0.1:${port}`,
      ...(options.workspaceTrust ? [] : ['--disable-workspace-trust']),
      '--disable-telemetry',
      '--disable-update-check',
      '--disable-getting-started-override',
      '--user-data-dir',
      userDataDir,
      '--extensions-dir',
      join(profileDir, 'extensions'),
    ],
    {
      env: { ...process.env, ...options.env, XDG_CONFIG_HOME: join(profileDir, 'config') },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const base = `http://127.0.0.1:${port}`;
  await waitForHttp(`${base}/healthz`, child, () => output);

  return {
    port,
    workbenchUrl(folder, extensionTestsPath) {
      const remote = (path: string) => `vscode-remote://127.0.0.1:${port}${path}`;
      const payload: [string, string][] = [['extensionDevelopmentPath', remote(repoRoot)]];
      if (extensionTestsPath) payload.push(['extensionTestsPath', remote(extensionTestsPath)]);
      return `${base}/?folder=${encodeURIComponent(folder)}&payload=${encodeURIComponent(JSON.stringify(payload))}`;
    },
    log: () => output,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
        setTimeout(() => child.kill('SIGKILL'), 5_000).unref();
      }),
  };
}

/** Headless Debian Chromium, with the flags this offline machine needs. */
export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) throw new Error(`Chromium not found at ${CHROMIUM}: run scripts/install-system-deps.sh`);
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-dev-shm-usage',
    ],
  });
}
