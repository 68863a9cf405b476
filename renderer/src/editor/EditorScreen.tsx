import { useCallback, useDeferredValue, useEffect, useMemo, useRef, useState } from 'react';
import { alignRows } from '../../../shared/editor/align';
import { activeCueIndex, activeWordIndex } from '../../../shared/editor/navigate';
import { defaultSegmentationRules, type SegmentationRules } from '../../../shared/transcript/rules';
import type { Track } from '../../../shared/transcript/model';
import { useClient } from '../api/ClientContext';
import { usePeaks } from '../hooks/usePeaks';
import { useI18n } from '../i18n/I18nContext';
import { languageLabel } from '../transcription/modelChoice';
import { CueGrid, type CuePlace } from './CueGrid';
import type { FocusRequest } from './CueCell';
import { EditorBanners } from './EditorBanners';
import { EditorDialogs } from './EditorDialogs';
import { EditorFileButtons } from './EditorFileButtons';
import { EditorToolbar } from './EditorToolbar';
import { FindBar } from './FindBar';
import { ImportRepairs } from './ImportRepairs';
import { useUndoImport } from './useUndoImport';
import { useEditorT, type EditorTranslate } from './i18n/useEditorT';
import { ProblemsPanel } from './ProblemsPanel';
import { problemNotesByCue } from './problemNotes';
import { rowHeights, type UrduFont } from './rowLayout';
import { ShortcutsHelp } from './ShortcutsHelp';
import { SpeakerLegend } from './SpeakerLegend';
import { DEFAULT_PX_PER_SECOND } from './timeScale';
import { withTrack } from '../../../shared/editor/transcriptOps';
import { useEditorActions } from './useEditorActions';
import { useEditorDocument } from './useEditorDocument';
import { useEditorExtras } from './useEditorExtras';
import { useEditorKeys } from './useEditorKeys';
import { useEditorMenu } from './commands/useEditorMenu';
import { useEditorMedia, useUrduFont } from './useEditorSetup';
import { usePlayback } from './usePlayback';
import { useProblems } from './useProblems';
import { useHallucinationRemoval } from './useHallucinationRemoval';
import { useHallucinations } from './useHallucinations';
import { useLoudness } from './useLoudness';
import { useStableCallback } from './useStableCallback';
import { TrackManager } from './TrackManager';
import { VideoPreview } from './VideoPreview';
import { EditorClipMarks } from '../clips/EditorClipMarks';
import { WaveformTimeline } from './WaveformTimeline';
import './editor.css';

interface Props {
  sessionId: string;
  mediaId: string;
  onClose(): void;
}

const noMarks: ReadonlyMap<string, string> = new Map();

/** Thresholds per track: the guideline defaults for now (settings will give them per track). */
const rulesFor = (): SegmentationRules => defaultSegmentationRules;

function useTrackLabels(tracks: readonly Track[], t: EditorTranslate): string[] {
  const app = useI18n().t;
  return tracks.map((track) => {
    if (track.label) return track.label;
    const language = languageLabel(track.language, document.documentElement.lang || 'en', app);
    return t(track.kind === 'translation' ? 'trackTranslation' : 'trackTranscript', { language });
  });
}

const sameTiming = (a: readonly Track[], b: readonly Track[]): boolean =>
  a.length === b.length &&
  a.every((track, column) => {
    const other = b[column]!;
    if (track === other) return true;
    if (track.cues.length !== other.cues.length) return false;
    return track.cues.every((cue, index) => {
      const twin = other.cues[index]!;
      return cue === twin || (cue.startMs === twin.startMs && cue.endMs === twin.endMs);
    });
  });

/** alignRows, reused while only texts change (typing): the rows depend on the cues' times alone. */
function useAlignedRows(tracks: readonly Track[]) {
  const last = useRef<{ tracks: readonly Track[]; rows: ReturnType<typeof alignRows> } | undefined>(
    undefined,
  );
  return useMemo(() => {
    const previous = last.current;
    if (previous && sameTiming(previous.tracks, tracks)) return previous.rows;
    const rows = alignRows(tracks);
    last.current = { tracks, rows };
    return rows;
  }, [tracks]);
}

