import type { ApiImplementation } from '../../../shared/api/contract';
import { engineError } from '../../../shared/errorTexts';
import { builtInPresets, mergePresets } from '../../../shared/export/presets';
import { DEFAULT_STYLE_ID, builtInStyles, mergeStyles } from '../../../shared/export/styles';
import { type GuftaguError } from '../../../shared/errors';
import type { JobQueue } from '../jobs/queue';
import { checkExport } from '../export/checks';
import { prepareClip } from '../export/clipEditing';
import type { ExportDependencies } from '../export/exportJob';
import { ExportService } from '../export/exportService';
import { openFolder } from '../export/openFolder';
import { renderPreviewFrame } from '../export/previewFrame';
import { ExportLibrary, clipsDocument } from '../export/stores';
import type { EngineEvents } from '../types';

type ClipsApi = Pick<
  ApiImplementation,
  | 'clips.list'
  | 'clips.save'
  | 'clips.remove'
  | 'styles.save'
  | 'styles.remove'
  | 'presets.list'
  | 'presets.save'
  | 'presets.remove'
  | 'export.check'
  | 'export.previewFrame'
  | 'export.start'
  | 'export.queue'
  | 'export.retry'
  | 'export.openFolder'
>;

export interface ClipsApiDependencies extends Omit<ExportDependencies, 'library'> {
  workspacePath: string;
  events: Pick<EngineEvents, 'on'>;
  /** Re-enqueue exports left unfinished by the last run (the app and server: yes; one-shot CLI commands: no). */
  resume?: boolean;
  /** Registers work to do when the engine closes, after its queue has stopped. */
  onClose?: (task: () => Promise<void>) => void;
}

/** Clips, caption styles, presets and exports. Built once per engine. */
export function createClipsApi(queue: JobQueue, deps: ClipsApiDependencies): ClipsApi {
  const library = new ExportLibrary(deps.workspacePath, deps.sessions.notify);
  const exportDeps = { ...deps, library };
  const service = new ExportService({ ...exportDeps, queue });
  // Every binding marks exports interrupted by a killed Guftagu; only the app and the server resume.
  const resumed = service.recover(deps.resume ?? false).catch((error: unknown) => {
    deps.log?.(`export queue: could not recover: ${String(error)}`);
    return [];
  });
  deps.onClose?.(() =>
    service
      .release()
      .catch((error: unknown) => deps.log?.(`export queue: could not hand back: ${String(error)}`)),
  );
  const { sessions } = deps;

  return {
    'clips.list': async ({ sessionId }) => {
      await sessions.get(sessionId);
      const document = await clipsDocument(sessions, sessionId).read();
      return {
        clips: document.clips,
        styles: mergeStyles(await library.userStyles()),
        defaultStyleId: document.defaultStyleId ?? DEFAULT_STYLE_ID,
      };
    },
    'clips.save': async ({ sessionId, clip, snap }) => {
      const session = await sessions.get(sessionId);
      const media = session.media.find((item) => item.id === clip.mediaId);
      const transcript = media && snap ? await deps.transcripts.get(sessionId, media.id) : undefined;
      const { result: saved } = await clipsDocument(sessions, sessionId).change((document) => {
        const existing = clip.id ? document.clips.find((item) => item.id === clip.id) : undefined;
        const next = prepareClip(clip, media, transcript, existing, snap);
        document.clips = existing
          ? document.clips.map((item) => (item.id === next.id ? next : item))
          : [...document.clips, next];
        return next;
      });
      return saved;
    },
    'clips.remove': async ({ sessionId, clipId }) => {
      const { result: removed } = await clipsDocument(sessions, sessionId).change((document) => {
        const found = document.clips.some((clip) => clip.id === clipId);
        document.clips = document.clips.filter((clip) => clip.id !== clipId);
        return found;
      });
      return { removed };
    },
    'styles.save': async ({ style }) => {
      const saved = { ...style, builtIn: false };
      await library.styles.update((document) => {
        document.styles = [...document.styles.filter((item) => item.id !== style.id), saved];
      });
      return saved;
    },
    'styles.remove': async ({ styleId }) => {
      const { result: removed } = await library.styles.change((document) => {
        const found = document.styles.some((style) => style.id === styleId);
        document.styles = document.styles.filter((style) => style.id !== styleId);
        return found;
      });
      if (!removed && builtInStyles.some((style) => style.id === styleId))
        throw builtInError('caption style');
      return { removed };
    },
    'presets.list': async () => mergePresets(await library.userPresets()),
    'presets.save': async ({ preset }) => {
      const saved = { ...preset, builtIn: false };
      await library.presets.update((document) => {
        document.presets = [...document.presets.filter((item) => item.id !== preset.id), saved];
      });
      return saved;
    },
    'presets.remove': async ({ presetId }) => {
      const { result: removed } = await library.presets.change((document) => {
        const found = document.presets.some((preset) => preset.id === presetId);
        document.presets = document.presets.filter((preset) => preset.id !== presetId);
        return found;
      });
      const isBuiltIn = builtInPresets.some((preset) => preset.id === presetId);
      if (!removed && isBuiltIn) throw builtInError('preset');
      return { removed, restoredBuiltIn: removed && isBuiltIn };
    },
    'export.check': async (request) => ({
      warnings: await checkExport(exportDeps, request),
    }),
    'export.previewFrame': (request) => renderPreviewFrame(exportDeps, request),
    'export.start': (request) => service.start(request),
    'export.queue': async (filter) => {
      await resumed;
      return service.records(filter);
    },
    'export.retry': async ({ recordId }) => {
      await resumed;
      return service.retry(recordId);
    },
    'export.openFolder': async ({ path }) => {
      await openFolder(path, deps.workspacePath);
      return { opened: true };
    },
  };
}

function builtInError(what: string): GuftaguError {
  return engineError('builtin-not-removable', { what });
}
