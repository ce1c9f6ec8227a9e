import type { Store } from '../store/database.js';
import { listMarkets, type Market } from '../store/market-store.js';
import { getBrandSettings, type BrandSettings } from '../store/settings-store.js';

/** A consistent, synchronous view of the markets and brand settings at one moment. */
export class MarketSnapshot {
  readonly byCode: ReadonlyMap<string, Market>;
  constructor(readonly at: number, readonly markets: readonly Market[], readonly brand: BrandSettings) {
    this.byCode = new Map(markets.map((m) => [m.code, m]));
  }

  get(code: string): Market | undefined {
    return this.byCode.get(code);
  }

  /**
   * The market for a message without an explicit one: the customer's country, then their language, then the
   * brand's default market, then the first market; null when the brand has no markets at all.
   *
   * @example
   * snapshot.resolve({ country: 'JP', languages: ['ja'] }); // the market serving JP
   */
  resolve(hints: { country?: string | null; languages?: Array<string | null | undefined> }): string | null {
    const country = hints.country?.toUpperCase();
    if (country) {
      const byCountry = this.markets.find((m) => m.countries.includes(country));
      if (byCountry) return byCountry.code;
    }
    for (const language of hints.languages ?? []) {
      if (!language) continue;
      const tag = language.toLowerCase();
      const primary = tag.split('-')[0];
      const byLanguage = this.markets.find((m) => m.languages.some((l) => l.toLowerCase() === tag))
        ?? this.markets.find((m) => m.languages.some((l) => l.toLowerCase().split('-')[0] === primary));
      if (byLanguage) return byLanguage.code;
    }
    if (this.brand.defaultMarket && this.byCode.has(this.brand.defaultMarket)) return this.brand.defaultMarket;
    return this.markets[0]?.code ?? null;
  }
}

/**
 * A short-lived in-memory view of markets and brand settings for the hot inbound path. Writes in this process
 * invalidate it at once; writes from other processes are seen within `ttlMs`. Take a snapshot *before* opening
 * a transaction: on SQLite the transaction holds the only connection.
 */
export class MarketDirectory {
  private cached: MarketSnapshot | undefined;
  private loading: Promise<MarketSnapshot> | undefined;

  constructor(private readonly store: Store, private readonly now: () => number, private readonly ttlMs = 2000) {}

  invalidate(): void {
    this.cached = undefined;
  }

  async snapshot(): Promise<MarketSnapshot> {
    if (this.cached && Math.abs(this.now() - this.cached.at) < this.ttlMs) return this.cached;
    this.loading ??= (async () => {
      const [markets, brand] = await Promise.all([listMarkets(this.store.db), getBrandSettings(this.store.db)]);
      const fresh = new MarketSnapshot(this.now(), markets, brand);
      this.cached = fresh;
      return fresh;
    })().finally(() => { this.loading = undefined; });
    return this.loading;
  }

  async get(code: string): Promise<Market | undefined> {
    return (await this.snapshot()).get(code);
  }

  async all(): Promise<readonly Market[]> {
    return (await this.snapshot()).markets;
  }

  async brand(): Promise<BrandSettings> {
    return (await this.snapshot()).brand;
  }
}
