import { useCallback, useEffect, useMemo, useState } from 'react';
import type { GuftaguApi } from '../../../shared/api/contract';
import type { ExportOverride } from '../../../shared/api/methods/clips';
import { planExport, type ExportPlan } from '../../../shared/export/planExport';
import type { Preset } from '../../../shared/export/presets';
import {
  DEFAULT_FILE_NAME_TEMPLATE,
  type Clip,
  type ExportOptions,
  type ExportWarning,
} from '../../../shared/model/clips';
import type { Session } from '../../../shared/model/session';
import type { Transcript } from '../../../shared/transcript/model';
import { useClient } from '../api/ClientContext';
import { canStart, canStartSkipping, overrideKey, type ConsentWarning } from './exportPlan';

type StartRequest = Parameters<GuftaguApi['export.start']>[0];

export const defaultExportOptions = (): ExportOptions => ({
  burnIn: true,
  softSubtitles: false,
  sidecars: [],
  normaliseLoudness: true,
  fileNameTemplate: DEFAULT_FILE_NAME_TEMPLATE,
});

export interface BatchExport {
  clipIds: ReadonlySet<string>;
  presetIds: ReadonlySet<string>;
  options: ExportOptions;
  toggleClip(clipId: string): void;
  togglePreset(presetId: string): void;
  setOptions(patch: Partial<ExportOptions>): void;
  /** Undefined until checked; cleared when the choice changes. */
  warnings: readonly ConsentWarning[] | undefined;
  checking: boolean;
  check(): Promise<void>;
  /** The overrides recorded in this dialog, by overrideKey (clip and participant). */
  overrides: ReadonlyMap<string, ExportOverride>;
  override(clipId: string, participantId: string, reason: string): Promise<void>;
  /**
   * The export plan made here, live, by the function the engine runs (planExport): it gates Start as the
   * choices, the session's consent and the transcripts change. Undefined while transcripts load.
   */
  plan: ExportPlan | undefined;
  /** Export the allowed clips and leave the refused ones out (listed after the start). */
  skipRefused: boolean;
  setSkipRefused(skip: boolean): void;
  ready: boolean;
  starting: boolean;
  start(): Promise<{
    jobIds: string[];
    outputFolder: string;
    skipped: { clipId: string; warnings: ExportWarning[] }[];
  }>;
}

/** The transcripts of the chosen clips' recordings, loaded for the live plan; undefined while loading. */
function useChosenTranscripts(
  sessionId: string,
  mediaIds: readonly string[],
): ReadonlyMap<string, Transcript> | undefined {
  const { api } = useClient();
  const key = [...new Set(mediaIds)].sort().join('\n');
  const [loaded, setLoaded] = useState<{ key: string; map: Map<string, Transcript> } | undefined>();
  useEffect(() => {
    let live = true;
    const ids = key === '' ? [] : key.split('\n');
    void Promise.all(ids.map((mediaId) => api['transcripts.get']({ sessionId, mediaId })))
      .then((results) => {
        const map = new Map<string, Transcript>();
        results.forEach(({ transcript }, index) => {
          const mediaId = ids[index];
          if (transcript && mediaId) map.set(mediaId, transcript);
        });
        if (live) setLoaded({ key, map });
      })
      .catch(() => {
        // Unknown speakers: the plan stays undefined, so Start stays off; export.check says why.
      });
    return () => {
      live = false;
    };
  }, [api, key, sessionId]);
  return loaded?.key === key ? loaded.map : undefined;
}

