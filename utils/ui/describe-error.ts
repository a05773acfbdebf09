// What each error kind means to a user and what they can do next.
import type { ErrorInfo } from '../errors';
import type { MessageKey } from '../i18n';

export type NextStep = 'settings' | 'retry' | 'wait' | 'none';

export interface ErrorView {
  title: MessageKey;
  hint: MessageKey;
  next: NextStep;
  /** For rate limits: when requests resume (epoch ms). */
  resumesAt: number | null;
}

const view = (title: MessageKey, hint: MessageKey, next: NextStep, resumesAt: number | null = null): ErrorView => ({
  title,
  hint,
  next,
  resumesAt,
});

export function describeError(error: ErrorInfo, now: number = Date.now()): ErrorView {
  const kind = error.kind;
  switch (kind) {
    case 'no-key':
      return view('ui_err_noKey', 'ui_err_noKey_hint', 'settings');
    case 'auth':
      return view('ui_err_auth', 'ui_err_auth_hint', 'settings');
    case 'quota':
      return view('ui_err_quota', 'ui_err_quota_hint', 'settings');
    case 'not-found':
      return view('ui_err_notFound', 'ui_err_notFound_hint', 'none');
    case 'exists':
      return view('ui_err_exists', 'ui_err_exists_hint', 'none');
    case 'invalid-input':
    case 'invalid-message':
      return view('ui_err_invalid', 'ui_err_invalid_hint', 'none');
    case 'rate-limited':
      return view(
        'ui_err_rateLimited',
        error.retryAfterMs != null ? 'ui_err_rateLimited_hintAt' : 'ui_err_rateLimited_hint',
        'wait',
        error.retryAfterMs != null ? now + error.retryAfterMs : null,
      );
    case 'server':
      return view('ui_err_server', 'ui_err_retry_hint', 'retry');
    case 'network':
      return view('ui_err_network', 'ui_err_network_hint', 'retry');
    case 'timeout':
      return view('ui_err_timeout', 'ui_err_retry_hint', 'retry');
    case 'malformed-reply':
      return view('ui_err_malformed', 'ui_err_retry_hint', 'retry');
    case 'no-content-script':
      return view('ui_err_noContentScript', 'ui_err_noContentScript_hint', 'none');
    case 'not-a-number':
      return view('ui_err_notANumber', 'ui_err_notANumber_hint', 'none');
    case 'no-carrier':
      return view('ui_err_noCarrier', 'ui_err_noCarrier_hint', 'none');
    case 'host-permission':
      return view('ui_err_hostPermission', 'ui_err_hostPermission_hint', 'none');
    case 'storage-full':
      return view('ui_err_storageFull', 'ui_err_storageFull_hint', 'none');
    // No dedicated wording: the message (already in the user's language) says what happened.
    case 'unsupported':
    case 'not-pinned':
    case 'busy':
    case 'storage':
    case 'internal':
      return view('ui_err_unknown', 'ui_err_retry_hint', 'retry');
    default: {
      // A kind added to ErrorKind without a case here fails to compile. At run time, a kind stored by an
      // older version still gets a readable notice.
      const unknown: never = kind;
      void unknown;
      return view('ui_err_unknown', 'ui_err_retry_hint', 'retry');
    }
  }
}
