import type { ParticipantInput, ParticipantPatch } from '../../../shared/api/methods/programme';
import type {
  AgeBand,
  ConsentScope,
  Gender,
  Participant,
  ParticipantRole,
} from '../../../shared/model/programme';

/** The add/edit participant form; '' means "not given". */
export interface ParticipantForm {
  name: string;
  gender: Gender;
  ageBand: AgeBand | '';
  organisation: string;
  role: ParticipantRole;
  languages: string[];
  notes: string;
  scope: ConsentScope;
  consentDate: string;
  formRef: string;
}

export const emptyParticipantForm = (): ParticipantForm => ({
  name: '',
  gender: 'not-stated',
  ageBand: '',
  organisation: '',
  role: 'participant',
  languages: [],
  notes: '',
  scope: 'none',
  consentDate: '',
  formRef: '',
});

export function formFromParticipant(participant: Participant): ParticipantForm {
  return {
    name: participant.name,
    gender: participant.gender,
    ageBand: participant.ageBand ?? '',
    organisation: participant.organisation ?? '',
    role: participant.role,
    languages: [...participant.languages],
    notes: participant.notes,
    scope: participant.consent.scope,
    consentDate: participant.consent.date ?? '',
    formRef: participant.consent.formRef ?? '',
  };
}

const given = (value: string): string | undefined => (value.trim() === '' ? undefined : value);

function consentOf(form: ParticipantForm): NonNullable<ParticipantInput['consent']> {
  return {
    scope: form.scope,
    date: given(form.consentDate) ?? null,
    formRef: given(form.formRef) ?? null,
  };
}

/** What participants.add receives. The name is sent as typed: the engine says when it is missing. */
export function inputFromForm(form: ParticipantForm, mediaIds: readonly string[] = []): ParticipantInput {
  const organisation = given(form.organisation);
  return {
    name: form.name,
    gender: form.gender,
    role: form.role,
    languages: form.languages,
    notes: form.notes,
    consent: consentOf(form),
    ...(form.ageBand === '' ? {} : { ageBand: form.ageBand }),
    ...(organisation === undefined ? {} : { organisation }),
    ...(mediaIds.length > 0 ? { mediaIds: [...mediaIds] } : {}),
  };
}

/** What participants.update receives for an edit: every field of the form, cleared ones as null. */
export function patchFromForm(form: ParticipantForm): ParticipantPatch {
  return {
    name: form.name,
    gender: form.gender,
    ageBand: form.ageBand === '' ? null : form.ageBand,
    organisation: given(form.organisation) ?? null,
    role: form.role,
    languages: form.languages,
    notes: form.notes,
    consent: consentOf(form),
  };
}

/** Toggles one media in a participant's list, keeping the order of the session's media. */
export function toggleMedia(
  current: readonly string[],
  mediaId: string,
  on: boolean,
  order: readonly string[],
): string[] {
  const set = new Set(current);
  if (on) set.add(mediaId);
  else set.delete(mediaId);
  const known = order.filter((id) => set.has(id));
  return [...known, ...[...set].filter((id) => !order.includes(id))];
}
