/**
 * A span of time as "3 h 20 min" (days, hours, minutes; seconds only under a minute) in the interface language.
 *
 * @example
 * formatSpan('en', 12_000_000); // '3 hr, 20 min'
 */
export function formatSpan(locale: string, ms: number): string {
  const total = Math.max(0, Math.round(Math.abs(ms) / 1000));
  const days = Math.floor(total / 86_400);
  const hours = Math.floor((total % 86_400) / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const unit = (value: number, name: string) => new Intl.NumberFormat(locale, { style: 'unit', unit: name, unitDisplay: 'short' }).format(value);
  const parts: string[] = [];
  if (days) parts.push(unit(days, 'day'));
  if (hours) parts.push(unit(hours, 'hour'));
  if (minutes && !days) parts.push(unit(minutes, 'minute'));
  if (parts.length === 0) parts.push(unit(total, 'second'));
  return new Intl.ListFormat(locale, { style: 'narrow', type: 'unit' }).format(parts);
}

/**
 * An ISO 8601 duration (`PT4H`, `P1D`, `PT30M`) in milliseconds; null when it is not one the console reads.
 *
 * @example
 * isoDurationMs('PT1H30M'); // 5_400_000
 */
export function isoDurationMs(text: string): number | null {
  const match = /^P(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?$/.exec(text);
  if (!match || text === 'P' || text.endsWith('T')) return null;
  const [, d, h, m, s] = match;
  return ((Number(d ?? 0) * 24 + Number(h ?? 0)) * 60 + Number(m ?? 0)) * 60_000 + Number(s ?? 0) * 1000;
}
