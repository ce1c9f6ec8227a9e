import { useState } from 'react';
import type { Attachment } from '../api/index.js';
import { useI18n } from '../i18n/index.js';

/** What a file is, for its icon and the label assistive technology reads. */
export type FileKind = 'image' | 'pdf' | 'audio' | 'video' | 'text' | 'archive' | 'other';

// The types browsers show inline (the download route serves exactly these as images; everything else as a download).
const thumbnailTypes = new Set(['image/png', 'image/jpeg', 'image/gif', 'image/webp']);
const archiveTypes = /zip|compressed|x-tar|gzip|x-7z|x-rar/;

/**
 * The kind of a file from its media type.
 *
 * @example
 * fileKind('application/pdf'); // 'pdf'
 */
export function fileKind(contentType: string): FileKind {
  const type = contentType.toLowerCase();
  if (type.startsWith('image/')) return 'image';
  if (type === 'application/pdf') return 'pdf';
  if (type.startsWith('audio/')) return 'audio';
  if (type.startsWith('video/')) return 'video';
  if (type.startsWith('text/')) return 'text';
  if (archiveTypes.test(type)) return 'archive';
  return 'other';
}

/**
 * A file size in the interface language's own units and digits ("1.2 MB", "1,2 Mo", "١٫٢ م.ب").
 *
 * @example
 * formatFileSize('fr', 1_250_000); // '1,2 Mo'
 */
export function formatFileSize(locale: string, bytes: number): string {
  const [unit, value] = bytes >= 1_048_576 ? ['megabyte', bytes / 1_048_576] as const
    : bytes >= 1024 ? ['kilobyte', bytes / 1024] as const : ['byte', bytes] as const;
  return new Intl.NumberFormat(locale, { style: 'unit', unit, unitDisplay: 'short', maximumFractionDigits: 1 }).format(value);
}

const page = 'M6 3h8l4 4v14H6z M14 3v4h4';
const iconPaths: Record<FileKind, string> = {
  image: 'M4 5h16v14H4z M4 16l5-5 4 4 3-3 4 4 M15.5 9.5h.01',
  pdf: `${page} M9 12h6 M9 15h6 M9 18h4`,
  audio: 'M9 18V6l10-2v12 M9 18a2 2 0 1 1-4 0a2 2 0 0 1 4 0z M19 16a2 2 0 1 1-4 0a2 2 0 0 1 4 0z',
  video: 'M3 6h13v12H3z M16 10l5-3v10l-5-3',
  text: `${page} M9 11h6 M9 14h6 M9 17h6`,
  archive: `${page} M11 6h2 M11 9h2 M11 12h2 M10 15h4v3h-4z`,
  other: page,
};

/** The icon of a file kind, with the kind's name for screen readers (the icon itself is decoration). */
export function FileTypeIcon({ contentType }: { contentType: string }) {
  const { t } = useI18n();
  const kind = fileKind(contentType);
  const name = t('attach.kind', { kind });
  return (
    <span className="file-icon" data-kind={kind} title={name}>
      <svg viewBox="0 0 24 24" width="18" height="18" aria-hidden="true" focusable="false">
        <path d={iconPaths[kind]} fill="none" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" strokeLinejoin="round" />
      </svg>
      <span className="visually-hidden">{name}</span>
    </span>
  );
}

/** A small preview of an image, loaded through the authenticated download route; the type icon when it cannot load. */
function Thumbnail({ url, contentType }: { url: string; contentType: string }) {
  const [broken, setBroken] = useState(false);
  if (broken) return <FileTypeIcon contentType={contentType} />;
  return <img className="file-thumbnail" src={url} alt="" loading="lazy" decoding="async" onError={() => setBroken(true)} />;
}

/**
 * The files of one message (the customer's, or ours), each a download link with its name, size and type; images as
 * thumbnails. A file whose body was over the size cap when it arrived is listed without a link.
 */
export function MessageAttachments({ attachments }: { attachments: readonly Attachment[] }) {
  const { t, locale } = useI18n();
  if (attachments.length === 0) return null;
  return (
    <ul className="message-attachments" aria-label={t('thread.attachments')} data-testid="message-attachments">
      {attachments.map((a, i) => {
        const image = !!a.url && thumbnailTypes.has(a.contentType.toLowerCase());
        const label = (
          <>
            {image ? <Thumbnail url={a.url!} contentType={a.contentType} /> : <FileTypeIcon contentType={a.contentType} />}
            <span className="file-name"><bdi>{a.filename}</bdi></span>
            <span className="file-size">{formatFileSize(locale, a.size)}</span>
          </>
        );
        return (
          <li key={`${i}-${a.filename}`} className="message-attachment" data-content-type={a.contentType} data-filename={a.filename}>
            {a.url ? (
              // Images open in a tab; other files are served as downloads, so they keep the page and their name.
              <a className="file-link" href={a.url} {...(image ? { target: '_blank', rel: 'noopener noreferrer' } : { download: a.filename })}>{label}</a>
            ) : (
              <span className="file-link file-missing">{label}<span className="file-note">{t('attach.notKept')}</span></span>
            )}
          </li>
        );
      })}
    </ul>
  );
}
