// A real OpenID provider (npm oidc-provider) shaped like Login.gov, for tests and the offline demo.
// It is a TEST PROVIDER, never Login.gov: its pages say so, its accounts are fixtures below.
//
// Environment:
//   OP_PORT                  the port to listen on (127.0.0.1); the issuer is http://localhost:<port>/
//   OP_CLIENTS_JSON          a JSON list of {client_id, redirect_uris, post_logout_redirect_uris,
//                            jwks (the client's public JWKS), failure_to_proof_uri}
//   OP_JWKS_JSON             optional: the provider's private signing JWKS (the first RS256 key signs);
//                            by default one RSA key is generated at start-up
//   OP_ACCEPT_ID_TOKEN_HINT  "1" to accept id_token_hint at logout; by default it is refused, as
//                            Login.gov does (send client_id instead)
// Prints "READY <issuer>" on stdout once listening; exits cleanly on SIGTERM and SIGINT.

import { generateKeyPairSync, randomBytes, randomUUID } from 'node:crypto';
import { createServer } from 'node:http';

import Provider, { errors, interactionPolicy } from 'oidc-provider';

const port = Number(process.env.OP_PORT);
if (!Number.isInteger(port) || port <= 0) {
  console.error('OP_PORT must be a port number');
  process.exit(2);
}
const issuer = `http://localhost:${port}/`;

const SERVICE_LEVELS = [
  'urn:acr.login.gov:auth-only',
  'urn:acr.login.gov:verified',
  'urn:acr.login.gov:verified-facial-match-required',
  'urn:acr.login.gov:verified-facial-match-preferred',
];
const MIN_RANDOM_LENGTH = 22; // Login.gov's shortest state and nonce
const IAT_LEEWAY_SECONDS = 10; // Login.gov's allowance for a client assertion issued in the future

// Fixture people, keyed by their stable sub.
const ACCOUNTS = {
  '8f1c3a52-6d4e-4b7a-9c21-5e0f7d3b9a64': {
    label: 'Verified person',
    claims: {
      email: 'verified.person@example.com',
      email_verified: true,
      given_name: 'Ada',
      family_name: 'Verified',
    },
  },
  '2b7e9d40-1a3c-4f85-b6e2-9d4c8a1f0e37': {
    label: 'Auth-only person',
    claims: { email: 'auth.only@example.com', email_verified: true },
  },
};

