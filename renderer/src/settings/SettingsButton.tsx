import { useState } from 'react';
import { useSettingsT } from './i18n/useSettingsT';
import { SettingsDialog } from './SettingsDialog';

/** The header's Settings button and its dialog. */
export function SettingsButton() {
  const t = useSettingsT();
  const [open, setOpen] = useState(false);
  return (
    <>
      <button
        type="button"
        className="settings-button"
        data-testid="settings-button"
        onClick={() => setOpen(true)}
      >
        {t('settings')}
      </button>
      <SettingsDialog open={open} onClose={() => setOpen(false)} />
    </>
  );
}
