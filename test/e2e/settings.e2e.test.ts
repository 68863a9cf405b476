import { existsSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { needs } from '../support/requirements';
import { startHarness, type Harness } from './support/harness';

let harness: Harness;

beforeAll(async () => {
  harness = await startHarness();
});

afterAll(async () => {
  await harness?.close();
});

const text = (testId: string) => harness.page.getByTestId(testId).textContent();

describe('Settings screen in browser mode', () => {
  it('shows the ffmpeg in use, why, its shaper and the caption fonts, and switches to Automatic', async () => {
    const { page } = harness;
    await page.getByTestId('settings-button').click();
    const dialog = page.getByTestId('settings-dialog');
    await dialog.waitFor();
    // The harness runs the bundled ffmpeg: FriBidi only, so Urdu burns in Naskh, never Nastaliq boxes.
    await expect
      .poll(() => text('settings-ffmpeg-reason'))
      .toBe('You chose the ffmpeg that comes with Guftagu.');
    expect(await text('settings-ffmpeg-in-use')).toContain('@ffmpeg-installer');
    expect(await text('settings-shaper')).toContain('FriBidi only');
    expect(await text('settings-caption-fonts')).toContain('Noto Naskh Arabic');
    expect(await page.getByTestId('ffmpeg-source-bundled').isChecked()).toBe(true);
    // Browser mode: programs are chosen on the command line, not from the page.
    expect(await text('setting-ffmpegPath')).toContain('guftagu settings set ffmpegPath');
    expect(await dialog.locator('input[dir="ltr"]').count()).toBe(0);
    await harness.screenshot('settings-bundled-en');

    if (needs("/usr/bin/ffmpeg (Debian's, HarfBuzz)", existsSync('/usr/bin/ffmpeg'))) {
      await page.getByTestId('ffmpeg-source-auto').click();
      await expect
        .poll(() => text('settings-ffmpeg-reason'))
        .toBe('Automatic: this computer’s ffmpeg sets Urdu with HarfBuzz, so Nastaliq burns correctly.');
      expect(await text('settings-ffmpeg-in-use')).toContain('/usr/bin/ffmpeg');
      expect(await text('settings-caption-fonts')).toContain('Noto Nastaliq Urdu');
      expect(await harness.engine.api['settings.get']({})).toMatchObject({ ffmpegSource: 'auto' });
      await harness.screenshot('settings-auto-en');
    }

    await page.getByTestId('settings-close').click();
    await page.getByTestId('language-toggle').click();
    await page.getByTestId('settings-button').click();
    await expect.poll(() => text('settings-shaper')).toMatch(/[\u0600-\u06FF]/);
    const urdu = (await dialog.textContent()) ?? '';
    // Only program names, paths, versions and font names stay in Latin letters.
    const latinWords = urdu.match(/[A-Za-z][A-Za-z-]+/g) ?? [];
    const allowed =
      /^(ffmpeg|whisper|cli|whisper-cli|HarfBuzz|FriBidi|libass|Noto|Nastaliq|Urdu|Naskh|Arabic|Sans|guftagu|settings|set|ffmpegPath|whisperPath|file|usr|bin|work|node_modules|ffmpeg-installer|linux-x|resources|tmp|deb|u)$/;
    expect(latinWords.filter((word) => !allowed.test(word) && !urdu.includes(`/${word}`))).toEqual([]);
    await harness.screenshot('settings-ur');
    await page.getByTestId('settings-close').click();
  });
});
