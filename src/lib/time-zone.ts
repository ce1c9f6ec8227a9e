/**
 * True when the runtime knows the IANA time zone (aliases like `Asia/Calcutta` included).
 *
 * @example
 * isKnownTimeZone('Asia/Kathmandu'); // true
 * isKnownTimeZone('Mars/Olympus');   // false
 */
export function isKnownTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}