function escapeHtml(value) {
  return String(value).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function page(lang, title, body) {
  return `<!DOCTYPE html>
<html lang="${escapeHtml(lang)}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)} - test provider</title></head>
<body><main>
<h1>TEST PROVIDER, NOT LOGIN.GOV</h1>
<p>This page stands in for Login.gov in tests and demos. Nothing here is real.</p>
<h2>${escapeHtml(title)}</h2>
${body}
</main></body>
</html>`;
}

function langFrom(locale) {
  return typeof locale === 'string' && /^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$/.test(locale) ? locale : 'en';
}

function signingKeys() {
  if (process.env.OP_JWKS_JSON) return JSON.parse(process.env.OP_JWKS_JSON);
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  return { keys: [{ ...privateKey.export({ format: 'jwk' }), kid: randomUUID(), alg: 'RS256', use: 'sig' }] };
}

function clientsFrom(json) {
  return JSON.parse(json || '[]').map((c) => ({
    client_id: c.client_id,
    redirect_uris: c.redirect_uris,
    post_logout_redirect_uris: c.post_logout_redirect_uris ?? [],
    jwks: c.jwks,
    failure_to_proof_uri: c.failure_to_proof_uri,
    token_endpoint_auth_method: 'private_key_jwt',
    token_endpoint_auth_signing_alg: 'RS256',
    grant_types: ['authorization_code'],
    response_types: ['code'],
  }));
}

// Login.gov's rules on the authorization request, checked after the client and redirect_uri are
// known, so that a failure goes back to the client as error=invalid_request with its state.
function atLeast22(name) {
  return async (_ctx, value) => {
    if (typeof value !== 'string' || value.length < MIN_RANDOM_LENGTH) {
      throw new errors.InvalidRequest(`${name} must be at least ${MIN_RANDOM_LENGTH} characters`);
    }
  };
}

const policy = interactionPolicy.base();
policy.add(new interactionPolicy.Prompt({ name: 'select_account', requestable: true }), 0);

const provider = new Provider(issuer, {
  routes: {
    authorization: '/openid_connect/authorize',
    token: '/api/openid_connect/token',
    userinfo: '/api/openid_connect/userinfo',
    jwks: '/api/openid_connect/certs',
    end_session: '/openid_connect/logout',
  },
  clients: clientsFrom(process.env.OP_CLIENTS_JSON),
  extraClientMetadata: { properties: ['failure_to_proof_uri'] },
  jwks: signingKeys(),
  cookies: { keys: [randomBytes(32).toString('base64url')] },
  acrValues: SERVICE_LEVELS,
  scopes: ['openid', 'email', 'profile'],
  claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['given_name', 'family_name'] },
  conformIdTokenClaims: false, // Login.gov puts the scope's claims in the id_token too
  responseTypes: ['code'],
  clientAuthMethods: ['private_key_jwt'],
  enabledJWA: { clientAuthSigningAlgValues: ['RS256'], idTokenSigningAlgValues: ['RS256'] },
  pkce: { required: () => true },
  extraParams: {
    locale: null,
    state: atLeast22('state'),
    nonce: atLeast22('nonce'),
    async prompt(_ctx, value) {
      if (value !== 'select_account') throw new errors.InvalidRequest('prompt must be select_account');
    },
    async acr_values(_ctx, value) {
      if (!String(value ?? '').split(' ').some((acr) => SERVICE_LEVELS.includes(acr))) {
        throw new errors.InvalidRequest('Missing a valid IAL level');
      }
    },
  },
  async assertJwtClientAuthClaimsAndHeader(ctx, claims) {
    const tokenEndpoint = ctx.oidc.urlFor('token');
    const audiences = [claims.aud].flat().map((aud) => String(aud).replace(/\/$/, ''));
    if (!audiences.includes(tokenEndpoint)) {
      throw new errors.InvalidClientAuth('audience (aud) must be the token endpoint URL');
    }
    if (claims.iat !== undefined && claims.iat > Date.now() / 1000 + IAT_LEEWAY_SECONDS) {
      throw new errors.InvalidClientAuth('iat must not be in the future');
    }
  },
  async findAccount(_ctx, sub) {
    const account = ACCOUNTS[sub];
    return account && { accountId: sub, claims: async () => ({ sub, ...account.claims }) };
  },
  interactions: { policy, url: (_ctx, interaction) => `/interaction/${interaction.uid}` },
  ttl: { AuthorizationCode: 300, AccessToken: 900, IdToken: 900, Interaction: 600, Session: 900, Grant: 900 },
  features: {
    devInteractions: { enabled: false },
    dPoP: { enabled: false },
    pushedAuthorizationRequests: { enabled: false },
    resourceIndicators: { enabled: false },
    rpInitiatedLogout: {
      enabled: true,
      async logoutSource(ctx, form) {
        ctx.body = page('en', 'Sign out', `${form}
<p>Do you want to sign out of the test provider?</p>
<button type="submit" form="op.logoutForm" name="logout" value="yes">Yes, sign out</button>
<button type="submit" form="op.logoutForm">No, stay signed in</button>`);
      },
      async postLogoutSuccessSource(ctx) {
        ctx.body = page('en', 'Signed out', '<p>You have signed out of the test provider.</p>');
      },
    },
  },
  async renderError(ctx, out) {
    ctx.type = 'html';
    const lines = Object.entries(out).map(([key, value]) => `<p>${escapeHtml(key)}: ${escapeHtml(value)}</p>`);
    ctx.body = page('en', 'Something went wrong', lines.join('\n'));
  },
});

// Login.gov refuses id_token_hint at logout (it wants client_id); so does this provider by default.
if (process.env.OP_ACCEPT_ID_TOKEN_HINT !== '1') {
  provider.use(async (ctx, next) => {
    if (ctx.path === '/openid_connect/logout' && ctx.query.id_token_hint !== undefined) {
      ctx.status = 400;
      ctx.type = 'html';
      ctx.body = page('en', 'Something went wrong', '<p>error: invalid_request</p>\n<p>error_description: '
        + 'This application is misconfigured and should not be sending id_token_hint. '
        + 'Please send client_id instead.</p>');
      return;
    }
    await next();
  });
}

// --- The interaction pages: one form that signs in, cancels, or exits identity verification. ---

function readForm(req) {
  return new Promise((resolve, reject) => {
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (chunk) => {
      body += chunk;
      if (body.length > 10_000) reject(new Error('form too large'));
    });
    req.on('end', () => resolve(new URLSearchParams(body)));
    req.on('error', reject);
  });
}

