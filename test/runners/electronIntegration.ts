// The same integration suite under @vscode/test-electron, for contributors with internet:
// it downloads VS Code 1.100.3 desktop on first run (CI uses code-server instead).
import { join } from 'node:path';
import { runTests } from '@vscode/test-electron';
import { repoRoot } from '../support/paths';
import { freshSandbox } from '../support/workspace';

async function main(): Promise<void> {
  const sandbox = freshSandbox('electron');
  await runTests({
    version: '1.100.3',
    extensionDevelopmentPath: repoRoot,
    extensionTestsPath: join(repoRoot, 'out-test', 'integration', 'index'),
    launchArgs: [sandbox.workspace, '--disable-extensions', '--disable-workspace-trust', `--user-data-dir=${sandbox.profile}`],
  });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
