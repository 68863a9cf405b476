import { describe, expect, it } from 'vitest';
import { UTF8_BOM } from '../../../shared/format/csv';
import { audioFilter, parseLoudnormJson } from '../../../shared/export/loudness';
import { buildManifest } from '../../../shared/export/manifest';
import { outputMetadata } from '../../../shared/export/outputMetadata';
import { emptySessionMetadata } from '../../../shared/model/programme';
import { buildEncodeArgs, mp4Language } from '../../../shared/export/encodeArgs';
import { builtInPresets } from '../../../shared/export/presets';
import { clipSchema, exportJobRecordSchema } from '../../../shared/model/clips';

describe('CSV', () => {
  it('writes one manifest row per record', () => {
    const clip = clipSchema.parse({
      id: 'c1',
      mediaId: 'm',
      startMs: 0,
      endMs: 5_000,
      title: 'پانی، بجلی',
      speakerId: 'p-raw-id',
      tags: ['a', 'b'],
      createdAt: 'now',
    });
    const record = exportJobRecordSchema.parse({
      id: 'x1',
      batchId: 'b1',
      sessionId: 's',
      clipId: 'c1',
      presetId: 'reels',
      options: {},
      outputFolder: '/o',
      fileStem: 'f',
      n: 1,
      state: 'succeeded',
      createdAt: 'now',
      updatedAt: 'now',
      outputPath: '/o/f.mp4',
      sizeBytes: 10,
      participantId: 'p-raw-id',
      speakerName: 'Ali, Sara',
      consentScope: 'internal',
      overrideId: 'h-1',
      overrideReason: 'Signed, form on its way',
    });
    const session = {
      id: 's',
      title: '=HYPERLINK("http://x","Dialogue")',
      createdAt: '2026-01-01T09:00:00.000Z',
      notes: '',
      metadata: {
        ...emptySessionMetadata(),
        type: 'dialogue' as const,
        date: '2026-03-08',
        city: 'Lahore',
        campaign: '#PeaceTalks',
        hashtags: ['#Pakistan'],
        partners: ['Radio, Lahore'],
        languages: ['ur', 'en'],
      },
    };
    const metadata = outputMetadata(session, clip, record.speakerName);
    const lines = buildManifest([{ record, clip, metadata }]).split('\r\n');
    expect(lines[0]?.startsWith(`${UTF8_BOM}batch_id,state,file`)).toBe(true);
    expect(lines[0]).toContain(',error,consent_scope,override_id,override_reason,session_title,speaker,');
    expect(lines[1]).toContain('b1,succeeded,f.mp4,c1,reels,0.000,5.000,5.000,,,10,');
    expect(lines[1]).toContain(',internal,h-1,"Signed, form on its way",');
    // The metadata columns: a formula in the title is text; the speaker as published (never the raw id).
    expect(lines[1]).toContain(
      `,"'=HYPERLINK(""http://x"",""Dialogue"")","Ali, Sara",dialogue,2026-03-08,,Lahore,,"Radio, Lahore",#PeaceTalks,#Pakistan,پانی، بجلی,a; b,,ur; en`,
    );
    expect(lines[1]).not.toContain('p-raw-id');

    // A clip overridden for several participants who speak in it lists each override.
    const several = exportJobRecordSchema.parse({
      ...record,
      consentScope: 'publish-named',
      overrides: [
        { participantId: 'p1', overrideId: 'h-1', reason: 'Signed, form on its way' },
        { participantId: 'p2', overrideId: 'h-2', reason: 'Agreed by phone' },
      ],
    });
    const row = buildManifest([{ record: several, clip }]).split('\r\n')[1];
    expect(row).toContain(',publish-named,h-1; h-2,"Signed, form on its way; Agreed by phone",');
  });
});

describe('loudness', () => {
  it('normalises to -14 LUFS by default and two-pass when measured', () => {
    expect(audioFilter(true)).toBe(
      'loudnorm=I=-14:TP=-1.5:LRA=11,aresample=48000,aformat=channel_layouts=stereo',
    );
    expect(audioFilter(false)).toBe('aresample=48000,aformat=channel_layouts=stereo');
    const measured = parseLoudnormJson(
      'noise\n{\n"input_i" : "-19.57",\n"input_tp" : "-12.04",\n"input_lra" : "2.20",\n"input_thresh" : "-29.62",\n"target_offset" : "-0.54"\n}\n',
    );
    expect(measured).toEqual({
      inputI: -19.57,
      inputTp: -12.04,
      inputLra: 2.2,
      inputThresh: -29.62,
      targetOffset: -0.54,
    });
    expect(audioFilter(true, measured)).toContain('measured_I=-19.57:');
    expect(
      parseLoudnormJson(
        '{"input_i":"-inf","input_tp":"-inf","input_lra":"0","input_thresh":"-70","target_offset":"0"}',
      ),
    ).toBeUndefined();
  });
});

describe('buildEncodeArgs', () => {
  const x = builtInPresets.find((preset) => preset.id === 'x');
  it('cuts accurately, caps the bitrate, tags the file and starts fast', () => {
    if (!x) throw new Error('no x preset');
    const args = buildEncodeArgs({
      sourcePath: 'file:/in put.mp4',
      startMs: 61_500,
      durationMs: 30_000,
      hasVideo: true,
      hasAudio: true,
      output: { widthPx: 1280, heightPx: 720 },
      videoFilter: '[0:v]setsar=1[v]',
      audioFilter: 'aresample=48000',
      preset: x,
      softSubtitles: { path: 'soft.srt', language: 'ur' },
      metadata: { title: 'T' },
      audioLanguage: 'ur',
      outputPath: 'output.mp4',
    });
    expect(args.slice(0, 6)).toEqual(['-ss', '61.500', '-t', '30.000', '-i', 'file:/in put.mp4']);
    const joined = args.join(' ');
    expect(joined).toContain('-maxrate 5000k -bufsize 10000k');
    expect(joined).toContain('-c:s mov_text -metadata:s:s:0 language=urd');
    expect(joined).toContain('-metadata:s:a:0 language=urd');
    expect(joined).toContain('-movflags +faststart');
    expect(joined).toContain('-map_metadata -1');
    expect(args.at(-1)).toBe('output.mp4');
    expect(mp4Language('en-GB')).toBe('eng');
  });
});
