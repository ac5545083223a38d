// `npm start`: VS Code with the extension loaded on practice-workspace/. Desktop `code` when
// it is on PATH; otherwise browser VS Code (code-server) on 127.0.0.1, left running.
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { startCodeServer } from '../support/codeServer';
import { repoRoot } from '../support/paths';

const workspace = join(repoRoot, 'practice-workspace');
if (!existsSync(workspace)) cpSync(join(repoRoot, 'test', 'fixtures', 'workspace'), workspace, { recursive: true });

const hasDesktopCode = spawnSync('code', ['--version'], { stdio: 'ignore' }).status === 0;

async function main(): Promise<void> {
  if (hasDesktopCode && !process.env.AIS_BROWSER) {
    console.log(`Opening VS Code on ${workspace} with the extension in development mode.`);
    spawn('code', [`--extensionDevelopmentPath=${repoRoot}`, workspace], { stdio: 'inherit', detached: true }).unref();
    return;
  }
  execFileSync('bash', [join(repoRoot, 'scripts', 'install-code-server.sh')], { stdio: 'inherit' });
  const port = Number(process.env.AIS_PORT ?? 8080);
  const server = await startCodeServer(join(repoRoot, '.vscode-test', 'studio-profile'), { port, workspaceTrust: true });
  console.log(`\nAI Interview Studio is running in browser VS Code:\n\n  ${server.workbenchUrl(workspace)}\n`);
  console.log('Open that address in a browser on this machine. Press Ctrl+C to stop.');
  const stop = () => void server.stop().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
