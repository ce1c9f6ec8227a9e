// The embeddable chat widget: <script src="https://help.brand.example/widget.js" data-market="jp" async></script>.
// One self-contained script (no dependencies, styles in a shadow root); see docs/channels.md.
import { startSession } from './widget-transport.js';
import { ChatWidget, type Storage, type Stored } from './widget-view.js';

// Captured at once: an async script only knows which <script> it is while it first runs.
const script = document.currentScript as HTMLScriptElement | null;

function pageStorage(key: string): Storage {
  let memory: Stored = {};
  const read = (): Stored => {
    try {
      return JSON.parse(localStorage.getItem(key) ?? '{}') as Stored;
    } catch {
      return memory;
    }
  };
  return {
    get: read,
    update(patch) {
      memory = { ...read(), ...patch };
      try {
        localStorage.setItem(key, JSON.stringify(memory));
      } catch {
        // Storage refused (private mode, quota): the visitor is kept for this page view only.
      }
    },
  };
}

async function boot(): Promise<void> {
  const host = window as unknown as { BorderlessWidget?: unknown };
  if (!script?.src || host.BorderlessWidget) return;
  const base = new URL(script.src).origin;
  const market = script.dataset.market;
  const channel = script.dataset.channel;
  if (!market && !channel) {
    console.warn('Borderless chat: add data-market="<market code>" to the widget script');
    return;
  }
  const target = { ...(market ? { market } : {}), ...(channel ? { channel } : {}) };
  const storage = pageStorage(`borderless-chat:${channel ?? market}`);
  let session;
  try {
    session = await startSession(base, { ...target, token: storage.get().token ?? null });
  } catch (error) {
    console.warn('Borderless chat is unavailable', error);
    return;
  }
  storage.update({ token: session.token });
  const widget = new ChatWidget(base, session, storage, target);
  host.BorderlessWidget = { open: () => widget.setOpen(true), close: () => widget.setOpen(false) };
  if (document.body) widget.mount();
  else document.addEventListener('DOMContentLoaded', () => widget.mount(), { once: true });
}

void boot();
