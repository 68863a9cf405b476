import type { ImportNote, ImportNoteCode, TimeSlip } from '../../../../shared/subtitles/importNotes';
import { interpolate, type Language } from '../../i18n/translate';

/*
 * The words for an import's notes (shared/subtitles/importNotes.ts): a problem and what was done, per code,
 * in English and Urdu. Typed by the codes, so a new code without words fails the type check.
 * Parameters: {text} a quote of the line, {count}, {start} {end} {previousStart} {readAs} times, {minMs},
 * {slips} the ways a time strays from its format (worded from `slips` below).
 */

interface NoteWords {
  title: string;
  line: string;
  problem: string;
  done: string;
  notes: Record<ImportNoteCode, { problem: string; done: string }>;
  slips: Record<TimeSlip, string>;
  slipJoin: string;
  /** A time off the format's shape in no named way (a stray character around it). */
  unshaped: string;
  places: string;
}

const en: NoteWords = {
  title: 'Importing {file}: {count} notes (repairs, and blocks left out as a browser leaves them out)',
  line: 'Line',
  problem: 'Problem',
  done: 'What was done',
  notes: {
    'no-time-line': {
      problem: 'The text {text} has no time line (start --> end) above it',
      done: 'Left out {count} lines',
    },
    'not-cue-number': { problem: '{text} is not a cue number', done: 'Ignored that line' },
    'missing-blank-line': {
      problem: 'A cue starts with no blank line above it',
      done: 'Started a new cue there',
    },
    'not-a-time': { problem: 'The time {text} is not a time', done: 'Left it out' },
    'time-reshaped': { problem: 'The time {text} {slips}', done: 'Read it as {readAs}' },
    'ends-before-starts': {
      problem: 'The cue ends ({end}) before it starts ({start})',
      done: 'Swapped the two times',
    },
    'zero-duration': {
      problem: 'The cue ends the moment it starts ({start})',
      done: 'Made it last {minMs} ms',
    },
    'out-of-order': {
      problem: 'The cue starts at {start}, before the cue above it ({previousStart})',
      done: 'Put all cues in time order',
    },
    'ass-no-format-line': {
      problem: 'The Dialogue line has no Format line above it',
      done: 'Read the standard ASS columns',
    },
    'ass-no-events-section': {
      problem: 'The Dialogue line has no [Events] section above it',
      done: 'Read the standard ASS columns',
    },
    'ass-few-columns': { problem: 'The Dialogue line has fewer than {count} columns', done: 'Left it out' },
    'txt-no-time': { problem: 'The paragraph {text} has no time', done: 'Placed it after the cue above' },
    'vtt-no-signature': { problem: 'A WebVTT file starts with WEBVTT, not {text}', done: 'Read it anyway' },
    'extra-blank-lines': { problem: 'Extra blank lines{places}', done: 'Ignored them' },
    'no-cue-number': { problem: 'A cue has no number{places}', done: 'Numbered the cues in order' },
    'no-text': { problem: 'A cue has no text{places}', done: 'Left it out' },
    'txt-no-times': { problem: 'The text has no times', done: 'Timed each paragraph by reading speed' },
    'vtt-bad-timing': {
      problem: 'The time line {text} is not a WebVTT time line',
      done: 'Left the block out, as a browser does',
    },
    'vtt-no-timing': {
      problem: 'The block {text} has no time line',
      done: 'Left the block out, as a browser does',
    },
  },
  slips: {
    'no-hours': 'has no hours',
    'one-digit-field': 'has one-digit minutes or seconds',
    'wrong-separator': 'has the wrong separator before the fraction',
    'short-fraction': 'has too few digits after the seconds',
    'long-fraction': 'has too many digits after the seconds',
    'no-fraction': 'has no fraction of a second',
  },
  slipJoin: ' and ',
  unshaped: 'is not written as the format writes times',
  places: ' ({count} places, the first here)',
};

