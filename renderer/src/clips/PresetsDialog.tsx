import { useState } from 'react';
import type { Preset } from '../../../shared/export/presets';
import { useReport } from '../hooks/ErrorsContext';
import { useClipsT } from './i18n/useClipsT';
import { Modal } from '../components/Modal';
import { PresetEditor } from './PresetEditor';
import { PresetLimits } from './PresetLimits';
import { copyId, isBuiltInId } from './presetEdit';
import { useT } from '../i18n/I18nContext';
import { builtInName } from '../i18n/engineText';
import type { PresetsState } from './usePresets';

/** The platform presets with their limits; edit one (saved as a user copy), add one, restore or remove. */
export function PresetsDialog({ presets, onClose }: { presets: PresetsState; onClose(): void }) {
  const t = useClipsT();
  const appT = useT();
  const report = useReport();
  const [editing, setEditing] = useState<{ base: Preset; isNew: boolean; key: number } | undefined>(
    undefined,
  );
  const ids = presets.presets.map((preset) => preset.id);
  return (
    <Modal title={t('presetsTitle')} testId="presets-dialog" className="clips-modal wide" onClose={onClose}>
      <ul className="preset-list">
        {presets.presets.map((preset) => (
          <li key={preset.id} className="preset-row" data-testid="preset-row" data-preset-id={preset.id}>
            <span className="preset-choice">
              <bdi>{builtInName(appT, 'preset', preset)}</bdi>
              {!preset.builtIn && isBuiltInId(preset.id) && <span className="badge">{t('edited')}</span>}
              <PresetLimits preset={preset} />
            </span>
            <span className="preset-actions">
              <button
                type="button"
                data-testid="preset-edit"
                onClick={() => setEditing({ base: preset, isNew: false, key: Date.now() })}
              >
                {t('edit')}
              </button>
              {!preset.builtIn && (
                <button
                  type="button"
                  className="quiet"
                  data-testid="preset-remove"
                  onClick={() => void presets.remove(preset.id).catch(report)}
                >
                  {isBuiltInId(preset.id) ? t('restoreBuiltIn') : t('removePreset')}
                </button>
              )}
            </span>
          </li>
        ))}
      </ul>
      <div className="dialog-actions">
        <button
          type="button"
          data-testid="preset-add"
          onClick={() => {
            const template = editing?.base ?? presets.presets[0];
            if (!template) return;
            setEditing({
              base: { ...template, id: copyId(template.id, ids), name: t('newPresetName'), builtIn: false },
              isNew: true,
              key: Date.now(),
            });
          }}
        >
          {t('addPreset')}
        </button>
      </div>
      {editing && (
        <PresetEditor
          key={editing.key}
          base={editing.base}
          isNew={editing.isNew}
          onSave={async (preset) => {
            await presets.save(preset);
            setEditing(undefined);
          }}
        />
      )}
    </Modal>
  );
}
