// oidc-provider configured like HelseID (docs: shared/docs/helseid.md §1 and §8): FAPI 2.0, PAR required,
// PKCE S256, private_key_jwt only, DPoP with a server nonce, resource indicators with JWT access tokens,
// rotating refresh tokens and HelseID's claim names.
import { randomBytes } from 'node:crypto';
import Provider, { errors, interactionPolicy } from 'oidc-provider';
import { ACR_VALUES, findAccount, helseIdClaims, isSecurityLevel, personBySubject } from './accounts.js';
import { DEFAULT_RESOURCE, RESOURCE_SERVERS } from './resources.js';

export const ROUTES = {
  authorization: '/connect/authorize',
  pushed_authorization_request: '/connect/par',
  token: '/connect/token',
  revocation: '/connect/revocation',
  end_session: '/connect/endsession',
  jwks: '/.well-known/openid-configuration/jwks',
};

export const INTERACTION_PREFIX = '/interaction/';

const CLIENT_AUTH_ALGS = ['ES256', 'ES384', 'ES512', 'PS256', 'PS384', 'PS512', 'RS256', 'RS384', 'RS512'];

export const SCOPES = ['openid', 'profile', 'offline_access',
  'helseid://scopes/identity/pid', 'helseid://scopes/identity/security_level',
  'helseid://scopes/identity/assurance_level', 'helseid://scopes/hpr/hpr_number'];

// Only HelseID-shaped clients: a native (loopback) app authenticating with private_key_jwt.
export function clientMetadata({ client_id: clientId, jwks, redirect_uris: redirectUris,
  post_logout_redirect_uris: postLogoutRedirectUris }) {
  return {
    client_id: clientId,
    application_type: 'native',
    redirect_uris: redirectUris ?? ['http://127.0.0.1/callback'],
    post_logout_redirect_uris: postLogoutRedirectUris ?? ['http://127.0.0.1/callback', 'http://127.0.0.1/logout'],
    grant_types: ['authorization_code', 'refresh_token'],
    response_types: ['code'],
    token_endpoint_auth_method: 'private_key_jwt',
    id_token_signed_response_alg: 'RS256',
    jwks,
    dpop_bound_access_tokens: true,
    require_pushed_authorization_requests: true,
  };
}

function testParamValidators() {
  return {
    // HelseID test IdP parameters (sent in the PAR body) that choose the person and the level.
    test_pid: null,
    async test_security_level(ctx, value) {
      if (value !== undefined && !isSecurityLevel(value)) {
        throw new errors.InvalidRequest('test_security_level must be "2", "3" or "4"');
      }
    },
  };
}

function interactions() {
  const policy = interactionPolicy.base();
  // The test IdP authenticates on every authorization request, so each login may pick another person.
  policy.get('login').checks.add(new interactionPolicy.Check('sandbox_fresh_login',
    'the test IdP authenticates on every request',
    (ctx) => (ctx.oidc.result?.login ? interactionPolicy.Check.NO_NEED_TO_PROMPT
      : interactionPolicy.Check.REQUEST_PROMPT)));
  return { policy, url: (ctx, interaction) => `${INTERACTION_PREFIX}${interaction.uid}` };
}

// HelseID's access tokens carry the client auth method and the person's identity claims for the API.
async function extraTokenClaims(ctx, token) {
  if (token.kind !== 'AccessToken' || !token.accountId) {
    return { client_amr: 'private_key_jwt' };
  }
  const person = personBySubject(token.accountId);
  const acr = ctx.oidc.entities.AuthorizationCode?.acr ?? ctx.oidc.entities.RefreshToken?.acr;
  if (!person) {
    return { client_amr: 'private_key_jwt' };
  }
  const claims = helseIdClaims(person, acr);
  const extra = {
    client_amr: 'private_key_jwt',
    'helseid://claims/identity/pid': claims['helseid://claims/identity/pid'],
    'helseid://claims/identity/security_level': claims['helseid://claims/identity/security_level'],
    'helseid://claims/identity/assurance_level': claims['helseid://claims/identity/assurance_level'],
  };
  if (claims['helseid://claims/hpr/hpr_number']) {
    extra['helseid://claims/hpr/hpr_number'] = claims['helseid://claims/hpr/hpr_number'];
  }
  return extra;
}

class OfflineRequests {
  constructor() {
    this.challenges = new Map(); // code_challenge -> expiry (ms)
  }

  remember(challenge) {
    const now = Date.now();
    for (const [key, expiresAt] of this.challenges) {
      if (expiresAt < now) {
        this.challenges.delete(key);
      }
    }
    this.challenges.set(challenge, now + 10 * 60 * 1000);
  }

