import { describe, expect, it } from 'vitest';
import { settingsPatchSchema, settingsSchema } from '../../../shared/model/settings';

describe('settings', () => {
  it('fills defaults for a new settings file', () => {
    expect(settingsSchema.parse({})).toEqual({
      ffmpegSource: 'auto',
      ffmpegConcurrency: 2,
      uiLanguage: 'en',
    });
  });

  it('parses a patch without filling defaults, so an update changes only what it names', () => {
    expect(settingsPatchSchema.parse({ uiLanguage: 'ur' })).toEqual({ uiLanguage: 'ur' });
  });

  it('refuses unknown or wrongly typed settings', () => {
    expect(settingsPatchSchema.safeParse({ ffmpegConcurrency: 0 }).success).toBe(false);
    expect(settingsPatchSchema.safeParse({ colour: 'red' }).success).toBe(false);
  });
});
