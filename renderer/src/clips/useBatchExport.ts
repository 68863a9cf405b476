import { useCallback, useState } from 'react';
import type { GuftaguApi } from '../../../shared/api/contract';
import type { ExportOverride } from '../../../shared/api/methods/clips';
import { DEFAULT_FILE_NAME_TEMPLATE, type Clip, type ExportOptions } from '../../../shared/model/clips';
import { useClient } from '../api/ClientContext';
import { canStart, overrideKey, type ConsentWarning } from './exportPlan';

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
  ready: boolean;
  starting: boolean;
  start(): Promise<{ jobIds: string[]; outputFolder: string }>;
}

/** The batch export dialog's behaviour: choices, export.check, consent overrides, export.start. */
export function useBatchExport(
  sessionId: string,
  clips: readonly Clip[],
  styleId: string,
  initial: { clipIds: readonly string[]; presetIds: readonly string[] },
): BatchExport {
  const { api } = useClient();
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
  const ready =
    warnings !== undefined &&
    clipIds.size > 0 &&
    presetIds.size > 0 &&
    canStart(warnings, chosenClips, overrides);

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
      };
      return await api['export.start'](request);
    } finally {
      setStarting(false);
    }
  }, [api, clipIds, options, overrides, presetIds, sessionId, styleId]);

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
    ready,
    starting,
    start,
  };
}
