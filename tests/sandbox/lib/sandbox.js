// Wires the HTTP server: admin API, test IdP interactions, and the provider with its fault middleware.
import http from 'node:http';
import { DEFAULT_PID, DEFAULT_SECURITY_LEVEL } from './accounts.js';
import { ADMIN_PREFIX, createAdminHandler } from './admin.js';
import { createApi } from './api/index.js';
import { createCodeLists } from './codes.js';
import { faultMiddleware, noFaults } from './faults.js';
import { startFolkeregisteret } from './folkeregisteret/index.js';
import { createInteractionHandler } from './interaction.js';
import { SigningKeys } from './keys.js';
import { INTERACTION_PREFIX, ROUTES, createProvider } from './provider.js';
import { SandboxStore } from './store.js';

const HOST = '127.0.0.1';

// rp-initiated logout without a confirmation page or auto-submitting form: oidc-provider answers the
// end-session request with HTML; replace it with a redirect that confirms by GET (see asFormPost).
async function autoConfirmLogout(ctx, next) {
  await next();
  const secret = ctx.oidc?.session?.state?.secret;
  if (ctx.path === ROUTES.end_session && ctx.status === 200 && secret) {
    ctx.status = 303;
    ctx.redirect(`${ROUTES.end_session}/confirm?xsrf=${encodeURIComponent(secret)}&logout=yes`);
  }
}

// oidc-provider confirms a logout only by POST; turn our GET confirmation into that form post.
async function asFormPost(req, url) {
  req.resume();
  await new Promise((resolve) => {
    if (req.readableEnded) {
      resolve();
    } else {
      req.once('end', resolve);
    }
  });
  req.method = 'POST';
  req.headers['content-type'] = 'application/x-www-form-urlencoded';
  req.headers['content-length'] = '0'; // the stream is consumed; the form travels in req.body
  req.body = Object.fromEntries(url.searchParams);
  req.url = url.pathname;
}

export async function startSandbox({ port, log = () => {}, logError = log }) {
  const server = http.createServer();
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, HOST, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const actualPort = server.address().port;
  const issuer = `http://${HOST}:${actualPort}`;

  const keys = await SigningKeys.create();
  const store = new SandboxStore();
  const state = {
    faults: noFaults(),
    login: { pid: DEFAULT_PID, securityLevel: DEFAULT_SECURITY_LEVEL },
  };
  const provider = createProvider({
    issuer, adapter: store.adapterClass(), signingJwk: keys.current.privateJwk,
  });
  provider.use(autoConfirmLogout);
  provider.use(faultMiddleware({ state, keys, issuer, log }));
  provider.on('server_error', (ctx, error) => logError(`server error on ${ctx.path}: ${error.message}`));
  for (const event of ['authorization.error', 'pushed_authorization_request.error', 'grant.error',
    'revocation.error', 'end_session.error']) {
    provider.on(event, (ctx, error) => log(`${event}: ${error.error ?? error.name}`
      + `${error.error_description ? ` (${error.error_description})` : ''}`));
  }

  const api = createApi({ issuer, keys, log });
  const codeLists = createCodeLists({ log });
  const folkeregisteret = await startFolkeregisteret({ referenceDir: api.referenceDir, log });
  const handleAdmin = createAdminHandler({ provider, store, state, keys, issuer, api, folkeregisteret, log });
  const handleInteraction = createInteractionHandler({ provider, state, log });
  const handleProvider = provider.callback();

  server.on('request', async (req, res) => {
    const url = new URL(req.url, issuer);
    try {
      if (codeLists.handles(url.pathname)) {
        await codeLists.handle(req, res, url);
      } else if (url.pathname.startsWith(ADMIN_PREFIX)) {
        await handleAdmin(req, res, url);
      } else if (api.handles(url.pathname)) {
        await api.handle(req, res, url);
      } else if (url.pathname.startsWith(INTERACTION_PREFIX) && req.method === 'GET') {
        await handleInteraction(req, res);
      } else {
        if (url.pathname === `${ROUTES.end_session}/confirm` && req.method === 'GET') {
          await asFormPost(req, url);
        }
        handleProvider(req, res);
      }
    } catch (error) {
      logError(`request to ${url.pathname} failed: ${error.name}: ${error.message}`);
      if (!res.headersSent) {
        res.writeHead(error.statusCode ?? 500, { 'Content-Type': 'application/json' });
        res.end(JSON.stringify({ error: error.error ?? 'server_error', error_description: error.error_description }));
      }
    }
  });

  return {
    issuer,
    port: actualPort,
    provider,
    folkeregisteret: folkeregisteret.describe(),
    close: () => Promise.all([folkeregisteret.close(), new Promise((resolve) => {
      server.close(() => resolve());
      server.closeAllConnections();
    })]),
  };
}
