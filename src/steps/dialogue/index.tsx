/**
 * Step 3 (Trin 3): one chosen building block at a time, in priority order —
 * its Huset description, how the group scored it, the booklet's six prompts
 * with a notes field each, proposals for the action plan, inspiration, and
 * a time-box from the workshop's time budget.
 *
 * Time moves with the agenda (issue #12 point 5): opening another block
 * pauses the running time of the block the group leaves and says so; the
 * block's timer comes first (before the prompts, on a phone too), so its
 * Start is the next thing after the block's heading; the meeting's time
 * left stands under the step's heading.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { useAppState } from '../../app/app-state';
import { href } from '../../app/routes';
import { navigate } from '../../app/use-route';
import { focusMark, focusUnlessMoved, type FocusMark } from '../../components/focus-unless-moved';
import { pure } from '../../components/pure';
import { SavedTextarea } from '../../components/saved-textarea';
import type { BlockId } from '../../domain/blocks';
import type { BuildingBlock, Inspiration } from '../../domain/content';
import { pauseOtherBlocks, runningBlocks, setNote, setTimer } from '../../domain/dialogue';
import { furthestStep } from '../../domain/setup';
import { summarise, type ScoreSummary } from '../../domain/scoring';
import { newCountdown, splitTime } from '../../domain/timebox';
import { LIMITS } from '../../domain/workshop';
import { localise } from '../../content/language';
import { latestInspiration } from '../../db/content';
import { useLiveQuery } from '../../db/use-live-query';
import { HowTo, stepHeading } from '../../components/guidance';
import { t } from '../../i18n';
import { meanText } from '../results/mean-text';
import { openDialogueBlock } from '../../screens/presenter/follow';
import { QuestionResults } from '../results/question-results';
import { useStep, type OpenStep } from '../step-context';
import { MeetingTime } from './meeting-time';
import { InspirationPanel } from './inspiration';
import { Proposals } from './proposals';
import { Timer } from './timer';
import { BlockPreviousItems, PreviousPlanReview } from '../../rounds/review';
import { useEarlierRounds } from '../../rounds/use-earlier-rounds';
import { r } from '../../rounds/words';
import './dialogue.css';

export { loadRoundWords } from '../../rounds/words';

export function DialogueStep() {
  const { workshop, questionnaire, huset, dialog, guidance, save } = useStep();
  const { db } = useAppState();
  const chosen = workshop.voting.chosen;
  const alone = workshop.mode === 'solo';
  const [index, setIndex] = useState(0);
  /** The blocks whose time was paused when the group opened this one, for the status line; cleared when this block's time is touched. */
  const [pausedOnOpen, setPausedOnOpen] = useState<readonly BlockId[]>([]);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const first = useRef(true);
  /** Where the focus was at the tap that opened another block (see focus-unless-moved.ts). */
  const tapMark = useRef<FocusMark>(null);
  const earlier = useEarlierRounds(db, workshop);
  const previous = earlier.status === 'ready' ? earlier.rounds[earlier.rounds.length - 1]?.workshop : undefined;
  const inspiration = useLiveQuery(async () => localise(await latestInspiration(db)), [db]);
  const summary = useMemo(
    () => summarise(questionnaire, workshop.answers, workshop.participants.map((p) => p.id)),
    [questionnaire, workshop.answers, workshop.participants],
  );

  // The presenter view (src/screens/presenter/) shows the block the group has open.
  const shownBlock = chosen[Math.min(index, chosen.length - 1)];
  useEffect(() => {
    openDialogueBlock.value = shownBlock ? { workshop: workshop.id, block: shownBlock } : null;
  }, [workshop.id, shownBlock]);

  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    focusUnlessMoved(headingRef.current, tapMark.current);
  }, [index]);

  const everyBlockTitle = (id: string) => huset.blocks.find((b) => b.id === id)?.title ?? id;
  const review =
    earlier.status === 'error' ? (
      <p class="notice notice--error" role="alert">
        {r.earlierFailed}
      </p>
    ) : (
      previous && <PreviousPlanReview workshop={workshop} previous={previous} save={save} blockTitle={everyBlockTitle} />
    );

  if (chosen.length === 0) {
    return (
      <>
        <h1>{stepHeading(guidance, 'dialogue')}</h1>
        {review}
        <p>{alone ? t.dialogue.noneChosenSolo : t.dialogue.noneChosen}</p>
        <a class="button" href={href({ name: 'workshop', id: workshop.id, view: 'prioriter' })}>
          {t.dialogue.toPrioritise}
        </a>
      </>
    );
  }

  const current = Math.min(index, chosen.length - 1);
  const blockId = chosen[current];
  const block = huset.blocks.find((b) => b.id === blockId);
  if (!blockId || !block) return null;
  const time = splitTime(workshop.timeBudgetMinutes, chosen.length);
  const blockTitle = (id: string) => huset.blocks.find((b) => b.id === id)?.title ?? id;
  /** Opens another block: the time of the block the group leaves stops at the moment of the switch. */
  const openBlock = (next: number) => {
    const target = chosen[next];
    if (next === current || !target) return;
    const at = Date.now();
    const leaving = runningBlocks(workshop, chosen).filter((id) => id !== target);
    setPausedOnOpen(leaving);
    tapMark.current = focusMark();
    setIndex(next);
    if (leaving.length > 0) void save((w) => pauseOtherBlocks(w, chosen, target, at));
  };
  const toPlan = async () => {
    if (await save((w) => ({ ...w, step: furthestStep(w.step, 'plan') }))) navigate({ name: 'workshop', id: workshop.id, view: 'handleplan' });
  };

  return (
    <>
      <h1>{stepHeading(guidance, 'dialogue')}</h1>
      <MeetingTime plan={time} countdowns={chosen.map((id) => workshop.dialogue[id]?.timer)} />
      <p class="lead">{alone ? t.dialogue.introSolo : t.dialogue.intro}</p>
      <HowTo guidance={guidance} step="dialogue" alone={alone} />
      {review}
      <nav aria-label={t.dialogue.blocksNav}>
        <ol class="block-tabs">
          {chosen.map((id, i) => (
            <li key={id}>
              <button type="button" class="block-tab" aria-current={i === current ? 'step' : undefined} onClick={() => openBlock(i)}>
                <span class="block-tab__count">{i + 1}.</span> {huset.blocks.find((b) => b.id === id)?.shortTitle ?? id}
              </button>
            </li>
          ))}
        </ol>
      </nav>
      <div class="dialogue">
        <h2 tabIndex={-1} ref={headingRef}>
          {block.title}
        </h2>
        {/* Outside the keyed grid, so the same live region is there before and after a switch and is read out. */}
        <p class="dialogue__paused" role="status">
          {/* No text at all when there is nothing to say (null, not ''): an empty text was set again with every render, that is with every key typed in a note, and a live region's text changing costs layout and accessibility work (#14). */}
          {pausedOnOpen.length > 0 ? t.dialogue.paused(pausedOnOpen.map(blockTitle), block.title, (workshop.dialogue[blockId]?.timer?.elapsedBeforeMs ?? 0) > 0) : null}
        </p>
        <div class="dialogue__grid" key={blockId}>
          {/* First in the DOM: on a phone the time-box sits above the prompts, and its Start follows the heading. */}
          <section class="card dialogue__timer">
            <Timer
              countdown={workshop.dialogue[blockId]?.timer}
              minutes={time.dialoguePerBlock}
              budgetText={t.dialogue.budget(time.dialoguePerBlock, time.total)}
              change={(next) => {
                setPausedOnOpen([]);
                void save((w) => setTimer(w, blockId, next(w.dialogue[blockId]?.timer ?? newCountdown(time.dialoguePerBlock * 60_000))));
              }}
            />
          </section>
          <div class="dialogue__main">
            <section class="card" aria-labelledby="prompts-title">
              <h3 id="prompts-title">{alone ? t.dialogue.promptsSolo : t.dialogue.prompts}</h3>
              <p class="hint">{dialog.dialoguePromptsIntro}</p>
              {dialog.dialoguePrompts.map((prompt) => (
                <SavedTextarea
                  key={prompt.id}
                  id={`note-${blockId}-${prompt.id}`}
                  label={prompt.text}
                  read={(w) => w.dialogue[blockId]?.notes[prompt.id] ?? ''}
                  write={(w, text) => setNote(w, blockId, prompt.id, text)}
                  maxLength={LIMITS.note}
                />
              ))}
            </section>
            {previous && <BlockPreviousItems workshop={workshop} previous={previous} block={blockId} />}
            <section class="card">
              <Proposals proposals={workshop.dialogue[blockId]?.proposals} save={save} block={blockId} />
            </section>
          </div>
          <BlockSide
            block={block}
            summary={summary}
            questionnaire={questionnaire}
            huset={huset}
            dialog={dialog}
            alone={alone}
            inspiration={inspiration.status === 'ready' ? inspiration.value : undefined}
          />
        </div>
        <div class="actions actions--spread">
          {current > 0 ? (
            <button class="button" type="button" onClick={() => openBlock(current - 1)}>
              {t.dialogue.previous}
            </button>
          ) : (
            <span />
          )}
          {current < chosen.length - 1 ? (
            <button class="button button--primary" type="button" onClick={() => openBlock(current + 1)}>
              {t.dialogue.next}
            </button>
          ) : (
            <button class="button button--primary" type="button" onClick={() => void toPlan()}>
              {t.dialogue.toPlanStep}
            </button>
          )}
        </div>
      </div>
    </>
  );
}

