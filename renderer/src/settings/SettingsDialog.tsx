import { useId } from 'react';
import { ffmpegSources, type FfmpegSource } from '../../../shared/model/settings';
import type { ToolReport } from '../../../shared/model/doctor';
import { useModalDialog } from '../hooks/useModalDialog';
import { useModelsContext } from '../hooks/ModelsContext';
import type { SettingsMessageKey } from './i18n/en';
import { useSettingsT } from './i18n/useSettingsT';
import { GlossarySection } from './GlossarySection';
import { PathSetting } from './PathSetting';
import { useToolSettings } from './useToolSettings';
import { isOrigin, originKeys, reasonKeys, shaperKeys } from './wording';
import './settings.css';

const sourceKeys: Readonly<Record<FfmpegSource, SettingsMessageKey>> = {
  auto: 'sourceAuto',
  bundled: 'sourceBundled',
  system: 'sourceSystem',
  custom: 'sourceCustom',
};

interface Props {
  open: boolean;
  onClose(): void;
}

/** Which ffmpeg and whisper run, why, how Urdu will burn with them, and the models: one modal dialog. */
export function SettingsDialog({ open, onClose }: Props) {
  const t = useSettingsT();
  const headingId = useId();
  const dialogRef = useModalDialog(open);
  const tools = useToolSettings(open);
  const models = useModelsContext();
  const { settings, doctor } = tools;

  const toolLine = (tool: ToolReport) =>
    tool.ok ? (
      <>
        <bdi dir="ltr">{tool.path}</bdi>
        {tool.version && <span> · {t('version', { version: `\u2066${tool.version}\u2069` })}</span>}
        {isOrigin(tool.source) && <span> · {t(originKeys[tool.source])}</span>}
      </>
    ) : (
      <span className="settings-problem">{t('notUsable', { problem: tool.problem ?? '' })}</span>
    );

  return (
    <dialog
      ref={dialogRef}
      className="app-dialog settings-dialog"
      data-testid="settings-dialog"
      aria-labelledby={headingId}
      onClose={onClose}
    >
      <div className="panel-head">
        <h2 id={headingId}>{t('settingsTitle')}</h2>
        <button type="button" onClick={tools.refresh} disabled={tools.busy}>
          {t('refresh')}
        </button>
        <button type="button" data-testid="settings-close" onClick={onClose}>
          {t('close')}
        </button>
      </div>
      {settings === undefined ? (
        <p className="empty">{t('loading')}</p>
      ) : (
        <div className="settings-body">
          <section aria-labelledby={`${headingId}-ffmpeg`}>
            <h3 id={`${headingId}-ffmpeg`}>{t('ffmpegHeading')}</h3>
            <fieldset className="settings-sources" disabled={tools.busy}>
              <legend>{t('ffmpegSourceLabel')}</legend>
              {ffmpegSources
                .filter((source) => source !== 'custom')
                .map((source) => (
                  <label key={source}>
                    <input
                      type="radio"
                      name={`${headingId}-source`}
                      value={source}
                      data-testid={`ffmpeg-source-${source}`}
                      checked={settings.ffmpegSource === source}
                      onChange={() => tools.chooseSource(source)}
                    />
                    {t(sourceKeys[source])}
                  </label>
                ))}
              <p className="settings-hint">{t('sourceAutoHelp')}</p>
            </fieldset>
            <PathSetting
              key={`ffmpeg-${settings.ffmpegPath ?? ''}`}
              label={t('ffmpegPathLabel')}
              value={settings.ffmpegPath}
              editable={tools.pathsEditable}
              settingName="ffmpegPath"
              onSave={(value) => tools.setPath('ffmpegPath', value)}
              onClear={() => tools.clearPath('ffmpegPath')}
            />
            {doctor === undefined ? (
              <p className="empty">{t('loading')}</p>
            ) : (
              <dl className="settings-facts" data-testid="settings-ffmpeg-facts">
                <div>
                  <dt>{t('inUse')}</dt>
                  <dd data-testid="settings-ffmpeg-in-use">{toolLine(doctor.ffmpeg)}</dd>
                </div>
                {doctor.ffmpegChoice && (
                  <div>
                    <dt>{t('whyChosen')}</dt>
                    <dd data-testid="settings-ffmpeg-reason">{t(reasonKeys[doctor.ffmpegChoice.reason])}</dd>
                  </div>
                )}
                <div>
                  <dt>{t('shaperLabel')}</dt>
                  <dd data-testid="settings-shaper">{t(shaperKeys[doctor.libassShaper])}</dd>
                </div>
                <div>
                  <dt>{t('captionFontsLabel')}</dt>
                  <dd data-testid="settings-caption-fonts">
                    {t('captionFonts', {
                      rightToLeft: `\u2068${doctor.captionFonts.rightToLeft}\u2069`,
                      latin: `\u2068${doctor.captionFonts.latin}\u2069`,
                    })}
                  </dd>
                </div>
              </dl>
            )}
          </section>
          <section aria-labelledby={`${headingId}-whisper`}>
            <h3 id={`${headingId}-whisper`}>{t('whisperHeading')}</h3>
            <PathSetting
              key={`whisper-${settings.whisperPath ?? ''}`}
              label={t('whisperPathLabel')}
              value={settings.whisperPath}
              editable={tools.pathsEditable}
              settingName="whisperPath"
              onSave={(value) => tools.setPath('whisperPath', value)}
              onClear={() => tools.clearPath('whisperPath')}
            />
            {doctor && (
              <dl className="settings-facts">
                <div>
                  <dt>{t('inUse')}</dt>
                  <dd data-testid="settings-whisper">
                    {doctor.whisper.ok ? (
                      <bdi dir="ltr">{doctor.whisper.path}</bdi>
                    ) : (
                      <span className="settings-problem">
                        {t('whisperMissing', { problem: doctor.whisper.problem ?? '' })}
                      </span>
                    )}
                  </dd>
                </div>
                <div>
                  <dt>{t('modelsLabel')}</dt>
                  <dd>
                    {doctor.models.length === 0
                      ? t('noModels')
                      : t('modelsInstalled', { count: doctor.models.length })}{' '}
                    <button
                      type="button"
                      data-testid="settings-models"
                      onClick={() => {
                        onClose();
                        models.openDialog();
                      }}
                    >
                      {t('manageModels')}
                    </button>
                  </dd>
                </div>
              </dl>
            )}
          </section>
          <GlossarySection />
        </div>
      )}
    </dialog>
  );
}
