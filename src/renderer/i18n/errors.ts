import type { ApiErrorShape } from '../../shared/contract/errors';
import { isMessageKey, type Translate } from './translate';

export interface ErrorText {
  message: string;
  /** What the user can do about it. */
  next: string;
}

/** An API error in the user's language, with the next step; unknown codes fall back to the message. */
export function describeError(t: Translate, error: ApiErrorShape): ErrorText {
  const reason = typeof error.details.reason === 'string' ? error.details.reason : null;
  const key = reason && isMessageKey(`error.${reason}`) ? reason : error.code;
  const messageKey = `error.${key}`;
  const nextKey = `error.${key}.next`;
  return {
    message: isMessageKey(messageKey) ? t(messageKey, { message: error.message }) : error.message,
    next: isMessageKey(nextKey) ? t(nextKey) : '',
  };
}

/** The error and what to do about it, as one sentence pair. */
export function errorSentence(text: ErrorText): string {
  return text.next ? `${text.message} ${text.next}` : text.message;
}
