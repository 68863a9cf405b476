import { existsSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../support/cli';
import { setUpExport, type ExportWorld } from '../engine/export/exportFixture';

let world: ExportWorld;

beforeAll(async () => {
  world = await setUpExport();
  await world.engine.close();
});

afterAll(() => {
  rmSync(world.root, { recursive: true, force: true });
});

const guftagu = (...args: string[]) => runCli(world.configDir, [...args, '--workspace', world.workspacePath]);

describe('guftagu export', () => {
  it('exports a clip end to end, with sidecars and a manifest', async () => {
    const output = path.join(world.root, 'out folder');
    const result = await guftagu(
      'export',
      world.sessionId,
      '--clips',
      'all',
      '--presets',
      'test-small',
      '--sidecar',
      'srt,vtt',
      '--output',
      output,
    );
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain(`Exported to ${output}`);
    const mp4 = path.join(output, 'Karachi-Dialogue_Ayesha_test-small_1.mp4');
    expect(existsSync(mp4)).toBe(true);
    expect(existsSync(mp4.replace(/\.mp4$/, '.vtt'))).toBe(true);
    const manifest = result.stdout.match(/Manifest: (.+)/)?.[1] ?? '';
    expect(readFileSync(manifest, 'utf8')).toContain(',succeeded,Karachi-Dialogue_Ayesha_test-small_1.mp4,');
  });

  it('--no-loudnorm and --no-burn-in reach the job', async () => {
    const result = await guftagu(
      'export',
      world.sessionId,
      '--presets',
      'test-small',
      '--no-loudnorm',
      '--no-burn-in',
    );
    expect(result.code, result.stderr).toBe(0);
    const queue = JSON.parse(readFileSync(path.join(world.workspacePath, 'export-queue.json'), 'utf8')) as {
      records: { options: { normaliseLoudness: boolean; burnIn: boolean }; captionFont?: string }[];
    };
    const last = queue.records.at(-1);
    expect(last?.options).toMatchObject({ normaliseLoudness: false, burnIn: false });
    expect(last?.captionFont).toBeUndefined();
  });

  it('fails with a message and a hint for an unknown preset', async () => {
    const result = await guftagu('export', world.sessionId, '--presets', 'nope');
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('There is no preset "nope".');
  });

  it('exits non-zero with the hint when a job fails', async () => {
    rmSync(world.sourcePath);
    const result = await guftagu('export', world.sessionId, '--presets', 'test-small');
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/Error: .* is not at .* any more\./);
    expect(result.stderr).toContain('Hint: Relink the media');
  });
});

describe('guftagu export --skip-refused', () => {
  let mixed: ExportWorld;
  let refusedClipId = '';

  beforeAll(async () => {
    mixed = await setUpExport();
    const { engine, sessionId, mediaId } = mixed;
    const { participant } = await engine.api['participants.add']({
      sessionId,
      participant: { name: 'Sana Baloch', gender: 'woman', consent: { scope: 'internal' } },
    });
    refusedClipId = (
      await engine.api['clips.save']({
        sessionId,
        clip: { mediaId, startMs: 0, endMs: 2_000, title: 'Sana، internal only', speakerId: participant.id },
      })
    ).id;
    await engine.close();
  });

  afterAll(() => {
    rmSync(mixed.root, { recursive: true, force: true });
  });

  const run = (...args: string[]) =>
    runCli(mixed.configDir, [
      'export',
      mixed.sessionId,
      '--presets',
      'test-small',
      ...args,
      '--workspace',
      mixed.workspacePath,
    ]);

  it('stops on a refused clip, or exports the allowed ones and lists the refused', async () => {
    const output = path.join(mixed.root, 'skip');
    const refused = await run('--output', output);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain(
      'Error: Sana Baloch gave consent for internal use only; this clip cannot be published.',
    );
    expect(existsSync(output)).toBe(false);

    const skipped = await run('--output', output, '--skip-refused');
    expect(skipped.code, skipped.stderr).toBe(0);
    expect(skipped.stderr).toContain(
      `Skipped: ${refusedClipId}: Sana Baloch gave consent for internal use only; this clip cannot be published.`,
    );
    const manifest = readFileSync(skipped.stdout.match(/Manifest: (.+)/)?.[1] ?? '', 'utf8');
    expect(manifest).toContain(`,${mixed.clip.id},test-small,`);
    expect(manifest).not.toContain(refusedClipId);
  });
});
