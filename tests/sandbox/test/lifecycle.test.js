// The sandbox must never outlive the test run that started it.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

const serverJs = join(dirname(fileURLToPath(import.meta.url)), '..', 'server.js');

function launch(args, stdin = 'pipe') {
  const dir = mkdtempSync(join(tmpdir(), 'sandbox-life-'));
  const readyFile = join(dir, 'ready.json');
  const child = spawn(process.execPath, [serverJs, '--port', '0', '--ready-file', readyFile, '--quiet', ...args],
    { stdio: [stdin, 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (chunk) => { stderr += chunk; });
  const exited = new Promise((resolve) => child.once('exit', (code) => resolve(code)));
  const ready = async () => {
    for (let i = 0; i < 1200 && !existsSync(readyFile); i += 1) {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    return JSON.parse(readFileSync(readyFile, 'utf8'));
  };
  return { child, readyFile, exited, ready, stderr: () => stderr, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

test('exits when its stdin pipe closes, and removes the ready file', async () => {
  const run = launch([]);
  const ready = await run.ready();
  assert.equal(ready.pid, run.child.pid);
  run.child.stdin.end();
  assert.equal(await run.exited, 0);
  assert.equal(existsSync(run.readyFile), false);
  assert.match(run.stderr(), /stopping \(stdin closed\)/);
  run.cleanup();
});

test('exits after --max-lifetime', async () => {
  const run = launch(['--max-lifetime', '1']);
  assert.equal(await run.exited, 0);
  assert.match(run.stderr(), /max lifetime/);
  run.cleanup();
});

test('stdin that is not a pipe is not watched (background job of a script)', async () => {
  const run = launch([], 'ignore');
  const ready = await run.ready();
  await new Promise((resolve) => setTimeout(resolve, 300));
  const response = await fetch(`${ready.issuer}/.well-known/openid-configuration`);
  assert.equal(response.status, 200);
  run.child.kill('SIGTERM');
  assert.equal(await run.exited, 0);
  assert.match(run.stderr(), /stopping \(SIGTERM\)/);
  run.cleanup();
});

test('binds to 127.0.0.1 only and reports a busy port', async () => {
  const first = launch([]);
  const { port, issuer } = await first.ready();
  assert.equal(issuer, `http://127.0.0.1:${port}`);
  const second = spawn(process.execPath, [serverJs, '--port', String(port), '--quiet'], { stdio: ['pipe', 'ignore', 'pipe'] });
  let stderr = '';
  second.stderr.on('data', (chunk) => { stderr += chunk; });
  const code = await new Promise((resolve) => second.once('exit', resolve));
  assert.equal(code, 1);
  assert.match(stderr, /in use/);
  first.child.kill('SIGTERM');
  assert.equal(await first.exited, 0);
  first.cleanup();
});

test('rejects bad options', async () => {
  const child = spawn(process.execPath, [serverJs, '--port', 'abc'], { stdio: 'ignore' });
  assert.equal(await new Promise((resolve) => child.once('exit', resolve)), 2);
});

test('exits when its parent process dies, even with stdin on /dev/null', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'sandbox-life-'));
  const readyFile = join(dir, 'ready.json');
  const shell = spawn('/bin/sh', ['-c', `"${process.execPath}" "${serverJs}" --port 0 --quiet --ready-file "${readyFile}" `
    + '</dev/null 2>/dev/null & wait'], { stdio: 'ignore' });
  for (let i = 0; i < 1200 && !existsSync(readyFile); i += 1) {
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  const { pid } = JSON.parse(readFileSync(readyFile, 'utf8'));
  shell.kill('SIGKILL');
  const alive = () => { try { process.kill(pid, 0); return true; } catch { return false; } };
  for (let i = 0; i < 200 && alive(); i += 1) {
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  assert.equal(alive(), false, 'sandbox still running after its parent died');
  rmSync(dir, { recursive: true, force: true });
});
