import { useCallback, useEffect, useId, useMemo, useRef, useState, type DragEvent } from 'react';
import { api, ApiError, type AttachmentUpload, type Me } from '../api/index.js';
import { useI18n } from '../i18n/index.js';
import { FileTypeIcon, formatFileSize } from './attachment-view.js';

/** The largest file the server takes (`POST /api/v1/conversations/{id}/attachments` answers 413 beyond). */
export const MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024;
/** The most files one reply may name. */
export const MAX_ATTACHMENTS = 10;

/** A file of the draft: uploading (`id` null, `progress` 0–1), or uploaded and ready to send. */
export interface PickedFile {
  /** Stable in the page while the file uploads and after. */
  key: string;
  filename: string;
  contentType: string;
  size: number;
  id: string | null;
  progress: number;
}

/** Why a file is not in the list, or why the channel refused the list; `detail` is the server's own words (English). */
export type AttachmentProblem =
  | { kind: 'tooLarge' | 'empty'; name: string }
  | { kind: 'tooMany'; count: number }
  | { kind: 'uploadFailed'; name: string; detail: string }
  | { kind: 'refused'; detail: string };

/** The draft's files and what can be done with them; see {@link useAttachments}. */
export interface Attachments {
  files: PickedFile[];
  problems: AttachmentProblem[];
  /** The part of a reply's body that names the uploaded files (empty when there are none). */
  payload: { attachments?: string[] };
  /** True while a file is still uploading: the reply waits for it. */
  uploading: boolean;
  /** Text for the live region: the last file that finished uploading. */
  announcement: string;
  add(chosen: File[]): void;
  remove(key: string): void;
  /** Empties the list once the reply is sent. */
  clear(): void;
  /** Shows a reply's 4xx about its attachments (the channel's 422 reason) next to the list; false for any other failure. */
  takeFailure(error: ApiError): boolean;
  /** Spread onto the element that accepts dropped files (the composer). */
  dropTarget: {
    onDragOver(event: DragEvent): void;
    onDragLeave(event: DragEvent): void;
    onDrop(event: DragEvent): void;
    'data-drop-active'?: 'true';
  };
}

interface StoredFile { id: string; filename: string; contentType: string; size: number }

// The uploaded files of a draft sit beside its text in sessionStorage, so a reload keeps them too.
const storageKey = (conversationId: string, mode: string) => `borderless.draft.${conversationId}.${mode}.files`;

function readStoredFiles(key: string): PickedFile[] {
  try {
    const stored = JSON.parse(window.sessionStorage.getItem(key) ?? '[]') as StoredFile[];
    return Array.isArray(stored) ? stored.map((f) => ({ ...f, key: f.id, progress: 1 })) : [];
  } catch {
    return [];
  }
}

function writeStoredFiles(key: string, files: PickedFile[]): void {
  const done: StoredFile[] = files.flatMap((f) => (f.id ? [{ id: f.id, filename: f.filename, contentType: f.contentType, size: f.size }] : []));
  try {
    if (done.length) window.sessionStorage.setItem(key, JSON.stringify(done));
    else window.sessionStorage.removeItem(key);
  } catch {
    // No storage (private mode): the files stay attached as long as the page.
  }
}

function problemOf(request: XMLHttpRequest): ApiError {
  let problem: { code?: string; detail?: string; title?: string; errors?: Array<{ path: string; message: string }> } = {};
  try {
    problem = JSON.parse(request.responseText) as typeof problem;
  } catch {
    // Not problem+json (a proxy's page): the status is all there is.
  }
  return new ApiError(request.status, problem.code ?? `HTTP_${request.status}`, problem.detail ?? problem.title ?? request.statusText, problem.errors ?? [], problem);
}

/**
 * Uploads one file as the raw request body, reporting progress. XMLHttpRequest rather than fetch: only it reports
 * how much of a request body has gone.
 *
 * @example
 * const upload = await uploadFile(conversationId, file, csrfToken, (p) => setProgress(p), request);
 */
function uploadFile(conversationId: string, file: File, csrfToken: string | null, onProgress: (fraction: number) => void, request: XMLHttpRequest): Promise<AttachmentUpload> {
  return new Promise((resolve, reject) => {
    request.open('POST', `/api/v1/conversations/${encodeURIComponent(conversationId)}/attachments?filename=${encodeURIComponent(file.name)}`);
    request.setRequestHeader('content-type', file.type || 'application/octet-stream');
    request.setRequestHeader('accept', 'application/json');
    if (csrfToken) request.setRequestHeader('x-csrf-token', csrfToken);
    request.upload.onprogress = (event) => { if (event.lengthComputable) onProgress(event.loaded / event.total); };
    request.onload = () => {
      if (request.status === 201) resolve(JSON.parse(request.responseText) as AttachmentUpload);
      else reject(problemOf(request));
    };
    request.onerror = () => reject(new ApiError(0, 'NETWORK', 'The upload did not reach the server'));
    request.onabort = () => reject(new DOMException('The upload was cancelled', 'AbortError'));
    request.send(file);
  });
}

