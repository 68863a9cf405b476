import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtInPresets } from '../../../shared/export/presets';
import { programmeReportSchema } from '../../../shared/programme/schemas';
import { resolveFfmpegTools } from '../../../electron/engine/media/binaries';
import { runCli } from '../../support/cli';
import { whitePixelsAt } from '../../support/framePixels';

// The whole job from the command line only, as a headless batch would run it: no app, no engine in the test.
const repoRoot = path.resolve(__dirname, '../../..');
const sampleVideo = path.join(repoRoot, 'resources/sample/interview.mp4');
/** Five cues from 0.4 s to 18.6 s (Urdu mixed with English, then a two-line English cue); none after 18.6 s. */
const urduSrt = `1
00:00:00,400 --> 00:00:03,200
میرا نام عائشہ ہے، میں کراچی سے آئی ہوں۔

2
00:00:03,400 --> 00:00:07,100
اس مکالمے نے مجھے دوسروں کی بات سننا سکھایا۔

3
00:00:07,300 --> 00:00:10,900
ہم نے social media پر 3 campaigns شروع کیں۔

4
00:00:11,200 --> 00:00:14,000
کیا آپ اگلے سیشن میں آئیں گی؟

5
00:00:14,300 --> 00:00:18,600
Dialogue is the first step
towards tolerance on campus.
`;
const englishSrt = `1
00:00:00,400 --> 00:00:07,100
My name is Ayesha, I came from Karachi.

2
00:00:07,300 --> 00:00:10,900
We started 3 campaigns on social media.
`;

let root: string;
let workspace: string;
let configDir: string;

beforeAll(() => {
  root = mkdtempSync(path.join(os.tmpdir(), 'guftagu-cli-pipeline-'));
  workspace = path.join(root, 'workspace');
  configDir = path.join(root, 'config');
  writeFileSync(path.join(root, 'interview.ur.srt'), urduSrt);
  writeFileSync(path.join(root, 'interview.en.srt'), englishSrt);
});

afterAll(() => {
  rmSync(root, { recursive: true, force: true });
});

const guftagu = async (...args: string[]) => {
  const result = await runCli(configDir, [...args, '--workspace', workspace]);
  expect(result.code, `guftagu ${args.join(' ')}\n${result.stderr}`).toBe(0);
  return result;
};

interface Probed {
  streams: { codec_type?: string; width?: number; height?: number }[];
  format: { duration?: string; tags?: Record<string, string> };
}

function probe(file: string): Probed {
  const { ffprobe } = resolveFfmpegTools({ ffmpegSource: 'bundled' });
  const result = spawnSync(
    ffprobe.path,
    ['-v', 'error', '-print_format', 'json', '-show_streams', '-show_format', file],
    { encoding: 'utf8' },
  );
  if (result.status !== 0) throw new Error(`ffprobe failed on ${file}: ${result.stderr}`);
  return JSON.parse(result.stdout) as Probed;
}

const frameOf = (presetId: string) => {
  const preset = builtInPresets.find((item) => item.id === presetId);
  if (!preset) throw new Error(`no preset ${presetId}`);
  return { width: preset.widthPx, height: preset.heightPx };
};

const videoSize = (probed: Probed) => {
  const video = probed.streams.find((stream) => stream.codec_type === 'video');
  return { width: video?.width, height: video?.height };
};

// Each step is a real CLI process with real ffmpeg: minutes on a loaded 2-core machine.
const PIPELINE_TIMEOUT_MS = 400_000;

