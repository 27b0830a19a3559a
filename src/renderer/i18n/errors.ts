import type { ApiErrorShape } from '../../shared/contract/errors';
import { isMessageKey, type MessageParams, type Translate } from './translate';

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
  const params = { ...detailParams(error.details), message: error.message };
  return {
    message: isMessageKey(messageKey) ? t(messageKey, params) : error.message,
    next: isMessageKey(nextKey) ? t(nextKey, params) : '',
  };
}

/** The error's details as words' parameters: text and numbers as they are, lists joined. */
function detailParams(details: Record<string, unknown>): MessageParams {
  const params: MessageParams = {};
  for (const [name, value] of Object.entries(details)) {
    if (typeof value === 'string' || typeof value === 'number') params[name] = value;
    else if (Array.isArray(value) && value.every((v) => typeof v === 'string' || typeof v === 'number')) params[name] = value.join(', ');
  }
  return params;
}

/** The error and what to do about it, as one sentence pair. */
export function errorSentence(text: ErrorText): string {
  return text.next ? `${text.message} ${text.next}` : text.message;
}
