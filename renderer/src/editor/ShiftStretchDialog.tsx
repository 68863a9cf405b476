import { useState } from 'react';
import {
  scopeCueIds,
  scopeSpan,
  shiftTranscript,
  stretchTranscript,
  type RetimeScope,
} from '../../../shared/editor/retime';
import { formatTimestamp, parseTimestamp, textTimeStyle } from '../../../shared/subtitles/timestamps';
import type { Transcript } from '../../../shared/transcript/model';
import type { CuePlace } from './CueGrid';
import { Modal } from '../components/Modal';
import type { EditorMessageKey } from './i18n/en';
import { useEditorT } from './i18n/useEditorT';
import type { Notice } from './useEditorActions';

interface Props {
  transcript: Transcript;
  focused: CuePlace | undefined;
  /** Applies the change as one undo step. */
  onApply(next: Transcript, notice: Notice): void;
  onClose(): void;
}

type ScopeKind = RetimeScope['kind'];
const scopeLabels: Readonly<Record<ScopeKind, EditorMessageKey>> = {
  all: 'scopeAll',
  from: 'scopeFrom',
  cue: 'scopeCue',
};

function scopeOf(kind: ScopeKind, transcript: Transcript, focused: CuePlace | undefined): RetimeScope {
  if (kind === 'all' || !focused) return { kind: 'all' };
  if (kind === 'cue') return { kind: 'cue', ...focused };
  const cue = transcript.tracks
    .find((track) => track.id === focused.trackId)
    ?.cues.find((candidate) => candidate.id === focused.cueId);
  return cue ? { kind: 'from', startMs: cue.startMs } : { kind: 'all' };
}

const clock = (ms: number): string => formatTimestamp(ms, '.');
/** Keeps a time left to right inside an Urdu sentence. */
const ltr = (text: string): string => `\u2066${text}\u2069`;

/** Shift (±ms) or stretch (first start and last end to new times) all cues, those from the focused cue on, or it. */
export function ShiftStretchDialog({ transcript, focused, onApply, onClose }: Props) {
  const t = useEditorT();
  const [scopeKind, setScopeKind] = useState<ScopeKind>('all');
  const [mode, setMode] = useState<'shift' | 'stretch'>('shift');
  const [shiftMs, setShiftMs] = useState('0');
  const scope = scopeOf(scopeKind, transcript, focused);
  const span = scopeSpan(transcript, scope);
  const [stretch, setStretch] = useState(() => ({
    start: clock(span?.startMs ?? 0),
    end: clock(span?.endMs ?? 0),
  }));
  const [invalid, setInvalid] = useState(false);

  const chooseScope = (kind: ScopeKind) => {
    setScopeKind(kind);
    const next = scopeSpan(transcript, scopeOf(kind, transcript, focused));
    setStretch({ start: clock(next?.startMs ?? 0), end: clock(next?.endMs ?? 0) });
  };

  const apply = () => {
    const count = [...scopeCueIds(transcript, scope).values()].reduce((sum, ids) => sum + ids.length, 0);
    if (mode === 'shift') {
      const delta = Math.round(Number(shiftMs));
      if (!Number.isFinite(delta)) return setInvalid(true);
      onApply(shiftTranscript(transcript, delta, scope), {
        key: 'shiftedNotice',
        params: { count, ms: delta },
      });
      return;
    }
    const start = parseTimestamp(stretch.start, textTimeStyle)?.timeMs;
    const end = parseTimestamp(stretch.end, textTimeStyle)?.timeMs;
    if (start === undefined || end === undefined || end <= start) return setInvalid(true);
    onApply(stretchTranscript(transcript, scope, start, end), { key: 'stretchedNotice', params: { count } });
  };

  return (
    <Modal className="editor-dialog" title={t('retimeTitle')} testId="retime" onClose={onClose}>
      <form
        className="editor-form"
        onSubmit={(event) => {
          event.preventDefault();
          apply();
        }}
      >
        <fieldset>
          <legend>{t('retimeCues')}</legend>
          {(['all', 'from', 'cue'] as const).map((kind) => (
            <label key={kind} className="toggle">
              <input
                type="radio"
                name="retime-scope"
                data-testid={`retime-scope-${kind}`}
                checked={scopeKind === kind}
                disabled={kind !== 'all' && !focused}
                onChange={() => chooseScope(kind)}
              />
              {t(scopeLabels[kind])}
            </label>
          ))}
        </fieldset>
        <fieldset>
          {(['shift', 'stretch'] as const).map((choice) => (
            <label key={choice} className="toggle">
              <input
                type="radio"
                name="retime-mode"
                data-testid={`retime-mode-${choice}`}
                checked={mode === choice}
                onChange={() => setMode(choice)}
              />
              {t(choice === 'shift' ? 'retimeShift' : 'retimeStretch')}
            </label>
          ))}
        </fieldset>
        {mode === 'shift' ? (
          <label>
            {t('shiftBy')}
            <input
              type="number"
              dir="ltr"
              step={100}
              data-testid="retime-shift-ms"
              value={shiftMs}
              onChange={(event) => {
                setShiftMs(event.target.value);
                setInvalid(false);
              }}
            />
          </label>
        ) : (
          <>
            {(['start', 'end'] as const).map((edge) => (
              <label key={edge}>
                {t(edge === 'start' ? 'stretchFirst' : 'stretchLast')}
                <input
                  type="text"
                  dir="ltr"
                  data-testid={`retime-stretch-${edge}`}
                  value={stretch[edge]}
                  onChange={(event) => {
                    setStretch({ ...stretch, [edge]: event.target.value });
                    setInvalid(false);
                  }}
                />
              </label>
            ))}
            {span && (
              <p className="hint">
                {t('stretchNow', { start: ltr(clock(span.startMs)), end: ltr(clock(span.endMs)) })}
              </p>
            )}
          </>
        )}
        {invalid && (
          <p className="editor-form-error" role="alert">
            {t('retimeInvalid')}
          </p>
        )}
        <div className="editor-form-actions">
          <button type="button" onClick={onClose}>
            {t('cancel')}
          </button>
          <button type="submit" className="primary" data-testid="retime-apply" disabled={!span}>
            {t('retimeApply')}
          </button>
        </div>
      </form>
    </Modal>
  );
}
