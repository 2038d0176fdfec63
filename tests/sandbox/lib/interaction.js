// The test IdP: every interaction finishes at once (no UI) with login and consent for a synthetic person,
// so a plain HTTP client with a cookie jar can follow the redirects from /connect/authorize to the callback.
import { loginForLevel, personByPid, subjectFor } from './accounts.js';
import { RESOURCE_SERVERS } from './resources.js';

export function createInteractionHandler({ provider, state, log }) {
  return async function handleInteraction(req, res) {
    const details = await provider.interactionDetails(req, res);
    const { params, prompt } = details;
    const pid = params.test_pid ?? state.login.pid;
    const level = params.test_security_level ?? state.login.securityLevel;
    const person = personByPid(pid);
    if (!person) {
      log('interaction: unknown test person requested; denying');
      await provider.interactionFinished(req, res, {
        error: 'access_denied', error_description: 'the test IdP has no such test person',
      }, { mergeWithLastSubmission: false });
      return;
    }

    const accountId = subjectFor(person.pid);
    let grant = details.grantId ? await provider.Grant.find(details.grantId) : undefined;
    if (!grant || grant.accountId !== accountId) {
      grant = new provider.Grant({ accountId, clientId: params.client_id });
    }
    if (params.scope) {
      grant.addOIDCScope(params.scope);
    }
    // Consent for the requested API scopes now, so login and consent take one round trip.
    const requestedScopes = new Set((params.scope ?? '').split(' '));
    for (const indicator of [params.resource].flat()) {
      const server = RESOURCE_SERVERS[indicator];
      if (server && requestedScopes.has(server.scope)) {
        grant.addResourceScope(indicator, server.scope);
      }
    }
    const missingResourceScopes = prompt.details?.missingResourceScopes ?? {};
    for (const [indicator, scopes] of Object.entries(missingResourceScopes)) {
      grant.addResourceScope(indicator, scopes.join(' '));
    }
    const grantId = await grant.save();

    log(`interaction: login at level ${level}`);
    await provider.interactionFinished(req, res, {
      login: { accountId, ...loginForLevel(level), remember: false },
      consent: { grantId },
    }, { mergeWithLastSubmission: false });
  };
}
