import { promises as fsp, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Transcript } from '../../../../shared/transcript/model';
import { waitForJobs } from '../../../support/waitForJobs';
import { assignSpeakers, cue, sampleTranscript, setUpExport, type ExportWorld } from './exportFixture';
import { formatTags, softSubtitles } from './probeTags';

/** Ayesha Khan's name in every spelling the captions, titles and tags below use. */
const NAME = /Ayesha|Khan|عائشہ|خان/;

/** The sample transcript, with the speaker's name said in the first cue of both tracks. */
function namingTranscript(mediaId: string): Transcript {
  const transcript = sampleTranscript(mediaId);
  const [urdu, english] = transcript.tracks;
  if (!urdu || !english) throw new Error('sample transcript changed');
  urdu.cues[0] = cue('u1', 200, 1_900, 'میں عائشہ خان ہوں');
  english.cues[0] = cue('e1', 200, 1_900, 'I am Ayesha Khan');
  return transcript;
}

let world: ExportWorld;
let assFiles: string[] = [];

beforeAll(async () => {
  world = await setUpExport({
    sessionTitle: 'Dialogue with Ayesha Khan',
    clipTitle: 'Ayesha Khan on water',
    speaker: { name: 'Ayesha Khan', otherNames: ['عائشہ خان'], scope: 'publish-anonymous' },
    transcript: namingTranscript,
  });
  // The burned captions only live in the job's temp folder: keep what the job writes as captions.ass.
  const writeFile = fsp.writeFile.bind(fsp);
  vi.spyOn(fsp, 'writeFile').mockImplementation(async (file, data, options) => {
    if (String(file).endsWith('captions.ass')) assFiles.push(String(data));
    return writeFile(file, data, options);
  });
});
afterAll(async () => {
  vi.restoreAllMocks();
  await world.dispose();
});

describe('publishing anonymously', () => {
  it('removes the name from the file name, tags, sidecars, manifest and burned captions', async () => {
    const { engine, sessionId, clip, participant } = world;
    assFiles = [];
    const started = await engine.api['export.start']({
      sessionId,
      clipIds: [clip.id],
      presetIds: ['test-small'],
      options: { sidecars: ['srt', 'vtt'], softSubtitles: true, normaliseLoudness: false },
    });
    const [job] = await waitForJobs(engine, started.jobIds);
    expect(job?.state, JSON.stringify(job?.error)).toBe('succeeded');
    const [record] = await engine.api['export.queue']({ batchId: started.batchId });
    const stem = 'Dialogue-with-Participant-1_Participant-1_test-small_1';
    expect(path.basename(record?.outputPath ?? '')).toBe(`${stem}.mp4`);
    expect(record?.speakerName).toBe('Participant 1');

    const folder = started.outputFolder;
    const files = readdirSync(folder);
    expect(files.sort()).toEqual(
      ['.en.srt', '.en.vtt', '.json', '.mp4', '.srt', '.vtt']
        .map((suffix) => `${stem}${suffix}`)
        .concat('manifest.csv'),
    );
    const tags = formatTags(path.join(folder, `${stem}.mp4`));
    expect(tags['artist']).toBe('Participant 1');
    expect(tags['title']).toBe('Participant 1 on water');
    expect(tags['comment']).toContain('Session: Dialogue with Participant 1; Speaker: Participant 1');
    expect(JSON.stringify(tags)).not.toMatch(NAME);

    const read = (name: string) => readFileSync(path.join(folder, name), 'utf8');
    const json = JSON.parse(read(`${stem}.json`)) as { speaker?: { name?: string; anonymous?: boolean } };
    expect(json.speaker).toMatchObject({ name: 'Participant 1', anonymous: true });
    expect(read(`${stem}.srt`)).toContain('میں Participant 1 ہوں');
    expect(read(`${stem}.en.vtt`)).toContain('I am Participant 1');
    expect(read('manifest.csv')).toContain(',Participant 1,');
    for (const name of files) expect(read(name), name).not.toMatch(NAME);
    expect(softSubtitles(path.join(folder, `${stem}.mp4`))).toContain('Participant 1');
    expect(softSubtitles(path.join(folder, `${stem}.mp4`))).not.toMatch(NAME);

    expect(assFiles).toHaveLength(1);
    expect(assFiles[0]).toContain('Title: Participant 1 on water');
    expect(assFiles[0]).toContain('Participant 1');
    expect(assFiles[0]).not.toMatch(NAME);

    const { session } = await engine.api['sessions.get']({ sessionId });
    expect(session.history.find((event) => event.kind === 'clip-exported')).toMatchObject({
      participantId: participant.id,
      platform: 'test-small',
      fileName: `${stem}.mp4`,
      fromScope: 'publish-anonymous',
    });
  });
});

describe('an anonymous participant who is not the clip’s speaker', () => {
  it('is redacted from the burned captions, title, tags and file name of a named speaker’s clip', async () => {
    const { engine, sessionId, mediaId, participant } = world;
    const { participant: omar } = await engine.api['participants.add']({
      sessionId,
      participant: { name: 'Omar Farooq', gender: 'man', consent: { scope: 'publish-named' } },
    });
    // Ayesha Khan (anonymous) says the first cue of Omar's clip; he says the second.
    await assignSpeakers(engine, sessionId, mediaId, {
      u1: participant.id,
      e1: participant.id,
      u2: omar.id,
      e2: omar.id,
    });
    const clip = await engine.api['clips.save']({
      sessionId,
      clip: { mediaId, startMs: 0, endMs: 3_000, title: 'Omar Farooq and Ayesha Khan', speakerId: omar.id },
    });
    assFiles = [];
    const started = await engine.api['export.start']({
      sessionId,
      clipIds: [clip.id],
      presetIds: ['test-small'],
      options: { sidecars: ['srt'], normaliseLoudness: false },
    });
    const [job] = await waitForJobs(engine, started.jobIds);
    expect(job?.state, JSON.stringify(job?.error)).toBe('succeeded');
    const [record] = await engine.api['export.queue']({ batchId: started.batchId });
    const stem = 'Dialogue-with-Participant-1_Omar-Farooq_test-small_1';
    expect(path.basename(record?.outputPath ?? '')).toBe(`${stem}.mp4`);
    expect(record).toMatchObject({
      participantId: omar.id,
      speakerName: 'Omar Farooq',
      coSpeakers: [{ participantId: participant.id, consentScope: 'publish-anonymous' }],
    });

    expect(assFiles).toHaveLength(1);
    expect(assFiles[0]).toContain('Title: Omar Farooq and Participant 1');
    expect(assFiles[0]).toContain('Participant 1');
    expect(assFiles[0]).not.toMatch(NAME);
    const tags = formatTags(record?.outputPath ?? '');
    expect(tags['artist']).toBe('Omar Farooq');
    expect(tags['title']).toBe('Omar Farooq and Participant 1');
    expect(JSON.stringify(tags)).not.toMatch(NAME);
    const folder = started.outputFolder;
    for (const name of readdirSync(folder))
      expect(readFileSync(path.join(folder, name), 'utf8'), name).not.toMatch(NAME);
    expect(readFileSync(path.join(folder, `${stem}.srt`), 'utf8')).toContain('میں Participant 1 ہوں');

    const { session } = await engine.api['sessions.get']({ sessionId });
    const exported = session.history.filter((event) => event.kind === 'clip-exported');
    expect(exported.find((event) => event.clipId === clip.id)).toMatchObject({
      participantId: omar.id,
      fromScope: 'publish-named',
    });
  });
});
