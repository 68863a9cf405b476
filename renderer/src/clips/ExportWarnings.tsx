import type { Clip } from '../../../shared/model/clips';
import type { Participant } from '../../../shared/model/programme';
import { ConsentOverride } from './ConsentOverride';
import { exportWarningText } from './consentText';
import { consentBlocks, overrideKey, speakerName, type ConsentWarning } from './exportPlan';
import { useClipsT } from './i18n/useClipsT';

interface Props {
  warnings: readonly ConsentWarning[];
  clips: readonly Clip[];
  participants: readonly Participant[];
  /** Keyed by overrideKey (clip and participant). */
  overrides: ReadonlyMap<string, unknown>;
  onOverride(clipId: string, participantId: string, reason: string): Promise<void>;
}

/** What export.check found: consent refusals (each with its override), then errors and advice. */
export function ExportWarnings({ warnings, clips, participants, overrides, onOverride }: Props) {
  const t = useClipsT();
  const blocks = consentBlocks(warnings, clips);
  const others = warnings.filter((warning) => warning.kind !== 'consent');
  const titleOf = (clipId: string | undefined) =>
    clips.find((clip) => clip.id === clipId)?.title || t('untitled');
  if (warnings.length === 0)
    return (
      <p className="ok" role="status" data-testid="export-all-clear">
        {t('allClear')}
      </p>
    );
  return (
    <section className="export-warnings" data-testid="export-warnings" aria-label={t('warnings')}>
      <h3>{t('warnings')}</h3>
      <ul>
        {blocks.map((block) => (
          <ConsentOverride
            key={overrideKey(block)}
            block={block}
            clipTitle={titleOf(block.clipId)}
            speaker={speakerName(participants, block.participantId)}
            overridden={overrides.has(overrideKey(block))}
            onOverride={(participantId, reason) => onOverride(block.clipId, participantId, reason)}
          />
        ))}
        {others.map((warning, index) => (
          <li
            key={`${warning.kind}-${warning.clipId ?? ''}-${warning.presetId ?? ''}-${index}`}
            className={`export-warning ${warning.severity}`}
            data-testid="export-warning"
            data-kind={warning.kind}
            data-severity={warning.severity}
          >
            <p dir="auto">{exportWarningText(t, warning)}</p>
          </li>
        ))}
      </ul>
    </section>
  );
}
