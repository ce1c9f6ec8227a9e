/**
 * Shape of the demo brand that `npm start` loads into an empty database (see `demo-data.ts`).
 * The loader turns it into markets, teams, agents, customers and conversations through the same
 * services the HTTP API uses, so these types mirror the API's fields rather than the tables.
 */

/** Channel kinds a demo conversation can arrive on. */
export type DemoChannel =
  | 'email'
  | 'chat'
  | 'whatsapp'
  | 'line'
  | 'telegram'
  | 'messenger'
  | 'sms'
  | 'voice'
  | 'wechat'
  | 'kakaotalk';

/** Language level of an agent, as in `PUT /api/v1/agents/{id}`. */
export type DemoLanguageLevel = 'native' | 'C2' | 'C1' | 'B2' | 'B1' | 'A2' | 'A1';

/** Weekday keys, Monday first as in the HTTP contract. */
export type DemoWeekday = 'mon' | 'tue' | 'wed' | 'thu' | 'fri' | 'sat' | 'sun';

/** One shift interval in the agent's own time zone, `"HH:MM"`; an end before the start runs past midnight. */
export type DemoShift = [string, string];

export interface DemoMarket {
  /** Market code, `[a-z0-9-]{2,40}`. */
  code: string;
  /** ISO 3166-1 alpha-2 country of the built-in preset the market is created from, e.g. `'JP'`. */
  preset: string;
  name?: string;
}

export interface DemoTeam {
  id: string;
  name: string;
  kind: 'hq' | 'hub' | 'local' | 'partner';
  timeZone: string;
  location: string;
  /** Market codes this team serves. */
  markets: string[];
}

export interface DemoAgent {
  id: string;
  name: string;
  email: string;
  role: 'admin' | 'supervisor' | 'agent';
  /** Team ids. */
  teams: string[];
  languages: Array<{ language: string; level: DemoLanguageLevel }>;
  timeZone: string;
  shifts: Partial<Record<DemoWeekday, DemoShift[]>>;
  /** Concurrent conversations per channel, e.g. `{ chat: 3, email: 25 }`. */
  capacity: Record<string, number>;
}

export interface DemoMessage {
  direction: 'in' | 'out';
  /** Agent id; set on every outgoing message and private note. */
  author?: string;
  /** A note between agents, never sent to the customer. */
  private?: boolean;
  /** Minutes before the seed time; strictly decreasing along the thread. */
  minutesAgo: number;
  text: string;
}

export interface DemoConversation {
  market: string;
  channel: DemoChannel;
  customer: { name: string; email?: string; phone?: string; country: string; locale: string };
  /** Email only. */
  subject?: string;
  status: 'open' | 'pending' | 'snoozed' | 'resolved';
  priority?: 'low' | 'normal' | 'high' | 'urgent';
  /** Agent id. */
  assignee?: string;
  messages: DemoMessage[];
}

export interface DemoBrand {
  brand: {
    name: string;
    defaultLanguage: string;
    defaultMarket: string;
    pivotLanguages: string[];
    /** Sign-off per language tag. */
    signature: { signOff: Record<string, string> };
  };
  markets: DemoMarket[];
  teams: DemoTeam[];
  agents: DemoAgent[];
  conversations: DemoConversation[];
}
