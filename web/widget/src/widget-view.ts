// The widget's interface: a launcher and a panel in a shadow root, in the visitor's language and direction.
import { catalogueFor, fill, type Catalogue, type MessageKey } from './widget-i18n.js';
import { widgetCss } from './widget-styles.js';
import { Connection, clientId, startSession, uploadFile, type ServerFrame, type Session, type WidgetAttachment, type WidgetMessage } from './widget-transport.js';

/** What the widget keeps in the page's localStorage so the visitor survives reloads. */
export interface Stored {
  token?: string | null;
  name?: string | null;
  email?: string | null;
  prechatDone?: boolean;
  open?: boolean;
  pending?: Array<{ clientId: string; text: string }>;
}

export interface Storage {
  get(): Stored;
  update(patch: Stored): void;
}

type Attrs = Record<string, string | boolean | undefined>;

function h<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Attrs = {}, ...children: Array<Node | string | null>): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === undefined || value === false) continue;
    node.setAttribute(name, value === true ? '' : value);
  }
  for (const child of children) if (child !== null) node.append(child);
  return node;
}

const chatIcon = '<svg viewBox="0 0 24 24" aria-hidden="true"><path d="M4 4h16a2 2 0 0 1 2 2v10a2 2 0 0 1-2 2H9l-5 4v-4H4a2 2 0 0 1-2-2V6a2 2 0 0 1 2-2z"/></svg>';
// Drawn rather than the 📎 emoji: pages on systems without an emoji font would show an empty box.
const clipIcon = '<svg viewBox="0 0 24 24" aria-hidden="true"><path d="M20 11.5l-8 8a5 5 0 0 1-7-7l8.5-8.5a3.3 3.3 0 0 1 4.7 4.7L9.7 17.2a1.7 1.7 0 0 1-2.4-2.4L15 7"/></svg>';