const hasFiles = (event: DragEvent) => [...event.dataTransfer.types].includes('Files');

/**
 * The files attached to the draft of one conversation and mode (reply or note): each uploads as soon as it is
 * chosen or dropped, files over 10 MB, empty ones and any beyond the tenth are refused here with a message, and the
 * uploaded ones are kept with the draft across reloads.
 *
 * @example
 * const attachments = useAttachments(conversation.id, mode);
 * await api.post(`/api/v1/conversations/${conversation.id}/replies`, { text, ...attachments.payload });
 */
export function useAttachments(conversationId: string, mode: string): Attachments {
  const { t } = useI18n();
  const key = storageKey(conversationId, mode);
  // Per draft (conversation and mode), so an upload that finishes after a switch lands in the draft it was made for.
  const [lists, setLists] = useState<Record<string, PickedFile[]>>({});
  const [problems, setProblems] = useState<AttachmentProblem[]>([]);
  const [announcement, setAnnouncement] = useState('');
  const [dragging, setDragging] = useState(false);
  const requests = useRef(new Map<string, XMLHttpRequest>());
  const files = useMemo(() => lists[key] ?? readStoredFiles(key), [lists, key]);

  const change = useCallback((draft: string, update: (list: PickedFile[]) => PickedFile[]) => {
    setLists((previous) => ({ ...previous, [draft]: update(previous[draft] ?? readStoredFiles(draft)) }));
  }, []);

  useEffect(() => {
    for (const [draft, list] of Object.entries(lists)) writeStoredFiles(draft, list);
  }, [lists]);
  useEffect(() => setProblems([]), [key]);
  useEffect(() => {
    const inFlight = requests.current;
    return () => { for (const request of inFlight.values()) request.abort(); };
  }, []);

  const upload = useCallback(async (draft: string, picked: PickedFile[], chosen: File[]) => {
    let csrfToken: string | null = null;
    try {
      // The token may have been renewed in another tab since sign-in; /auth/me answers the current one.
      csrfToken = (await api.get<Me>('/api/v1/auth/me')).csrfToken ?? null;
    } catch {
      // The upload itself will say what is wrong (an expired session answers 401).
    }
    await Promise.all(picked.map(async (file, i) => {
      const request = new XMLHttpRequest();
      requests.current.set(file.key, request);
      try {
        const stored = await uploadFile(conversationId, chosen[i]!, csrfToken, (progress) => {
          change(draft, (list) => list.map((f) => (f.key === file.key ? { ...f, progress } : f)));
        }, request);
        change(draft, (list) => list.map((f) => (f.key === file.key ? { ...f, id: stored.id, filename: stored.filename, progress: 1 } : f)));
        setAnnouncement(t('attach.attached', { name: stored.filename }));
      } catch (failure) {
        change(draft, (list) => list.filter((f) => f.key !== file.key));
        if (failure instanceof ApiError) setProblems((list) => [...list, { kind: 'uploadFailed', name: file.filename, detail: failure.detail }]);
      } finally {
        requests.current.delete(file.key);
      }
    }));
  }, [change, conversationId, t]);

  const add = useCallback((chosen: File[]) => {
    const found: AttachmentProblem[] = [];
    const accepted: File[] = [];
    let overflow = 0;
    for (const file of chosen) {
      if (file.size > MAX_ATTACHMENT_BYTES) found.push({ kind: 'tooLarge', name: file.name });
      else if (file.size === 0) found.push({ kind: 'empty', name: file.name });
      else if (files.length + accepted.length >= MAX_ATTACHMENTS) overflow++;
      else accepted.push(file);
    }
    if (overflow > 0) found.push({ kind: 'tooMany', count: overflow });
    setProblems(found);
    if (accepted.length === 0) return;
    const picked = accepted.map((file) => ({
      key: `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`,
      filename: file.name, contentType: file.type || 'application/octet-stream', size: file.size, id: null, progress: 0,
    }));
    change(key, (list) => [...list, ...picked]);
    void upload(key, picked, accepted);
  }, [change, files.length, key, upload]);

  const remove = useCallback((fileKey: string) => {
    requests.current.get(fileKey)?.abort();
    change(key, (list) => list.filter((f) => f.key !== fileKey));
    setProblems([]);
  }, [change, key]);

  const clear = useCallback(() => {
    change(key, () => []);
    setProblems([]);
  }, [change, key]);

  const takeFailure = useCallback((error: ApiError) => {
    const reasons = error.fieldErrors.filter((e) => e.path.startsWith('/body/attachments'));
    if ((error.status !== 400 && error.status !== 422) || reasons.length === 0) return false;
    // The channel's reason (`/body/attachments`) says it best; per-file paths only say which file, so the detail does.
    const whole = reasons.find((e) => e.path === '/body/attachments');
    setProblems([{ kind: 'refused', detail: whole?.message ?? error.detail }]);
    return true;
  }, []);

  const ids = files.flatMap((f) => (f.id ? [f.id] : []));
  const dropTarget: Attachments['dropTarget'] = {
    onDragOver: (event) => {
      if (!hasFiles(event)) return;
      event.preventDefault();
      event.dataTransfer.dropEffect = 'copy';
      setDragging(true);
    },
    onDragLeave: (event) => {
      if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setDragging(false);
    },
    onDrop: (event) => {
      if (!hasFiles(event)) return;
      event.preventDefault();
      setDragging(false);
      add([...event.dataTransfer.files]);
    },
    ...(dragging ? { 'data-drop-active': 'true' as const } : {}),
  };
  return {
    files, problems, announcement, dropTarget, add, remove, clear, takeFailure,
    payload: ids.length ? { attachments: ids } : {},
    uploading: files.some((f) => f.id === null),
  };
}

