import { useState } from 'react';
import type { Preset } from '../../../shared/export/presets';
import type { Clip } from '../../../shared/model/clips';
import type { Session } from '../../../shared/model/session';
import { formatRange } from './clipMath';
import { ExportOptionsFields } from './ExportOptionsFields';
import { speakerName, templateExample } from './exportPlan';
import { ExportWarnings } from './ExportWarnings';
import { useClipsT } from './i18n/useClipsT';
import { Modal } from '../components/Modal';
import { PresetLimits } from './PresetLimits';
import { useErrorText } from '../i18n/useErrorText';
import { useT } from '../i18n/I18nContext';
import { builtInName } from '../i18n/engineText';
import { useBatchExport } from './useBatchExport';

interface Props {
  session: Session;
  clips: readonly Clip[];
  presets: readonly Preset[];
  styleId: string;
  initialClipIds: readonly string[];
  onClose(): void;
}

/** Clips × platforms, options, export.check (with consent overrides), then export.start. */
export function BatchExportDialog({ session, clips, presets, styleId, initialClipIds, onClose }: Props) {
  const t = useClipsT();
  const appT = useT();
  const wordError = useErrorText();
  const batch = useBatchExport(session, clips, presets, styleId, {
    clipIds: initialClipIds,
    presetIds: [],
  });
  const [failure, setFailure] = useState<{ message: string; hint: string } | undefined>(undefined);
  const [skipped, setSkipped] = useState<readonly string[] | undefined>(undefined);
  // The example shows the first clip and the first platform chosen.
  const chosenClip = clips.find((clip) => clip.id === [...batch.clipIds][0]);
  const chosenPreset = presets.find((preset) => preset.id === [...batch.presetIds][0]);
  // The plan's own file name for the first output; the template filled in by hand while nothing is planned.
  const example =
    batch.plan?.items[0]?.fileStem ??
    templateExample(batch.options.fileNameTemplate, {
      session: session.title,
      ...(chosenClip ? { clip: chosenClip } : {}),
      ...(chosenClip?.speakerId ? { speaker: speakerName(session.participants, chosenClip.speakerId) } : {}),
      ...(chosenPreset ? { presetId: chosenPreset.id } : {}),
    });
  const nothingChosen = batch.clipIds.size === 0 || batch.presetIds.size === 0;
  const attempt = (action: () => Promise<unknown>) => {
    setFailure(undefined);
    action().catch((caught: unknown) => {
      const info = wordError(caught);
      setFailure({ message: info.message, hint: info.hint });
    });
  };

  return (
    <Modal title={t('exportTitle')} testId="export-dialog" className="clips-modal wide" onClose={onClose}>
      <div className="export-body">
        <div className="export-choices">
          <fieldset>
            <legend>{t('chooseClips')}</legend>
            {clips.map((clip) => (
              <label key={clip.id} className="check" data-testid="export-clip" data-clip-id={clip.id}>
                <input
                  type="checkbox"
                  checked={batch.clipIds.has(clip.id)}
                  onChange={() => batch.toggleClip(clip.id)}
                />
                <bdi>{clip.title || t('untitled')}</bdi>
                <span className="hint" dir="ltr">
                  {formatRange(clip.startMs, clip.endMs)}
                </span>
              </label>
            ))}
          </fieldset>
          <fieldset>
            <legend>{t('choosePresets')}</legend>
            {presets.map((preset) => (
              <label key={preset.id} className="check" data-testid="export-preset" data-preset-id={preset.id}>
                <input
                  type="checkbox"
                  checked={batch.presetIds.has(preset.id)}
                  onChange={() => batch.togglePreset(preset.id)}
                />
                <span className="preset-choice">
                  <bdi>{builtInName(appT, 'preset', preset)}</bdi>
                  <PresetLimits preset={preset} />
                </span>
              </label>
            ))}
          </fieldset>
        </div>
        <ExportOptionsFields options={batch.options} setOptions={batch.setOptions} example={example} />
        {nothingChosen && <p className="hint">{t('chooseAtLeastOne')}</p>}
        <label className="check" data-testid="export-skip-refused">
          <input
            type="checkbox"
            checked={batch.skipRefused}
            onChange={(event) => batch.setSkipRefused(event.target.checked)}
          />
          {t('skipRefused')}
        </label>
        {skipped !== undefined && (
          <div className="export-skipped" role="status" data-testid="export-skipped">
            <p>{t('skippedTitle')}</p>
            <ul>
              {skipped.map((clipId) => (
                <li key={clipId}>
                  <bdi>{clips.find((clip) => clip.id === clipId)?.title || t('untitled')}</bdi>
                </li>
              ))}
            </ul>
          </div>
        )}
        {(batch.warnings ?? batch.plan?.warnings) !== undefined && (
          <ExportWarnings
            warnings={batch.warnings ?? batch.plan?.warnings ?? []}
            clips={clips}
            participants={session.participants}
            overrides={batch.overrides}
            onOverride={batch.override}
          />
        )}
        {failure && (
          <div className="clip-error-box" role="alert" data-testid="export-error">
            <p dir="auto">{failure.message}</p>
            <p className="hint" dir="auto">
              {failure.hint}
            </p>
          </div>
        )}
        <div className="dialog-actions">
          <button
            type="button"
            data-testid="export-check"
            disabled={nothingChosen || batch.checking}
            onClick={() => attempt(batch.check)}
          >
            {batch.checking ? t('checking') : t('check')}
          </button>
          <button
            type="button"
            className="primary"
            data-testid="export-start"
            disabled={!batch.ready || batch.starting || skipped !== undefined}
            title={batch.warnings === undefined ? t('checkFirst') : undefined}
            onClick={() =>
              attempt(() =>
                batch.start().then((result) => {
                  if (result.skipped.length === 0) onClose();
                  else setSkipped(result.skipped.map((item) => item.clipId));
                }),
              )
            }
          >
            {batch.starting ? t('starting') : t('startExport')}
          </button>
          <button type="button" onClick={onClose}>
            {skipped === undefined ? t('cancel') : t('close')}
          </button>
        </div>
      </div>
    </Modal>
  );
}
