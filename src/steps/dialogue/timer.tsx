/**
 * The time-box for one building block: start, pause, extend; says clearly
 * (and silently) when time is up. The countdown is kept with the workshop,
 * so it runs on through a reload or on the projector tab (opening another
 * block pauses it: see index.tsx); `change` gets the stored countdown and returns the new one
 * (undefined: back to the full time, stopped).
 */
import { clockFace as clock, extendCountdown, isOver, isRunning, newCountdown, pauseCountdown, remainingMs, startCountdown, type Countdown } from '../../domain/timebox';
import { t } from '../../i18n';
import { useNow } from './use-now';

interface TimerProps {
  /** The stored countdown; undefined when it was never started (or was reset). */
  countdown: Countdown | undefined;
  minutes: number;
  budgetText: string;
  change: (next: (current: Countdown) => Countdown | undefined) => void;
}

export function Timer({ countdown: stored, minutes, budgetText, change }: TimerProps) {
  const countdown = stored ?? newCountdown(minutes * 60_000);
  const running = isRunning(countdown);
  const now = useNow(running);

  const left = remainingMs(countdown, now);
  const over = isOver(countdown, now);
  return (
    <section class={`timer${over ? ' timer--over' : ''}`} aria-labelledby="timer-title">
      <h3 id="timer-title">{t.dialogue.timer}</h3>
      <p class="hint">{budgetText}</p>
      <p class="timer__clock" aria-hidden="true">
        {over ? `+${clock(left)}` : clock(left)}
      </p>
      <p class="visually-hidden">{over ? t.dialogue.overtime(clock(left)) : t.dialogue.timeLeft(clock(left))}</p>
      {over && (
        <p class="timer__over" role="alert">
          {t.dialogue.timeUp}
        </p>
      )}
      <div class="actions">
        {running ? (
          <button
            class="button"
            type="button"
            onClick={() => {
              const at = Date.now(); // the moment of the press, not of the write
              change((c) => pauseCountdown(c, at));
            }}
          >
            {t.dialogue.timerPause}
          </button>
        ) : (
          <button
            class="button button--primary"
            type="button"
            onClick={() => {
              const at = Date.now();
              change((c) => startCountdown(c, at));
            }}
          >
            {countdown.elapsedBeforeMs > 0 ? t.dialogue.timerResume : t.dialogue.timerStart}
          </button>
        )}
        <button class="button" type="button" onClick={() => change((c) => extendCountdown(c, 5 * 60_000))}>
          {t.dialogue.timerExtend}
        </button>
        <button class="button button--quiet" type="button" onClick={() => change(() => undefined)}>
          {t.dialogue.timerReset}
        </button>
      </div>
    </section>
  );
}
