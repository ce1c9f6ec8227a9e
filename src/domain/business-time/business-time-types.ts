/** Day keys used by weekly hours, Monday first as in the HTTP contract. */
export type Weekday = 'mon' | 'tue' | 'wed' | 'thu' | 'fri' | 'sat' | 'sun';

/**
 * One opening interval in local wall time, `"HH:MM"` 24 h. The end may be `"24:00"`. An end before the
 * start runs past midnight into the next local day (`["22:00","06:00"]`).
 */
export type TimeRange = readonly [string, string];

/** Opening hours per weekday; a missing day is closed. */
export type WeeklyHours = Partial<Record<Weekday, readonly TimeRange[]>>;

/** Why a local date is closed. */
export interface ClosedDay {
  reason: 'holiday' | 'closure';
  name: string;
}

/** Everything needed to know when a market (or one of its channels) is open. */
export interface CalendarRules {
  /** IANA time zone the hours are expressed in, e.g. `Asia/Tokyo`. */
  timeZone: string;
  /** Weekly hours; a missing day is closed. */
  weekly: WeeklyHours;
  /** Local date `YYYY-MM-DD` → why that date is closed (holidays, closures). */
  closedDays: ReadonlyMap<string, ClosedDay>;
  /** Local date `YYYY-MM-DD` → hours replacing that date's weekly hours; wins over `closedDays`. */
  openings: ReadonlyMap<string, readonly TimeRange[]>;
}

/** A half-open span of time `[start, end)` in UTC epoch milliseconds. */
export interface OpenInterval {
  start: number;
  end: number;
}

/** Whether a calendar is open at an instant, in the shape of `GET /api/v1/markets/{code}/availability`. */
export interface Availability {
  open: boolean;
  /** End of the current contiguous open span when open; `null` when closed or open for more than 366 days. */
  closesAt: number | null;
  /** Next opening when closed; `null` when open or when nothing opens within 366 days. */
  nextOpenAt: number | null;
  /** Why it is closed for the current local date; `null` when open. */
  reason: 'holiday' | 'closure' | 'hours' | null;
  /** Name of the holiday or closure when `reason` is `holiday` or `closure`. */
  holidayName: string | null;
}

/** One problem found by a validator; `path` is a JSON Pointer. */
export interface HoursIssue {
  path: string;
  message: string;
}
