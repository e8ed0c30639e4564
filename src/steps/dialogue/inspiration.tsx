/** The inspiration items for one building block: offers, courses, catalogue initiatives and 2011 examples, with their source. */
import type { BlockId } from '../../domain/blocks';
import type { Inspiration } from '../../domain/content';
import { t } from '../../i18n';

export function InspirationPanel({ inspiration, block, alone = false }: { inspiration: Inspiration | undefined; block: BlockId; alone?: boolean }) {
  if (!inspiration) return null;
  const items = inspiration.items.filter((item) => item.blocks.includes(block));
  const source = (id: string) => inspiration.sources.find((s) => s.id === id)?.title ?? id;
  return (
    <details class="card inspiration">
      <summary>
        {t.dialogue.inspiration} ({items.length})
      </summary>
      <p class="hint">{alone ? t.dialogue.inspirationHintSolo : t.dialogue.inspirationHint}</p>
      <ul class="plain-list">
        {items.map((item) => (
          <li key={item.id} class="inspiration__item">
            <h4>
              {item.title} <span class="badge badge--quiet">{t.dialogue.kinds[item.kind] ?? item.kind}</span>
            </h4>
            <p>{item.summary}</p>
            <p class="hint">{t.dialogue.source(source(item.source))}</p>
          </li>
        ))}
      </ul>
    </details>
  );
}
