// npm run demo [-- --workspace <dir>] [-- --output <dir>]: the main job, headless, on the sample interview
// in resources/sample: import → transcribe (with an installed whisper model, else the sample's own
// transcript) → segment → define a clip → export it for Reels, X and the master copy with burned
// Urdu + English captions, SRT sidecars and a CSV manifest. Prints where the files are.
import { mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { resourceFolder } from '../electron/engine/appResources';
import { createEngine } from '../electron/engine/engine';
import { manifestName } from '../electron/engine/export/batchPlan';
import type { Engine } from '../electron/engine/types';
import { formatBytes } from '../shared/format/duration';
import { finishedJobStates, type JobSnapshot } from '../shared/model/jobs';
import { transcriptSchema, type Transcript } from '../shared/transcript/model';
import { segmentWords } from '../shared/transcript/segment';

const sampleFolder = resourceFolder('sample');
const argument = (name: string) => {
  const index = process.argv.indexOf(name);
  return index >= 0 ? process.argv[index + 1] : undefined;
};

function waitForJobs(engine: Engine, jobIds: readonly string[], show: boolean): Promise<JobSnapshot[]> {
  return new Promise((resolve) => {
    const done = new Map<string, JobSnapshot>();
    const lastStep = new Map<string, string>();
    const unsubscribe = engine.events.on('jobs.event', (job) => {
      if (!jobIds.includes(job.id)) return;
      const line = `${job.label}: ${job.state === 'running' ? `${job.step ?? 'working'} ${Math.floor(job.progress * 4) * 25}%` : job.state}`;
      if (show && lastStep.get(job.id) !== line) console.log(`  ${line}`);
      lastStep.set(job.id, line);
      if (finishedJobStates.includes(job.state)) done.set(job.id, job);
      if (jobIds.every((id) => done.has(id))) {
        unsubscribe();
        resolve(jobIds.map((id) => done.get(id) as JobSnapshot));
      }
    });
  });
}

function hasText(transcript: Transcript | null): transcript is Transcript {
  return !!transcript?.tracks.some((track) => track.cues.some((cue) => cue.text.trim() !== ''));
}

async function transcribe(engine: Engine, sessionId: string, mediaId: string): Promise<Transcript> {
  const { installed } = await engine.api['models.list']({});
  const doctor = await engine.api['doctor.report']({});
  const model = installed.find((item) => /small|medium|large/.test(item.fileName)) ?? installed[0];
  if (model && doctor.whisper.ok) {
    console.log(`Transcribing with ${model.fileName} (Urdu, with an English translation)…`);
    const { jobId } = await engine.api['transcripts.start']({
      sessionId,
      mediaId,
      model: model.fileName,
      language: 'ur',
      translate: true,
    });
    const [job] = await waitForJobs(engine, [jobId], true);
    const { transcript } = await engine.api['transcripts.get']({ sessionId, mediaId });
    if (job?.state === 'succeeded' && hasText(transcript)) return transcript;
    console.log(`${model.fileName} gave no usable text; using the sample's own transcript.`);
  } else {
    console.log("No whisper model is installed; using the sample's own transcript.");
  }
  const shipped = transcriptSchema.parse(
    JSON.parse(readFileSync(path.join(sampleFolder, 'interview.transcript.json'), 'utf8')),
  );
  // Segment the Urdu words again with the subtitle rules, as a fresh transcription would be.
  const [urdu, ...others] = shipped.tracks;
  const words = urdu ? urdu.cues.flatMap((cue) => cue.words) : [];
  const cues = segmentWords(words, {}, { makeId: (index) => `ur-${index + 1}` }).map((cue) => ({
    ...cue,
    speakerId: urdu?.cues.find((original) => original.startMs <= cue.startMs && cue.startMs < original.endMs)
      ?.speakerId,
  }));
  const tracks = urdu ? [{ ...urdu, cues }, ...others] : shipped.tracks;
  console.log(`Segmented ${words.length} Urdu words into ${cues.length} cues.`);
  const { transcript } = await engine.api['transcripts.save']({
    sessionId,
    transcript: { ...shipped, mediaId, tracks },
    baseRevision: 0,
  });
  return transcript;
}

async function main(): Promise<void> {
  const started = performance.now();
  const workspacePath = path.resolve(
    argument('--workspace') ?? mkdtempSync(path.join(os.tmpdir(), 'guftagu-demo-')),
  );
  const outputFolder = path.resolve(argument('--output') ?? path.join(workspacePath, 'demo-exports'));
  console.log(`Workspace: ${workspacePath}`);
  const engine = await createEngine({ workspacePath, binding: 'cli' });
  try {
    const session = await engine.api['sessions.create']({ title: 'Karachi Youth Dialogue' });
    console.log(`Session "${session.title}" (${session.id})`);
    const { jobIds } = await engine.api['media.import']({
      sessionId: session.id,
      paths: [path.join(sampleFolder, 'interview.mp4')],
    });
    const [imported] = await waitForJobs(engine, jobIds, true);
    if (imported?.state !== 'succeeded') throw new Error(imported?.error?.message ?? 'The import failed.');
    const media = (await engine.api['sessions.get']({ sessionId: session.id })).session.media[0];
    if (!media) throw new Error('The sample was not imported.');
    const transcript = await transcribe(engine, session.id, media.id);

    const clip = await engine.api['clips.save']({
      sessionId: session.id,
      snap: true,
      clip: {
        mediaId: media.id,
        startMs: 400,
        endMs: 14_500,
        title: 'پانی کی کمی: نوجوانوں کی آواز',
        speakerId: 'Ayesha',
        tags: ['water', 'youth'],
        topic: 'Water shortage',
        hashtags: ['#Karachi', '#YouthDialogue'],
      },
    });
    console.log(
      `Clip "${clip.title}": ${(clip.startMs / 1000).toFixed(2)}–${(clip.endMs / 1000).toFixed(2)} s (snapped to speech), ${transcript.tracks.map((track) => track.language).join(' + ')} captions`,
    );
    const presetIds = ['reels', 'x', 'master'];
    const { warnings } = await engine.api['export.check']({
      sessionId: session.id,
      clipIds: [clip.id],
      presetIds,
    });
    for (const warning of warnings) console.log(`  ${warning.severity}: ${warning.message}`);

    const exportStarted = performance.now();
    const batch = await engine.api['export.start']({
      sessionId: session.id,
      clipIds: [clip.id],
      presetIds,
      styleId: 'urdu-english',
      options: { burnIn: true, sidecars: ['srt'], normaliseLoudness: true },
      outputFolder,
    });
    const jobs = await waitForJobs(engine, batch.jobIds, true);
    const exportSeconds = (performance.now() - exportStarted) / 1000;
    const records = await engine.api['export.queue']({ batchId: batch.batchId });
    console.log(`\nOutputs in ${batch.outputFolder}:`);
    for (const record of [...records].reverse()) {
      const where = record.outputPath ? path.basename(record.outputPath) : record.error?.message;
      console.log(
        `  ${record.presetId.padEnd(7)} ${record.state.padEnd(9)} ${where ?? ''} ${record.sizeBytes ? `(${formatBytes(record.sizeBytes)}, ${record.widthPx}×${record.heightPx}, ${record.captionFont ?? 'no captions'})` : ''}`,
      );
    }
    console.log(
      `  manifest: ${path.join(batch.outputFolder, manifestName(batch.outputFolder, batch.batchId))}`,
    );
    console.log(
      `\nExport took ${exportSeconds.toFixed(1)} s; everything ${((performance.now() - started) / 1000).toFixed(1)} s.`,
    );
    if (jobs.some((job) => job.state !== 'succeeded')) process.exitCode = 1;
  } finally {
    await engine.close();
  }
}

main().catch((error: unknown) => {
  console.error(`Error: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
