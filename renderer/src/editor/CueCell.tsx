import { memo, startTransition, useEffect, useId, useMemo, useRef, useState } from 'react';
import type { Cue, TextDirection } from '../../../shared/transcript/model';
import { cueChars, readingSpeedCps } from '../../../shared/transcript/timing';
import { isolate, markSpans, percentOf } from './cueMarks';
import { parseFindMarks } from './findMarks';
import { problemCountText } from './problemNotes';
import { useEditorT } from './i18n/useEditorT';
import { cueDirection } from '../../../shared/text/cueDirection';
import { UNCERTAIN_BELOW } from '../../../shared/editor/words';

/** Where to put the caret once a cell is on screen (after split, find, next problem…). */
export interface FocusRequest {
  seq: number;
  trackId: string;
  cueId: string;
  start: number;
  end: number;
}

interface Props {
  trackId: string;
  language: string;
  direction: TextDirection;
  trackLabel: string;
  cue: Cue;
  number: number;
  lines: number;
  lineHeight: number;
  fontSize: number;
  /** Problem kinds of this cue, joined (a string keeps memo cheap). */
  problemKinds: string;
  /** This cue's problems in words, for the marker's label and the text box's description ('' for none). */
  problemNote: string;
  /** This cue's find matches (findMarks.ts; '' when Find is closed or nothing matches here). */
  findMarks: string;
  active: boolean;
  activeWord: number;
  /** Only set when the request is for this cell. */
  focusRequest: FocusRequest | undefined;
  onText(trackId: string, cueId: string, text: string): void;
  /** The cue's text in the document now (ahead of `cue` while a typed change is still rendering). */
  latestText(trackId: string, cueId: string): string | undefined;
  onFocusCue(trackId: string, cueId: string): void;
  onFocusDone(seq: number): void;
}

/**
 * One cue's text, edited in place. A mirror behind the transparent text box draws the same text with
 * uncertain words underlined and the spoken word highlighted; both use the same font, size, line height,
 * direction (the cue's, from its first strong letter, shared by all its lines: a second line starting with an
 * English word stays right to left in an Urdu cue) and bidi isolation, so mixed Urdu/English lines keep
 * their logical order and the marks line up with the letters.
 *
 * Typing stays on one frame: a key updates this cell's own draft (the only render on the keystroke's path)
 * and hands the text to the document in a transition, so the editor's render for it (the cue list, the
 * checks, the waveform) runs after the frame and yields to the next key. The draft is shown while the
 * document's latest text for the cue is the draft; any other change (undo, replace, another window) shows
 * the document's text again.
 */
export const CueCell = memo(function CueCell(props: Props) {
  const { cue, focusRequest, onFocusDone, direction, trackId, onText, latestText } = props;
  const t = useEditorT();
  const inputRef = useRef<HTMLTextAreaElement>(null);
  const mirrorRef = useRef<HTMLDivElement>(null);
  const problemId = useId();
  const found = useMemo(() => parseFindMarks(props.findMarks, cue.text.length), [props.findMarks, cue.text]);
  const [draft, setDraft] = useState<string | undefined>(undefined);
  const text = draft !== undefined && latestText(trackId, cue.id) === draft ? draft : cue.text;

  useEffect(() => {
    const input = inputRef.current;
    if (!focusRequest || !input) return;
    input.focus({ preventScroll: true });
    input.setSelectionRange(focusRequest.start, focusRequest.end);
    onFocusDone(focusRequest.seq);
  }, [focusRequest, onFocusDone]);

  // What depends only on the cue (not on the draft) is kept across keys, so a key re-renders the text box only.
  const title = useMemo(() => {
    const uncertain = cue.words.filter((word) => word.probability < UNCERTAIN_BELOW);
    return uncertain.length === 0
      ? undefined
      : t('uncertainTitle', {
          words: uncertain
            .map((word) =>
              t('uncertainWord', { word: isolate(word.text), percent: percentOf(word.probability) }),
            )
            .join('، '),
        });
  }, [cue.words, t]);
  const marks = useMemo(
    () =>
      markSpans(cue, props.activeWord, found).map((span, index) => (
        <span
          key={index}
          className={[
            span.uncertain !== undefined && 'uncertain-mark',
            span.active && 'spoken-mark',
            span.found && `find-mark ${span.found}`,
          ]
            .filter(Boolean)
            .join(' ')}
          data-testid={span.uncertain !== undefined ? 'uncertain-word' : undefined}
          data-found={span.found}
        >
          {span.text}
        </span>
      )),
    [cue, props.activeWord, found],
  );
  const cps = readingSpeedCps(text === cue.text ? cue : { ...cue, text });
  const boxStyle = {
    fontSize: `${props.fontSize}px`,
    lineHeight: `${props.lineHeight}px`,
    blockSize: `${props.lines * props.lineHeight + 8}px`,
  };

  return (
    <div
      className={props.active ? 'cue-cell active' : 'cue-cell'}
      data-testid="cue-cell"
      data-track-id={props.trackId}
      data-cue-id={cue.id}
      data-problems={props.problemKinds || undefined}
    >
      <div className="cue-box" lang={props.language} dir={cueDirection(text, direction)}>
        <div ref={mirrorRef} className="cue-mirror" style={boxStyle} aria-hidden="true">
          {marks}
          {'\u200b'}
        </div>
        <textarea
          ref={inputRef}
          className="cue-input"
          data-testid="cue-text"
          data-cue-id={cue.id}
          data-track-id={props.trackId}
          style={boxStyle}
          value={text}
          title={title}
          spellCheck={false}
          aria-label={t('cueText', { number: props.number, track: props.trackLabel })}
          aria-describedby={props.problemNote === '' ? undefined : problemId}
          onChange={(event) => {
            const typed = event.target.value;
            setDraft(typed);
            startTransition(() => onText(trackId, cue.id, typed));
          }}
          onFocus={() => props.onFocusCue(props.trackId, cue.id)}
          onScroll={(event) => {
            if (mirrorRef.current) mirrorRef.current.scrollTop = event.currentTarget.scrollTop;
          }}
        />
      </div>
      <p className="cue-meta">
        <span>
          {t('cueMeta', {
            chars: cueChars(text),
            cps: Number.isFinite(cps) ? cps.toFixed(1) : '∞',
            seconds: ((cue.endMs - cue.startMs) / 1000).toFixed(2),
          })}
        </span>
        {props.problemNote !== '' && (
          // The text box names this as its description, so a screen reader reads it on focus.
          <span
            id={problemId}
            className="cue-problem-dot"
            data-testid="cue-problem-dot"
            title={props.problemNote}
          >
            <span aria-hidden="true">⚠ {problemCountText(props.problemKinds.split(',').length, t)}</span>
            <span className="visually-hidden">{props.problemNote}</span>
          </span>
        )}
      </p>
    </div>
  );
});
