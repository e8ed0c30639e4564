/**
 * Solo mode speaks to one person (issue #12 point 6). The booklet's dialogue
 * prompts and plan template ask a group ("Hvad kunne I gøre bedre?", "Hvad vil
 * vi gøre?"); alone, the workshop frame gives every step the same content with
 * those texts in the singular, so the dialogue, the plan, the print view and
 * the PDF all say "du"/"jeg". Prompts keep their ids (the notes are stored by
 * id), and a text the catalogue does not override stays the booklet's.
 */
import type { Dialog } from '../domain/content';
import type { Mode } from '../domain/workshop';
import { t } from '../i18n';

export function dialogFor(mode: Mode, dialog: Dialog): Dialog {
  if (mode !== 'solo') return dialog;
  const words = t.alone;
  const prompts = words.dialoguePrompts;
  // By the booklet's prompt ids; "effort" ("Hvilken indsats vil det kræve? Fra hvem? Hvornår?") is the same for one.
  const singular = new Map<string, string>([
    ['scoring', prompts.scoring],
    ['reasons', prompts.reasons],
    ['strengths', prompts.strengths],
    ['improve', prompts.improve],
    ['proposals', prompts.proposals],
  ]);
  return {
    ...dialog,
    dialoguePromptsIntro: words.dialoguePromptsIntro,
    dialoguePrompts: dialog.dialoguePrompts.map((p) => ({ ...p, text: singular.get(p.id) ?? p.text })),
    planTemplate: { ...dialog.planTemplate, ...words.planTemplate },
  };
}
