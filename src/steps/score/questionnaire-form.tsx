/**
 * One participant answering the questionnaire in the workshop (AnswerForm).
 * Every tap is saved at once and moves the resume point, so a reload comes
 * back to the same block with every answer in place.
 */
import { setAnswer, setCursor } from '../../domain/answers';
import type { AnswerValue } from '../../domain/workshop';
import { AnswerForm } from '../../components/answer-form';
import { useSession } from '../../session/context';
import { useStep } from '../step-context';

interface Props {
  participantId: string;
  onDone: () => void;
}

export function QuestionnaireForm({ participantId, onDone }: Props) {
  const { workshop, questionnaire, huset, dialog, labels, save } = useStep();
  const session = useSession();
  // A tap shows at once: the session applies it before it is written.
  const answers: Record<string, AnswerValue> = workshop.answers[participantId] ?? {};
  return (
    <AnswerForm
      questionnaire={questionnaire}
      huset={huset}
      dialog={dialog}
      answers={answers}
      stored={session.saved.value.answers[participantId] ?? {}}
      answeringAs={labels.get(participantId) ?? ''}
      cursor={workshop.cursor?.participantId === participantId ? workshop.cursor.questionId : undefined}
      onAnswer={(question, value) => void save((w) => setAnswer(w, participantId, question.id, value))}
      onBlock={(first) => void save((w) => setCursor(w, participantId, first.id))}
      onDone={onDone}
    />
  );
}