/**
 * rowHeights, the same array while no row's height changes (typing on a line): the virtualised list's
 * offsets and scrolling follow the heights, so they are not worked out again for every key.
 */
function useRowHeights(rows: ReturnType<typeof alignRows>, tracks: readonly Track[], urduFont: UrduFont) {
  const last = useRef<number[]>([]);
  return useMemo(() => {
    const next = rowHeights(rows, tracks, urduFont);
    const previous = last.current;
    if (previous.length === next.length && previous.every((height, index) => height === next[index]))
      return previous;
    last.current = next;
    return next;
  }, [rows, tracks, urduFont]);
}

/** The subtitle editor for one media: video, waveform with cue regions, the cue list per track, QC, find. */
export function EditorScreen({ sessionId, mediaId, onClose }: Props) {
  const t = useEditorT();
  const { mediaUrl } = useClient();
  const media = useEditorMedia(sessionId, mediaId);
  const doc = useEditorDocument(sessionId, mediaId);
  const playback = usePlayback();
  const peaks = usePeaks(sessionId, mediaId, media?.assets.peaks !== undefined, 100_000);
  const [urduFont, setUrduFont] = useUrduFont();
  const [pxPerSecond, setPxPerSecond] = useState(DEFAULT_PX_PER_SECOND);
  const [focused, setFocused] = useState<CuePlace | undefined>(undefined);
  const [focusRequest, setFocusRequest] = useState<FocusRequest | undefined>(undefined);
  const [findOpen, setFindOpen] = useState(false);
  const [helpOpen, setHelpOpen] = useState(false);
  const seq = useRef(0);

  const transcript = doc.transcript ?? undefined;
  const tracks = useMemo(() => transcript?.tracks ?? [], [transcript]);
  const rows = useAlignedRows(tracks);
  const heights = useRowHeights(rows, tracks, urduFont);
  // Off the keystroke path: QC, problem numbering, the problems panel and the waveform follow the text a
  // frame later, in a render React may interrupt; the keystroke's own render updates only the cue list.
  const settled = useDeferredValue(transcript);
  const settledTracks = useMemo(() => settled?.tracks ?? [], [settled]);
  // Possible hallucinations (loops, text over silence) join the QC problems, as deferred as they are.
  // Asked for once the transcript is on screen: reading a long recording's loudness keeps the engine busy
  // for a second or two, which must not delay opening the editor.
  const loudness = useLoudness(
    sessionId,
    mediaId,
    media?.assets.audio !== undefined && settled !== undefined,
  );
  const problems = useHallucinations(settled, useProblems(settled, rulesFor), loudness);
  const removal = useHallucinationRemoval(doc, problems);
  // Track id → cue id → the cue's problem kinds, joined: one pass, no key strings made per problem (this
  // runs after every typed key, over every problem of every track).
  const problemKinds = useMemo(() => {
    const byTrack = new Map<string, Map<string, string>>();
    let trackId: string | undefined;
    let byCue = new Map<string, string>();
    for (const problem of problems) {
      if (problem.trackId !== trackId) {
        trackId = problem.trackId;
        byCue = byTrack.get(trackId) ?? new Map<string, string>();
        byTrack.set(trackId, byCue);
      }
      const had = byCue.get(problem.cueId);
      byCue.set(problem.cueId, had === undefined ? problem.kind : `${had},${problem.kind}`);
    }
    return byTrack;
  }, [problems]);
  const problemNotes = useMemo(() => problemNotesByCue(problems, t), [problems, t]);
  const [findMarks, setFindMarks] = useState<ReadonlyMap<string, string>>(noMarks);
  const findStep = useRef<((step: 1 | -1) => void) | undefined>(undefined);
  const trackLabels = useTrackLabels(tracks, t);

  const requestFocus = useCallback((place: CuePlace, start: number, end = start) => {
    seq.current += 1;
    setFocusRequest({ seq: seq.current, trackId: place.trackId, cueId: place.cueId, start, end });
  }, []);
  const onFocusDone = useCallback((done: number) => {
    setFocusRequest((request) => (request?.seq === done ? undefined : request));
  }, []);
  const { seek, playing } = playback;
  const sealDoc = doc.seal;
  // Read at focus time through a ref, so the callback stays the same and the memoised cells do not re-render.
  const latest = useRef({ tracks, playing });
  useEffect(() => {
    latest.current = { tracks, playing };
  });
  const onFocusCue = useCallback(
    (trackId: string, cueId: string) => {
      setFocused((previous) =>
        previous?.trackId === trackId && previous.cueId === cueId ? previous : { trackId, cueId },
      );
      const track = latest.current.tracks.find((candidate) => candidate.id === trackId);
      const cue = track?.cues.find((candidate) => candidate.id === cueId);
      // Choosing a cue shows its first frame (unless the video is playing: then typing follows the sound).
      if (cue && !latest.current.playing) seek(cue.startMs);
      sealDoc();
    },
    [seek, sealDoc],
  );

  const latestDoc = doc.latest;
  const latestText = useCallback(
    (trackId: string, cueId: string) =>
      latestDoc()
        ?.tracks.find((track) => track.id === trackId)
        ?.cues.find((cue) => cue.id === cueId)?.text,
    [latestDoc],
  );

  const extras = useEditorExtras(sessionId, mediaId, doc, focused);
  const undoImport = useUndoImport(sessionId, mediaId, doc, extras);
  const actions = useEditorActions({
    doc,
    rulesFor,
    playback,
    focused,
    problems,
    requestFocus,
    toggleFind: () => setFindOpen((open) => !open),
    findStep: (step) => {
      // F3 with Find closed opens it (the query is typed first).
      if (!findOpen || !findStep.current) setFindOpen(true);
      else findStep.current(step);
      return true;
    },
    toggleHelp: () => setHelpOpen((open) => !open),
    closePanels: () => {
      const any = findOpen || helpOpen;
      setFindOpen(false);
      setHelpOpen(false);
      return any;
    },
    openRetime: extras.openRetime,
    assignSpeaker: extras.assignSpeaker,
  });
  const root = useRef<HTMLElement>(null);
  useEditorKeys(actions.run, root);
  useEditorMenu(actions.run);

  const active = tracks.map((track) => {
    const cue = activeCueIndex(track, playback.currentMs);
    return { cue, word: cue < 0 ? -1 : activeWordIndex(track.cues[cue]!.words, playback.currentMs) };
  });
  const typing = typeof document !== 'undefined' && document.activeElement instanceof HTMLTextAreaElement;
  const followRow =
    playing && !typing && active[0] && active[0].cue >= 0
      ? rows.findIndex((row) => row.cells[0] === active[0]!.cue)
      : -1;
  const captions = tracks.flatMap((track, column) => {
    const cue = track.cues[active[column]?.cue ?? -1];
    return cue
      ? [{ trackId: track.id, text: cue.text, language: track.language, direction: track.direction }]
      : [];
  });
  const source = media
    ? mediaUrl(sessionId, mediaId, media.assets.proxy !== undefined ? 'proxy' : 'source')
    : undefined;

  const notice = extras.notice ?? actions.notice;
  const onGoProblem = useStableCallback(actions.goToProblem);
  const onFixProblem = useStableCallback(actions.fix);
  const onFixAll = useStableCallback(actions.fixAll);
  const onNextProblem = useStableCallback(() => actions.run('next-problem'));
  const onRetime = useStableCallback((trackId: string, update: (track: Track) => Track) =>
    doc.apply((current) => withTrack(current, trackId, update)),
  );
  const onSelectCue = useStableCallback((trackId: string, cueId: string) =>
    requestFocus({ trackId, cueId }, 0),
  );
  return (
    <section
      ref={root}
      className="editor"
      data-testid="editor"
      data-urdu-font={urduFont}
      aria-busy={doc.transcript === undefined}
    >
      <EditorToolbar
        title={t('editorTitle', { name: media?.fileName ?? '' })}
        status={doc.status}
        canUndo={doc.canUndo}
        canRedo={doc.canRedo}
        playing={playing}
        rate={playback.rate}
        urduFont={urduFont}
        notice={notice && t(notice.key, notice.params)}
        onBack={onClose}
        onCommand={(command) => actions.run(command)}
        onRate={playback.setRate}
        onFont={setUrduFont}
        fileActions={<EditorFileButtons onOpen={extras.setDialog} />}
      />
      <EditorBanners doc={doc} />
      {transcript && <TrackManager tracks={tracks} apply={doc.apply} />}
      {extras.importReport && (
        <ImportRepairs
          report={extras.importReport}
          onDismiss={() => extras.setImportReport(undefined)}
          onUndo={() => void undoImport(extras.importReport)}
        />
      )}
      {findOpen && transcript && (
        <FindBar
          transcript={settled ?? transcript}
          apply={(update) => doc.apply(update)}
          reveal={requestFocus}
          onMarks={setFindMarks}
          stepRef={findStep}
          onClose={() => setFindOpen(false)}
        />
      )}
      {doc.transcript === null && <p className="empty center">{t('noTranscript')}</p>}
      {transcript && (
        <div className="editor-body">
          <CueGrid
            tracks={tracks}
            trackLabels={trackLabels}
            rows={rows}
            heights={heights}
            urduFont={urduFont}
            problemKinds={problemKinds}
            problemNotes={problemNotes}
            findMarks={findMarks}
            active={active}
            focused={focused}
            focusRequest={focusRequest}
            followRow={followRow}
            onFocusDone={onFocusDone}
            onText={actions.onText}
            latestText={latestText}
            onFocusCue={onFocusCue}
            onSeek={seek}
            participants={extras.speakers.participants}
            speakerColours={extras.speakers.colours}
            onSpeaker={extras.onSpeaker}
          />
          <aside className="editor-side">
            <VideoPreview
              src={source}
              attach={playback.attach}
              captions={captions}
              onClick={playback.togglePlay}
            />
            <EditorClipMarks sessionId={sessionId} mediaId={mediaId} currentMs={playback.currentMs} />
            <SpeakerLegend participants={extras.speakers.participants} colours={extras.speakers.colours} />
            <ProblemsPanel
              problems={problems}
              tracks={settledTracks}
              current={actions.currentProblem}
              onGo={onGoProblem}
              onFix={onFixProblem}
              onFixAll={onFixAll}
              onNext={onNextProblem}
              onRemove={removal.remove}
              removableCount={removal.count}
              onRemoveAll={removal.removeAll}
            />
          </aside>
          <WaveformTimeline
            peaks={peaks}
            durationMs={media?.probe.durationMs ?? playback.durationMs}
            tracks={settledTracks}
            focused={focused}
            currentMs={playback.currentMs}
            playing={playing}
            pxPerSecond={pxPerSecond}
            gapMs={defaultSegmentationRules.minGapMs}
            onZoom={setPxPerSecond}
            onSeek={seek}
            onRetime={onRetime}
            onSelectCue={onSelectCue}
          />
        </div>
      )}
      {helpOpen && <ShortcutsHelp onClose={() => setHelpOpen(false)} />}
      <EditorDialogs
        sessionId={sessionId}
        mediaId={mediaId}
        doc={doc}
        extras={extras}
        tracks={tracks}
        trackLabels={trackLabels}
        focused={focused}
      />
    </section>
  );
}
