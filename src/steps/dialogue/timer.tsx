/** The time-box for one building block: start, pause, extend; says clearly (and silently) when time is up. */
import { useEffect, useState } from 'preact/hooks';
import { extendCountdown, isOver, isRunning, pauseCountdown, remainingMs, startCountdown, type Countdown } from '../../domain/timebox';
import { t } from '../../i18n';

function clock(ms: number): string {
  const total = Math.round(Math.abs(ms) / 1000);
  return `${Math.floor(total / 60)}:${String(total % 60).padStart(2, '0')}`;
}

export function Timer({ minutes, budgetText }: { minutes: number; budgetText: string }) {
  const fresh = (): Countdown => ({ durationMs: minutes * 60_000, startedAt: null, elapsedBeforeMs: 0 });
  const [countdown, setCountdown] = useState<Countdown>(fresh);
  const [now, setNow] = useState(() => Date.now());
  const running = isRunning(countdown);

  useEffect(() => {
    if (!running) return;
    const tick = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(tick);
  }, [running]);

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
          <button class="button" type="button" onClick={() => setCountdown((c) => pauseCountdown(c, Date.now()))}>
            {t.dialogue.timerPause}
          </button>
        ) : (
          <button
            class="button button--primary"
            type="button"
            onClick={() => {
              setNow(Date.now());
              setCountdown((c) => startCountdown(c, Date.now()));
            }}
          >
            {countdown.elapsedBeforeMs > 0 ? t.dialogue.timerResume : t.dialogue.timerStart}
          </button>
        )}
        <button class="button" type="button" onClick={() => setCountdown((c) => extendCountdown(c, 5 * 60_000))}>
          {t.dialogue.timerExtend}
        </button>
        <button class="button button--quiet" type="button" onClick={() => setCountdown(fresh())}>
          {t.dialogue.timerReset}
        </button>
      </div>
    </section>
  );
}
