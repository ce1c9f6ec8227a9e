import { useId, useRef, useState } from 'react';
import type { ChannelConfigView } from '../api/index.js';
import { useI18n } from '../i18n/index.js';
import { kindForm } from './channel-fields.js';

/** A value to hand to the provider or the shop's developer: read-only, selectable, with a copy button. */
function CopyValue({ label, value, multiline = false, testId }: { label: string; value: string; multiline?: boolean; testId: string }) {
  const { t } = useI18n();
  const id = useId();
  const [copied, setCopied] = useState(false);
  const field = useRef<HTMLInputElement & HTMLTextAreaElement>(null);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(value);
      setCopied(true);
    } catch {
      // No clipboard permission: select the text so Ctrl+C works.
      field.current?.select();
    }
  };
  const common = { id, ref: field, readOnly: true, value, dir: 'ltr', className: 'mono', 'data-testid': testId, onFocus: (e: { currentTarget: { select(): void } }) => e.currentTarget.select() } as const;
  return (
    <div className="field copy-value">
      <label htmlFor={id}>{label}</label>
      <div className="secret-row">
        {multiline ? <textarea {...common} rows={2} /> : <input {...common} />}
        <button type="button" className="button" onClick={() => void copy()}>{copied ? t('tokens.copied') : t('tokens.copy')}</button>
      </div>
    </div>
  );
}

/** Where providers call this server: the configured public URL of Twilio channels, else the console's own origin. */
function publicBase(channel: ChannelConfigView): string {
  const configured = typeof channel.publicUrl === 'string' && channel.publicUrl ? channel.publicUrl : null;
  return (configured ?? window.location.origin).replace(/\/+$/, '');
}

/**
 * What to do at the provider once a channel is saved: the webhook URL it must call (`/webhooks/{id}`), the
 * addresses mail must be sent to, or the snippet that puts the chat widget on the shop's pages.
 */
export function ChannelConnect({ channel }: { channel: ChannelConfigView }) {
  const { t } = useI18n();
  const id = useId();
  const inbound = kindForm(channel.kind)?.inbound ?? 'webhook';
  const addresses = Array.isArray(channel.addresses) ? channel.addresses.filter((a): a is string => typeof a === 'string') : [];
  return (
    <section className="panel channel-connect" aria-labelledby={`${id}-heading`} data-testid="channel-connect">
      <h3 id={`${id}-heading`}>{t('channels.connectHeading', { id: channel.id })}</h3>
      {inbound === 'webhook' ? (
        <>
          <CopyValue label={t('channels.webhookUrl')} value={`${publicBase(channel)}/webhooks/${channel.id}`} testId="channel-webhook-url" />
          <p className="hint">{t('channels.webhookHint')}</p>
        </>
      ) : null}
      {inbound === 'email' ? (
        <>
          <p>{t('channels.emailAddresses')}</p>
          <ul className="channel-addresses" data-testid="channel-addresses">
            {addresses.map((a) => <li key={a} dir="ltr" className="mono">{a}</li>)}
          </ul>
          <p className="hint">{t('channels.emailHint')}</p>
        </>
      ) : null}
      {inbound === 'widget' ? (
        <>
          <CopyValue label={t('channels.embedLabel')} multiline testId="channel-embed"
            value={`<script src="${window.location.origin}/widget.js" data-channel="${channel.id}" async></script>`} />
          <p className="hint">{t('channels.embedHint')}</p>
        </>
      ) : null}
    </section>
  );
}
