// In-memory storage for oidc-provider models. Unlike the built-in adapter it lets the admin API replace
// clients at run time and find every refresh token of an account.
import { epochSeconds } from './time.js';

const grantable = new Set(['AccessToken', 'AuthorizationCode', 'RefreshToken', 'DeviceCode',
  'BackchannelAuthenticationRequest']);

export class SandboxStore {
  constructor() {
    this.entries = new Map(); // "<Model>:<id>" -> { payload, expiresAt (epoch s) | undefined }
  }

  adapterClass() {
    const store = this;
    return class SandboxAdapter {
      constructor(model) {
        this.model = model;
      }

      async upsert(id, payload, expiresIn) {
        store.set(this.model, id, payload, expiresIn);
      }

      async find(id) {
        return store.get(this.model, id);
      }

      async findByUid(uid) {
        return store.findFirst(this.model, (payload) => payload.uid === uid);
      }

      async findByUserCode(userCode) {
        return store.findFirst(this.model, (payload) => payload.userCode === userCode);
      }

      async consume(id) {
        const payload = store.get(this.model, id);
        if (payload) {
          payload.consumed = epochSeconds();
        }
      }

      async destroy(id) {
        store.entries.delete(`${this.model}:${id}`);
      }

      async revokeByGrantId(grantId) {
        store.deleteWhere((model, payload) => grantable.has(model) && payload.grantId === grantId);
      }
    };
  }

  set(model, id, payload, expiresIn) {
    const expiresAt = typeof expiresIn === 'number' ? epochSeconds() + expiresIn : undefined;
    this.entries.set(`${model}:${id}`, { payload: structuredClone(payload), expiresAt });
  }

  get(model, id) {
    const key = `${model}:${id}`;
    const entry = this.entries.get(key);
    if (!entry) {
      return undefined;
    }
    if (entry.expiresAt !== undefined && entry.expiresAt <= epochSeconds()) {
      this.entries.delete(key);
      return undefined;
    }
    return entry.payload;
  }

  findFirst(model, predicate) {
    for (const [key, entry] of this.entries) {
      if (key.startsWith(`${model}:`) && predicate(entry.payload)) {
        return this.get(model, key.slice(model.length + 1));
      }
    }
    return undefined;
  }

  deleteWhere(predicate) {
    let count = 0;
    for (const [key, entry] of this.entries) {
      const model = key.slice(0, key.indexOf(':'));
      if (predicate(model, entry.payload)) {
        this.entries.delete(key);
        count += 1;
      }
    }
    return count;
  }

  // Removes the account's grants and every token issued under them, so a refresh fails with invalid_grant.
  revokeAccount(accountId) {
    const grantIds = new Set();
    for (const [key, entry] of this.entries) {
      if (key.startsWith('Grant:') && entry.payload.accountId === accountId) {
        grantIds.add(key.slice('Grant:'.length));
      }
    }
    const refreshTokens = this.deleteWhere((model, payload) => model === 'RefreshToken'
      && (payload.accountId === accountId || grantIds.has(payload.grantId)));
    this.deleteWhere((model, payload) => (model === 'Grant' && payload.accountId === accountId)
      || (grantable.has(model) && grantIds.has(payload.grantId)));
    return refreshTokens;
  }
}
