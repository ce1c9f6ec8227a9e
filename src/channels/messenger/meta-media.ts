import type { AttachmentFacts, ChannelEnvironment, ChannelInstance } from '../channel-adapter.js';
import { mediaLinkProblem } from '../media-links.js';

/** How a Messenger-Platform kind takes files: Messenger uploads them with the message, Instagram fetches them by URL. */
export type MetaFileDelivery = 'upload' | 'link';

/** The attachment type a file goes out as, with the platform's size limit for it. */
export interface MetaAttachmentKind {
  type: 'image' | 'video' | 'audio' | 'file';
  maxBytes: number;
}

const MB = 1024 * 1024;
const messengerMedia: Record<string, MetaAttachmentKind['type']> = {
  'image/jpeg': 'image', 'image/png': 'image', 'image/gif': 'image',
  'video/mp4': 'video', 'video/quicktime': 'video', 'video/3gpp': 'video',
  'audio/mpeg': 'audio', 'audio/mp4': 'audio', 'audio/aac': 'audio', 'audio/ogg': 'audio', 'audio/wav': 'audio', 'audio/x-wav': 'audio',
};
const instagramMedia: Record<string, MetaAttachmentKind> = {
  'image/jpeg': { type: 'image', maxBytes: 8 * MB }, 'image/png': { type: 'image', maxBytes: 8 * MB }, 'image/gif': { type: 'image', maxBytes: 8 * MB },
  'video/mp4': { type: 'video', maxBytes: 25 * MB }, 'video/ogg': { type: 'video', maxBytes: 25 * MB }, 'video/x-msvideo': { type: 'video', maxBytes: 25 * MB },
  'video/quicktime': { type: 'video', maxBytes: 25 * MB }, 'video/webm': { type: 'video', maxBytes: 25 * MB },
  'audio/aac': { type: 'audio', maxBytes: 25 * MB }, 'audio/mp4': { type: 'audio', maxBytes: 25 * MB }, 'audio/x-m4a': { type: 'audio', maxBytes: 25 * MB },
  'audio/wav': { type: 'audio', maxBytes: 25 * MB }, 'audio/x-wav': { type: 'audio', maxBytes: 25 * MB },
};

/**
 * The attachment type of a media type on Messenger (any file: images, video and audio as such, the rest as `file`,
 * 25 MB) or Instagram (images up to 8 MB; video and audio up to 25 MB; nothing else), or null when it cannot go.
 *
 * @example
 * metaAttachmentKind('upload', 'application/pdf'); // { type: 'file', maxBytes: 26214400 }
 */
export function metaAttachmentKind(delivery: MetaFileDelivery, contentType: string): MetaAttachmentKind | null {
  const type = contentType.toLowerCase();
  if (delivery === 'link') return instagramMedia[type] ?? null;
  return { type: messengerMedia[type] ?? 'file', maxBytes: 25 * MB };
}

/**
 * Why a Messenger-Platform kind cannot carry these files from this channel (type, size, no public URL for a kind that
 * fetches by link), or null.
 *
 * @example
 * checkMetaAttachments('Instagram', 'link', files, channel, env); // 'Instagram cannot carry manual.pdf (application/pdf); …'
 */
export function checkMetaAttachments(
  displayName: string, delivery: MetaFileDelivery, files: AttachmentFacts[], channel: ChannelInstance | null, env: Pick<ChannelEnvironment, 'config'>,
): string | null {
  for (const file of files) {
    const kind = metaAttachmentKind(delivery, file.contentType);
    if (!kind) return `${displayName} cannot carry ${file.filename} (${file.contentType}); it takes JPEG, PNG and GIF images, video and audio`;
    if (file.size > kind.maxBytes) return `${file.filename} is ${file.size} bytes; ${displayName} takes ${kind.type} files up to ${kind.maxBytes} bytes`;
  }
  return delivery === 'link' ? mediaLinkProblem(channel, env, displayName) : null;
}
