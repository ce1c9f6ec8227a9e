import type { AttachmentFacts } from '../channel-adapter.js';

/** The kind of WhatsApp message a file goes out as, with the Cloud API's size limit for it. */
export interface WhatsAppMediaKind {
  type: 'image' | 'video' | 'audio' | 'document';
  maxBytes: number;
}

const MB = 1024 * 1024;
const kinds: Record<string, WhatsAppMediaKind> = {
  'image/jpeg': { type: 'image', maxBytes: 5 * MB },
  'image/png': { type: 'image', maxBytes: 5 * MB },
  'video/mp4': { type: 'video', maxBytes: 16 * MB },
  'video/3gpp': { type: 'video', maxBytes: 16 * MB },
  'audio/aac': { type: 'audio', maxBytes: 16 * MB },
  'audio/amr': { type: 'audio', maxBytes: 16 * MB },
  'audio/mpeg': { type: 'audio', maxBytes: 16 * MB },
  'audio/mp4': { type: 'audio', maxBytes: 16 * MB },
  'audio/ogg': { type: 'audio', maxBytes: 16 * MB },
  'text/plain': { type: 'document', maxBytes: 100 * MB },
  'application/pdf': { type: 'document', maxBytes: 100 * MB },
  'application/msword': { type: 'document', maxBytes: 100 * MB },
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': { type: 'document', maxBytes: 100 * MB },
  'application/vnd.ms-excel': { type: 'document', maxBytes: 100 * MB },
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': { type: 'document', maxBytes: 100 * MB },
  'application/vnd.ms-powerpoint': { type: 'document', maxBytes: 100 * MB },
  'application/vnd.openxmlformats-officedocument.presentationml.presentation': { type: 'document', maxBytes: 100 * MB },
};

/**
 * The WhatsApp message kind of a media type (the Cloud API's supported media), or null when WhatsApp cannot carry it.
 *
 * @example
 * whatsAppMediaKind('application/pdf'); // { type: 'document', maxBytes: 104857600 }
 */
export function whatsAppMediaKind(contentType: string): WhatsAppMediaKind | null {
  return kinds[contentType.toLowerCase()] ?? null;
}

/**
 * Why WhatsApp cannot carry these files (a type it does not take, a file over its limit for the kind), or null.
 *
 * @example
 * checkWhatsAppAttachments([{ id, filename: 'a.webp', contentType: 'image/webp', size: 10 }]); // 'WhatsApp cannot carry a.webp (image/webp); …'
 */
export function checkWhatsAppAttachments(files: AttachmentFacts[]): string | null {
  for (const file of files) {
    const kind = whatsAppMediaKind(file.contentType);
    if (!kind) return `WhatsApp cannot carry ${file.filename} (${file.contentType}); it takes JPEG and PNG images, MP4 and 3GPP video, AAC, AMR, MP3, M4A and OGG audio, and PDF, text and Office documents`;
    if (file.size > kind.maxBytes) return `${file.filename} is ${file.size} bytes; WhatsApp takes ${kind.type} files up to ${kind.maxBytes} bytes`;
  }
  return null;
}
