import { planExport, type PlanRefusal } from '../../../shared/export/planExport';
import { anonymizedName } from '../../../shared/programme/consent';
import type { Clip, ClipInput } from '../../../shared/model/clips';
import type { Session } from '../../../shared/model/session';
import type { Transcript } from '../../../shared/transcript/model';

export interface ClipConsentNotes {
  refusals: PlanRefusal[];
  /** Participants heard in the clip who are published as "Participant N". */
  anonymised: { name: string; alias: string }[];
  /** Participants heard in the clip who may be named. */
  named: string[];
}

/**
 * What consent allows for a clip while it is made or edited: the export plan (planExport, the function the
 * export itself runs) of this clip alone, with the transcript the editor has loaded.
 */
export function clipConsentNotes(
  session: Session,
  input: ClipInput,
  transcript: Pick<Transcript, 'tracks'> | null | undefined,
): ClipConsentNotes {
  // Built by hand, not parsed: a draft being edited may not be a valid clip yet.
  const clip: Clip = {
    ...input,
    id: input.id ?? 'draft',
    createdAt: input.createdAt ?? '',
    tags: input.tags ?? [],
    hashtags: input.hashtags ?? [],
    reframe: undefined,
  };
  const plan = planExport({
    session,
    participants: session.participants,
    clips: [clip],
    clipIds: [clip.id],
    transcripts: transcript ? new Map([[clip.mediaId, transcript]]) : new Map(),
    presets: [],
    presetIds: [],
    styles: [],
    overrides: [],
    fileNameTemplate: '{n}',
  });
  const [allowed] = plan.allowed;
  const person = (id: string) => session.participants.find((item) => item.id === id);
  return {
    refusals: plan.refusals,
    anonymised: (allowed?.anonymised ?? []).flatMap((id) => {
      const found = person(id);
      return found ? [{ name: found.name, alias: anonymizedName(found) }] : [];
    }),
    named: (allowed?.named ?? []).flatMap((id) => person(id)?.name ?? []),
  };
}
