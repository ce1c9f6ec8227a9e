import { useI18n } from '../i18n/index.js';

// Inline SVG, drawn with currentColor: no icon font to fetch, crisp at any size, and it follows high-contrast modes.
const paths: Record<string, string> = {
  email: 'M3 6h18v12H3z M3 6l9 7 9-7',
  chat: 'M4 5h16v10H9l-5 4z',
  whatsapp: 'M12 3a9 9 0 0 0-7.8 13.5L3 21l4.6-1.2A9 9 0 1 0 12 3z M9 8.5c0 3.5 3 6.5 6.5 6.5l1-1.5-2-1-1 1c-1.2-.5-2.5-1.8-3-3l1-1-1-2z',
  telegram: 'M21 4L3 11l6 2 2 6 3-4 5 4z M9 13l8-6',
  messenger: 'M12 3C7 3 3 6.8 3 11.5c0 2.6 1.2 4.8 3.2 6.3V21l3-1.6c.9.2 1.8.4 2.8.4 5 0 9-3.8 9-8.5S17 3 12 3z M7 14l4-4 2 2 4-4-4 6-2-2z',
  instagram: 'M4 4h16v16H4z M12 8.5a3.5 3.5 0 1 0 0 7 3.5 3.5 0 0 0 0-7z M17 6.5v.5',
  line: 'M12 4c-5 0-9 3.1-9 7 0 3.5 3.2 6.4 7.6 6.9L10 21l4-3.2c4-.9 7-3.6 7-6.8 0-3.9-4-7-9-7z',
  wechat: 'M9 4C5.1 4 2 6.5 2 9.6c0 1.8 1 3.3 2.6 4.4L4 16l2.5-1.3c.8.2 1.6.3 2.5.3 M15 9c-3.9 0-7 2.5-7 5.5s3.1 5.5 7 5.5c.8 0 1.6-.1 2.3-.3L20 21l-.6-2.2c1.6-1 2.6-2.6 2.6-4.3C22 11.5 18.9 9 15 9z',
  kakaotalk: 'M12 4C6.5 4 2 7.4 2 11.5c0 2.7 1.9 5 4.7 6.3L6 21l3.6-2.4c.8.1 1.6.2 2.4.2 5.5 0 10-3.4 10-7.5S17.5 4 12 4z',
  sms: 'M4 4h16v12H8l-4 4z M8 10h.01 M12 10h.01 M16 10h.01',
  voice: 'M5 3h4l2 5-2.5 1.5a11 11 0 0 0 6 6L16 13l5 2v4a2 2 0 0 1-2 2A17 17 0 0 1 3 5a2 2 0 0 1 2-2z',
  webhook: 'M8 7l-5 5 5 5 M16 7l5 5-5 5 M14 4l-4 16',
  api: 'M8 7l-5 5 5 5 M16 7l5 5-5 5',
};

/** The channel a conversation or message came through, as an icon with its name for assistive technology. */
export function ChannelIcon({ channel, showName = false }: { channel: string; showName?: boolean }) {
  const { t } = useI18n();
  const name = t('channel.name', { channel });
  return (
    <span className="channel" data-channel={channel} title={name}>
      <svg viewBox="0 0 24 24" width="18" height="18" aria-hidden="true" focusable="false" className="channel-icon">
        <path d={paths[channel] ?? paths.chat} fill="none" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" strokeLinejoin="round" />
      </svg>
      {showName ? <span className="channel-name">{name}</span> : <span className="visually-hidden">{name}</span>}
    </span>
  );
}
