import type { ProblemNotes } from './problemNotes';
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { AlignedRow } from '../../../shared/editor/align';
import type { Participant } from '../../../shared/model/programme';
import type { Track } from '../../../shared/transcript/model';
import { formatCueTime } from '../transcription/cueText';
import { CueCell, type FocusRequest } from './CueCell';
import { fontSizePx, lineHeightPx, visibleLines, type UrduFont } from './rowLayout';
import { speakerColour } from './speakerColours';
import { SpeakerSelect } from './SpeakerSelect';
import { rowOffsets, scrollToShow, visibleRange } from './virtualRange';

export interface CuePlace {
  trackId: string;
  cueId: string;
}

interface Props {
  tracks: readonly Track[];
  trackLabels: readonly string[];
  rows: readonly AlignedRow[];
  heights: readonly number[];
  urduFont: UrduFont;
  /** Track id → cue id → the cue's problem kinds, joined. */
  problemKinds: ReadonlyMap<string, ReadonlyMap<string, string>>;
  /** `${trackId}/${cueId}` → the cue's problems in words (problemNotes.ts). */
  problemNotes: ProblemNotes;
  /** `${trackId}/${cueId}` → the cue's find matches (findMarks.ts); empty while Find is closed. */
  findMarks: ReadonlyMap<string, string>;
  /** Per track: the index of the cue on screen now, and of its spoken word. */
  active: readonly { cue: number; word: number }[];
  focused: CuePlace | undefined;
  focusRequest: FocusRequest | undefined;
  /** A row to keep in view while playing (when nothing is being typed). */
  followRow: number;
  onFocusDone(seq: number): void;
  onText(trackId: string, cueId: string, text: string): void;
  latestText(trackId: string, cueId: string): string | undefined;
  onFocusCue(trackId: string, cueId: string): void;
  onSeek(ms: number): void;
  /** The session's participants (the speaker select of each row) and their colours. */
  participants: readonly Participant[];
  speakerColours: ReadonlyMap<string, string>;
  onSpeaker(trackId: string, cueId: string, speakerId: string | undefined): void;
}

