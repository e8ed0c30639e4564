/**
 * Solo mode speaks to one person (issue #12 point 6). The booklet's dialogue
 * prompts and plan template ask a group ("Hvad kunne I gøre bedre?", "Hvad vil
 * vi gøre?"); the dialogue content file carries the app's adaptation for one
 * person (`alone` in questionnaires/dialog.json, marked there as not the
 * booklet's words). Alone, the workshop frame gives every step the content
 * with that laid over, so the dialogue, the plan, the print view and the PDF
 * all say "du"/"jeg". Prompts keep their ids (notes are stored by id).
 */
import type { Dialog } from '../domain/content';
import type { Mode } from '../domain/workshop';

export function dialogFor(mode: Mode, dialog: Dialog): Dialog {
  const alone = dialog.alone;
  if (mode !== 'solo' || !alone) return dialog;
  const texts = new Map(alone.dialoguePrompts.map((p) => [p.id, p.text]));
  return {
    ...dialog,
    dialoguePromptsIntro: alone.dialoguePromptsIntro,
    dialoguePrompts: dialog.dialoguePrompts.map((p) => ({ ...p, text: texts.get(p.id) ?? p.text })),
    planTemplate: { ...dialog.planTemplate, ...alone.planTemplate },
  };
}