const ur: NoteWords = {
  title: '{file} کی درآمد: {count} نوٹ (درستیاں، اور وہ حصے جو براؤزر کی طرح چھوڑ دیے گئے)',
  line: 'لائن',
  problem: 'مسئلہ',
  done: 'کیا کیا گیا',
  notes: {
    'no-time-line': {
      problem: 'متن {text} کے اوپر وقت کی لائن (start --> end) نہیں',
      done: '{count} لائنیں چھوڑ دی گئیں',
    },
    'not-cue-number': { problem: '{text} سب ٹائٹل کا نمبر نہیں', done: 'وہ لائن نظر انداز کی گئی' },
    'missing-blank-line': {
      problem: 'سب ٹائٹل سے پہلے خالی لائن نہیں',
      done: 'وہاں سے نیا سب ٹائٹل شروع کیا گیا',
    },
    'not-a-time': { problem: 'وقت {text} درست وقت نہیں', done: 'چھوڑ دیا گیا' },
    'time-reshaped': { problem: 'وقت {text} میں: {slips}', done: '{readAs} پڑھا گیا' },
    'ends-before-starts': {
      problem: 'سب ٹائٹل شروع ({start}) ہونے سے پہلے ختم ({end}) ہوتا ہے',
      done: 'دونوں وقت بدل دیے گئے',
    },
    'zero-duration': {
      problem: 'سب ٹائٹل شروع ہوتے ہی ({start}) ختم ہو جاتا ہے',
      done: 'اسے {minMs} ملی سیکنڈ کا کیا گیا',
    },
    'out-of-order': {
      problem: 'سب ٹائٹل {start} پر شروع ہوتا ہے، اوپر والے ({previousStart}) سے پہلے',
      done: 'سب سب ٹائٹل وقت کی ترتیب میں رکھے گئے',
    },
    'ass-no-format-line': {
      problem: 'Dialogue لائن کے اوپر Format لائن نہیں',
      done: 'ASS کے معیاری کالم پڑھے گئے',
    },
    'ass-no-events-section': {
      problem: 'Dialogue لائن کے اوپر [Events] حصہ نہیں',
      done: 'ASS کے معیاری کالم پڑھے گئے',
    },
    'ass-few-columns': { problem: 'Dialogue لائن میں {count} سے کم کالم ہیں', done: 'چھوڑ دی گئی' },
    'txt-no-time': {
      problem: 'پیراگراف {text} کا کوئی وقت نہیں',
      done: 'اوپر والے سب ٹائٹل کے بعد رکھا گیا',
    },
    'vtt-no-signature': {
      problem: 'WebVTT فائل WEBVTT سے شروع ہوتی ہے، {text} سے نہیں',
      done: 'پھر بھی پڑھی گئی',
    },
    'extra-blank-lines': { problem: 'زائد خالی لائنیں{places}', done: 'نظر انداز کی گئیں' },
    'no-cue-number': { problem: 'سب ٹائٹل کا نمبر نہیں{places}', done: 'سب ٹائٹل ترتیب سے نمبر کیے گئے' },
    'no-text': { problem: 'سب ٹائٹل میں کوئی متن نہیں{places}', done: 'چھوڑ دیا گیا' },
    'txt-no-times': {
      problem: 'متن میں کوئی وقت نہیں',
      done: 'ہر پیراگراف کو پڑھنے کی رفتار سے وقت دیا گیا',
    },
    'vtt-bad-timing': {
      problem: 'وقت کی لائن {text} WebVTT کی وقت کی لائن نہیں',
      done: 'براؤزر کی طرح یہ حصہ چھوڑ دیا گیا',
    },
    'vtt-no-timing': {
      problem: 'حصہ {text} میں وقت کی لائن نہیں',
      done: 'براؤزر کی طرح یہ حصہ چھوڑ دیا گیا',
    },
  },
  slips: {
    'no-hours': 'گھنٹے نہیں',
    'one-digit-field': 'منٹ یا سیکنڈ ایک ہندسے کے ہیں',
    'wrong-separator': 'سیکنڈ کے بعد غلط علامت ہے',
    'short-fraction': 'سیکنڈ کے بعد ہندسے کم ہیں',
    'long-fraction': 'سیکنڈ کے بعد ہندسے زیادہ ہیں',
    'no-fraction': 'سیکنڈ کا کسر نہیں',
  },
  slipJoin: '، ',
  unshaped: 'فارمیٹ کے طریقے سے نہیں لکھا گیا',
  places: ' ({count} جگہ، پہلی یہاں)',
};

export const importNoteWords: Readonly<Record<Language, NoteWords>> = { en, ur };

/** A quoted line or a time stays left to right inside an Urdu sentence. */
const isolate = (value: string | number) => (typeof value === 'string' ? `\u2066${value}\u2069` : value);

/** The problem and what was done about it, in the UI's language. */
export function wordNote(note: ImportNote, language: Language): { problem: string; done: string } {
  const words = importNoteWords[language];
  const entry = words.notes[note.code];
  const params: Record<string, string | number> = {};
  for (const [key, value] of Object.entries(note.params)) params[key] = isolate(value);
  const slips = String(note.params.slips ?? '');
  params.slips =
    slips === ''
      ? words.unshaped
      : slips
          .split(',')
          .map((slip) => words.slips[slip as TimeSlip] ?? slip)
          .join(words.slipJoin);
  const count = Number(note.params.count ?? 1);
  params.places = count > 1 ? interpolate(words.places, { count }) : '';
  params.count = count;
  return { problem: interpolate(entry.problem, params), done: interpolate(entry.done, params) };
}
