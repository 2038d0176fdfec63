// CTest entry point (SandboxProviderSelfTest): runs the node:test suites here, or reports a skip
// (exit 77) when the sandbox's npm packages are not installed.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const sandboxDir = join(dirname(fileURLToPath(import.meta.url)), '..');
if (!existsSync(join(sandboxDir, 'node_modules', 'oidc-provider'))) {
  process.stdout.write('SKIP: tests/sandbox/node_modules is missing; run `npm ci` in tests/sandbox '
    + '(.ci/install-deps.sh does)\n');
  process.exit(77);
}
const result = spawnSync(process.execPath, ['--test', 'test/'], { cwd: sandboxDir, stdio: 'inherit' });
process.exit(result.status ?? 1);
