import type { Clipboard, Shell } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { workspaceFromArgs } from '../../../electron/main/args';
import { copyDiagnostics, openLogs, type HelpDeps } from '../../../electron/main/helpActions';
import { contentTypeFor } from '../../../electron/main/mediaTypes';
import { fakeEngine } from './fakes';

vi.mock('electron', () => ({}));

function deps(openPathResult = '') {
  const engine = fakeEngine();
  const writeText = vi.fn();
  const openPath = vi.fn(async () => openPathResult);
  const log = vi.fn();
  const help: HelpDeps = {
    engine,
    shell: { openPath } as unknown as Shell,
    clipboard: { writeText } as unknown as Clipboard,
    logDir: '/config/logs',
    versions: { app: '0.1.0', electron: '45.4.1' },
    log,
  };
  return { help, engine, writeText, openPath, log };
}

describe('help actions', () => {
  it('copies the doctor report with the versions', async () => {
    const { help, engine, writeText } = deps();
    vi.mocked(engine.api['doctor.report']).mockResolvedValue({ ok: true } as never);
    await copyDiagnostics(help);
    const copied = JSON.parse(String(writeText.mock.calls[0]?.[0])) as unknown;
    expect(copied).toEqual({
      versions: { app: '0.1.0', electron: '45.4.1' },
      logDir: '/config/logs',
      doctor: { ok: true },
    });
  });

  it('still copies something useful when the doctor fails', async () => {
    const { help, writeText } = deps();
    await copyDiagnostics(help);
    expect(String(writeText.mock.calls[0]?.[0])).toContain('doctor.report not faked');
  });

  it('opens the log folder, and logs when it cannot', async () => {
    const ok = deps();
    await openLogs(ok.help);
    expect(ok.openPath).toHaveBeenCalledWith('/config/logs');
    const failing = deps('Failed to open path');
    await openLogs(failing.help);
    expect(failing.log).toHaveBeenCalledWith(expect.stringContaining('Failed to open path'));
  });
});

describe('launch arguments', () => {
  it('reads --workspace in both forms, and nothing else', () => {
    expect(workspaceFromArgs(['guftagu.exe', '--workspace', 'D:\\Interviews'])).toBe('D:\\Interviews');
    expect(workspaceFromArgs(['guftagu', '--workspace=/data/interviews'])).toBe('/data/interviews');
    expect(workspaceFromArgs(['guftagu', '--workspace='])).toBeUndefined();
    expect(workspaceFromArgs(['guftagu', '--workspace'])).toBeUndefined();
    expect(workspaceFromArgs(['guftagu', 'session.guftagu'])).toBeUndefined();
  });
});

describe('media content types', () => {
  it('names common media types by extension, whatever the case', () => {
    expect(contentTypeFor('C:\\x\\PROXY.MP4')).toBe('video/mp4');
    expect(contentTypeFor('/x/audio.wav')).toBe('audio/wav');
    expect(contentTypeFor('/x/thumb.jpg')).toBe('image/jpeg');
    expect(contentTypeFor('/x/unknown.bin')).toBe('application/octet-stream');
  });
});
