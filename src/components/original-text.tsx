/**
 * The booklet's Danish original beside a translated text, one tap away, and
 * the translation's own notice that it is unofficial. Both render nothing in
 * Danish, where the text on screen is the original.
 */
import { originalOf } from '../content/language';
import type { ContentFile, Questionnaire } from '../domain/content';
import { t } from '../i18n';

export function OriginalText({ text }: { text: string | undefined }) {
  if (!text) return null;
  return (
    <details class="original">
      <summary>{t.content.original}</summary>
      <p lang="da">{text}</p>
    </details>
  );
}

/** The Danish text of a question in a translated questionnaire; undefined when the questionnaire is the original. */
export function originalQuestion(questionnaire: Questionnaire, id: string): string | undefined {
  return originalOf(questionnaire)?.questions.find((q) => q.id === id)?.text;
}

/** "Unofficial translation. The Danish original is the official text." – shown once per screen with translated content. */
export function TranslationNotice({ file }: { file: ContentFile | undefined }) {
  const notice = file?.translation?.notice;
  if (!notice) return null;
  return <p class="translation-notice">{notice}</p>;
}
