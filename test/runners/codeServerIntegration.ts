// Runs the integration suite (out-test/integration) inside the extension host of a real
// VS Code 1.100.3: code-server on 127.0.0.1, opened by headless Chromium with the
// extensionDevelopmentPath/extensionTestsPath payload, as @vscode/test-electron does.
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { CODE_SERVER_VERSION, launchChromium, startCodeServer } from '../support/codeServer';
import { repoRoot } from '../support/paths';
import { freshSandbox } from '../support/workspace';
import type { IntegrationReport } from '../integration/index';

const SUITE_TIMEOUT_MS = 8 * 60_000;

async function main(): Promise<number> {
  const sandbox = freshSandbox('integration');
  const reportPath = join(sandbox.root, 'report.json');
  const server = await startCodeServer(sandbox.profile, { env: { AIS_TEST_REPORT: reportPath } });
  const browser = await launchChromium();
  const pageErrors: string[] = [];
  try {
    const page = await browser.newPage();
    page.on('pageerror', (error) => pageErrors.push(error.message));
    console.log(
      `Integration tests in VS Code ${CODE_SERVER_VERSION.replace(/^4\./, '1.')} (code-server ${CODE_SERVER_VERSION}) on 127.0.0.1:${server.port}`,
    );
    await page.goto(server.workbenchUrl(sandbox.workspace, join(repoRoot, 'out-test', 'integration', 'index')));
    const deadline = Date.now() + SUITE_TIMEOUT_MS;
    while (!existsSync(reportPath)) {
      if (Date.now() > deadline) {
        console.error(`No test report after ${SUITE_TIMEOUT_MS / 1000} s.\n--- code-server log ---\n${server.log()}`);
        console.error(`--- page errors ---\n${pageErrors.join('\n')}`);
        return 1;
      }
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
    const report = JSON.parse(readFileSync(reportPath, 'utf8')) as IntegrationReport;
    console.log(report.log);
    console.log(`integration: ${report.passes} passed, ${report.failures} failed`);
    return report.failures > 0 || report.passes === 0 ? 1 : 0;
  } finally {
    await browser.close();
    await server.stop();
    rmSync(sandbox.root, { recursive: true, force: true });
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