  take(challenge) {
    return challenge !== undefined && this.challenges.delete(challenge);
  }
}

export function createProvider({ issuer, adapter, signingJwk }) {
  const offlineRequests = new OfflineRequests();
  const provider = new Provider(issuer, {
    adapter,
    jwks: { keys: [signingJwk] },
    routes: ROUTES,
    clients: [],
    clientAuthMethods: ['private_key_jwt'],
    responseTypes: ['code'],
    enabledJWA: {
      clientAuthSigningAlgValues: CLIENT_AUTH_ALGS,
      dPoPSigningAlgValues: CLIENT_AUTH_ALGS,
      idTokenSigningAlgValues: ['RS256'],
      requestObjectSigningAlgValues: CLIENT_AUTH_ALGS,
    },
    acrValues: ACR_VALUES,
    scopes: SCOPES,
    claims: {
      openid: ['sub', 'acr', 'amr', 'auth_time', 'idp'],
      profile: ['name', 'given_name', 'family_name'],
      'helseid://scopes/identity/pid': ['helseid://claims/identity/pid'],
      'helseid://scopes/identity/security_level': ['helseid://claims/identity/security_level'],
      'helseid://scopes/identity/assurance_level': ['helseid://claims/identity/assurance_level'],
      'helseid://scopes/hpr/hpr_number': ['helseid://claims/hpr/hpr_number'],
    },
    // HelseID puts the scope claims into the id_token itself.
    conformIdTokenClaims: false,
    extraParams: testParamValidators(),
    findAccount,
    extraTokenClaims,
    interactions: interactions(),
    pkce: { required: () => true },
    cookies: { keys: [randomBytes(32).toString('base64url')] },
    features: {
      devInteractions: { enabled: false },
      userinfo: { enabled: false },
      introspection: { enabled: false },
      revocation: { enabled: true },
      rpInitiatedLogout: { enabled: true },
      pushedAuthorizationRequests: { enabled: true, requirePushedAuthorizationRequests: true },
      dPoP: { enabled: true, requireNonce: () => true, nonceSecret: randomBytes(32) },
      fapi: { enabled: true, profile: '2.0' },
      resourceIndicators: {
        enabled: true,
        useGrantedResource: async () => true,
        defaultResource: async (ctx, client, oneOf) => oneOf ?? DEFAULT_RESOURCE,
        getResourceServerInfo: async (ctx, resourceIndicator) => {
          const server = RESOURCE_SERVERS[resourceIndicator];
          if (!server) {
            throw new errors.InvalidTarget(`unknown resource ${resourceIndicator}`);
          }
          return {
            scope: server.scope,
            audience: resourceIndicator,
            accessTokenTTL: 600,
            accessTokenFormat: 'jwt',
            jwt: { sign: { alg: 'RS256' } },
          };
        },
      },
    },
    // oidc-provider drops offline_access from the authorization unless prompt=consent; HelseID honours it
    // without, so the sandbox remembers which PAR requests asked for it (by their PKCE challenge).
    issueRefreshToken: async (ctx, client, code) => client.grantTypeAllowed('refresh_token')
      && (code.kind === 'RefreshToken' || offlineRequests.take(code.codeChallenge)),
    rotateRefreshToken: true,
    ttl: {
      AccessToken: 600,
      IdToken: 300,
      AuthorizationCode: 60,
      PushedAuthorizationRequest: 60,
      Interaction: 600,
      Session: 3600,
      Grant: 8 * 3600,
      RefreshToken: 8 * 3600,
    },
    renderError: async (ctx, out) => {
      ctx.type = 'json';
      ctx.body = out;
    },
  });
  provider.proxy = false;
  provider.use(async (ctx, next) => {
    await next();
    const body = ctx.oidc?.body;
    if (ctx.oidc?.route === 'pushed_authorization_request' && ctx.status === 201
        && typeof body?.scope === 'string' && body.scope.split(' ').includes('offline_access')
        && typeof body.code_challenge === 'string') {
      offlineRequests.remember(body.code_challenge);
    }
    // HelseID's non-standard rt_expires_in: seconds the issued refresh token stays valid.
    const refreshToken = ctx.oidc?.entities?.RefreshToken;
    if (ctx.oidc?.route === 'token' && ctx.status === 200 && ctx.body?.refresh_token && refreshToken) {
      ctx.body = { ...ctx.body, rt_expires_in: refreshToken.remainingTTL };
    }
  });
  return provider;
}
