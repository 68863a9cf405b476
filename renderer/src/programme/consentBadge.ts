import type { Consent, ConsentScope } from '../../../shared/model/programme';

/** none = red, internal = amber, anonymous = blue, named = green. */
export type BadgeTone = 'red' | 'amber' | 'blue' | 'green';

const tones: Record<ConsentScope, BadgeTone> = {
  none: 'red',
  internal: 'amber',
  'publish-anonymous': 'blue',
  'publish-named': 'green',
};

export interface ConsentBadgeInfo {
  scope: ConsentScope;
  tone: BadgeTone;
  /** Some consent is recorded, but neither a form reference nor a scan backs it (as the report counts it). */
  noForm: boolean;
  hasScan: boolean;
}

export function consentBadge(consent: Consent): ConsentBadgeInfo {
  const hasForm = (consent.formRef ?? '').trim() !== '' || consent.scanPath !== undefined;
  return {
    scope: consent.scope,
    tone: tones[consent.scope],
    noForm: consent.scope !== 'none' && !hasForm,
    hasScan: consent.scanPath !== undefined,
  };
}
