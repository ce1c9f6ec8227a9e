/**
 * Kept only for callers that still announce market changes here (src/translation). Nothing listens any more:
 * market validation and presets are called directly by the market routes, and compiled calendars are keyed by the
 * market's content, so a changed market is recompiled on its next use. Delete once no file imports it.
 *
 * @deprecated call `ctx.markets.invalidate()` only.
 */
export const marketExtensions: { changed(code: string): void } = {
  changed: () => undefined,
};
