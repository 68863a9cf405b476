import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  parseSubtitles,
  renderSubtitles,
  subtitleFileFormats,
  type SubtitleFileFormat,
} from '../../../shared/subtitles/formats';
import type { TimedText } from '../../../shared/subtitles/writeSubtitles';
import { sharedFixture, haveSharedFixtures } from '../../support/sharedFixtures';
import { hardCues, interviewCues, overlapCues } from './samples';

/** ASS keeps centiseconds: a time on a 10 ms step comes back exactly, others to the nearest 10 ms. */
const toCentiseconds = (cues: readonly TimedText[]) =>
  cues.map((cue) => ({
    ...cue,
    startMs: Math.round(cue.startMs / 10) * 10,
    endMs: Math.round(cue.endMs / 10) * 10,
  }));

const roundTrip = (cues: readonly TimedText[], format: SubtitleFileFormat) => {
  const text = renderSubtitles(cues, format, { language: 'ur', direction: 'rtl' });
  // Strict: what Guftagu writes reads back with no repair at all.
  return parseSubtitles(text, format, { lenient: false });
};

describe.each(subtitleFileFormats)('%s: export then import gives the same cues', (format) => {
  it('for the Urdu/English interview', () => {
    expect(roundTrip(interviewCues, format)).toEqual({ cues: interviewCues, repairs: [], skipped: [] });
  });

  it('past 24 hours, multi-line, with markup characters', () => {
    // The first cue lasts 1 ms: in ASS it keeps one centisecond rather than vanishing.
    const expected =
      format === 'ass'
        ? toCentiseconds(hardCues).map((cue, index) => (index === 0 ? { ...cue, endMs: 10 } : cue))
        : hardCues;
    expect(roundTrip(hardCues, format)).toEqual({ cues: expected, repairs: [], skipped: [] });
  });

  it('two people at once: overlapping cues, one inside another, the same start; leading spaces kept', () => {
    const expected = format === 'ass' ? toCentiseconds(overlapCues) : overlapCues;
    expect(roundTrip(overlapCues, format)).toEqual({ cues: expected, repairs: [], skipped: [] });
  });

  it('for no cues at all', () => {
    expect(roundTrip([], format)).toEqual({ cues: [], repairs: [], skipped: [] });
  });
});

describe.runIf(haveSharedFixtures())('the shared interview fixture', () => {
  const text = readFileSync(sharedFixture('subtitles/interview-ur-en.srt'), 'utf8');

  it('reads strictly, with no repairs, into the expected cues', () => {
    expect(parseSubtitles(text, 'srt')).toEqual({ cues: interviewCues, repairs: [], skipped: [] });
  });

  it.each(subtitleFileFormats)('survives SRT → %s → SRT', (format) => {
    const { cues } = parseSubtitles(text, 'srt');
    const again = parseSubtitles(renderSubtitles(cues, format), format).cues;
    expect(parseSubtitles(renderSubtitles(again, 'srt'), 'srt').cues).toEqual(interviewCues);
  });
});
