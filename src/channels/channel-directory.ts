import type { Store } from '../store/database.js';
import type { ChannelInstance } from './channel-adapter.js';
import { findChannelByKey, listChannels } from './channel-store.js';

interface Snapshot {
  at: number;
  channels: ChannelInstance[];
  byKey: Map<string, ChannelInstance>;
}

/**
 * The enabled channels, cached briefly so inbound traffic (an SMTP RCPT, a webhook) does not read the channel
 * table for every message. Writes in this process invalidate it at once; other processes' writes are seen within
 * `ttlMs`. A key missing from the snapshot is looked up in the database before anyone is told "no such
 * mailbox", so a channel just created by another process is never refused.
 *
 * @example
 * const directory = new ChannelDirectory(store);
 * await directory.byKey('email', 'support@brand.example.jp');
 */
export class ChannelDirectory {
  private snapshot: Snapshot | null = null;
  private loading: Promise<Snapshot> | null = null;
  private generation = 0;

  constructor(private readonly store: Store, private readonly ttlMs = 2000) {}

  invalidate(): void {
    this.generation++;
    this.snapshot = null;
    this.loading = null;
  }

  private async current(): Promise<Snapshot> {
    // Freshness is measured on the monotonic process clock: a cache age, not business time.
    if (this.snapshot && performance.now() - this.snapshot.at < this.ttlMs) return this.snapshot;
    this.loading ??= this.load().finally(() => { this.loading = null; });
    return this.loading;
  }

  private async load(): Promise<Snapshot> {
    const at = performance.now();
    const generation = this.generation;
    const db = this.store.db;
    const channels = await listChannels(db, { enabledOnly: true });
    const keys = await db.selectFrom('channel_keys').select(['kind', 'key', 'channel_id']).execute();
    const byId = new Map(channels.map((c) => [c.id, c]));
    const byKey = new Map<string, ChannelInstance>();
    for (const k of keys) {
      const channel = byId.get(k.channel_id);
      if (channel) byKey.set(`${k.kind}\u0000${k.key}`, channel);
    }
    const snapshot = { at, channels, byKey };
    // A write while this was loading made it stale: serve it to this caller only.
    if (generation === this.generation) this.snapshot = snapshot;
    return snapshot;
  }

  async ofKind(kind: string): Promise<ChannelInstance[]> {
    return (await this.current()).channels.filter((c) => c.kind === kind);
  }

  async byId(id: string): Promise<ChannelInstance | null> {
    return (await this.current()).channels.find((c) => c.id === id) ?? null;
  }

  async byKey(kind: string, key: string): Promise<ChannelInstance | null> {
    const hit = (await this.current()).byKey.get(`${kind}\u0000${key.toLowerCase()}`);
    return hit ?? findChannelByKey(this.store.db, kind, key);
  }
}
