/**
 * The booklet's drawing of Huset: trivsel and arbejdsmiljø as the roof, three
 * pillars (statistik, samtaler, tidlige indsatser) and two foundation stones
 * (tydelig ledelse, fælles ejerskab). Each block is a link to its description
 * and questions further down; by keyboard the blocks come in the drawing's
 * order, roof to foundation. The words are the content's block titles.
 */
import { href } from '../../app/routes';
import type { BlockId } from '../../domain/blocks';
import type { BuildingBlock } from '../../domain/content';
import { t } from '../../i18n';

interface Shape {
  /** The outline: a polygon's points, or a rectangle. */
  outline: { points: string } | { x: number; y: number; w: number; h: number };
  /** Where the text is centred, and how many characters fit on a line. */
  text: { x: number; y: number; chars: number };
}

const SHAPES: Record<BlockId, Shape> = {
  trivsel: { outline: { points: '320,12 624,172 16,172' }, text: { x: 320, y: 110, chars: 26 } },
  statistik: { outline: { x: 36, y: 186, w: 176, h: 150 }, text: { x: 124, y: 261, chars: 13 } },
  samtaler: { outline: { x: 232, y: 186, w: 176, h: 150 }, text: { x: 320, y: 261, chars: 13 } },
  'tidlige-indsatser': { outline: { x: 428, y: 186, w: 176, h: 150 }, text: { x: 516, y: 261, chars: 13 } },
  'tydelig-ledelse': { outline: { x: 16, y: 350, w: 298, h: 84 }, text: { x: 165, y: 392, chars: 24 } },
  'faelles-ejerskab': { outline: { x: 326, y: 350, w: 298, h: 84 }, text: { x: 475, y: 392, chars: 24 } },
};

/** The drawing's order: roof, pillars left to right, foundation. */
const ORDER: BlockId[] = ['trivsel', 'statistik', 'samtaler', 'tidlige-indsatser', 'tydelig-ledelse', 'faelles-ejerskab'];
const LINE_HEIGHT = 22;

/** Words on lines of at most `chars` characters (a longer word has a line of its own). */
export function wrapWords(text: string, chars: number): string[] {
  const lines: string[] = [];
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const last = lines[lines.length - 1];
    if (last !== undefined && `${last} ${word}`.length <= chars) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}

export function House({ blocks, onOpen }: { blocks: BuildingBlock[]; onOpen: (id: BlockId) => void }) {
  return (
    <figure class="house">
      <svg viewBox="0 0 640 446" role="group" aria-labelledby="house-caption">
        {ORDER.map((id) => {
          const block = blocks.find((b) => b.id === id);
          if (!block) return null;
          const { outline, text } = SHAPES[id];
          const lines = wrapWords(block.title, text.chars);
          const top = text.y - ((lines.length - 1) * LINE_HEIGHT) / 2;
          return (
            <a
              key={id}
              class="house__block"
              href={href({ name: 'huset' })}
              onClick={(event) => {
                event.preventDefault();
                onOpen(id);
              }}
            >
              {'points' in outline ? <polygon points={outline.points} /> : <rect x={outline.x} y={outline.y} width={outline.w} height={outline.h} rx={6} />}
              {/* The link's name is its text: the lines end in a space, so they read as the block's title. */}
              <text x={text.x} y={top} text-anchor="middle" dominant-baseline="middle">
                {lines.map((line, i) => (
                  <tspan key={i} x={text.x} dy={i === 0 ? 0 : LINE_HEIGHT}>
                    {i < lines.length - 1 ? `${line} ` : line}
                  </tspan>
                ))}
              </text>
            </a>
          );
        })}
      </svg>
      <figcaption id="house-caption">{t.huset.drawing}</figcaption>
    </figure>
  );
}
