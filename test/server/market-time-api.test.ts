import { describe, expect, it } from 'vitest';
import { postgresAvailable, testDialects } from '../helpers/dialects.js';
import { useTestApp, type TestApp } from '../helpers/test-app.js';

/*
 * Markets on their own clock, over HTTP (issue 4): presets, full validation of PUT /markets, deadlines,
 * availability and the calendar view, with the named DST and holiday cases a user would notice.
 */

const weekday = [['09:00', '18:00']];
const monFri = { mon: weekday, tue: weekday, wed: weekday, thu: weekday, fri: weekday };

async function put(t: TestApp, code: string, body: unknown) {
  return t.request({ method: 'PUT', url: `/api/v1/markets/${code}`, body });
}

async function deadline(t: TestApp, code: string, body: Record<string, unknown>) {
  return t.request({ method: 'POST', url: `/api/v1/markets/${code}/deadline`, body });
}

async function availability(t: TestApp, code: string, at: string, channel?: string) {
  const query = new URLSearchParams({ at, ...(channel ? { channel } : {}) });
  return t.request({ method: 'GET', url: `/api/v1/markets/${code}/availability?${query}` });
}

function expectProblem(res: { statusCode: number; headers: Record<string, unknown>; json(): any }, status: number, code: string, path?: string) {
  expect(res.statusCode).toBe(status);
  expect(String(res.headers['content-type'])).toContain('application/problem+json');
  const body = res.json();
  expect(body.code).toBe(code);
  if (path) expect(body.errors.map((e: { path: string }) => e.path)).toContain(path);
}