function ProblemText({ problem }: { problem: AttachmentProblem }) {
  const { t } = useI18n();
  switch (problem.kind) {
    case 'tooLarge': return <>{t('attach.tooLarge', { name: problem.name })}</>;
    case 'empty': return <>{t('attach.empty', { name: problem.name })}</>;
    case 'tooMany': return <>{t('attach.tooMany', { count: problem.count })}</>;
    case 'uploadFailed':
      return <>{t('attach.uploadFailed', { name: problem.name })} <span className="notice-detail" lang="en" dir="ltr">{problem.detail}</span></>;
    case 'refused':
      return <>{t('attach.refused')} <span className="notice-detail" lang="en" dir="ltr" data-testid="attach-refusal">{problem.detail}</span></>;
  }
}

const paperclip = 'M20 11.5l-8 8a5 5 0 0 1-7-7l8.5-8.5a3.3 3.3 0 0 1 4.7 4.7L9.7 17.2a1.7 1.7 0 0 1-2.4-2.4L15 7';

/**
 * "Attach files": a button that opens the file chooser (the keyboard way), the composer also taking dropped files
 * (see `dropTarget`), then the files with their size, upload progress and a remove button each, and what was
 * refused and why beside them.
 */
export function AttachmentPicker({ attachments, disabled }: { attachments: Attachments; disabled: boolean }) {
  const { t, locale } = useI18n();
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const { files, problems } = attachments;
  return (
    <div className="attachment-picker" data-testid="attachment-picker">
      <div className="attachment-picker-bar">
        <button type="button" className="button button-small" disabled={disabled || files.length >= MAX_ATTACHMENTS}
          onClick={() => input.current?.click()} aria-describedby={`${id}-hint`} data-testid="attach-button">
          <svg viewBox="0 0 24 24" width="16" height="16" aria-hidden="true" focusable="false">
            <path d={paperclip} fill="none" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" strokeLinejoin="round" />
          </svg>
          {t('attach.button')}
        </button>
        <span id={`${id}-hint`} className="hint">{t('attach.hint')}</span>
        <input ref={input} type="file" multiple hidden data-testid="attach-input"
          onChange={(event) => {
            const chosen = [...(event.target.files ?? [])];
            event.target.value = '';
            attachments.add(chosen);
          }} />
      </div>
      {files.length > 0 ? (
        <ul className="attachment-picker-list" aria-label={t('attach.listLabel')} data-testid="attach-list">
          {files.map((file) => (
            <li key={file.key} className="attachment-picker-file" data-filename={file.filename} data-uploaded={file.id ? 'true' : 'false'}>
              <FileTypeIcon contentType={file.contentType} />
              <span className="file-name"><bdi>{file.filename}</bdi></span>
              <span className="file-size">{formatFileSize(locale, file.size)}</span>
              {file.id ? null : (
                <progress value={file.progress} max={1} aria-label={t('attach.uploading', { name: file.filename })} />
              )}
              <button type="button" className="button button-quiet button-small attachment-remove" onClick={() => attachments.remove(file.key)}
                aria-label={t('attach.remove', { name: file.filename })} data-testid="attach-remove">
                <span aria-hidden="true">×</span>
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      {problems.length > 0 ? (
        <div className="notice notice-error attachment-problems" role="alert" data-testid="attach-problems">
          {problems.map((problem, i) => <p key={i} data-kind={problem.kind}><ProblemText problem={problem} /></p>)}
        </div>
      ) : null}
      <p className="visually-hidden" role="status" aria-live="polite">{attachments.announcement}</p>
    </div>
  );
}
