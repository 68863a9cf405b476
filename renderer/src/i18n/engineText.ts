import type { ErrorInfo, MessageParams } from '../../../shared/errors';
import type { JobSnapshot } from '../../../shared/model/jobs';
import type { MessageKey } from './en';
import { catalogs, type Language, type Params, type Translate } from './translate';

/** A catalogue key built at run time, or undefined where this catalogue has no such key. */
function keyOf(name: string): MessageKey | undefined {
  return name in catalogs.en ? (name as MessageKey) : undefined;
}

/** 'one' or 'other' (or whatever the language has) for a count, through Intl.PluralRules. */
export function pluralCategory(language: Language, count: number): Intl.LDMLPluralRule {
  return new Intl.PluralRules(language).select(count);
}

/** A counted phrase: `${base}_one` / `${base}_other` keys chosen by the language's plural rules. */
export function countText(t: Translate, language: Language, base: string, count: number): string {
  const key = keyOf(`${base}_${pluralCategory(language, count)}`) ?? keyOf(`${base}_other`);
  return key ? t(key, { count }) : String(count);
}

const languageKeys: Readonly<Record<string, MessageKey>> = {
  auto: 'langAuto',
  ur: 'langUrdu',
  en: 'langEnglish',
  sd: 'langSindhi',
  pa: 'langPunjabi',
  ps: 'langPashto',
  und: 'langNamed_und',
};

/** "Urdu" / "اردو" for 'ur'; a language this UI has no name for is named by Intl, or shown as its code. */
export function languageName(t: Translate, language: Language, code: string): string {
  const key = languageKeys[code];
  if (key) return t(key);
  try {
    return new Intl.DisplayNames([language], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}

const asParams = (params: MessageParams | undefined): Params => params ?? {};

/** First-strong isolate: a name keeps its own direction inside a sentence of the UI's direction. */
export const isolateText = (value: string): string => `\u2068${value}\u2069`;

/** Text parameters isolated (names, paths, quotes), numbers as they are. */
const isolated = (params: MessageParams | undefined): Params =>
  Object.fromEntries(
    Object.entries(params ?? {}).map(([name, value]) => [
      name,
      typeof value === 'string' ? isolateText(value) : value,
    ]),
  );

/**
 * An engine error in the UI's language. English shows the engine's own words (the most specific: they name
 * the field, the organisation…); other languages word its key from the catalogue, else its code, so they
 * never show the engine's English.
 */
export function errorText(
  t: Translate,
  language: Language,
  info: Pick<ErrorInfo, 'code' | 'message' | 'hint' | 'key' | 'params'>,
): { message: string; hint: string } {
  if (language === 'en') return { message: info.message, hint: info.hint };
  const params = isolated(info.params);
  const message = info.key === undefined ? undefined : keyOf(`err_${info.key}`);
  const hint = info.key === undefined ? undefined : keyOf(`errHint_${info.key}`);
  if (message && hint) return { message: t(message, params), hint: t(hint, params) };
  const byCode = keyOf(`errCode_${info.code}`) ?? 'errCode_internal';
  const hintByCode = keyOf(`errCodeHint_${info.code}`) ?? 'errCodeHint_internal';
  return { message: t(byCode, params), hint: t(hintByCode, params) };
}

const kindKeys: Readonly<Record<JobSnapshot['kind'], MessageKey>> = {
  import: 'job_import',
  export: 'job_export',
  transcribe: 'job_transcribe',
  'model-download': 'job_model-download',
};

/** The job's name in the UI's language, from its structured title. */
export function jobTitleText(
  t: Translate,
  language: Language,
  job: Pick<JobSnapshot, 'kind' | 'label' | 'title'>,
): string {
  const presetName = (id: string) => {
    const key = keyOf(`preset_${id}`);
    return key ? t(key) : id;
  };
  const params = job.title?.params ?? {};
  const raw = (name: string) => String(params[name] ?? '');
  const text = (name: string) => isolateText(raw(name));
  if (job.kind === 'transcribe') {
    const key = params['translate'] === 'yes' ? 'job_transcribeTranslate' : 'job_transcribe';
    return t(key, {
      name: text('name'),
      model: text('model'),
      language: languageName(t, language, raw('language')),
    });
  }
  if (job.kind === 'export')
    return t('job_export', { clip: text('clip'), preset: presetName(raw('preset')) });
  return t(kindKeys[job.kind], isolated(params));
}

/** What the job is doing now, in the UI's language; undefined where it has no structured step. */
export function jobStepText(
  t: Translate,
  language: Language,
  job: Pick<JobSnapshot, 'step' | 'stepInfo'>,
): string | undefined {
  const step = job.stepInfo;
  if (!step) return language === 'en' ? job.step : undefined;
  const params = asParams(step.params);
  switch (step.code) {
    case 'transcribing':
    case 'translating':
      return params['parts'] === undefined ? t(`step_${step.code}`) : t(`step_${step.code}-part`, params);
    case 'cues-found':
      return countText(t, language, 'step_cues-found', Number(params['count'] ?? 0));
    case 'downloading':
      return params['total'] === undefined ? t('step_downloading', params) : t('step_downloading-of', params);
    default:
      return t(`step_${step.code}`, params);
  }
}

/** A built-in preset or style by its name in the UI's language; one the user made keeps its own name. */
export function builtInName(
  t: Translate,
  kind: 'preset' | 'style',
  item: { id: string; name: string; builtIn?: boolean },
): string {
  const key = item.builtIn === false ? undefined : keyOf(`${kind}_${item.id}`);
  return key ? t(key) : item.name;
}

/** The note on a catalogue model, worded from its id (family, English-only, quantized); '' for others. */
export function modelNoteText(t: Translate, id: string): string {
  const family = (): MessageKey | undefined => {
    if (id.includes('.en')) return 'modelNote_en';
    if (id.startsWith('tiny') || id.startsWith('base')) return 'modelNote_draft';
    if (id.startsWith('small')) return 'modelNote_small';
    if (id.startsWith('medium')) return 'modelNote_medium';
    if (id.startsWith('large-v1')) return 'modelNote_largeV1';
    if (id.startsWith('large-v2')) return 'modelNote_largeV2';
    if (id.startsWith('large-v3-turbo')) return 'modelNote_turbo';
    if (id.startsWith('large')) return 'modelNote_large';
    return undefined;
  };
  const key = family();
  if (!key) return '';
  return /-q\d_\d$/u.test(id) ? `${t(key)} ${t('modelNote_q')}` : t(key);
}

/** A date and time for people: in Urdu on the 24-hour clock (the ur locale would write "AM"/"PM"). */
export function formatDateTime(date: Date, language: Language): string {
  return date.toLocaleString(language, {
    dateStyle: 'medium',
    timeStyle: 'short',
    ...(language === 'ur' ? { hourCycle: 'h23' as const } : {}),
  });
}
