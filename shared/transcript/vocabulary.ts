/**
 * The session's vocabulary as whisper's initial prompt: the session title, campaign, organiser and partners,
 * hashtags (without '#', as they are spoken), topics and the participants' names, then a workspace glossary.
 * whisper then spells these as the team writes them ("Media Baithak", not "media bhaitak"). Each term once
 * (case-insensitive), in that order, cut at a whole term to stay within whisper's prompt budget. Pure.
 */
export interface VocabularySource {
  title?: string;
  campaign?: string;
  organiser?: string;
  partners?: readonly string[];
  hashtags?: readonly string[];
  topics?: readonly string[];
  participantNames?: readonly string[];
  glossary?: readonly string[];
}

/** whisper keeps at most n_text_ctx/2 = 224 prompt tokens; Urdu takes about one token per 2–3 characters. */
export const PROMPT_MAX_CHARS = 400;

export function vocabularyPrompt(source: VocabularySource, maxChars = PROMPT_MAX_CHARS): string {
  const terms = [
    source.title,
    source.campaign,
    source.organiser,
    ...(source.partners ?? []),
    ...(source.hashtags ?? []).map((tag) => tag.replace(/^#+/, '')),
    ...(source.topics ?? []),
    ...(source.participantNames ?? []),
    ...(source.glossary ?? []),
  ]
    .map((term) => term?.replace(/\s+/g, ' ').trim() ?? '')
    .filter((term) => term !== '');
  const seen = new Set<string>();
  const kept: string[] = [];
  let length = 0;
  for (const term of terms) {
    const key = term.toLocaleLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    const added = (kept.length > 0 ? 2 : 0) + term.length;
    if (length + added > maxChars) break;
    kept.push(term);
    length += added;
  }
  return kept.join(', ');
}
