import { toErrorInfo } from '../../../shared/errors';

/** What is shown beside a field or form when the engine refuses a change. */
export interface FieldError {
  message: string;
  hint: string;
}

export function fieldError(error: unknown): FieldError {
  const info = toErrorInfo(error);
  return { message: info.message, hint: info.hint };
}

export type ParticipantField = 'name' | 'consentDate' | 'organisation' | 'formRef' | 'scan';

/** The form field an engine message is about (its messages name the problem), for aria-invalid and focus. */
export function participantFieldOf(message: string): ParticipantField | undefined {
  if (/consent date/iu.test(message)) return 'consentDate';
  if (/needs a name|name is too long|already a participant/iu.test(message)) return 'name';
  if (/scan|form\b.*(file|copy)/iu.test(message)) return 'scan';
  return undefined;
}
