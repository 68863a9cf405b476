import { useCallback } from 'react';
import { toErrorInfo } from '../../../shared/errors';
import { useI18n } from './I18nContext';
import { errorText } from './engineText';

/** Words anything thrown (an engine refusal above all) in the UI's language: { message, hint }. */
export function useErrorText(): (error: unknown) => { message: string; hint: string } {
  const { t, language } = useI18n();
  return useCallback((error: unknown) => errorText(t, language, toErrorInfo(error)), [t, language]);
}