/** The cues of every track side by side, one row per aligned time; only the rows on screen are rendered. */
export function CueGrid(props: Props) {
  const { rows, heights, tracks, focusRequest, focused, followRow } = props;
  const scroller = useRef<HTMLDivElement>(null);
  const [view, setView] = useState({ top: 0, height: 600 });
  const offsets = useMemo(() => rowOffsets(heights), [heights]);

  useLayoutEffect(() => {
    const element = scroller.current;
    if (!element) return;
    const measure = () => setView({ top: element.scrollTop, height: element.clientHeight });
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    element.addEventListener('scroll', measure, { passive: true });
    return () => {
      observer.disconnect();
      element.removeEventListener('scroll', measure);
    };
  }, []);

  // Per column, cue index → row: the rows change with the cues' times, not while typing.
  const rowByCue = useMemo(() => {
    const byColumn: Map<number, number>[] = [];
    rows.forEach((row, rowIndex) =>
      row.cells.forEach((cueIndex, column) => {
        if (cueIndex === undefined) return;
        const byCue = (byColumn[column] ??= new Map());
        if (!byCue.has(cueIndex)) byCue.set(cueIndex, rowIndex);
      }),
    );
    return byColumn;
  }, [rows]);
  const rowOf = useCallback(
    (place: CuePlace): number => {
      const column = tracks.findIndex((track) => track.id === place.trackId);
      const cueIndex = tracks[column]?.cues.findIndex((cue) => cue.id === place.cueId) ?? -1;
      return rowByCue[column]?.get(cueIndex) ?? -1;
    },
    [rowByCue, tracks],
  );

  const show = useCallback(
    (row: number) => {
      const element = scroller.current;
      if (!element || row < 0) return;
      const top = scrollToShow(offsets, row, element.scrollTop, element.clientHeight);
      if (top !== element.scrollTop) element.scrollTop = top;
    },
    [offsets],
  );

  useEffect(() => {
    if (focusRequest) show(rowOf(focusRequest));
  }, [focusRequest, rowOf, show]);

  useEffect(() => {
    if (followRow >= 0) show(followRow);
  }, [followRow, show]);

  // A cue focused any other way (Tab, a click on a half-hidden row) is brought fully into view too, and
  // stays in view while it is typed in.
  const focusedRow = focused ? rowOf(focused) : -1;
  useEffect(() => {
    if (focusedRow >= 0) show(focusedRow);
  }, [focusedRow, show]);

  const range = visibleRange(offsets, view.top, view.height, 4);
  const rendered: number[] = [];
  // The row being typed in stays mounted even when scrolled away, so it keeps focus and caret.
  if (focusedRow >= 0 && (focusedRow < range.first || focusedRow >= range.end)) rendered.push(focusedRow);
  for (let index = range.first; index < range.end; index++) rendered.push(index);
  const columns = `7.5rem repeat(${tracks.length}, minmax(0, 1fr))`;

  return (
    <div className="cue-grid" data-testid="cue-grid" data-row-count={rows.length}>
      <div className="cue-grid-head" style={{ gridTemplateColumns: columns }}>
        <span />
        {tracks.map((track, column) => (
          <span key={track.id} data-testid="track-column" data-track-id={track.id}>
            {props.trackLabels[column]}
          </span>
        ))}
      </div>
      <div ref={scroller} className="cue-grid-scroll" data-testid="cue-scroll">
        <div className="cue-grid-space" style={{ blockSize: `${offsets[offsets.length - 1] ?? 0}px` }}>
          {rendered.map((rowIndex) => {
            const row = rows[rowIndex]!;
            const leadColumn = row.cells.findIndex((cueIndex) => cueIndex !== undefined);
            const leadTrack = tracks[leadColumn];
            const lead = leadTrack?.cues[row.cells[leadColumn] ?? -1];
            const speakerId = lead?.speakerId;
            const colour = speakerColour(props.speakerColours, speakerId);
            return (
              <div
                key={rowIndex}
                className="cue-row"
                data-testid="cue-row"
                data-row={rowIndex}
                style={{
                  insetBlockStart: `${offsets[rowIndex]}px`,
                  blockSize: `${heights[rowIndex]}px`,
                  gridTemplateColumns: columns,
                }}
                data-speaker-id={speakerId}
              >
                {colour && (
                  <span
                    className="speaker-stripe"
                    data-testid="speaker-stripe"
                    style={{ background: colour }}
                  />
                )}
                <div className="cue-gutter">
                  <button
                    type="button"
                    className="cue-when"
                    dir="ltr"
                    tabIndex={-1}
                    onClick={() => lead && props.onSeek(lead.startMs)}
                  >
                    <span className="cue-number">{rowIndex + 1}</span>
                    {lead && <span>{formatCueTime(lead.startMs)}</span>}
                    {lead && <span>{formatCueTime(lead.endMs)}</span>}
                  </button>
                  {lead && leadTrack && (props.participants.length > 0 || speakerId !== undefined) && (
                    <SpeakerSelect
                      trackId={leadTrack.id}
                      cueId={lead.id}
                      number={rowIndex + 1}
                      speakerId={speakerId}
                      participants={props.participants}
                      onSpeaker={props.onSpeaker}
                    />
                  )}
                </div>
                {tracks.map((track, column) => {
                  const cueIndex = row.cells[column];
                  const cue = cueIndex === undefined ? undefined : track.cues[cueIndex];
                  if (cueIndex === undefined || !cue)
                    return <div key={track.id} className="cue-cell empty" />;
                  const isActive = props.active[column]?.cue === cueIndex;
                  return (
                    <CueCell
                      key={track.id}
                      trackId={track.id}
                      language={track.language}
                      direction={track.direction}
                      trackLabel={props.trackLabels[column] ?? track.language}
                      cue={cue}
                      number={cueIndex + 1}
                      lines={visibleLines(cue.text)}
                      lineHeight={lineHeightPx(track.direction, props.urduFont)}
                      fontSize={fontSizePx(track.direction)}
                      problemKinds={props.problemKinds.get(track.id)?.get(cue.id) ?? ''}
                      problemNote={props.problemNotes.get(`${track.id}/${cue.id}`) ?? ''}
                      findMarks={props.findMarks.get(`${track.id}/${cue.id}`) ?? ''}
                      active={isActive}
                      activeWord={isActive ? (props.active[column]?.word ?? -1) : -1}
                      focusRequest={
                        focusRequest?.trackId === track.id && focusRequest.cueId === cue.id
                          ? focusRequest
                          : undefined
                      }
                      onFocusDone={props.onFocusDone}
                      onText={props.onText}
                      latestText={props.latestText}
                      onFocusCue={props.onFocusCue}
                    />
                  );
                })}
              </div>
            );
          })}
        </div>
      </div>
    </div>
  );
}
