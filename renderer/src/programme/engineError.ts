import { toErrorInfo, type ErrorInfo } from '../../../shared/errors';

/** What is shown beside a field or form when the engine refuses a change: the engine's structured error. */
export type FieldError = Pick<ErrorInfo, 'code' | 'message' | 'hint' | 'key' | 'params' | 'field'>;

export function fieldError(error: unknown): FieldError {
  const { details: _details, ...info } = toErrorInfo(error);
  return info;
}

export type ParticipantField = 'name' | 'consentDate' | 'organisation' | 'formRef' | 'scan';
const participantFields: readonly string[] = ['name', 'consentDate', 'organisation', 'formRef', 'scan'];

/** The form field an engine refusal is about (the engine names it), for aria-invalid and focus. */
export function participantFieldOf(error: Pick<FieldError, 'field'>): ParticipantField | undefined {
  return error.field !== undefined && participantFields.includes(error.field)
    ? (error.field as ParticipantField)
    : undefined;
}
