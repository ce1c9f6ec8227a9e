import { useState, type FormEvent } from 'react';
import { ApiError } from '../api/index.js';
import { useI18n, type MessageKey } from '../i18n/index.js';
import { useDocumentTitle } from '../router/index.js';
import { LanguageSwitcher } from '../shell/index.js';
import { useSession, type SessionState } from '../session/index.js';

type Reason = Extract<SessionState, { status: 'signed-out' }>['reason'];

const reasonKeys: Partial<Record<Reason, MessageKey>> = {
  expired: 'signIn.expired',
  ended: 'signIn.ended',
  'signed-out': 'signIn.signedOut',
  unreachable: 'error.network',
};

function failureKey(error: unknown): MessageKey {
  if (!(error instanceof ApiError)) return 'error.server';
  if (error.code === 'BL_BAD_CREDENTIALS' || error.status === 401) return 'signIn.badCredentials';
  if (error.status === 429) return 'signIn.tooMany';
  if (error.status === 0) return 'error.network';
  if (error.status === 400) return 'signIn.badCredentials';
  return 'error.server';
}

/** Email and password sign-in; explains why the agent is here (expired session, signed out, server down). */
export function SignInPage({ reason }: { reason: Reason }) {
  const { t } = useI18n();
  const { signIn } = useSession();
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<MessageKey | null>(null);
  useDocumentTitle(t('signIn.documentTitle'));
  const reasonKey = reasonKeys[reason];

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setBusy(true);
    setFailure(null);
    try {
      await signIn(String(form.get('email') ?? '').trim(), String(form.get('password') ?? ''));
    } catch (error) {
      setFailure(failureKey(error));
      setBusy(false);
    }
  };

  return (
    <div className="sign-in-page">
      <main className="sign-in-card" id="main">
        <p className="brand-mark" aria-hidden="true">Borderless</p>
        <h1>{t('signIn.title')}</h1>
        <p className="muted">{t('signIn.tagline')}</p>
        {reasonKey ? (
          <p className={reason === 'signed-out' ? 'notice notice-info' : 'notice notice-warning'} role={reason === 'signed-out' ? 'status' : 'alert'} data-testid="sign-in-reason">
            {t(reasonKey)}
          </p>
        ) : null}
        <form onSubmit={submit} className="stack" noValidate={false} aria-describedby={failure ? 'sign-in-failure' : undefined}>
          <div className="field">
            <label htmlFor="sign-in-email">{t('signIn.email')}</label>
            <input id="sign-in-email" name="email" type="email" autoComplete="username" required dir="ltr" />
          </div>
          <div className="field">
            <label htmlFor="sign-in-password">{t('signIn.password')}</label>
            <input id="sign-in-password" name="password" type="password" autoComplete="current-password" required dir="ltr" />
          </div>
          {failure ? <p id="sign-in-failure" className="notice notice-error" role="alert">{t(failure)}</p> : null}
          <button type="submit" className="button button-primary" disabled={busy}>
            {busy ? t('signIn.submitting') : t('signIn.submit')}
          </button>
        </form>
        <LanguageSwitcher />
      </main>
    </div>
  );
}