/** The batch export dialog's behaviour: choices, live plan, export.check, consent overrides, export.start. */
export function useBatchExport(
  session: Session,
  clips: readonly Clip[],
  presets: readonly Preset[],
  styleId: string,
  initial: { clipIds: readonly string[]; presetIds: readonly string[] },
): BatchExport {
  const { api } = useClient();
  const sessionId = session.id;
  const [skipRefused, setSkipRefused] = useState(false);
  const [clipIds, setClipIds] = useState<ReadonlySet<string>>(new Set(initial.clipIds));
  const [presetIds, setPresetIds] = useState<ReadonlySet<string>>(new Set(initial.presetIds));
  const [options, setOptionsState] = useState<ExportOptions>(defaultExportOptions);
  const [warnings, setWarnings] = useState<readonly ConsentWarning[] | undefined>(undefined);
  const [checking, setChecking] = useState(false);
  const [starting, setStarting] = useState(false);
  const [overrides, setOverrides] = useState<ReadonlyMap<string, ExportOverride>>(new Map());

  const toggle = (set: ReadonlySet<string>, id: string): Set<string> => {
    const next = new Set(set);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    return next;
  };

  const check = useCallback(async () => {
    if (clipIds.size === 0 || presetIds.size === 0) return;
    setChecking(true);
    try {
      const result = await api['export.check']({
        sessionId,
        clipIds: [...clipIds],
        presetIds: [...presetIds],
      });
      setWarnings(result.warnings);
    } finally {
      setChecking(false);
    }
  }, [api, clipIds, presetIds, sessionId]);

  const override = useCallback(
    async (clipId: string, participantId: string, reason: string) => {
      const { overrideId } = await api['consent.override']({
        sessionId,
        participantId,
        purpose: 'publish',
        reason: reason.trim(),
      });
      setOverrides((map) => new Map(map).set(overrideKey({ clipId, participantId }), { clipId, overrideId }));
    },
    [api, sessionId],
  );

  const chosenClips = clips.filter((clip) => clipIds.has(clip.id));
  const transcripts = useChosenTranscripts(
    sessionId,
    chosenClips.map((clip) => clip.mediaId),
  );
  const plan = useMemo(
    () =>
      transcripts &&
      planExport({
        session,
        participants: session.participants,
        clips,
        clipIds: chosenClips.map((clip) => clip.id),
        transcripts,
        presets,
        presetIds: [...presetIds],
        styles: [],
        overrides: [],
        fileNameTemplate: options.fileNameTemplate,
      }),
    [chosenClips, clips, options.fileNameTemplate, presetIds, presets, session, transcripts],
  );
  // Start needs a check by the engine, and the live plan (consent as it is now) to agree.
  const gate = (found: readonly ConsentWarning[]) =>
    skipRefused ? canStartSkipping(found, chosenClips, overrides) : canStart(found, chosenClips, overrides);
  const ready =
    warnings !== undefined &&
    plan !== undefined &&
    clipIds.size > 0 &&
    presetIds.size > 0 &&
    gate(warnings) &&
    gate(plan.warnings);

  const start = useCallback(async () => {
    setStarting(true);
    try {
      // Every override of every chosen clip: one per refused participant who speaks in it.
      const chosen = [...overrides.values()].filter((item) => clipIds.has(item.clipId));
      const request: StartRequest = {
        sessionId,
        clipIds: [...clipIds],
        presetIds: [...presetIds],
        options,
        styleId,
        ...(chosen.length > 0 ? { overrides: chosen } : {}),
        ...(skipRefused ? { skipRefused: true } : {}),
      };
      return await api['export.start'](request);
    } finally {
      setStarting(false);
    }
  }, [api, clipIds, options, overrides, presetIds, sessionId, skipRefused, styleId]);

  return {
    clipIds,
    presetIds,
    options,
    toggleClip: (id) => {
      setClipIds((set) => toggle(set, id));
      setWarnings(undefined);
    },
    togglePreset: (id) => {
      setPresetIds((set) => toggle(set, id));
      setWarnings(undefined);
    },
    setOptions: (patch) => setOptionsState((current) => ({ ...current, ...patch })),
    warnings,
    checking,
    check,
    overrides,
    override,
    plan,
    skipRefused,
    setSkipRefused,
    ready,
    starting,
    start,
  };
}
