import { Value } from 'typebox/value';
import { ConfigSchema, environmentVariables, type Config } from './config-schema.js';

/** Thrown when the environment does not describe a valid configuration; the message names the variable. */
export class ConfigError extends Error {
  override name = 'ConfigError';
}

function parseValue(raw: string, kind: string, name: string): unknown {
  switch (kind) {
    case 'integer': {
      if (!/^\d+$/.test(raw.trim())) throw new ConfigError(`${name}=${JSON.stringify(raw)} is not valid: expected a whole number`);
      return Number(raw.trim());
    }
    case 'boolean': {
      const v = raw.trim().toLowerCase();
      if (['1', 'true', 'yes', 'on'].includes(v)) return true;
      if (['0', 'false', 'no', 'off', ''].includes(v)) return false;
      throw new ConfigError(`${name}=${JSON.stringify(raw)} is not valid: expected 1 or 0`);
    }
    case 'optional-string':
      return raw === '' ? null : raw;
    default:
      return raw;
  }
}

/**
 * Reads, validates and freezes the configuration from an environment. A bad value throws a ConfigError
 * naming the variable and what is expected.
 *
 * @example
 * const config = loadConfig({ BORDERLESS_PORT: '8080' });
 * config.port; // 8080
 */
export function loadConfig(env: Record<string, string | undefined> = process.env): Readonly<Config> {
  const draft: Record<string, unknown> = {};
  for (const variable of environmentVariables) {
    const raw = env[variable.name] ?? variable.default;
    draft[variable.key] = raw === null ? null : parseValue(raw, variable.kind, variable.name);
  }
  if (!Value.Check(ConfigSchema, draft)) {
    const first = [...Value.Errors(ConfigSchema, draft)][0];
    const key = (first?.instancePath ?? '').replace(/^\//, '').split('/')[0];
    const variable = environmentVariables.find((v) => v.key === key);
    const name = variable?.name ?? key ?? 'configuration';
    throw new ConfigError(
      `${name}=${JSON.stringify(env[name] ?? variable?.default ?? '')} is not valid: ${first?.message ?? 'invalid value'}` +
        (variable ? ` (${variable.meaning})` : ''),
    );
  }
  return Object.freeze(draft as Config);
}

/** Which dialect a database URL names. */
export function databaseDialect(url: string): 'sqlite' | 'postgres' {
  return url.startsWith('sqlite:') ? 'sqlite' : 'postgres';
}