function interactionPage(uid, params, client) {
  const requested = String(params.acr_values ?? '').split(' ').find((acr) => SERVICE_LEVELS.includes(acr));
  const locale = params.locale ?? '(none)';
  const people = Object.entries(ACCOUNTS).map(([sub, { label }], i) => `<div>
<input type="radio" id="account-${i}" name="account" value="${sub}"${i === 0 ? ' checked' : ''}>
<label for="account-${i}">${escapeHtml(label)} (sub ${sub})</label></div>`);
  const acrs = SERVICE_LEVELS.map((acr) => `<option${acr === requested ? ' selected' : ''}>${acr}</option>`);
  const exit = client.metadata().failure_to_proof_uri
    ? '<button type="submit" name="action" value="exit">Exit identity verification</button>' : '';
  return page(langFrom(params.locale), 'Sign in', `<p>Service: ${escapeHtml(params.client_id)}</p>
<p id="locale">locale: ${escapeHtml(locale)}</p>
<form method="post" action="/interaction/${escapeHtml(uid)}">
<fieldset><legend>Account</legend>
${people.join('\n')}
</fieldset>
<div><label for="acr">Level to assert (acr)</label>
<select id="acr" name="acr">${acrs.join('')}</select></div>
<button type="submit" name="action" value="sign-in">Sign in</button>
<button type="submit" name="action" value="cancel">Cancel and go back</button>
${exit}
</form>`);
}

async function signIn(req, res, details, form) {
  const accountId = form.get('account');
  const acr = form.get('acr'); // "none": a sign-in that asserts no level at all, for tests
  if (!ACCOUNTS[accountId] || !(acr === 'none' || SERVICE_LEVELS.includes(acr))) {
    res.writeHead(400, { 'content-type': 'text/plain' }).end('unknown account or acr');
    return;
  }
  const { params } = details;
  // A grant already given in this browser is reused only for the same person.
  const existing = details.grantId && await provider.Grant.find(details.grantId);
  const grant = existing?.accountId === accountId
    ? existing : new provider.Grant({ accountId, clientId: params.client_id });
  grant.addOIDCScope(params.scope);
  const grantId = await grant.save();
  await provider.interactionFinished(req, res, {
    select_account: {},
    login: { accountId, ...(acr === 'none' ? {} : { acr }), amr: ['pwd'] },
    consent: { grantId },
  }, { mergeWithLastSubmission: false });
}

async function interaction(req, res) {
  const details = await provider.interactionDetails(req, res);
  const client = await provider.Client.find(details.params.client_id);
  if (req.method === 'GET') {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
    res.end(interactionPage(details.uid, details.params, client));
    return;
  }
  const form = await readForm(req);
  const action = form.get('action');
  if (action === 'sign-in') {
    await signIn(req, res, details, form);
  } else if (action === 'cancel') {
    await provider.interactionFinished(req, res, {
      error: 'access_denied', error_description: 'The person cancelled at the provider',
    }, { mergeWithLastSubmission: false });
  } else if (action === 'exit' && client.metadata().failure_to_proof_uri) {
    // As Login.gov does: straight to the service's failure-to-proof page, with no state.
    res.writeHead(303, { location: client.metadata().failure_to_proof_uri }).end();
  } else {
    res.writeHead(400, { 'content-type': 'text/plain' }).end('unknown action');
  }
}

const handleProvider = provider.callback();
const server = createServer((req, res) => {
  // Every URL the provider makes names its issuer's host, whatever host the request came in on.
  req.headers.host = `localhost:${port}`;
  if (!/^\/interaction\/[^/?]+(\?.*)?$/.test(req.url) || !['GET', 'POST'].includes(req.method)) {
    handleProvider(req, res);
    return;
  }
  interaction(req, res).catch((error) => {
    if (!res.headersSent) {
      res.writeHead(400, { 'content-type': 'text/html; charset=utf-8' });
      res.end(page('en', 'Something went wrong', `<p>${escapeHtml(error.message)}</p>`));
    }
  });
});

function stop() {
  server.close(() => process.exit(0));
  server.closeAllConnections();
}
process.on('SIGTERM', stop);
process.on('SIGINT', stop);

server.listen(port, '127.0.0.1', () => {
  console.log(`READY ${issuer}`);
});
