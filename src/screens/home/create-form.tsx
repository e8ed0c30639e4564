/** "Nyt dialogmøde": the minimal setup — workplace, date and målgruppe. */
import { useRef, useState } from 'preact/hooks';
import { useAppState } from '../../app/app-state';
import { navigate } from '../../app/use-route';
import { QuestionnaireChoice } from '../../components/questionnaire-choice';
import { ErrorNotice } from '../../components/status';
import type { Questionnaire } from '../../domain/content';
import { checkSetup, localIsoDate, type SetupFields, type SetupProblems } from '../../domain/setup';
import { LIMITS } from '../../domain/workshop';
import { requestPersistence } from '../../db/storage';
import { createWorkshop } from '../../db/workshops';
import { t } from '../../i18n';

function messages(problems: SetupProblems): Partial<Record<keyof SetupFields, string>> {
  return {
    title:
      problems.title === 'required'
        ? t.create.errors.title
        : problems.title === 'too-long'
          ? t.create.errors.titleTooLong(LIMITS.title)
          : undefined,
    date: problems.date ? t.create.errors.date : undefined,
    questionnaireId: problems.questionnaireId ? t.create.errors.questionnaire : undefined,
  };
}

export function CreateWorkshopForm({ questionnaires }: { questionnaires: Questionnaire[] }) {
  const app = useAppState();
  const [fields, setFields] = useState<SetupFields>(() => ({
    title: '',
    // As typed, in the chosen language's format ("15.01.2027"); read as an ISO date on submit.
    // (Empty in the prerendered page: the build's day is not today.)
    date: app.prerendering ? '' : t.dateField.toText(localIsoDate(app.now())),
    questionnaireId: questionnaires[0]?.id ?? '',
  }));
  const [shown, setShown] = useState<Partial<Record<keyof SetupFields, string>>>({});
  const [saveError, setSaveError] = useState(false);
  const titleRef = useRef<HTMLInputElement>(null);
  const dateRef = useRef<HTMLInputElement>(null);

  const set = (name: keyof SetupFields) => (event: Event) => {
    const value = (event.currentTarget as HTMLInputElement).value;
    setFields((f) => ({ ...f, [name]: value }));
  };

  const submit = async (event: Event) => {
    event.preventDefault();
    const date = t.dateField.parse(fields.date) ?? fields.date;
    const errors = messages(checkSetup({ ...fields, date }));
    setShown(errors);
    if (errors.title) return titleRef.current?.focus();
    if (errors.date) return dateRef.current?.focus();
    const questionnaire = questionnaires.find((q) => q.id === fields.questionnaireId);
    if (!questionnaire) {
      setShown({ questionnaireId: t.create.errors.questionnaire });
      return;
    }
    try {
      const workshop = await createWorkshop(
        app.db,
        {
          id: app.newId(),
          title: fields.title,
          date,
          questionnaire: { id: questionnaire.id, version: questionnaire.version },
        },
        app.now(),
      );
      // The first save is the moment to ask the browser to keep the data (see db/storage.ts).
      void requestPersistence(app.db).catch(() => undefined);
      navigate({ name: 'workshop', id: workshop.id, view: 'opsaetning' });
    } catch {
      setSaveError(true);
    }
  };

  return (
    <form class="card form" onSubmit={submit} noValidate aria-labelledby="create-title">
      <h2 id="create-title">{t.create.title}</h2>
      {saveError && <ErrorNotice message={t.create.saveFailed} />}
      <div class="field">
        <label for="create-workplace">{t.create.workplace}</label>
        <p class="hint" id="create-workplace-hint">
          {t.create.workplaceHint}
        </p>
        <input
          id="create-workplace"
          ref={titleRef}
          type="text"
          name="title"
          autocomplete="organization"
          maxLength={LIMITS.title + 50}
          value={fields.title}
          onInput={set('title')}
          aria-invalid={shown.title ? 'true' : undefined}
          aria-describedby={shown.title ? 'create-workplace-hint create-workplace-error' : 'create-workplace-hint'}
        />
        {shown.title && (
          <p class="field__error" id="create-workplace-error">
            {shown.title}
          </p>
        )}
      </div>
      <div class="field">
        <label for="create-date">{t.create.date}</label>
        <p class="hint" id="create-date-hint">
          {t.dateField.hint}
        </p>
        <input
          id="create-date"
          ref={dateRef}
          type="text"
          name="date"
          autocomplete="off"
          spellcheck={false}
          value={fields.date}
          onInput={set('date')}
          aria-invalid={shown.date ? 'true' : undefined}
          aria-describedby={shown.date ? 'create-date-hint create-date-error' : 'create-date-hint'}
        />
        {shown.date && (
          <p class="field__error" id="create-date-error">
            {shown.date}
          </p>
        )}
      </div>
      <QuestionnaireChoice
        questionnaires={questionnaires}
        selected={fields.questionnaireId}
        onSelect={(q) => setFields((f) => ({ ...f, questionnaireId: q.id }))}
        describedBy={shown.questionnaireId ? 'create-questionnaire-error' : undefined}
      >
        {shown.questionnaireId && (
          <p class="field__error" id="create-questionnaire-error">
            {shown.questionnaireId}
          </p>
        )}
      </QuestionnaireChoice>
      <button class="button button--primary" type="submit">
        {t.create.submit}
      </button>
    </form>
  );
}
