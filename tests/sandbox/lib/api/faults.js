// Fault switches of the national API sandbox (POST /_sandbox/api/faults). Each fault is consumed by the API
// requests whose path ends with its `path` filter; `count` -1 keeps it until cleared.
export const API_FAULTS = ['status', 'throttle', 'delay', 'drop-before-commit', 'drop-after-commit',
  'use_dpop_nonce', 'expired-token', 'reject', 'too-large-close'];

export class FaultSpecError extends Error {}

function optionalInteger(body, name, { min, max }) {
  const value = body[name];
  if (value === undefined) {
    return undefined;
  }
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new FaultSpecError(`${name} must be an integer ${min}..${max}`);
  }
  return value;
}

export function parseFault(body) {
  if (!API_FAULTS.includes(body.fault)) {
    throw new FaultSpecError(`fault must be one of ${API_FAULTS.join(', ')}`);
  }
  const count = body.count === undefined ? 1 : body.count;
  if (!Number.isInteger(count) || (count < 1 && count !== -1)) {
    throw new FaultSpecError('count must be a positive integer or -1 (until cleared)');
  }
  if (body.path !== undefined && (typeof body.path !== 'string' || body.path === '')) {
    throw new FaultSpecError('path must be a non-empty path suffix such as /dodsfall');
  }
  const known = new Set(['fault', 'count', 'path', 'delayMs', 'retryAfter', 'status']);
  const unknown = Object.keys(body).filter((key) => !known.has(key));
  if (unknown.length) {
    throw new FaultSpecError(`unknown field: ${unknown.join(', ')}`);
  }
  return {
    fault: body.fault,
    count,
    path: body.path,
    delayMs: optionalInteger(body, 'delayMs', { min: 0, max: 600000 }) ?? 5000,
    retryAfter: optionalInteger(body, 'retryAfter', { min: 0, max: 86400 }) ?? 1,
    status: optionalInteger(body, 'status', { min: 400, max: 599 }) ?? 503,
  };
}

export class ApiFaults {
  constructor() {
    this.list = [];
  }

  add(fault) {
    this.list.push(fault);
  }

  clear() {
    this.list = [];
  }

  // The first fault that applies to this path, consumed once.
  take(pathname) {
    const index = this.list.findIndex((fault) => !fault.path || pathname.endsWith(fault.path));
    if (index < 0) {
      return undefined;
    }
    const fault = this.list[index];
    if (fault.count > 0) {
      fault.count -= 1;
      if (fault.count === 0) {
        this.list.splice(index, 1);
      }
    }
    return fault;
  }

  // Like take(), but only when the first fault for this path is `name` (a fault that acts before the body is read).
  takeIf(pathname, name) {
    const first = this.list.find((fault) => !fault.path || pathname.endsWith(fault.path));
    return first && first.fault === name ? this.take(pathname) : undefined;
  }

  describe() {
    return this.list.map((fault) => ({ ...fault }));
  }
}
