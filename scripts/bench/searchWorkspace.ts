// A programme workspace in today's format for the search bench: sessions with participants and
// metadata, each with recordings whose transcripts have an Urdu and an English track with word times.
// Deterministic (seeded PRNG). The Urdu text mixes in English words and digits and, like real files,
// spells some words the Arabic-keyboard way or with harakat.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { emptySessionMetadata } from '../../shared/model/programme';
import type { Participant } from '../../shared/model/programme';
import { SESSION_SCHEMA_VERSION, type Session } from '../../shared/model/session';
import type { Cue, Track, Transcript, Word } from '../../shared/transcript/model';

export interface SearchWorkspaceOptions {
  sessions: number;
  recordingsPerSession: number;
  minutesPerRecording: number;
  seed?: number;
}

export interface WrittenWorkspace {
  sessions: number;
  recordings: number;
  cues: number;
  words: number;
  bytes: number;
}

function prng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const urduWords = (
  'میں ہم آپ یہ وہ ہے ہیں تھا تھی کہ کی کا کے کو نے سے پر بھی اور لیکن کیونکہ اگر تو جب ' +
  'بات کام لوگ ملک پاکستان آواز برداشت امن تعلیم نوجوان خواتین حقوق معاشرہ مسئلہ حل سوال جواب ' +
  'شہر گاؤں سکول یونیورسٹی استاد طالب علم گھر خاندان بچے بچیاں روزگار صحت پانی بجلی سڑک ' +
  'ضروری اہم مشکل آسان اچھا برا نیا پرانا بڑا چھوٹا سب کچھ کوئی ہر کبھی ہمیشہ آج کل ' +
  'کہنا سننا سمجھنا بولنا دیکھنا کرنا جانا آنا رہنا چاہیے سکتے ہوتا ہوتی گئی گئے'
).split(' ');
const englishWords = (
  'the a and of to in is was we they people country voice tolerance peace education youth women ' +
  'rights society problem solution question answer city village school university teacher student ' +
  'home family children work health water electricity road important difficult easy good new old ' +
  'big small all something someone every never always today tomorrow say listen understand speak ' +
  'see do go come stay should can social media dialogue community change future together'
).split(' ');
const arabicForms: Record<string, string> = { ی: 'ي', ک: 'ك', ہ: 'ه', ھ: 'ه' };
const consonants = 'بپتٹجچحخدڈرڑزسشصطعغفقکگلمنوہی'.split('');
const vowels = ['ا', 'و', 'ی', 'ے', ''];
const latin = 'bdfghjklmnprstvz'.split('');
const latinVowels = 'aeiou'.split('');

/** A Zipf-like pick: index i is chosen with weight 1 / (i + 1). */
function zipf(random: () => number, size: number): number {
  return Math.min(size - 1, Math.floor(Math.exp(random() * Math.log(size + 1))) - 1);
}

function vocabulary(random: () => number, base: string[], make: () => string, extra: number): string[] {
  const words = new Set(base);
  while (words.size < base.length + extra) words.add(make());
  return [...words];
}

