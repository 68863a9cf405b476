/**
 * One Urdu term per concept, used by every catalogue (renderer/src/i18n, clips, editor, programme, settings).
 * `avoid` lists the other words once used for the same concept; test/renderer/glossary.test.ts refuses them.
 */
export interface GlossaryEntry {
  concept: string;
  urdu: string;
  avoid: readonly string[];
}

export const glossary: readonly GlossaryEntry[] = [
  { concept: 'speaker', urdu: 'بولنے والا', avoid: ['مقرر'] },
  { concept: 'transcript', urdu: 'ٹرانسکرپٹ', avoid: ['تحریر'] },
  { concept: 'text (of a cue)', urdu: 'متن', avoid: [] },
  { concept: 'export', urdu: 'برآمد', avoid: ['ایکسپورٹ'] },
  { concept: 'import', urdu: 'درآمد', avoid: ['امپورٹ'] },
  { concept: 'participant', urdu: 'شریک', avoid: [] },
  { concept: 'model (whisper)', urdu: 'ماڈل', avoid: [] },
  { concept: 'glossary (the workspace’s terms)', urdu: 'فرہنگ', avoid: ['لغت'] },
];