function clip(): HTMLSpanElement {
  const icon = h('span', { class: 'clip' });
  icon.innerHTML = clipIcon;
  return icon;
}
/** A pause this long in the visitor's typing counts as having stopped. */
const typingIdleMs = 3000;
/** While typing goes on, "typing" is repeated this often (the server relays one per 2 s at most). */
const typingRefreshMs = 4000;
const emailPattern = /^[^\s@<>()",;:\\[\]]{1,64}@[A-Za-z0-9.-]{1,253}\.[A-Za-z]{2,63}$/;
/** The image types Borderless serves inline, so the widget can show them as thumbnails. */
const previewable = /^image\/(png|jpeg|gif|webp)$/i;

function formatSize(bytes: number, locale: string): string {
  const [unit, value] = bytes >= 1048576 ? ['megabyte', bytes / 1048576] : bytes >= 1024 ? ['kilobyte', bytes / 1024] : ['byte', bytes];
  return new Intl.NumberFormat(locale, { style: 'unit', unit, unitDisplay: 'short', maximumFractionDigits: 1 }).format(value as number);
}

/**
 * The chat widget of one page: renders the session, talks over the connection, keeps the visitor's state.
 */
export class ChatWidget {
  private readonly t: Catalogue;
  /** The browser's own variant of the widget's language (en-GB, pt-BR) for dates: day-month order, 24-hour clocks. */
  private readonly dateLocale: string;
  private readonly connection: Connection;
  private readonly bubbles = new Map<string, HTMLDivElement>();
  private readonly pending = new Map<string, HTMLDivElement>();
  private readonly seen = new Set<string>();
  private readonly read = new Set<string>();
  private root!: HTMLDivElement;
  private panel!: HTMLElement;
  private launcher!: HTMLButtonElement;
  private badge!: HTMLSpanElement;
  private log!: HTMLDivElement;
  private statusLine!: HTMLDivElement;
  private notice!: HTMLDivElement;
  private typingLine!: HTMLDivElement;
  private prechat!: HTMLFormElement;
  private emailForm!: HTMLFormElement;
  private composer!: HTMLFormElement;
  private textarea!: HTMLTextAreaElement;
  private unread = 0;
  private typingSentAt: number | null = null;
  private typingTimer: ReturnType<typeof setTimeout> | null = null;
  private agentTypingTimer: ReturnType<typeof setTimeout> | null = null;
  private emailSent = false;

  constructor(private readonly base: string, private session: Session, private readonly storage: Storage, private readonly target: { market?: string; channel?: string }) {
    this.t = catalogueFor(session.locale);
    const language = session.locale.split('-')[0];
    this.dateLocale = [...(navigator.languages ?? [])].find((tag) => tag.split('-')[0] === language) ?? session.locale;
    this.connection = new Connection(() => `${base.replace(/^http/, 'ws')}/api/v1/widget/socket?token=${encodeURIComponent(this.session.token)}`, {
      frame: (frame) => this.onFrame(frame),
      online: (online) => this.setOnline(online),
      hello: () => {
        const stored = this.storage.get();
        return {
          type: 'hello', locale: this.session.locale, timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone, page: location.href.slice(0, 500),
          name: stored.name ?? undefined, email: stored.email ?? undefined,
        };
      },
      unauthorized: () => void this.renewSession(),
    });
  }

  private say(key: MessageKey, values: Record<string, string> = {}): string {
    return fill(this.t[key], values);
  }

  mount(): void {
    const host = h('div', { id: 'borderless-chat' });
    const shadow = host.attachShadow({ mode: 'open' });
    shadow.append(h('style', {}, widgetCss));
    const title = this.session.title ?? this.say('title');
    this.root = h('div', { class: 'bl', dir: this.session.direction, lang: this.session.locale });
    this.badge = h('span', { class: 'badge', hidden: true, 'aria-hidden': 'true' });
    this.launcher = h('button', { class: 'launcher', type: 'button', 'aria-label': this.say('open'), 'aria-expanded': 'false', 'aria-controls': 'bl-panel' });
    this.launcher.innerHTML = chatIcon;
    this.launcher.append(this.badge);
    this.launcher.addEventListener('click', () => this.setOpen(this.panel.hidden));

    const close = h('button', { class: 'icon close', type: 'button', 'aria-label': this.say('close') }, '×');
    close.addEventListener('click', () => this.setOpen(false));
    this.statusLine = h('div', { class: 'status', role: 'status', hidden: true });
    this.notice = h('div', { class: 'notice', hidden: true });
    this.log = h('div', { class: 'log', role: 'log', 'aria-live': 'polite', 'aria-label': title });
    this.typingLine = h('div', { class: 'typing', hidden: true, 'aria-live': 'polite' });
    this.prechat = this.buildPrechat();
    this.emailForm = this.buildEmailForm();
    this.composer = this.buildComposer();
    this.panel = h('section', { class: 'panel', id: 'bl-panel', role: 'dialog', 'aria-label': title, hidden: true },
      h('header', {}, h('h2', {}, title), close), this.statusLine, this.notice, this.log, this.typingLine, this.prechat, this.emailForm, this.composer);
    this.panel.addEventListener('keydown', (event) => { if (event.key === 'Escape') this.setOpen(false); });
    this.root.append(this.launcher, this.panel);
    shadow.append(this.root);
    document.body.append(host);

    this.renderHistory(this.session.history);
    this.updateMode();
    for (const p of this.storage.get().pending ?? []) this.sendMessage(p.text, p.clientId);
    this.connection.open();
    if (this.storage.get().open) this.setOpen(true);
  }

  setOpen(open: boolean): void {
    this.panel.hidden = !open;
    this.launcher.setAttribute('aria-expanded', String(open));
    this.launcher.setAttribute('aria-label', this.say(open ? 'close' : 'open'));
    this.storage.update({ open });
    if (open) {
      this.unread = 0;
      this.badge.hidden = true;
      this.markRead();
      this.log.scrollTop = this.log.scrollHeight;
      const focus = [this.prechat, this.emailForm, this.composer].find((f) => !f.hidden)?.querySelector<HTMLElement>('input, textarea');
      focus?.focus();
    }
  }

  private needsPrechat(): boolean {
    const rules = this.session.preChat;
    if (rules.done || this.storage.get().prechatDone) return false;
    return rules.name !== 'off' || rules.email !== 'off';
  }

  /** Shows what fits the moment: the closed notice and email offer, the pre-chat form, or the composer. */
  private updateMode(): void {
    const availability = this.session.availability;
    const closed = !availability.open;
    this.notice.replaceChildren();
    if (closed) {
      const when = availability.nextOpenAt;
      if (when) {
        const at = new Date(when);
        const time = h('time', { datetime: when }, new Intl.DateTimeFormat(this.dateLocale, {
          weekday: 'long', day: 'numeric', month: 'long', hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZoneName: 'short',
        }).format(at));
        const [before, after] = this.say('closed').split('{time}');
        this.notice.append(before ?? '', time, after ?? '');
      } else {
        this.notice.append(this.say('closedNoHours'));
      }
    }
    this.notice.hidden = !closed;
    const offerEmail = closed && this.session.emailFallback;
    this.emailForm.hidden = !offerEmail;
    this.prechat.hidden = offerEmail || !this.needsPrechat();
    this.composer.hidden = offerEmail || !this.prechat.hidden;
  }

  private field(label: string, input: HTMLInputElement | HTMLTextAreaElement): HTMLLabelElement {
    return h('label', {}, label, input);
  }

  private buildPrechat(): HTMLFormElement {
    const rules = this.session.preChat;
    const stored = this.storage.get();
    const name = h('input', { name: 'name', autocomplete: 'name', required: rules.name === 'required', maxlength: '200', value: stored.name ?? this.session.visitor.name ?? undefined });
    const email = h('input', { name: 'email', type: 'email', autocomplete: 'email', required: rules.email === 'required', maxlength: '254', value: stored.email ?? this.session.visitor.email ?? undefined });
    const error = h('p', { class: 'error', role: 'alert', hidden: true });
    const form = h('form', { class: 'card prechat', novalidate: true }, h('p', {}, this.say('prechatIntro')),
      rules.name === 'off' ? null : this.field(`${this.say('name')}${rules.name === 'optional' ? ` ${this.say('optional')}` : ''}`, name),
      rules.email === 'off' ? null : this.field(`${this.say('email')}${rules.email === 'optional' ? ` ${this.say('optional')}` : ''}`, email),
      error, h('button', { class: 'send', type: 'submit' }, this.say('start')));
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      const n = name.value.trim();
      const e = email.value.trim();
      error.hidden = true;
      if ((rules.name === 'required' && !n) || (rules.email === 'required' && !e)) { error.textContent = this.say('required'); error.hidden = false; return; }
      if (e && !emailPattern.test(e)) { error.textContent = this.say('invalidEmail'); error.hidden = false; return; }
      this.storage.update({ name: n || null, email: e || null, prechatDone: true });
      this.connection.send({ type: 'profile', name: n || undefined, email: e || undefined });
      this.updateMode();
      this.textarea.focus();
    });
    return form;
  }

  private buildEmailForm(): HTMLFormElement {
    const email = h('input', { name: 'email', type: 'email', autocomplete: 'email', required: true, maxlength: '254', value: this.storage.get().email ?? undefined });
    const text = h('textarea', { name: 'message', required: true, maxlength: '10000', rows: '3' });
    const error = h('p', { class: 'error', role: 'alert', hidden: true });
    const thanks = h('p', { class: 'thanks', role: 'status', hidden: true });
    const button = h('button', { class: 'send', type: 'submit' }, this.say('sendEmail'));
    const form = h('form', { class: 'card email-offer', novalidate: true }, h('p', {}, this.say('emailOffer')),
      this.field(this.say('email'), email), this.field(this.say('message'), text), error, button, thanks);
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      if (this.emailSent) return;
      const address = email.value.trim();
      const message = text.value.trim();
      error.hidden = true;
      if (!emailPattern.test(address)) { error.textContent = this.say('invalidEmail'); error.hidden = false; return; }
      if (!message) { error.textContent = this.say('required'); error.hidden = false; return; }
      this.storage.update({ email: address });
      button.disabled = true;
      this.connection.send({ type: 'email', clientId: clientId(), email: address, text: message });
    });
    return form;
  }

  private buildComposer(): HTMLFormElement {
    this.textarea = h('textarea', { rows: '1', maxlength: '10000', placeholder: this.say('placeholder'), 'aria-label': this.say('placeholder') });
    const file = h('input', { type: 'file', 'aria-label': this.say('attach') });
    const attach = h('label', { class: 'icon attach', title: this.say('attach') }, clip(), file);
    const form = h('form', { class: 'composer' }, attach, this.textarea, h('button', { class: 'send', type: 'submit' }, this.say('send')));
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      const text = this.textarea.value.trim();
      if (!text) return;
      this.textarea.value = '';
      this.stopTyping();
      this.sendMessage(text, clientId());
    });
    this.textarea.addEventListener('keydown', (event) => {
      if (event.key === 'Enter' && !event.shiftKey && !event.isComposing) {
        event.preventDefault();
        form.requestSubmit();
      }
    });
    this.textarea.addEventListener('input', () => this.typing());
    file.addEventListener('change', () => {
      const chosen = file.files?.[0];
      file.value = '';
      if (chosen) void this.sendFile(chosen);
    });
    return form;
  }

  private typing(): void {
    const now = Date.now();
    // Repeated while the visitor keeps typing, so the agent's indicator (which fades without news) stays on.
    if (this.typingSentAt === null || now - this.typingSentAt >= typingRefreshMs) {
      this.typingSentAt = now;
      this.connection.send({ type: 'typing', typing: true });
    }
    if (this.typingTimer) clearTimeout(this.typingTimer);
    this.typingTimer = setTimeout(() => this.stopTyping(), typingIdleMs);
  }

  private stopTyping(): void {
    if (this.typingTimer) clearTimeout(this.typingTimer);
    this.typingTimer = null;
    if (this.typingSentAt !== null) this.connection.send({ type: 'typing', typing: false });
    this.typingSentAt = null;
  }

  private sendMessage(text: string, id: string): void {
    const bubble = this.bubble({ id, direction: 'in', text, author: null, createdAt: new Date().toISOString(), attachments: [], status: 'pending' }, this.say('sending'));
    bubble.classList.add('pending');
    this.pending.set(id, bubble);
    this.savePending();
    this.connection.send({ type: 'message', clientId: id, text });
  }

  private async sendFile(file: File): Promise<void> {
    if (file.size > this.session.attachmentMaxBytes) {
      this.bubble({ id: clientId(), direction: 'in', text: this.say('fileTooLarge', { size: formatSize(this.session.attachmentMaxBytes, this.session.locale) }), author: null, createdAt: new Date().toISOString(), attachments: [], status: 'failed' }).classList.add('failed');
      return;
    }
    const id = clientId();
    const bubble = this.bubble({ id, direction: 'in', text: '', author: null, createdAt: new Date().toISOString(), attachments: [{ filename: file.name, contentType: file.type, size: file.size }], status: 'pending' }, this.say('sending'));
    bubble.classList.add('pending');
    try {
      const message = await uploadFile(this.base, this.session.token, file, id);
      bubble.remove();
      this.add(message);
    } catch {
      bubble.classList.replace('pending', 'failed');
    }
  }

  private savePending(): void {
    const pending = [...this.connection.outbox.values()].filter((f) => f.type === 'message').map((f) => ({ clientId: f.clientId!, text: String(f.text) }));
    this.storage.update({ pending });
  }

  private bubble(message: WidgetMessage, note?: string): HTMLDivElement {
    const time = new Intl.DateTimeFormat(this.dateLocale, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(new Date(message.createdAt));
    const who = message.direction === 'out' ? message.author : this.say('you');
    const item = h('div', { class: `msg ${message.direction}`, 'data-id': message.id },
      who ? h('span', { class: 'who' }, who) : null,
      message.text ? message.text : null,
      ...message.attachments.map((a) => this.file(a)),
      h('span', { class: 'meta' }, note ?? time));
    this.log.append(item);
    this.log.scrollTop = this.log.scrollHeight;
    return item;
  }

  /**
   * One file of a message: a link the visitor's token opens (images as a thumbnail), or just its name while it is
   * still uploading or when its body was not kept. The name is isolated so a Latin file name keeps its shape in an
   * Arabic or Hebrew bubble.
   */
  private file(attachment: WidgetAttachment): HTMLElement {
    const size = formatSize(attachment.size, this.session.locale);
    const label = [h('bdi', {}, attachment.filename), h('span', { class: 'size' }, size)];
    if (!attachment.url) return h('span', { class: 'file' }, clip(), ...label);
    const href = `${this.base}${attachment.url}?token=${encodeURIComponent(this.session.token)}`;
    const image = previewable.test(attachment.contentType);
    const thumbnail = image ? h('img', { src: href, alt: '', loading: 'lazy' }) : null;
    // A preview that cannot load leaves the link without a broken-image box.
    thumbnail?.addEventListener('error', () => thumbnail.remove());
    // The link's name is what it shows (name and size); the title says what following it does.
    return h('a', {
      class: image ? 'file image' : 'file', href, target: '_blank', rel: 'noopener noreferrer',
      title: this.say(image ? 'openImage' : 'download', { name: attachment.filename, size }),
    }, thumbnail ?? clip(), ...label);
  }

  private add(message: WidgetMessage): void {
    if (this.bubbles.has(message.id)) return;
    this.log.querySelector('.welcome')?.remove();
    this.bubbles.set(message.id, this.bubble(message));
    if (message.direction === 'out' && !this.seen.has(message.id)) {
      this.seen.add(message.id);
      if (message.status !== 'read') this.connection.send({ type: 'ack', ids: [message.id] });
      if (this.panel.hidden) {
        if (message.status !== 'read') this.unread++;
        this.badge.textContent = String(this.unread);
        this.badge.hidden = this.unread === 0;
      } else {
        this.markRead();
      }
    }
  }

  private renderHistory(history: WidgetMessage[]): void {
    if (history.length === 0 && this.bubbles.size === 0 && !this.log.querySelector('.welcome')) {
      const welcome = h('div', { class: 'msg welcome' }, this.say('welcome'));
      this.log.append(welcome);
    }
    for (const message of history) this.add(message);
  }

  private markRead(): void {
    if (this.panel.hidden || document.visibilityState === 'hidden') return;
    const ids = [...this.seen].filter((id) => !this.read.has(id));
    if (ids.length === 0) return;
    for (const id of ids) this.read.add(id);
    this.connection.send({ type: 'read', ids });
  }

  private setOnline(online: boolean): void {
    this.statusLine.textContent = online ? '' : this.say('reconnecting');
    this.statusLine.hidden = online;
  }

  private onFrame(frame: ServerFrame): void {
    switch (frame.type) {
      case 'ready':
        this.session = { ...this.session, availability: frame.availability };
        this.renderHistory(frame.history);
        this.updateMode();
        return;
      case 'message':
        this.add(frame.message);
        if (frame.message.direction === 'out') this.showAgentTyping(false, null);
        return;
      case 'ack': {
        this.connection.settle(frame.clientId);
        this.pending.get(frame.clientId)?.remove();
        this.pending.delete(frame.clientId);
        this.savePending();
        this.add(frame.message);
        return;
      }
      case 'typing':
        this.showAgentTyping(frame.typing, frame.author);
        return;
      case 'email-ok': {
        this.connection.settle(frame.clientId);
        this.emailSent = true;
        const thanks = this.emailForm.querySelector<HTMLElement>('.thanks')!;
        thanks.textContent = this.say('emailThanks', { email: frame.email });
        thanks.hidden = false;
        for (const field of this.emailForm.querySelectorAll('label, button')) (field as HTMLElement).hidden = true;
        return;
      }
      case 'error':
        if (frame.clientId && this.pending.has(frame.clientId) && frame.code === 'BL_VALIDATION') {
          this.connection.settle(frame.clientId);
          this.pending.get(frame.clientId)!.classList.replace('pending', 'failed');
          this.savePending();
        } else if (frame.clientId && this.pending.has(frame.clientId)) {
          const meta = this.pending.get(frame.clientId)!.querySelector('.meta');
          if (meta) meta.textContent = this.say('failed');
          // Stored frames go out again on the next connection; one retry now covers a passing failure.
          setTimeout(() => { const f = this.connection.outbox.get(frame.clientId!); if (f) this.connection.send(f); }, 3000);
        }
        return;
      default:
        return;
    }
  }

  private showAgentTyping(typing: boolean, author: string | null): void {
    if (this.agentTypingTimer) clearTimeout(this.agentTypingTimer);
    this.typingLine.textContent = typing ? (author ? this.say('typing', { name: author }) : this.say('typingAgent')) : '';
    this.typingLine.hidden = !typing;
    // A lost "stopped typing" must not leave the indicator on for ever.
    if (typing) this.agentTypingTimer = setTimeout(() => this.showAgentTyping(false, null), 15_000);
  }

  /** The token was refused (channel reset): start over as a new visitor. */
  private async renewSession(): Promise<void> {
    try {
      this.session = await startSession(this.base, { ...this.target, token: null });
      this.storage.update({ token: this.session.token, prechatDone: false });
      this.connection.open();
    } catch {
      this.setOnline(false);
    }
  }
}
