// `pattern` attributes for the admin forms' id and locale inputs. Browsers compile `pattern` with the `v` flag,
// where a bare `-` in a character class is a syntax error (Chromium logs it and then checks nothing), so the hyphen
// is escaped. Each mirrors the server's own pattern for the same path parameter.

/** Market, team, agent, channel and SLA policy ids: `[a-z0-9-]{2,40}` on the server. */
export const idPattern = '[a-z0-9\\-]{2,40}';

/** Macro ids (shortcuts): `[a-z0-9-]{2,64}` on the server. */
export const macroIdPattern = '[a-z0-9\\-]{2,64}';

/** A BCP 47 tag as a path segment (`pt-BR`, `zh-Hant`). */
export const localeTagPattern = '[A-Za-z0-9\\-]{2,35}';
