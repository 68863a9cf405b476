import { engineErrorKeys, engineErrorTexts, type EngineErrorKey } from '../../../shared/errorTexts';

/** A catalogue of the engine's errors: `err_<key>` (the message) and `errHint_<key>` (what to do). */
export type EngineErrorMessages = { readonly [K in EngineErrorKey as `err_${K}`]: string } & {
  readonly [K in EngineErrorKey as `errHint_${K}`]: string;
};

/** English: the engine's own words (shared/errorTexts), so English has one source. */
export const engineErrorsEn = Object.fromEntries(
  engineErrorKeys.flatMap((key) => [
    [`err_${key}`, engineErrorTexts[key].message],
    [`errHint_${key}`, engineErrorTexts[key].hint],
  ]),
) as EngineErrorMessages;
