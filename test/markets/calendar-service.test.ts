import { describe, expect, it } from 'vitest';
import { getMarketPreset, presetToMarketDocument } from '../../src/domain/markets/index.js';
import { CalendarService, hoursKeyFor, localIso, type MarketCalendar } from '../../src/markets/index.js';

const HOUR = 3_600_000;

function japan(): MarketCalendar {
  const doc = presetToMarketDocument(getMarketPreset('JP')!);
  return { code: 'jp', timeZone: doc.timeZone, hours: doc.hours as unknown as MarketCalendar['hours'], holidays: { ...doc.holidays!, types: [...doc.holidays!.types] },
    closures: [], openings: [], holidayOverrides: { add: [], remove: [] } };
}

describe('calendar service', () => {
  it('reuses one compiled calendar per market and hours entry, and recompiles when the market changes', () => {
    const calendars = new CalendarService();
    const jp = japan();
    const from = Date.parse('2027-04-30T17:30:00+09:00');
    const a = calendars.calendarFor(jp, 'email', from);
    expect(calendars.calendarFor(jp, 'chat', from)).toBe(a);
    expect(calendars.calendarFor({ ...jp }, 'email', from)).toBe(a);
    expect(calendars.calendarFor(jp, 'phone', from)).not.toBe(a);
    expect(calendars.size).toBe(2);
    expect(calendars.deadline(jp, 'email', from, 4 * HOUR)).toBe(Date.parse('2027-05-06T03:30:00Z'));
    // A new closure (same code, new content) is seen at once, without any invalidation call.
    const closed = { ...jp, closures: [{ from: '2027-05-06', to: '2027-05-06', name: 'Inventory' }] };
    expect(calendars.calendarFor(closed, 'email', from)).not.toBe(a);
    expect(calendars.deadline(closed, 'email', from, 4 * HOUR)).toBe(Date.parse('2027-05-07T03:30:00Z'));
    calendars.invalidate('jp');
    expect(calendars.size).toBe(0);
  });

  it('resolves holidays for the years a query reaches', () => {
    const calendars = new CalendarService();
    const jp = japan();
    calendars.calendarFor(jp, 'email', Date.parse('2027-01-10T00:00:00Z'));
    // Ten years later the same entry grows (or is rebuilt) to cover 2037's Golden Week.
    expect(calendars.availability(jp, 'email', Date.parse('2037-05-04T12:00:00+09:00'))).toMatchObject({ open: false, reason: 'holiday' });
    expect(calendars.deadline(jp, 'email', Date.parse('2027-12-30T10:00:00+09:00'), HOUR)).toBe(Date.parse('2027-12-30T02:00:00Z'));
  });

  it('maps channels to hours entries and writes local ISO instants', () => {
    expect(hoursKeyFor({ default: {}, phone: {} }, 'voice')).toBe('phone');
    expect(hoursKeyFor({ default: {}, phone: {} }, 'phone')).toBe('phone');
    expect(hoursKeyFor({ default: {} }, 'constructor')).toBe('default');
    expect(hoursKeyFor({ default: {} }, null)).toBe('default');
    expect(localIso(Date.parse('2027-05-06T03:30:00Z'), 'Asia/Tokyo')).toBe('2027-05-06T12:30:00+09:00');
    expect(localIso(Date.parse('2027-01-06T03:30:00Z'), 'UTC')).toBe('2027-01-06T03:30:00+00:00');
    expect(localIso(Date.parse('2027-01-06T03:30:00.250Z'), 'Asia/Kathmandu')).toBe('2027-01-06T09:15:00.250+05:45');
  });
});
