#!/usr/bin/env node
// Meldeklient sandbox: a HelseID-like OpenID provider on 127.0.0.1 for tests and the local app environment.
// Usage: node server.js [--port N] [--ready-file PATH] [--max-lifetime SECONDS] [--quiet]
// See README.md in this folder.
import { startSandbox } from './lib/sandbox.js';
import { existsSync, fstatSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';

export const APP_PORT = 47101;

function usage(message) {
  process.stderr.write(`sandbox: ${message}\n`
    + 'usage: node server.js [--port N (default 47101, 0 = ephemeral)] [--ready-file PATH]\n'
    + '                      [--max-lifetime SECONDS] [--quiet]\n');
  process.exit(2);
}

function parseOptions() {
  let values;
  try {
    ({ values } = parseArgs({
      options: {
        port: { type: 'string' },
        'ready-file': { type: 'string' },
        'max-lifetime': { type: 'string' },
        quiet: { type: 'boolean', default: false },
        help: { type: 'boolean', default: false },
      },
    }));
  } catch (error) {
    usage(error.message);
  }
  if (values.help) {
    usage('help');
  }
  const port = values.port === undefined ? APP_PORT : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    usage('--port must be 0..65535');
  }
  // Tests (ephemeral port) get 30 minutes; the fixed app port serves a working day of local use.
  const defaultLifetime = port === 0 ? 30 * 60 : 12 * 3600;
  const maxLifetime = values['max-lifetime'] === undefined ? defaultLifetime : Number(values['max-lifetime']);
  if (!Number.isFinite(maxLifetime) || maxLifetime <= 0) {
    usage('--max-lifetime must be a positive number of seconds');
  }
  return { port, readyFile: values['ready-file'], maxLifetime, quiet: values.quiet };
}

function writeReadyFile(path, content) {
  const temporary = `${path}.tmp-${process.pid}`;
  writeFileSync(temporary, `${JSON.stringify(content)}\n`, { mode: 0o600 });
  renameSync(temporary, path);
}

// Stop when the process that started us goes away, so no test run leaves a sandbox behind.
function watchParent(stop) {
  const parent = process.ppid;
  const timer = setInterval(() => {
    if (process.ppid !== parent) {
      stop('parent process exited');
    }
  }, 1000);
  timer.unref();
  // A pipe on stdin (QProcess, node's spawn) closes when the parent dies or closes it. A terminal or
  // /dev/null (a background job of a shell script) says nothing about the parent, so it is not watched.
  let stat;
  try {
    stat = fstatSync(0);
  } catch {
    return;
  }
  if (stat.isFIFO() || stat.isSocket()) {
    process.stdin.on('end', () => stop('stdin closed'));
    process.stdin.on('error', () => stop('stdin closed'));
    process.stdin.resume();
  }
}

const options = parseOptions();
const log = (message) => process.stderr.write(`sandbox: ${message}\n`);
const verbose = options.quiet ? () => {} : log;

let sandbox;
let stopping = false;
function stop(reason) {
  if (stopping) {
    return;
  }
  stopping = true;
  log(`stopping (${reason})`);
  if (options.readyFile && existsSync(options.readyFile)) {
    rmSync(options.readyFile, { force: true });
  }
  const exit = () => process.exit(0);
  setTimeout(exit, 2000).unref();
  if (sandbox) {
    sandbox.close().then(exit, exit);
  } else {
    exit();
  }
}

process.on('SIGTERM', () => stop('SIGTERM'));
process.on('SIGINT', () => stop('SIGINT'));
process.on('SIGHUP', () => stop('SIGHUP'));
watchParent(stop);
setTimeout(() => stop(`max lifetime of ${options.maxLifetime} s reached`), options.maxLifetime * 1000).unref();

try {
  sandbox = await startSandbox({ port: options.port, log: verbose, logError: log });
} catch (error) {
  log(error.code === 'EADDRINUSE' ? `port ${options.port} is in use (is another sandbox running?)`
    : `failed to start: ${error.message}`);
  process.exit(1);
}
if (options.readyFile) {
  writeReadyFile(options.readyFile, { issuer: sandbox.issuer, port: sandbox.port, pid: process.pid,
    folkeregisteret: sandbox.folkeregisteret });
}
log(`listening, issuer ${sandbox.issuer}`);