/**
 * The block's description, its scores and the inspiration beside the prompts. Memoised: it changes with the
 * answers and the block, not with every keystroke in a note, and on a large workshop it is most of the step.
 * (It takes its content as props: reading the step's context would render it with every change.)
 */
interface BlockSideProps extends Pick<OpenStep, 'questionnaire' | 'huset' | 'dialog'> {
  block: BuildingBlock;
  summary: ScoreSummary;
  inspiration: Inspiration | undefined;
  /** Solo: one person's own scores, in the singular. */
  alone: boolean;
}

const BlockSide = pure(function BlockSide({ block, summary, questionnaire, huset, dialog, inspiration, alone }: BlockSideProps) {
  const blockResult = summary.blocks.find((b) => b.block === block.id);
  const formatMean = meanText;
  const blockTitle = (id: string) => huset.blocks.find((b) => b.id === id)?.title ?? id;
  return (
    <aside class="dialogue__side" aria-label={block.title}>
      <section class="card" aria-labelledby="huset-title">
        <h3 id="huset-title">{t.dialogue.huset}</h3>
        <ul class="block__description">
          {block.description.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      </section>
      <section class="card" aria-labelledby="scores-title">
        <h3 id="scores-title">{alone ? t.dialogue.scoresSolo : t.dialogue.scores}</h3>
        {blockResult && blockResult.mean !== null && blockResult.min !== null && blockResult.max !== null ? (
          <p>
            {alone
              ? t.results.blockLineSolo(formatMean(blockResult.mean), blockResult.min, blockResult.max)
              : t.results.blockLine(formatMean(blockResult.mean), blockResult.min, blockResult.max, blockResult.respondents)}
          </p>
        ) : (
          <p>{t.results.blockEmpty}</p>
        )}
        <QuestionResults summary={summary} questionnaire={questionnaire} dialog={dialog} blockTitle={blockTitle} formatMean={formatMean} only={block.id} level={3} alone={alone} />
      </section>
      <InspirationPanel inspiration={inspiration} block={block.id} alone={alone} />
    </aside>
  );
});