describe('the whole pipeline from the command line', () => {
  it(
    'session → edit → import → subtitles attach → clip add → export → report',
    async () => {
      await guftagu('session', 'create', 'Karachi University dialogue');
      await guftagu(
        'session',
        'edit',
        'karachi university dialogue',
        '--type',
        'university-dialogue',
        '--date',
        '2026-11-02',
        '--city',
        'Karachi',
        '--campaign',
        '#PeaceTalks',
      );
      await guftagu(
        'participant',
        'add',
        'karachi university dialogue',
        '--name',
        'Ayesha Khan',
        '--gender',
        'woman',
        '--consent',
        'publish-named',
        '--consent-date',
        '2026-11-02',
      );
      await guftagu('import', sampleVideo, '--session', 'karachi university dialogue');

      const media = JSON.parse(
        (await guftagu('media', 'list', 'karachi university dialogue', '--json')).stdout,
      ) as { id: string; fileName: string; durationMs: number; tracks: unknown[] }[];
      expect(media).toHaveLength(1);
      expect(media[0]).toMatchObject({ fileName: 'interview.mp4', tracks: [] });
      // 20 s of picture; ffprobe versions differ by the audio's priming samples (20,000 or 20,022 ms).
      expect(media[0]?.durationMs).toBeGreaterThanOrEqual(20_000);
      expect(media[0]?.durationMs).toBeLessThan(20_100);

      // No --language: the Urdu script tells it; the recording is named by its file name without extension.
      const attached = await guftagu(
        'subtitles',
        'attach',
        'karachi university dialogue',
        'interview',
        path.join(root, 'interview.ur.srt'),
      );
      expect(attached.stdout).toContain('as track import-ur-1 (ur transcript, 5 cues)');
      const listed = await guftagu('media', 'list', 'karachi university dialogue');
      expect(listed.stdout).toMatch(/interview\.mp4\s+0:20\s+ready\s+import-ur-1 \(ur transcript, 5 cues\)/);

      const added = JSON.parse(
        (
          await guftagu(
            'clip',
            'add',
            'karachi university dialogue',
            '--media',
            'interview.mp4',
            '--from',
            '0:01.5',
            '--to',
            '00:00:12.500',
            '--title',
            'Campaigns on campus',
            '--speaker',
            'ayesha',
            '--tags',
            'youth,media',
            '--hashtags',
            'PeaceTalks Karachi',
            '--json',
          )
        ).stdout,
      ) as { id: string; startMs: number; endMs: number; hashtags: string[] };
      expect(added).toMatchObject({ startMs: 1_500, endMs: 12_500, hashtags: ['#PeaceTalks', '#Karachi'] });
      const clips = JSON.parse(
        (await guftagu('clip', 'list', 'karachi university dialogue', '--json')).stdout,
      ) as {
        id: string;
      }[];
      expect(clips.map((clip) => clip.id)).toEqual([added.id]);

      const output = path.join(root, 'exports');
      const exported = await guftagu(
        'export',
        'karachi university dialogue',
        '--presets',
        'reels,x',
        '--sidecar',
        'srt',
        '--output',
        output,
      );
      expect(exported.stdout).toContain(`Exported to ${output}`);
      const videos = readdirSync(output).filter((name) => name.endsWith('.mp4'));
      expect(videos).toHaveLength(2);
      for (const presetId of ['reels', 'x']) {
        const file = path.join(output, videos.find((name) => name.includes(`_${presetId}_`)) ?? '');
        const probed = probe(file);
        expect(videoSize(probed)).toEqual(frameOf(presetId));
        expect(Number(probed.format.duration)).toBeCloseTo(11, 0);
        expect(probed.format.tags).toMatchObject({ title: 'Campaigns on campus', artist: 'Ayesha Khan' });
        expect(probed.format.tags?.['comment']).toContain('#PeaceTalks');
        // 1 s into the clip is 2.5 s into the recording: cue 1 is on screen.
        expect(whitePixelsAt(file, 1)).toBeGreaterThan(50);
        expect(readFileSync(file.replace(/\.mp4$/, '.srt'), 'utf8')).toContain('social media');
      }

      const report = programmeReportSchema.parse(
        JSON.parse((await guftagu('report', '--format', 'json')).stdout),
      );
      expect(report.participants).toMatchObject({ total: 1, women: 1 });
      expect(report.interviews.total).toBe(1);
      expect(report.clips.total).toBe(2);
      expect(report.clips.byPlatform.map((line) => line.platform).sort()).toEqual(['reels', 'x']);

      await guftagu('clip', 'remove', 'karachi university dialogue', 'campaigns on campus');
      expect((await guftagu('clip', 'list', 'karachi university dialogue')).stdout).toContain('No clips');
    },
    PIPELINE_TIMEOUT_MS,
  );

  it('names a bad time, a reversed clip and an unknown recording with a hint', async () => {
    const bad = await runCli(configDir, [
      'clip',
      'add',
      'karachi university dialogue',
      '--media',
      'interview',
      '--from',
      '1:75',
      '--to',
      '2:00',
      '--workspace',
      workspace,
    ]);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('--from "1:75" is not a time.');
    expect(bad.stderr).toContain('Hint: Write seconds');
    const reversed = await runCli(configDir, [
      'clip',
      'add',
      'karachi university dialogue',
      '--media',
      'interview',
      '--from',
      '10',
      '--to',
      '5',
      '--workspace',
      workspace,
    ]);
    expect(reversed.stderr).toContain('The clip ends (0:05) before it starts (0:10).');
    const unknown = await runCli(configDir, [
      'subtitles',
      'attach',
      'karachi university dialogue',
      'nope.mp4',
      path.join(root, 'interview.en.srt'),
      '--workspace',
      workspace,
    ]);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('There is no recording "nope.mp4" in this session.');
  });
});

describe('guftagu burn', () => {
  it(
    'burns Urdu and English captions into Reels and X copies with no workspace',
    async () => {
      const output = path.join(root, 'burned');
      const result = await runCli(configDir, [
        'burn',
        sampleVideo,
        path.join(root, 'interview.ur.srt'),
        path.join(root, 'interview.en.srt'),
        '--preset',
        'reels,x',
        '--output',
        output,
      ]);
      expect(result.code, result.stderr).toBe(0);
      for (const presetId of ['reels', 'x']) {
        const file = path.join(output, `interview_${presetId}.mp4`);
        expect(existsSync(file)).toBe(true);
        const probed = probe(file);
        expect(videoSize(probed)).toEqual(frameOf(presetId));
        expect(Number(probed.format.duration)).toBeCloseTo(20, 0);
        expect(whitePixelsAt(file, 2)).toBeGreaterThan(50);
        expect(whitePixelsAt(file, 19.3)).toBeLessThan(5);
      }
      const leftovers = readdirSync(os.tmpdir()).filter((name) => name.startsWith('guftagu-burn-'));
      expect(leftovers).toEqual([]);
    },
    PIPELINE_TIMEOUT_MS,
  );

  it('a missing video fails with a hint and writes nothing', async () => {
    const missing = await runCli(configDir, [
      'burn',
      path.join(root, 'nope.mp4'),
      path.join(root, 'interview.ur.srt'),
      '--preset',
      'reels',
      '--output',
      path.join(root, 'nothing'),
    ]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/Hint: /);
    expect(existsSync(path.join(root, 'nothing'))).toBe(false);
  });
});