for (const dialect of testDialects) {
  describe.skipIf(dialect === 'postgres' && !postgresAvailable)(`market time over HTTP [${dialect}]`, () => {
    const t = useTestApp(dialect);

    it('lists at least 30 presets with weekend, payment methods, channels and other zones', async () => {
      const res = await t().request({ method: 'GET', url: '/api/v1/market-presets' });
      expect(res.statusCode).toBe(200);
      const items = res.json().items as Array<Record<string, any>>;
      expect(items.length).toBeGreaterThanOrEqual(30);
      const sa = items.find((p) => p.country === 'SA')!;
      expect(sa.weekend).toEqual(['fri', 'sat']);
      const us = items.find((p) => p.country === 'US')!;
      expect(us.otherTimeZones).toContain('America/Los_Angeles');
      expect(us.paymentMethods.length).toBeGreaterThan(0);
      expect(items.find((p) => p.country === 'JP')!.channels).toContain('line');
      const one = await t().request({ method: 'GET', url: '/api/v1/market-presets/br' });
      expect(one.json()).toMatchObject({ code: 'br', timeZone: 'America/Sao_Paulo', currency: 'BRL' });
      expectProblem(await t().request({ method: 'GET', url: '/api/v1/market-presets/zz' }), 404, 'BL_NOT_FOUND');
    });

    it('creates a market from a preset in one call, other fields overriding it', async () => {
      const res = await put(t(), 'jp', { preset: 'JP', closures: [{ from: '2027-12-29', to: '2028-01-03', name: 'Year-end' }] });
      expect(res.statusCode).toBe(201);
      expect(res.json()).toMatchObject({
        name: 'Japan', countries: ['JP'], languages: ['ja'], timeZone: 'Asia/Tokyo', currency: 'JPY',
        holidays: { country: 'JP', region: null, types: ['public'] }, closures: [{ from: '2027-12-29', to: '2028-01-03', name: 'Year-end' }],
      });
      expect(res.json().hours.phone.mon).toEqual([['10:00', '17:00']]);
      expect(res.json().settings.paymentMethods).toContain('PayPay');
      const renamed = await put(t(), 'jp-west', { preset: 'jp', name: 'Japan (Osaka desk)' });
      expect(renamed.json()).toMatchObject({ name: 'Japan (Osaka desk)', timeZone: 'Asia/Tokyo' });
      expectProblem(await put(t(), 'xx', { preset: 'QQ' }), 400, 'BL_VALIDATION', '/body/preset');
    });

    it('answers the contract\'s Golden Week deadline exactly', async () => {
      const res = await deadline(t(), 'jp', { from: '2027-04-30T17:30:00+09:00', duration: 'PT240M', channel: 'email' });
      expect(res.statusCode).toBe(200);
      expect(res.json()).toEqual({ dueAt: '2027-05-06T03:30:00.000Z', dueAtLocal: '2027-05-06T12:30:00+09:00' });
      // Phone has its own hours (10:00–17:00): the same four hours end later.
      const phone = await deadline(t(), 'jp', { from: '2027-04-30T17:30:00+09:00', duration: 'PT4H', channel: 'phone' });
      expect(phone.json()).toEqual({ dueAt: '2027-05-06T05:00:00.000Z', dueAtLocal: '2027-05-06T14:00:00+09:00' });
    });

    it('skips a closure that spans the year end', async () => {
      const res = await deadline(t(), 'jp', { from: '2027-12-28T17:00:00+09:00', duration: 'PT2H', channel: 'email' });
      expect(res.json()).toEqual({ dueAt: '2028-01-04T01:00:00.000Z', dueAtLocal: '2028-01-04T10:00:00+09:00' });
      const closed = await availability(t(), 'jp', '2027-12-30T12:00:00+09:00', 'email');
      expect(closed.json()).toEqual({ open: false, closesAt: null, nextOpenAt: '2028-01-04T00:00:00.000Z', reason: 'closure', holidayName: 'Year-end' });
    });

    it('answers availability exactly in the contract\'s shape', async () => {
      const open = await availability(t(), 'jp', '2027-05-06T10:00:00+09:00', 'email');
      expect(open.statusCode).toBe(200);
      expect(open.json()).toEqual({ open: true, closesAt: '2027-05-06T09:00:00.000Z', nextOpenAt: null, reason: null, holidayName: null });
      const holiday = await availability(t(), 'jp', '2027-05-03T12:00:00+09:00');
      expect(holiday.json()).toEqual({ open: false, closesAt: null, nextOpenAt: '2027-05-06T00:00:00.000Z', reason: 'holiday', holidayName: 'Constitution Day' });
      const night = await availability(t(), 'jp', '2027-05-06T20:00:00+09:00', 'email');
      expect(night.json()).toMatchObject({ open: false, reason: 'hours', holidayName: null, nextOpenAt: '2027-05-07T00:00:00.000Z' });
      // Without `at`, "now" is the server clock (the test clock: 2027-04-30 17:30 in Tokyo, a Friday).
      const now = await t().request({ method: 'GET', url: '/api/v1/markets/jp/availability?channel=email' });
      expect(now.json()).toMatchObject({ open: true, closesAt: '2027-04-30T09:00:00.000Z' });
    });

    it('counts a 22:00–06:00 shift as 7 hours on the spring-forward night and 9 on the fall-back night (New York)', async () => {
      expect((await put(t(), 'us-night', {
        name: 'US night desk', countries: ['US'], languages: ['en'], timeZone: 'America/New_York', currency: 'USD',
        hours: { default: { sat: [['22:00', '06:00']] } }, holidays: null,
      })).statusCode).toBe(201);
      const spring = await deadline(t(), 'us-night', { from: '2027-03-13T22:00:00-05:00', duration: 'PT7H' });
      expect(spring.json()).toEqual({ dueAt: '2027-03-14T10:00:00.000Z', dueAtLocal: '2027-03-14T06:00:00-04:00' });
      const springMore = await deadline(t(), 'us-night', { from: '2027-03-13T22:00:00-05:00', duration: 'PT7H30M' });
      expect(springMore.json()).toEqual({ dueAt: '2027-03-21T02:30:00.000Z', dueAtLocal: '2027-03-20T22:30:00-04:00' });
      const fall = await deadline(t(), 'us-night', { from: '2027-11-06T22:00:00-04:00', duration: 'PT9H' });
      expect(fall.json()).toEqual({ dueAt: '2027-11-07T11:00:00.000Z', dueAtLocal: '2027-11-07T06:00:00-05:00' });
    });

    it('handles the London spring gap, Kathmandu (+05:45) and Kolkata (+05:30)', async () => {
      await put(t(), 'gb-late', {
        name: 'UK late line', countries: ['GB'], languages: ['en'], timeZone: 'Europe/London', currency: 'GBP',
        hours: { default: { sun: [['00:30', '03:00']] } }, holidays: null,
      });
      // 00:30–03:00 on 28 March 2027 is 90 real minutes: 01:00 GMT jumps to 02:00 BST.
      const gap = await deadline(t(), 'gb-late', { from: '2027-03-28T00:30:00+00:00', duration: 'PT90M' });
      expect(gap.json()).toEqual({ dueAt: '2027-03-28T02:00:00.000Z', dueAtLocal: '2027-03-28T03:00:00+01:00' });
      await put(t(), 'np', {
        name: 'Nepal', countries: ['NP'], languages: ['ne'], timeZone: 'Asia/Kathmandu', currency: 'NPR', hours: { default: monFri }, holidays: null,
      });
      const ktm = await deadline(t(), 'np', { from: '2027-06-07T17:00:00+05:45', duration: 'PT2H' });
      // Monday 17:00–18:00, then Tuesday 09:00–10:00.
      expect(ktm.json()).toEqual({ dueAt: '2027-06-08T04:15:00.000Z', dueAtLocal: '2027-06-08T10:00:00+05:45' });
      await put(t(), 'in', { preset: 'IN' });
      const kolkata = await deadline(t(), 'in', { from: '2027-06-07T17:30:00+05:30', duration: 'PT1H' });
      expect(kolkata.json()).toEqual({ dueAt: '2027-06-08T04:00:00.000Z', dueAtLocal: '2027-06-08T09:30:00+05:30' });
    });

    it('opens on China\'s make-up Saturday and closes for Spring Festival; Saudi Arabia rests Friday–Saturday', async () => {
      await put(t(), 'cn', { preset: 'CN' });
      expect((await availability(t(), 'cn', '2026-02-14T10:00:00+08:00', 'email')).json()).toMatchObject({ open: true });
      expect((await availability(t(), 'cn', '2026-02-16T10:00:00+08:00', 'email')).json()).toMatchObject({ open: false, reason: 'holiday', holidayName: 'Spring Festival' });
      await put(t(), 'sa', { preset: 'SA' });
      expect((await availability(t(), 'sa', '2027-06-11T10:00:00+03:00')).json()).toMatchObject({ open: false, reason: 'hours' });
      expect((await availability(t(), 'sa', '2027-06-13T10:00:00+03:00')).json()).toMatchObject({ open: true });
    });

    it('lists open intervals with holidays, closures and openings for a range', async () => {
      await put(t(), 'jp', { openings: [{ date: '2027-05-08', hours: [['10:00', '14:00']], name: 'Golden Week catch-up' }] });
      const res = await t().request({ method: 'GET', url: '/api/v1/markets/jp/calendar?from=2027-04-29&to=2027-05-08&channel=email' });
      expect(res.statusCode).toBe(200);
      const body = res.json();
      expect(body).toMatchObject({ market: 'jp', channel: 'email', hours: 'default', timeZone: 'Asia/Tokyo', from: '2027-04-28T15:00:00.000Z', to: '2027-05-08T15:00:00.000Z' });
      expect(body.intervals).toEqual([
        { start: '2027-04-30T00:00:00.000Z', end: '2027-04-30T09:00:00.000Z', startLocal: '2027-04-30T09:00:00+09:00', endLocal: '2027-04-30T18:00:00+09:00' },
        { start: '2027-05-06T00:00:00.000Z', end: '2027-05-06T09:00:00.000Z', startLocal: '2027-05-06T09:00:00+09:00', endLocal: '2027-05-06T18:00:00+09:00' },
        { start: '2027-05-07T00:00:00.000Z', end: '2027-05-07T09:00:00.000Z', startLocal: '2027-05-07T09:00:00+09:00', endLocal: '2027-05-07T18:00:00+09:00' },
        { start: '2027-05-08T01:00:00.000Z', end: '2027-05-08T05:00:00.000Z', startLocal: '2027-05-08T10:00:00+09:00', endLocal: '2027-05-08T14:00:00+09:00' },
      ]);
      expect(body.holidays.map((h: { date: string }) => h.date)).toEqual(['2027-04-29', '2027-05-03', '2027-05-04', '2027-05-05']);
      expect(body.openings).toEqual([{ date: '2027-05-08', name: 'Golden Week catch-up', hours: [['10:00', '14:00']], source: 'market' }]);
      const yearEnd = await t().request({ method: 'GET', url: '/api/v1/markets/jp/calendar?from=2027-12-27&to=2028-01-05' });
      expect(yearEnd.json().closures.map((c: { date: string }) => c.date)).toEqual(['2027-12-29', '2027-12-30', '2027-12-31', '2028-01-01', '2028-01-02', '2028-01-03']);
      expect(yearEnd.json().holidays.map((h: { date: string }) => h.date)).toContain('2028-01-01');
      expectProblem(await t().request({ method: 'GET', url: '/api/v1/markets/jp/calendar?from=2027-01-01&to=2028-03-01' }), 400, 'BL_VALIDATION', '/querystring/to');
      expectProblem(await t().request({ method: 'GET', url: '/api/v1/markets/jp/calendar?from=2027-05-08&to=2027-05-01' }), 400, 'BL_VALIDATION', '/querystring/to');
      expectProblem(await t().request({ method: 'GET', url: '/api/v1/markets/jp/calendar?from=2027-02-30' }), 400, 'BL_VALIDATION', '/querystring/from');
    });

    it('refuses bad deadline requests with problem+json', async () => {
      const from = '2027-04-30T17:30:00+09:00';
      for (const duration of ['PT0S', 'PT0M', '-PT1H', 'P366D', 'P1Y', '4 hours', 'PT', '']) {
        const res = await deadline(t(), 'jp', { from, duration, channel: 'email' });
        expect(res.statusCode, duration).toBe(400);
        expect(res.json().code).toBe('BL_VALIDATION');
      }
      expectProblem(await deadline(t(), 'jp', { from: '2027-04-30 17:30', duration: 'PT1H' }), 400, 'BL_VALIDATION');
      expectProblem(await deadline(t(), 'jp', { from: '2027-04-30T17:30:00', duration: 'PT1H' }), 400, 'BL_VALIDATION');
      expectProblem(await deadline(t(), 'jp', { from, duration: 'PT1H', extra: 1 }), 400, 'BL_VALIDATION');
      expectProblem(await deadline(t(), 'nowhere', { from, duration: 'PT1H' }), 404, 'BL_NOT_FOUND');
      // The longest accepted duration still answers.
      expect((await deadline(t(), 'jp', { from, duration: 'P365D' })).statusCode).toBe(200);
    });

    it('answers 422 BL_NEVER_OPEN for a market with no open time ahead, without hanging', async () => {
      await put(t(), 'closed', { name: 'Closed', countries: ['FR'], languages: ['fr'], timeZone: 'Europe/Paris', currency: 'EUR', hours: { default: {} }, holidays: null });
      expectProblem(await deadline(t(), 'closed', { from: '2027-04-30T17:30:00+02:00', duration: 'PT1H' }), 422, 'BL_NEVER_OPEN');
      // Open only inside a closure lasting well over a year: nothing to count in the next 366 days either.
      await put(t(), 'shut', {
        name: 'Shut', countries: ['FR'], languages: ['fr'], timeZone: 'Europe/Paris', currency: 'EUR', hours: { default: monFri }, holidays: null,
        closures: [{ from: '2027-01-01', to: '2028-12-31', name: 'Renovation' }],
      });
      expectProblem(await deadline(t(), 'shut', { from: '2027-03-01T09:00:00+01:00', duration: 'PT1H' }), 422, 'BL_NEVER_OPEN');
      expect((await availability(t(), 'closed', '2027-05-03T12:00:00+02:00')).json()).toEqual({ open: false, closesAt: null, nextOpenAt: null, reason: 'hours', holidayName: null });
    });

    it('refuses invalid markets with field paths and stores nothing', async () => {
      const base = { name: 'Test', countries: ['DE'], languages: ['de'], timeZone: 'Europe/Berlin', currency: 'EUR', hours: { default: monFri }, holidays: { country: 'DE', region: null, types: ['public'] } };
      const cases: Array<[unknown, string]> = [
        [{ ...base, timeZone: 'Europe/Berlln' }, '/body/timeZone'],
        [{ ...base, timeZone: '+01:00' }, '/body/timeZone'],
        [{ ...base, hours: { default: { mon: [['9:00', '18:00']] } } }, '/body/hours/default/mon/0/0'],
        [{ ...base, hours: { default: { mon: [['09:00', '25:00']] } } }, '/body/hours/default/mon/0/1'],
        [{ ...base, hours: { default: { mon: [['09:00', '13:00'], ['12:00', '18:00']] } } }, '/body/hours/default/mon/1'],
        [{ ...base, hours: { phone: monFri } }, '/body/hours/default'],
        [{ ...base, holidays: { country: 'QQ', region: null, types: ['public'] } }, '/body/holidays/country'],
        [{ ...base, holidays: { country: 'DE', region: 'XX', types: ['public'] } }, '/body/holidays/region'],
        [{ ...base, holidays: { country: 'DE', region: null, types: ['feast'] } }, '/body/holidays/types/0'],
        [{ ...base, closures: [{ from: '2028-01-03', to: '2027-12-29', name: 'Year-end' }] }, '/body/closures/0/to'],
        [{ ...base, closures: [{ from: '2027-02-30', to: '2027-03-01', name: 'Bad' }] }, '/body/closures/0/from'],
        [{ ...base, openings: [{ date: '2027-02-06', hours: [['18:00', '18:00']], name: 'Zero' }] }, '/body/openings/0/hours/0'],
        [{ ...base, currency: 'EURO' }, '/body/currency'],
        [{ ...base, settings: { autoReply: { closedHours: 'yes' } } }, '/body/settings/autoReply/closedHours'],
      ];
      for (const [body, path] of cases) {
        const res = await put(t(), 'de-bad', body);
        expect(res.statusCode, path).toBe(400);
        expect(res.json().code).toBe('BL_VALIDATION');
        expect(res.json().errors.map((e: { path: string }) => e.path), JSON.stringify(res.json().errors)).toContain(path);
      }
      expectProblem(await t().request({ method: 'GET', url: '/api/v1/markets/de-bad' }), 404, 'BL_NOT_FOUND');
      // An invalid change to an existing market leaves it as it was.
      const before = (await t().request({ method: 'GET', url: '/api/v1/markets/jp' })).json();
      expectProblem(await put(t(), 'jp', { timeZone: 'Asia/Tokio' }), 400, 'BL_VALIDATION', '/body/timeZone');
      expect((await t().request({ method: 'GET', url: '/api/v1/markets/jp' })).json()).toEqual(before);
    });

    it('recomputes deadlines as soon as a market changes', async () => {
      await put(t(), 'fr', { preset: 'FR' });
      const first = await deadline(t(), 'fr', { from: '2027-06-07T17:00:00+02:00', duration: 'PT2H' });
      expect(first.json().dueAtLocal).toBe('2027-06-08T10:00:00+02:00');
      await put(t(), 'fr', { hours: { default: { ...monFri, mon: [['09:00', '20:00']] } } });
      const second = await deadline(t(), 'fr', { from: '2027-06-07T17:00:00+02:00', duration: 'PT2H' });
      expect(second.json().dueAtLocal).toBe('2027-06-07T19:00:00+02:00');
    });
  });
}
