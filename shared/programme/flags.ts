import type { HistoryEvent } from '../model/programme';
import type { Session } from '../model/session';
import { describeScope, isLowered } from './consent';
import type { ReportFlag } from './schemas';

/**
 * Exports that consent recorded afterwards does not cover. For every clip exported with a participant:
 * - consent was set later, when there was none at export time ('consent-set-after-export');
 * - consent was lowered later, e.g. from publish to internal only ('consent-lowered-after-export');
 * - the date on the consent form is after the day of the export ('consent-dated-after-export').
 * Re-exports of the same clip to the same platform give one flag (the first export's time).
 */
export function consentFlags(session: Session): ReportFlag[] {
  const flags: ReportFlag[] = [];
  const exports = session.history.filter(
    (event): event is HistoryEvent & { participantId: string } =>
      event.kind === 'clip-exported' && event.participantId !== undefined,
  );
  for (const exported of exports) {
    const participant = session.participants.find((candidate) => candidate.id === exported.participantId);
    if (!participant) continue;
    const base = {
      sessionId: session.id,
      sessionTitle: session.title,
      participantId: participant.id,
      participantName: participant.name,
      clipId: exported.clipId ?? '',
      platform: exported.platform ?? '',
      ...(exported.fileName ? { fileName: exported.fileName } : {}),
      exportedAt: exported.at,
    };
    const what = `clip ${base.clipId} was exported to ${base.platform} on ${exported.at.slice(0, 10)}`;
    const laterChanges = session.history.filter(
      (event) =>
        event.kind === 'consent-changed' &&
        event.participantId === participant.id &&
        event.at > exported.at &&
        event.fromScope !== undefined &&
        event.toScope !== undefined,
    );
    for (const change of laterChanges) {
      const from = change.fromScope ?? 'none';
      const to = change.toScope ?? 'none';
      if (from === to) continue;
      const setLater = from === 'none';
      if (!setLater && !isLowered(from, to)) continue;
      flags.push({
        ...base,
        reason: setLater ? 'consent-set-after-export' : 'consent-lowered-after-export',
        changedAt: change.at,
        fromScope: from,
        toScope: to,
        message: setLater
          ? `${participant.name} had no consent when ${what}; ${describeScope(to)} was recorded on ${change.at.slice(0, 10)}.`
          : `${participant.name}'s consent was lowered from ${describeScope(from)} to ${describeScope(to)} on ${change.at.slice(0, 10)}, after ${what}.`,
      });
    }
    const signed = participant.consent.date;
    if (signed !== undefined && signed > exported.at.slice(0, 10)) {
      flags.push({
        ...base,
        reason: 'consent-dated-after-export',
        changedAt: signed,
        toScope: participant.consent.scope,
        message: `${participant.name}'s consent form is dated ${signed}, after ${what}.`,
      });
    }
  }
  const seen = new Set<string>();
  return flags.filter((flag) => {
    const key = [flag.reason, flag.participantId, flag.clipId, flag.platform, flag.changedAt].join('\u0000');
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
