/**
 * The session's vocabulary as whisper's initial prompt, so whisper spells names as the team writes them
 * ("Media Baithak", not "media bhaitak"). Terms come in priority order:
 *   1. the session's names: title, participants' names, organiser, partners, campaign and hashtags (without
 *      '#', as they are spoken);
 *   2. the workspace glossary (terms the team writes a particular way, kept in glossary.json);
 *   3. the session's topics.
 * Each term once (case-insensitive), joined with ", ". whisper keeps only the last n_text_ctx/2 = 224 prompt
 * tokens and drops the start, which would lose the names first: terms are added while the prompt's estimated
 * token count stays within PROMPT_MAX_TOKENS, and one that does not fit is left out whole. Pure.
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

/** whisper.cpp keeps at most n_text_ctx/2 = 224 prompt tokens; the estimate errs high, with a margin too. */
export const PROMPT_MAX_TOKENS = 200;

/**
 * An estimate of how many whisper tokens a text takes that errs high: Latin words one token per two letters,
 * digits one per two, Arabic-script letters (Urdu, Sindhi, Pashto) one each, other letters one per UTF-8 byte
 * (whisper's byte-level tokens), and each mark or separator one. whisper's vocabulary merges far more than this
 * for common words, so a prompt within the estimate is within the real limit.
 */
export function estimatePromptTokens(text: string): number {
  let tokens = 0;
  for (const run of text.match(
    /[A-Za-z]+|[0-9]+|[\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff]|\s+|./gsu,
  ) ?? []) {
    if (/^[A-Za-z0-9]/.test(run)) tokens += Math.ceil(run.length / 2);
    else if (/^\s/.test(run)) continue;
    else if (/^[\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff]$/u.test(run)) tokens += 1;
    else if (/^[\p{P}\p{S}]$/u.test(run) && run.length === 1) tokens += 1;
    else tokens += utf8Bytes(run.codePointAt(0) ?? 0);
  }
  return tokens;
}

const utf8Bytes = (codePoint: number) =>
  codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;

export function vocabularyPrompt(source: VocabularySource, maxTokens = PROMPT_MAX_TOKENS): string {
  const terms = [
    source.title,
    ...(source.participantNames ?? []),
    source.organiser,
    ...(source.partners ?? []),
    ...[source.campaign ?? '', ...(source.hashtags ?? [])].map((tag) => tag.replace(/^#+/, '')),
    ...(source.glossary ?? []),
    ...(source.topics ?? []),
  ]
    .map((term) => term?.replace(/\s+/g, ' ').trim() ?? '')
    .filter((term) => term !== '');
  const seen = new Set<string>();
  const kept: string[] = [];
  let tokens = 0;
  for (const term of terms) {
    const key = term.toLocaleLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    const added = (kept.length > 0 ? 1 : 0) + estimatePromptTokens(term);
    if (tokens + added > maxTokens) continue;
    kept.push(term);
    tokens += added;
  }
  return kept.join(', ');
}
