/**
 * What an import noticed, as codes with parameters: the renderer words them in English and Urdu from its
 * catalogues (`importNote_<code>` and `importFix_<code>`); the CLI and error messages use `describeNote`.
 */

/** A change to what is read: strict mode refuses the file at the first one, lenient mode repairs and lists it. */
export const repairCodes = [
  'no-time-line',
  'not-cue-number',
  'missing-blank-line',
  'not-a-time',
  'time-reshaped',
  'ends-before-starts',
  'zero-duration',
  'out-of-order',
  'ass-no-format-line',
  'ass-no-events-section',
  'ass-few-columns',
  'txt-no-time',
  'vtt-no-signature',
] as const;

/** A slip of layout only, fixed in both modes and listed once with a count. */
export const tallyCodes = ['extra-blank-lines', 'no-cue-number', 'no-text', 'txt-no-times'] as const;

/** A WebVTT block that is not a cue, left out as a browser leaves it out (never an error). */
export const skipCodes = ['vtt-bad-timing', 'vtt-no-timing'] as const;

export type RepairCode = (typeof repairCodes)[number];
export type TallyCode = (typeof tallyCodes)[number];
export type SkipCode = (typeof skipCodes)[number];
export type ImportNoteCode = RepairCode | TallyCode | SkipCode;
export const importNoteCodes = [...repairCodes, ...tallyCodes, ...skipCodes] as const;

/** How a time strays from its format's own shape (parseTimestamp's `slips`). */
export const timeSlips = [
  'no-hours',
  'one-digit-field',
  'wrong-separator',
  'short-fraction',
  'long-fraction',
  'no-fraction',
] as const;
export type TimeSlip = (typeof timeSlips)[number];

export type NoteParams = Record<string, string | number>;

/** One note, named by the 1-based line of the file where it was found. */
export interface ImportNote<Code extends ImportNoteCode = ImportNoteCode> {
  line: number;
  code: Code;
  /**
   * `text`: a quote of the line (at most 40 characters); `count`: lines, places or columns; `start`, `end`,
   * `previousStart`, `readAs`: times written as the format writes them; `minMs`; `slips`: TimeSlip codes
   * joined with ','; `separator`: the format's own separator.
   */
  params: NoteParams;
}

const slipWords: Record<TimeSlip, string> = {
  'no-hours': 'has no hours',
  'one-digit-field': 'has one-digit minutes or seconds',
  'wrong-separator': 'has the wrong separator before the fraction',
  'short-fraction': 'has too few digits after the seconds',
  'long-fraction': 'has too many digits after the seconds',
  'no-fraction': 'has no fraction of a second',
};

const slipsText = (slips: string) =>
  slips === ''
    ? 'is not written as the format writes times'
    : slips
        .split(',')
        .map((slip) => slipWords[slip as TimeSlip] ?? slip)
        .join(' and ');

const lines = (count: number) => (count === 1 ? 'that line' : `those ${count} lines`);

type Wording = (params: NoteParams) => { problem: string; fix: string };

const s = (value: string | number | undefined) => String(value ?? '');

const wordings: Record<ImportNoteCode, Wording> = {
  'no-time-line': (p) => ({
    problem: `the text ${s(p.text)} has no time line (start --> end) above it`,
    fix: `left out ${lines(Number(p.count ?? 1))}`,
  }),
  'not-cue-number': (p) => ({ problem: `${s(p.text)} is not a cue number`, fix: 'ignored that line' }),
  'missing-blank-line': () => ({
    problem: 'a cue starts with no blank line above it',
    fix: 'started a new cue there',
  }),
  'not-a-time': (p) => ({ problem: `the time ${s(p.text)} is not a time`, fix: 'left it out' }),
  'time-reshaped': (p) => ({
    problem: `the time ${s(p.text)} ${slipsText(s(p.slips))}`,
    fix: `read it as ${s(p.readAs)}`,
  }),
  'ends-before-starts': (p) => ({
    problem: `the cue ends (${s(p.end)}) before it starts (${s(p.start)})`,
    fix: 'swapped the two times',
  }),
  'zero-duration': (p) => ({
    problem: `the cue ends the moment it starts (${s(p.start)})`,
    fix: `made it last ${s(p.minMs)} ms`,
  }),
  'out-of-order': (p) => ({
    problem: `the cue starts at ${s(p.start)}, before the cue above it (${s(p.previousStart)})`,
    fix: 'put all cues in time order',
  }),
  'ass-no-format-line': () => ({
    problem: 'the Dialogue line has no Format line above it',
    fix: 'read the standard ASS columns',
  }),
  'ass-no-events-section': () => ({
    problem: 'the Dialogue line has no [Events] section above it',
    fix: 'read the standard ASS columns',
  }),
  'ass-few-columns': (p) => ({
    problem: `the Dialogue line has fewer than ${s(p.count)} columns`,
    fix: 'left it out',
  }),
  'txt-no-time': (p) => ({
    problem: `the paragraph ${s(p.text)} has no time`,
    fix: 'placed it after the cue above, timed by reading speed',
  }),
  'vtt-no-signature': (p) => ({
    problem: `a WebVTT file starts with WEBVTT, not ${s(p.text)}`,
    fix: 'read it anyway',
  }),
  'extra-blank-lines': () => ({ problem: 'extra blank lines', fix: 'ignored them' }),
  'no-cue-number': () => ({ problem: 'a cue has no number', fix: 'numbered the cues in order' }),
  'no-text': () => ({ problem: 'a cue has no text', fix: 'left it out' }),
  'txt-no-times': () => ({
    problem: 'the text has no times',
    fix: 'timed each paragraph by reading speed, one after another',
  }),
  'vtt-bad-timing': (p) => ({
    problem: `the time line ${s(p.text)} is not a WebVTT time line`,
    fix: 'left the block out, as a browser does',
  }),
  'vtt-no-timing': (p) => ({
    problem: `the block ${s(p.text)} has no time line (start --> end)`,
    fix: 'left the block out, as a browser does',
  }),
};

/** English words for a note (the CLI, logs and error messages); a tallied note names its count. */
export function describeNote(note: ImportNote): { problem: string; fix: string } {
  const { problem, fix } = wordings[note.code](note.params);
  const count = Number(note.params.count ?? 1);
  const tallied = (tallyCodes as readonly string[]).includes(note.code) && count > 1;
  return { problem: tallied ? `${problem} (${count} places, the first here)` : problem, fix };
}
