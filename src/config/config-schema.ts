import { Type, type Static } from 'typebox';

/**
 * The process configuration, validated once at start and frozen. Each property maps to one environment
 * variable (see `environmentVariables`); the README's configuration table is generated from the same list.
 */
export const ConfigSchema = Type.Object({
  databaseUrl: Type.String({ pattern: '^(sqlite:.+|postgres(ql)?://.+)$' }),
  port: Type.Integer({ minimum: 0, maximum: 65535 }),
  host: Type.String({ minLength: 1 }),
  smtpPort: Type.Integer({ minimum: 0, maximum: 65535 }),
  bootstrapToken: Type.Union([Type.String({ minLength: 16, maxLength: 512 }), Type.Null()]),
  demo: Type.Boolean(),
  logLevel: Type.Union([
    Type.Literal('fatal'), Type.Literal('error'), Type.Literal('warn'),
    Type.Literal('info'), Type.Literal('debug'), Type.Literal('trace'), Type.Literal('silent'),
  ]),
  bodyLimitBytes: Type.Integer({ minimum: 1024, maximum: 64 * 1024 * 1024 }),
  publicUrl: Type.Union([Type.String({ pattern: '^https?://' }), Type.Null()]),
  secureCookies: Type.Boolean(),
  translationProvider: Type.Union([Type.Literal('none'), Type.Literal('libretranslate'), Type.Literal('deepl')]),
  libreTranslateUrl: Type.Union([Type.String({ pattern: '^https?://' }), Type.Null()]),
  libreTranslateApiKey: Type.Union([Type.String({ minLength: 1 }), Type.Null()]),
  deeplUrl: Type.Union([Type.String({ pattern: '^https?://' }), Type.Null()]),
  deeplApiKey: Type.Union([Type.String({ minLength: 1 }), Type.Null()]),
  translationTimeoutMs: Type.Integer({ minimum: 100, maximum: 120000 }),
});

export type Config = Static<typeof ConfigSchema>;

export interface EnvironmentVariable {
  name: string;
  key: keyof Config;
  kind: 'string' | 'integer' | 'boolean' | 'optional-string';
  default: string | null;
  meaning: string;
}

/** Every environment variable Borderless reads, in the order the README documents them. */
export const environmentVariables: readonly EnvironmentVariable[] = [
  { name: 'BORDERLESS_DATABASE_URL', key: 'databaseUrl', kind: 'string', default: 'sqlite:./data/borderless.db',
    meaning: '`sqlite:<path>` (embedded, default) or `postgres://user@host:port/db`' },
  { name: 'BORDERLESS_PORT', key: 'port', kind: 'integer', default: '3000',
    meaning: 'HTTP port: API, console, widget and help center' },
  { name: 'BORDERLESS_HOST', key: 'host', kind: 'string', default: '127.0.0.1', meaning: 'bind address' },
  { name: 'BORDERLESS_SMTP_PORT', key: 'smtpPort', kind: 'integer', default: '2525',
    meaning: 'inbound SMTP port; `0` disables' },
  { name: 'BORDERLESS_BOOTSTRAP_TOKEN', key: 'bootstrapToken', kind: 'optional-string', default: null,
    meaning: 'on a database with no admin yet, creates an admin API token with this exact value (16+ characters)' },
  { name: 'BORDERLESS_DEMO', key: 'demo', kind: 'boolean', default: '0',
    meaning: '`1` (set by `npm start`): on an empty database, load the demo brand and print how to log in' },
  { name: 'BORDERLESS_LOG_LEVEL', key: 'logLevel', kind: 'string', default: 'info',
    meaning: 'pino log level: fatal, error, warn, info, debug, trace, silent; at `info` each request writes one JSON line when answered (`request completed` with method, URL, status, time and request id)' },
  { name: 'BORDERLESS_BODY_LIMIT', key: 'bodyLimitBytes', kind: 'integer', default: '1048576',
    meaning: 'largest accepted request body in bytes (larger ones get 413)' },
  { name: 'BORDERLESS_PUBLIC_URL', key: 'publicUrl', kind: 'optional-string', default: null,
    meaning: 'the URL customers and agents reach Borderless at (links in emails); defaults to the bind address' },
  { name: 'BORDERLESS_SECURE_COOKIES', key: 'secureCookies', kind: 'boolean', default: '0',
    meaning: '`1` marks the session cookie `Secure` (set it behind HTTPS)' },
  { name: 'BORDERLESS_TRANSLATION_PROVIDER', key: 'translationProvider', kind: 'string', default: 'none',
    meaning: 'machine translation engine: `libretranslate`, `deepl` or `none` (translation endpoints answer 503)' },
  { name: 'BORDERLESS_LIBRETRANSLATE_URL', key: 'libreTranslateUrl', kind: 'optional-string', default: null,
    meaning: 'base URL of a LibreTranslate server, e.g. `http://127.0.0.1:5000` (required with `libretranslate`)' },
  { name: 'BORDERLESS_LIBRETRANSLATE_API_KEY', key: 'libreTranslateApiKey', kind: 'optional-string', default: null,
    meaning: 'API key sent as `api_key` when the LibreTranslate server requires one' },
  { name: 'BORDERLESS_DEEPL_URL', key: 'deeplUrl', kind: 'optional-string', default: null,
    meaning: 'DeepL API base URL; unset: `https://api-free.deepl.com` for keys ending in `:fx`, else `https://api.deepl.com`' },
  { name: 'BORDERLESS_DEEPL_API_KEY', key: 'deeplApiKey', kind: 'optional-string', default: null,
    meaning: 'DeepL authentication key (required with `deepl`)' },
  { name: 'BORDERLESS_TRANSLATION_TIMEOUT_MS', key: 'translationTimeoutMs', kind: 'integer', default: '10000',
    meaning: 'how long one call to the translation engine may take before the translation is marked failed' },
];
