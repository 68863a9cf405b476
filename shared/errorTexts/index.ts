import { GuftaguError, type GuftaguErrorOptions, type MessageParams } from '../errors';
import { exportErrorTexts } from './export';
import { mediaErrorTexts } from './media';
import { programmeErrorTexts } from './programme';
import { subtitleErrorTexts } from './subtitles';
import { transcriptionErrorTexts } from './transcription';
import { exitSuffix, type ErrorText } from './types';
import { workspaceErrorTexts } from './workspace';

/**
 * Every error the engine can show a person, by key: its code and English words. The engine throws them with
 * `engineError(key, params)`; the CLI and logs print the English; the UI words `err_<key>` / `errHint_<key>`
 * from its catalogues (renderer/src/i18n/engineErrors*.ts), so Urdu never shows the engine's English.
 */
export const engineErrorTexts = {
  ...mediaErrorTexts,
  ...exportErrorTexts,
  ...workspaceErrorTexts,
  ...programmeErrorTexts,
  ...subtitleErrorTexts,
  ...transcriptionErrorTexts,
} as const satisfies Record<string, ErrorText>;

export type EngineErrorKey = keyof typeof engineErrorTexts;

export const engineErrorKeys = Object.keys(engineErrorTexts) as EngineErrorKey[];

/** Fills `{name}` placeholders; one without a value stays visible, so a mistake shows. */
export function fillTemplate(template: string, params: Readonly<MessageParams> | undefined): string {
  if (params === undefined) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    return value === undefined ? whole : String(value);
  });
}

export type EngineErrorOptions = Omit<GuftaguErrorOptions, 'key' | 'params'>;

/** The error for `key`, its English filled from `params`; the params travel with it for the UI. */
export function engineError(
  key: EngineErrorKey,
  params: MessageParams = {},
  options: EngineErrorOptions = {},
): GuftaguError {
  const text: ErrorText = engineErrorTexts[key];
  return new GuftaguError(text.code, fillTemplate(text.message, params), fillTemplate(text.hint, params), {
    ...options,
    key,
    params,
  });
}

/** A tool failure's "what could not be done" part (its message without the exit code), in English. */
export function toolFailureWhat(key: EngineErrorKey, params: MessageParams = {}): string {
  const message: string = engineErrorTexts[key].message;
  return fillTemplate(message.endsWith(exitSuffix) ? message.slice(0, -exitSuffix.length) : message, params);
}

/**
 * Parameters whose values are English prose (an OS reason, a document's English label, a list of refusals):
 * the CLI and the log show them; the Urdu words leave them out rather than mix English into a sentence.
 */
export const englishProseParams: ReadonlySet<string> = new Set([
  'reason',
  'reasons',
  'document',
  'label',
  'what',
  'where',
  'issue',
  'issues',
  'decision',
  'problem',
  'hint',
  'installed',
  'downloadHint',
  'kept',
  'guess',
  'binary',
  'kind',
  'field',
]);

/** Parameters the engine sends that its English leaves out and the UI's words use. */
export const uiOnlyParams: Readonly<Partial<Record<EngineErrorKey, readonly string[]>>> = {
  'export-refused': ['count'],
};
