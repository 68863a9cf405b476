import { useId, type ReactNode } from 'react';
import { captionFonts, captionPositions, type CaptionStyle } from '../../../shared/model/clips';
import { FontNote } from './FontNote';
import { useClipsT } from './i18n/useClipsT';
import { captionLanguages, withSecondary } from './styleEdit';

interface Props {
  style: CaptionStyle;
  onChange(style: CaptionStyle): void;
}

/** Font, size, colours, outline or box, position, bilingual tracks, active-word highlight. */
export function StyleFields({ style, onChange }: Props) {
  const t = useClipsT();
  const id = useId();
  const set = (patch: Partial<CaptionStyle>) => onChange({ ...style, ...patch });
  const field = (key: string, label: string, control: ReactNode) => (
    <div className="clip-field">
      <label htmlFor={`${id}-${key}`}>{label}</label>
      {control}
    </div>
  );
  const languageSelect = (key: string, value: string, onPick: (language: string) => void) => (
    <select
      id={`${id}-${key}`}
      data-testid={`style-${key}`}
      value={value}
      onChange={(e) => onPick(e.target.value)}
    >
      {captionLanguages.map((language) => (
        <option key={language} value={language}>
          {language}
        </option>
      ))}
    </select>
  );
  return (
    <div className="clip-fields style-fields">
      {field(
        'name',
        t('styleName'),
        <input
          id={`${id}-name`}
          dir="auto"
          data-testid="style-name"
          value={style.name}
          onChange={(event) => set({ name: event.target.value })}
        />,
      )}
      {field(
        'font',
        t('font'),
        <select
          id={`${id}-font`}
          data-testid="style-font"
          value={style.font}
          onChange={(event) =>
            set({ font: captionFonts.find((font) => font === event.target.value) ?? 'auto' })
          }
        >
          {captionFonts.map((font) => (
            <option key={font} value={font}>
              {t(`font_${font}`)}
            </option>
          ))}
        </select>,
      )}
      <FontNote font={style.font} />
      {field(
        'size',
        t('sizePct'),
        <input
          id={`${id}-size`}
          type="number"
          min={1}
          max={20}
          step={0.1}
          dir="ltr"
          data-testid="style-size"
          placeholder={t('sizeAuto')}
          value={style.sizePct ?? ''}
          onChange={(event) => {
            const value = Number(event.target.value);
            const { sizePct: _old, ...rest } = style;
            onChange(
              event.target.value === '' || !(value >= 1 && value <= 20) ? rest : { ...rest, sizePct: value },
            );
          }}
        />,
      )}
      {field(
        'colour',
        t('colour'),
        <input
          id={`${id}-colour`}
          type="color"
          data-testid="style-colour"
          value={style.colour.toLowerCase()}
          onChange={(event) => set({ colour: event.target.value.toUpperCase() })}
        />,
      )}
      {field(
        'outline-colour',
        t('outlineColour'),
        <input
          id={`${id}-outline-colour`}
          type="color"
          data-testid="style-outline-colour"
          value={style.outlineColour.toLowerCase()}
          onChange={(event) => set({ outlineColour: event.target.value.toUpperCase() })}
        />,
      )}
      {field(
        'outline',
        t('outlinePx'),
        <input
          id={`${id}-outline`}
          type="number"
          min={0}
          max={20}
          dir="ltr"
          data-testid="style-outline"
          value={style.outlinePx}
          onChange={(event) => set({ outlinePx: Math.min(20, Math.max(0, Number(event.target.value) || 0)) })}
        />,
      )}
      {field(
        'position',
        t('position'),
        <select
          id={`${id}-position`}
          data-testid="style-position"
          value={style.position}
          onChange={(event) =>
            set({
              position: captionPositions.find((position) => position === event.target.value) ?? 'bottom',
            })
          }
        >
          {captionPositions.map((position) => (
            <option key={position} value={position}>
              {t(`position_${position}`)}
            </option>
          ))}
        </select>,
      )}
      {field(
        'primary',
        t('primaryTrack'),
        languageSelect('primary', style.primaryLanguage ?? 'ur', (primaryLanguage) =>
          set({ primaryLanguage }),
        ),
      )}
      <label className="check">
        <input
          type="checkbox"
          data-testid="style-box"
          checked={style.box}
          onChange={(event) => set({ box: event.target.checked })}
        />
        {t('box')}
      </label>
      <label className="check">
        <input
          type="checkbox"
          data-testid="style-bilingual"
          checked={style.secondaryLanguage !== undefined || style.secondaryTrackId !== undefined}
          onChange={(event) => onChange(withSecondary(style, event.target.checked ? 'en' : undefined))}
        />
        {t('bilingual')}
      </label>
      {style.secondaryLanguage !== undefined &&
        field(
          'secondary',
          t('secondaryTrack'),
          languageSelect('secondary', style.secondaryLanguage, (language) =>
            onChange(withSecondary(style, language)),
          ),
        )}
      <label className="check">
        <input
          type="checkbox"
          data-testid="style-highlight"
          checked={style.highlightActiveWord}
          onChange={(event) => set({ highlightActiveWord: event.target.checked })}
        />
        {t('highlight')}
      </label>
    </div>
  );
}
