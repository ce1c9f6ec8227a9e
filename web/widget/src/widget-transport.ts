// The widget's connection to Borderless: a session over HTTPS, then one WebSocket that reconnects with backoff.
// Frames the visitor sends while offline wait in `outbox` and go out on reconnect; the server deduplicates them by
// their client id, so a frame sent twice is stored once.

export interface WidgetAttachment { filename: string; contentType: string; size: number; url?: string | null }

export interface WidgetMessage {
  id: string;
  direction: 'in' | 'out';
  text: string;
  author: string | null;
  createdAt: string;
  /** `url`: where the file is downloaded on the Borderless server, with `?token=<visitor token>`; absent while uploading. */
  attachments: WidgetAttachment[];
  status: string;
}

export interface Availability { open: boolean; nextOpenAt: string | null }

export interface Session {
  token: string;
  visitorId: string;
  channelId: string;
  locale: string;
  direction: 'ltr' | 'rtl';
  title: string | null;
  availability: Availability;
  preChat: { name: string; email: string; done: boolean };
  visitor: { name: string | null; email: string | null };
  emailFallback: boolean;
  attachmentMaxBytes: number;
  history: WidgetMessage[];
}

export type ServerFrame =
  | { type: 'ready'; history: WidgetMessage[]; availability: Availability }
  | { type: 'message'; message: WidgetMessage }
  | { type: 'ack'; clientId: string; message: WidgetMessage }
  | { type: 'typing'; typing: boolean; author: string | null }
  | { type: 'email-ok'; clientId: string; email: string }
  | { type: 'error'; code: string; detail: string; clientId?: string | null }
  | { type: 'pong' };

export type ClientFrame = { type: string; clientId?: string; [field: string]: unknown };

/** A random id for a frame (works on plain-HTTP pages too, where crypto.randomUUID is missing). */
export function clientId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('').replace(/^(.{8})(.{4})(.{4})(.{4})/, '$1-$2-$3-$4-');
}

/** Starts or resumes a session. */
export async function startSession(base: string, input: { market?: string; channel?: string; token: string | null }): Promise<Session> {
  const response = await fetch(`${base}/api/v1/widget/sessions`, {
    method: 'POST', headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      ...(input.market ? { market: input.market } : {}), ...(input.channel ? { channel: input.channel } : {}), token: input.token,
      languages: [...(navigator.languages ?? [navigator.language])].slice(0, 12), timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
    }),
  });
  if (!response.ok) throw new Error(`session ${response.status}`);
  return response.json() as Promise<Session>;
}

/** Uploads one file as a message. */
export async function uploadFile(base: string, token: string, file: File, id: string): Promise<WidgetMessage> {
  const query = new URLSearchParams({ filename: file.name || 'file', clientId: id });
  const response = await fetch(`${base}/api/v1/widget/attachments?${query}`, {
    method: 'POST', headers: { 'content-type': file.type || 'application/octet-stream', 'x-widget-token': token }, body: file,
  });
  if (!response.ok) throw new Error(`upload ${response.status}`);
  return ((await response.json()) as { message: WidgetMessage }).message;
}

/** One WebSocket to the widget endpoint, reconnected with exponential backoff (1 s … 30 s). */
export class Connection {
  private socket: WebSocket | null = null;
  private attempt = 0;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private closed = false;
  /** Frames to (re)send whenever the socket opens: messages waiting for their ack. */
  readonly outbox = new Map<string, ClientFrame>();

  constructor(
    private readonly url: () => string,
    private readonly handlers: { frame(frame: ServerFrame): void; online(online: boolean): void; hello(): ClientFrame; unauthorized(): void },
  ) {}

  open(): void {
    this.closed = false;
    const socket = new WebSocket(this.url());
    this.socket = socket;
    socket.onopen = () => {
      this.attempt = 0;
      this.handlers.online(true);
      socket.send(JSON.stringify(this.handlers.hello()));
      for (const frame of this.outbox.values()) socket.send(JSON.stringify(frame));
    };
    socket.onmessage = (event) => {
      try {
        this.handlers.frame(JSON.parse(String(event.data)) as ServerFrame);
      } catch {
        // A frame the widget does not understand is ignored.
      }
    };
    socket.onclose = (event) => {
      if (this.socket !== socket) return;
      this.socket = null;
      if (this.closed) return;
      this.handlers.online(false);
      if (event.code === 4401) { this.handlers.unauthorized(); return; }
      const delay = Math.min(30_000, 1000 * 2 ** this.attempt++) * (0.5 + Math.random() / 2);
      this.timer = setTimeout(() => this.open(), delay);
    };
  }

  /** Sends now when connected; frames with a client id also wait in the outbox until acknowledged. */
  send(frame: ClientFrame): void {
    if (frame.clientId) this.outbox.set(frame.clientId, frame);
    if (this.socket?.readyState === WebSocket.OPEN) this.socket.send(JSON.stringify(frame));
  }

  settle(id: string): void {
    this.outbox.delete(id);
  }

  close(): void {
    this.closed = true;
    if (this.timer) clearTimeout(this.timer);
    this.socket?.close();
    this.socket = null;
  }
}
