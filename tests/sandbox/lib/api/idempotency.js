// Idempotency-Key table, scoped per endpoint path. An entry is written in the same synchronous step as the
// record it belongs to, so a request either committed both or neither. Requests with the same key are
// serialised: a retry that arrives while the first attempt is still running waits for its outcome.
import { createHash } from 'node:crypto';

export function bodyDigest(body) {
  return createHash('sha256').update(body).digest('base64url');
}

export class IdempotencyTable {
  constructor() {
    this.entries = new Map(); // `${path} ${key}` -> { digest, response: { status, headers, body } }
    this.running = new Map(); // `${path} ${key}` -> promise of the attempt in progress
  }

  static slot(path, key) {
    return `${path} ${key}`;
  }

  // → { replay: response } | { reused: true } | {} (nothing stored for this key yet)
  lookup(slot, digest) {
    const entry = this.entries.get(slot);
    if (!entry) {
      return {};
    }
    return entry.digest === digest ? { replay: entry.response } : { reused: true };
  }

  store(slot, digest, response) {
    this.entries.set(slot, { digest, response });
  }

  // Runs `attempt` once no other attempt with the same slot is running.
  async exclusive(slot, attempt) {
    while (this.running.has(slot)) {
      await this.running.get(slot).catch(() => {});
    }
    const promise = attempt();
    this.running.set(slot, promise);
    try {
      return await promise;
    } finally {
      this.running.delete(slot);
    }
  }

  clear() {
    this.entries.clear();
  }

  get size() {
    return this.entries.size;
  }
}
