/**
 * "Mødet: 58 min. tilbage af 1½ time", under step 3's heading: the meeting's
 * time left (meetingRemainingMs in domain/timebox.ts says what it counts).
 * Its own component, so that only this line renders again every second while
 * a block's time runs, not the notes being typed beside it.
 */
import { isRunning, meetingRemainingMs, wholeMinutesLeft, type Countdown, type TimePlan } from '../../domain/timebox';
import { t } from '../../i18n';
import { useNow } from './use-now';

interface MeetingTimeProps {
  plan: TimePlan;
  /** The chosen blocks' countdowns (undefined: never started). */
  countdowns: readonly (Countdown | undefined)[];
}

export function MeetingTime({ plan, countdowns }: MeetingTimeProps) {
  const now = useNow(countdowns.some((c) => c !== undefined && isRunning(c)));
  const minutes = wholeMinutesLeft(meetingRemainingMs(plan, countdowns, now));
  const total = t.dialogue.duration(plan.total);
  return (
    <p class="meeting-time">
      <strong class="meeting-time__left">
        {minutes >= 0 ? t.dialogue.meetingLeft(t.dialogue.duration(minutes), total) : t.dialogue.meetingOver(t.dialogue.duration(-minutes), total)}
      </strong>{' '}
      <span class="hint">{t.dialogue.meetingHint}</span>
    </p>
  );
}
