import type {
  AgeBand,
  ConsentScope,
  Gender,
  ParticipantRole,
  SessionType,
} from '../../../shared/model/programme';
import type { SearchKind } from '../../../shared/programme/schemas';
import type { ProgrammeMessageKey } from './i18n/en';

/** Catalog keys for the engine's enumerations, so every label is translated in one place. */

export const typeKey = (type: SessionType | 'unspecified'): ProgrammeMessageKey => `type_${type}`;
export const genderKey = (gender: Gender): ProgrammeMessageKey => `gender_${gender}`;
export const ageKey = (band: AgeBand | 'not-stated'): ProgrammeMessageKey => `age_${band}`;
export const roleKey = (role: ParticipantRole): ProgrammeMessageKey => `role_${role}`;
export const scopeKey = (scope: ConsentScope): ProgrammeMessageKey => `scope_${scope}`;
export const kindKey = (kind: SearchKind): ProgrammeMessageKey => `kind_${kind}`;
