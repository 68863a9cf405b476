import type { ApiImplementation } from '../../../shared/api/contract';
import { engineError } from '../../../shared/errorTexts';
import { checkConsent, overrideReasonProblem } from '../../../shared/programme/consent';
import { reportCsv, reportFileName } from '../../../shared/programme/csv';
import { applyMetadataPatch, findParticipant } from '../../../shared/programme/edit';
import { computeReport } from '../../../shared/programme/report';
import type { ReportFilters } from '../../../shared/programme/schemas';
import { searchWorkspace } from '../../../shared/programme/search';
import { checkFilterDate } from '../../../shared/programme/validate';
import { appendHistory } from '../programme/history';
import {
  addParticipant,
  assignSpeaker,
  attachConsentScan,
  editContext,
  removeParticipant,
  updateParticipant,
  type ProgrammeDeps,
} from '../programme/participants';
import { loadSearchSources, loadSessions } from '../programme/workspaceData';

type ProgrammeApi = Pick<
  ApiImplementation,
  | 'sessions.updateMetadata'
  | 'participants.add'
  | 'participants.update'
  | 'participants.remove'
  | 'participants.attachConsentScan'
  | 'transcripts.assignSpeaker'
  | 'consent.check'
  | 'consent.override'
  | 'history.recordExport'
  | 'reports.get'
  | 'reports.csv'
  | 'search.query'
>;

function checkFilters(filters: ReportFilters): ReportFilters {
  if (filters.from !== undefined) checkFilterDate(filters.from, 'start date');
  if (filters.to !== undefined) checkFilterDate(filters.to, 'end date');
  if (filters.from !== undefined && filters.to !== undefined && filters.from > filters.to) {
    throw engineError('report-dates-swapped', { from: filters.from, to: filters.to }, { field: 'from' });
  }
  return filters;
}

async function report(deps: ProgrammeDeps, filters: ReportFilters) {
  const { sessions, skipped } = await loadSessions(deps.sessions);
  return computeReport(sessions, checkFilters(filters), skipped);
}

/** Programme data: metadata, participants and consent, the consent gate, history, reports, search. */
export function createProgrammeApi(deps: ProgrammeDeps): ProgrammeApi {
  const { sessions } = deps;
  return {
    'sessions.updateMetadata': ({ sessionId, metadata }) =>
      sessions.update(sessionId, (draft) => {
        const changed = applyMetadataPatch(draft, metadata, editContext());
        if (changed.length > 0)
          appendHistory(draft, { kind: 'metadata-changed', details: changed.join(', ') });
      }),
    'participants.add': ({ sessionId, participant }) => addParticipant(deps, sessionId, participant),
    'participants.update': ({ sessionId, participantId, patch }) =>
      updateParticipant(deps, sessionId, participantId, patch),
    'participants.remove': ({ sessionId, participantId }) =>
      removeParticipant(deps, sessionId, participantId),
    'participants.attachConsentScan': ({ sessionId, participantId, path }) =>
      attachConsentScan(deps, sessionId, participantId, path),
    'transcripts.assignSpeaker': (request) => assignSpeaker(deps, request),
    'consent.check': async ({ sessionId, participantId, purpose }) => {
      const participant = findParticipant(await sessions.get(sessionId), participantId);
      return { ...checkConsent(participant, purpose), scope: participant.consent.scope, participantId };
    },
    'consent.override': async ({ sessionId, participantId, purpose, reason }) => {
      const problem = overrideReasonProblem(reason);
      if (problem) throw engineError('override-reason-missing', { problem }, { field: 'reason' });
      const { result: overrideId } = await sessions.change(sessionId, (draft) => {
        const participant = findParticipant(draft, participantId);
        const decision = checkConsent(participant, purpose);
        if (decision.decision === 'allowed') {
          throw engineError('override-not-needed', { decision: decision.message });
        }
        return appendHistory(draft, {
          kind: 'consent-override',
          participantId,
          purpose,
          reason: reason.trim(),
          fromScope: participant.consent.scope,
        }).id;
      });
      return { overrideId };
    },
    'history.recordExport': async ({ sessionId, participantId, platform, clipId, fileName, overrideId }) => {
      const { result: eventId } = await sessions.change(sessionId, (draft) => {
        const participant = participantId === undefined ? undefined : findParticipant(draft, participantId);
        if (overrideId !== undefined) {
          const override = draft.history.find((event) => event.id === overrideId);
          if (override?.kind !== 'consent-override' || override.participantId !== participantId) {
            throw engineError('override-unknown', { overrideId });
          }
        }
        return appendHistory(draft, {
          kind: 'clip-exported',
          platform: platform.trim(),
          clipId,
          fileName,
          ...(participantId === undefined ? {} : { participantId }),
          ...(overrideId === undefined ? {} : { overrideId }),
          // The consent in force at export time, for the audit trail.
          ...(participant ? { fromScope: participant.consent.scope } : {}),
        }).id;
      });
      return { eventId };
    },
    'reports.get': (filters) => report(deps, filters),
    'reports.csv': async (filters) => ({
      csv: reportCsv(await report(deps, filters)),
      fileName: reportFileName(filters),
    }),
    'search.query': async ({ text, kinds }) =>
      deps.searchIndex
        ? deps.searchIndex.query(text, kinds)
        : searchWorkspace(await loadSearchSources(sessions, deps.transcripts, deps.log), text, kinds),
  };
}
