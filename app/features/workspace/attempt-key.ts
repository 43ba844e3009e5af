/** A v4 UUID; crypto.randomUUID only exists on secure origins, and Leeway may be served over plain http inside a LAN. */
export function newIdempotencyKey(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6]! & 0x0f) | 0x40;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/**
 * One idempotency key per attempt. Retrying the very same request after the network failed reuses the
 * key, so the server grants it once however many times the rep presses Enter; once the server has
 * answered, or the request changed, the next submit is a new attempt with a new key.
 */
export class AttemptKeys {
  private current: { fingerprint: string; key: string } | null = null;

  constructor(private readonly generate: () => string = newIdempotencyKey) {}

  keyFor(fingerprint: string): string {
    if (this.current?.fingerprint === fingerprint) return this.current.key;
    this.current = { fingerprint, key: this.generate() };
    return this.current.key;
  }

  /** The server answered (granted, routed or refused): this attempt is over. */
  settle(): void {
    this.current = null;
  }
}