export function writeSearchWorkspace(
  workspacePath: string,
  options: SearchWorkspaceOptions,
): WrittenWorkspace {
  const random = prng(options.seed ?? 20_261_205);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const urdu = vocabulary(
    random,
    urduWords,
    () =>
      Array.from({ length: 2 + Math.floor(random() * 3) }, () => pick(consonants) + pick(vowels)).join(''),
    4000,
  );
  const english = vocabulary(
    random,
    englishWords,
    () =>
      Array.from({ length: 2 + Math.floor(random() * 2) }, () => pick(latin) + pick(latinVowels)).join(''),
    4000,
  );
  const urduWord = () => {
    const word = urdu[zipf(random, urdu.length)] ?? 'بات';
    const roll = random();
    if (roll < 0.08) return [...word].map((char) => arabicForms[char] ?? char).join('');
    if (roll < 0.11) return [...word].map((char, i) => (i === 0 ? `${char}\u064E` : char)).join('');
    if (roll < 0.16) return english[zipf(random, english.length)] ?? 'media';
    if (roll < 0.18)
      return String(Math.floor(random() * 2030)).replace(/\d/g, (d) => '۰۱۲۳۴۵۶۷۸۹'[Number(d)] ?? d);
    return word;
  };
  const englishWord = () => english[zipf(random, english.length)] ?? 'the';

  const totals: WrittenWorkspace = { sessions: 0, recordings: 0, cues: 0, words: 0, bytes: 0 };
  const write = (file: string, document: unknown) => {
    const text = `${JSON.stringify(document, null, 2)}\n`;
    writeFileSync(file, text);
    totals.bytes += Buffer.byteLength(text);
  };
  const durationMs = options.minutesPerRecording * 60_000;
  for (let s = 1; s <= options.sessions; s += 1) {
    const id = `bench-${String(s).padStart(4, '0')}`;
    const folder = path.join(workspacePath, 'sessions', id);
    mkdirSync(path.join(folder, 'transcripts'), { recursive: true });
    const createdAt = new Date(Date.UTC(2024, 0, 1 + s * 4)).toISOString();
    const participants: Participant[] = Array.from({ length: 4 }, (_, n) => ({
      id: `${id}-p${n + 1}`,
      number: n + 1,
      name: `${pick(['Ayesha', 'Bilal', 'Sana', 'Hamza', 'Zainab', 'Usman'])} ${pick(['Khan', 'Baloch', 'Ahmed', 'Shah'])}`,
      otherNames: [pick(['عائشہ', 'بلال', 'ثنا', 'حمزہ', 'زینب', 'عثمان'])],
      gender: pick(['woman', 'man'] as const),
      role: 'participant',
      languages: ['ur', 'en'],
      notes: '',
      consent: { scope: 'publish-named' },
      mediaIds: [],
      createdAt,
      updatedAt: createdAt,
    }));
    const media = Array.from({ length: options.recordingsPerSession }, (_, m) => ({
      id: `${id}-m${m + 1}`,
      fingerprint: `fp-${id}-m${m + 1}`,
      fileName: `interview ${m + 1} of session ${s}.mp4`,
      sourcePath: `/footage/${id}/interview-${m + 1}.mp4`,
      importedAt: createdAt,
      probe: { formatName: 'mp4', durationMs, sizeBytes: 1_000_000, streamCount: 2 },
      status: 'ready' as const,
      assets: {},
    }));
    const session: Session = {
      schemaVersion: SESSION_SCHEMA_VERSION,
      id,
      title: `${pick(['Dialogue', 'Round-table', 'مکالمہ', 'Training'])} ${s} ${pick(['Lahore', 'Karachi', 'کوئٹہ', 'Multan'])}`,
      createdAt,
      updatedAt: createdAt,
      revision: 1,
      notes: '',
      media,
      metadata: {
        ...emptySessionMetadata(),
        city: pick(['Lahore', 'Karachi', 'Quetta', 'Peshawar']),
        topics: [pick(['Tolerance', 'تعلیم', 'Climate', 'خواتین کے حقوق'])],
        hashtags: [pick(['#BolKeLabAzadHain', '#PeaceTalks', '#آواز'])],
      },
      participants,
      history: [],
    };
    write(path.join(folder, 'session.json'), session);
    totals.sessions += 1;
    for (const item of media) {
      const urduCues: Cue[] = [];
      const englishCues: Cue[] = [];
      let n = 0;
      for (let startMs = 0; startMs + 3000 <= durationMs; startMs += 3000) {
        n += 1;
        const speakerId = participants[n % participants.length]?.id;
        const cue = (texts: string[], suffix: string): Cue => {
          const step = Math.floor(2800 / texts.length);
          const words: Word[] = texts.map((text, i) => ({
            text,
            startMs: startMs + i * step,
            endMs: startMs + (i + 1) * step - 40,
            probability: Math.round((0.55 + random() * 0.45) * 1000) / 1000,
          }));
          totals.words += words.length;
          return {
            id: `c${n}${suffix}`,
            startMs,
            endMs: startMs + 2800,
            text: texts.join(' '),
            words,
            ...(speakerId === undefined ? {} : { speakerId }),
          };
        };
        const count = 4 + Math.floor(random() * 4);
        urduCues.push(cue([...Array.from({ length: count }, urduWord).slice(0, -1), 'ہے۔'], ''));
        englishCues.push(cue(Array.from({ length: count }, englishWord), 'e'));
      }
      const tracks: Track[] = [
        { id: 'ur', language: 'ur', direction: 'rtl', kind: 'transcript', cues: urduCues },
        { id: 'en', language: 'en', direction: 'ltr', kind: 'translation', cues: englishCues },
      ];
      const transcript: Transcript = {
        schemaVersion: 1,
        mediaId: item.id,
        model: 'ggml-small.bin',
        createdAt,
        revision: 1,
        language: 'ur',
        tracks,
      };
      write(path.join(folder, 'transcripts', `${item.id}.json`), transcript);
      totals.recordings += 1;
      totals.cues += urduCues.length + englishCues.length;
    }
  }
  return totals;
}
