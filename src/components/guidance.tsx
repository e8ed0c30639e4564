/**
 * The booklet's guidance as it reads in the booklet: sections of paragraphs
 * and bullet lists (GuidanceText), and each step's folded "Sådan gør I"
 * (HowTo). The words come from questionnaires/guidance.json, never from i18n.
 */
import type { Guidance, GuidanceSection, GuidedStep } from '../domain/content';
import { t } from '../i18n';
import './guidance.css';

type HeadingLevel = 2 | 3;

/** Paragraphs and lists of one or more sections, each under its heading when it has one. */
export function GuidanceText({ sections, level }: { sections: GuidanceSection[]; level: HeadingLevel }) {
  const Heading = level === 2 ? 'h2' : 'h3';
  return (
    <>
      {sections.map((section, i) => (
        <div class="guidance__section" key={section.heading ?? i}>
          {section.heading && <Heading>{section.heading}</Heading>}
          {section.body.map((part, j) =>
            typeof part === 'string' ? (
              <p key={j}>{part}</p>
            ) : (
              <ul key={j}>
                {part.map((point) => (
                  <li key={point}>{point}</li>
                ))}
              </ul>
            ),
          )}
        </div>
      ))}
    </>
  );
}

/** A step's heading as the booklet names it: "Trin 2: Udvælg emner I vil drøfte i fællesskab". */
export function stepHeading(guidance: Guidance, step: GuidedStep): string {
  const found = guidance.steps.find((s) => s.step === step);
  return found ? t.guidance.stepTitle(found.number, found.title) : '';
}

/**
 * "Sådan gør I": the booklet's advice for one step, folded until the group opens it.
 * Alone (solo mode) it is not "Sådan gør I" but "Hæftets råd til trin 2": the advice is the booklet's, written to a group.
 */
export function HowTo({ guidance, step, alone = false }: { guidance: Guidance; step: GuidedStep; alone?: boolean }) {
  const advice = guidance.steps.find((s) => s.step === step);
  if (!advice) return null;
  return (
    <details class="card howto">
      <summary>
        {alone ? (
          t.guidance.adviceAlone(advice.number)
        ) : (
          <>
            {t.guidance.howTo}
            <span class="howto__which">{t.guidance.fromBooklet(advice.number)}</span>
          </>
        )}
      </summary>
      <div class="guidance">
        <p>{advice.overview}</p>
        <GuidanceText sections={advice.advice} level={3} />
        <p class="hint">{t.guidance.source(`${guidance.title} – ${guidance.subtitle}`)}</p>
      </div>
    </details>
  );
}
