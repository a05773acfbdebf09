// Errors the background raises itself (not the API), already in the user's language.
import type { LocalErrorKind } from '../errors';
import { t } from '../i18n';

export class BackgroundError extends Error {
  override readonly name = 'BackgroundError';
  constructor(
    readonly kind: LocalErrorKind,
    message: string,
    /** For no-carrier: the carriers the number fits (the UI offers them as a picker). */
    readonly candidates?: string[],
  ) {
    super(message);
  }
}

export const noKey = () => new BackgroundError('no-key', t('bg_errNoKey'));
export const noCarrier = (candidates: string[] = []) => new BackgroundError('no-carrier', t('bg_errNoCarrier'), candidates);
export const notANumber = () => new BackgroundError('not-a-number', t('bg_errNotANumber'));
export const notPinned = () => new BackgroundError('not-pinned', t('bg_errNotPinned'));
