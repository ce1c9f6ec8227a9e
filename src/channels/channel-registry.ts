import { existsSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Ajv, type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import type { FieldError } from '../errors/index.js';
import { fieldErrorsFromAjv, isLanguageTag } from '../server/validation.js';
import type { ChannelAdapter, ChannelConfig } from './channel-adapter.js';

const kindPattern = /^[a-z][a-z0-9-]{1,30}$/;

function makeAjv(): Ajv {
  const ajv = new Ajv({ coerceTypes: false, useDefaults: true, removeAdditional: false, allErrors: true, strict: false });
  (addFormats as unknown as (a: Ajv) => void)(ajv);
  ajv.addFormat('bcp47', { type: 'string', validate: isLanguageTag });
  return ajv;
}

/**
 * The adapters of one runtime, by kind. The channel API, the webhook route and the outbox dispatcher find the
 * adapter here; none of them knows any kind by name.
 *
 * @example
 * const registry = new ChannelRegistry(await loadChannelAdapters());
 * registry.get('email')?.capabilities.threading; // true
 */
export class ChannelRegistry {
  private readonly adapters = new Map<string, ChannelAdapter<any>>();
  private readonly validators = new Map<string, ValidateFunction>();
  private readonly ajv = makeAjv();

  constructor(adapters: Iterable<ChannelAdapter<any>> = []) {
    for (const adapter of adapters) this.register(adapter);
  }

  /** Adds an adapter; a second adapter for one kind is a programming error. */
  register(adapter: ChannelAdapter<any>): void {
    if (!kindPattern.test(adapter.kind)) throw new Error(`channel kind "${adapter.kind}" must match ${kindPattern}`);
    if (this.adapters.has(adapter.kind)) throw new Error(`channel kind "${adapter.kind}" is already registered`);
    this.adapters.set(adapter.kind, adapter);
    this.validators.set(adapter.kind, this.ajv.compile(adapter.configSchema as object));
  }

  get(kind: string): ChannelAdapter<any> | undefined {
    return this.adapters.get(kind);
  }

  kinds(): string[] {
    return [...this.adapters.keys()].sort();
  }

  all(): ChannelAdapter<any>[] {
    return this.kinds().map((kind) => this.adapters.get(kind)!);
  }

  /**
   * Validates a PUT body against its kind's schema (defaults applied in place) and the kind's own checks.
   * Paths are prefixed with `/body`.
   */
  validate(body: ChannelConfig): FieldError[] {
    const adapter = this.adapters.get(body.kind);
    const validate = this.validators.get(body.kind);
    if (!adapter || !validate) return [{ path: '/body/kind', message: `must be one of: ${this.kinds().join(', ')}` }];
    if (!validate(body)) return fieldErrorsFromAjv(validate.errors ?? undefined, 'body');
    return (adapter.validateConfig?.(body) ?? []).map((e) => ({ path: `/body${e.path}`, message: e.message }));
  }
}

/**
 * Finds every adapter: each folder next to this file whose `index` exports `adapter`. Adding a channel is adding
 * one folder; nothing else lists the kinds.
 *
 * @example
 * const adapters = await loadChannelAdapters(); // [emailAdapter, …]
 */
export async function loadChannelAdapters(base: URL = new URL('.', import.meta.url)): Promise<ChannelAdapter<any>[]> {
  const dir = fileURLToPath(base);
  const folders = readdirSync(dir, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort();
  const adapters: ChannelAdapter<any>[] = [];
  for (const folder of folders) {
    if (!existsSync(`${dir}/${folder}/index.ts`) && !existsSync(`${dir}/${folder}/index.js`)) continue;
    const module = (await import(new URL(`./${folder}/index.js`, base).href)) as { adapter?: ChannelAdapter<any> };
    if (module.adapter) adapters.push(module.adapter);
  }
  return adapters;
}
