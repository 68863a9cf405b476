import { captionFontDecision, FONT_FAMILIES } from '../../../shared/export/captionLayout';
import type { CaptionFont } from '../../../shared/model/clips';
import { useClipsT } from './i18n/useClipsT';
import { useShaper } from './useShaper';

/**
 * Under the font choice: the Urdu font the export will actually burn with the ffmpeg in use, and, when the
 * style asks for Nastaliq and that ffmpeg's libass cannot shape it, that Naskh burns instead (and why).
 */
export function FontNote({ font }: { font: CaptionFont }) {
  const t = useClipsT();
  const shaper = useShaper();
  const decision = captionFontDecision(font, 'rtl', shaper);
  const fontName = t(decision.family === FONT_FAMILIES.nastaliq ? 'fontName_nastaliq' : 'fontName_naskh');
  const shaperName = t(`shaper_${shaper}`);
  return (
    <p
      className="hint font-note"
      data-testid="style-font-note"
      data-font={decision.family}
      data-shaper={shaper}
    >
      {decision.requested
        ? t('fontSubstituted', { shaper: shaperName })
        : t('fontInUse', { font: fontName, shaper: shaperName })}
    </p>
  );
}
