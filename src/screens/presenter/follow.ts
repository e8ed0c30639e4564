/**
 * How the presenter window follows the meeting. The facilitator's window
 * (the workshop frame) says where the meeting is – the view it shows, the
 * dialogue's open block, and whether the results were opened early on a
 * shared tablet – on a BroadcastChannel; the presenter window asks when it
 * opens and listens after that, and says when it closes, so the frame can
 * give the focus back to "Vis på storskærm". Nothing of this is stored:
 * where the meeting is belongs to the open windows, not to the workshop
 * (the workshop itself reaches the presenter window through IndexedDB).
 */
import { signal } from '@preact/signals';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { WorkshopView } from '../../app/routes';
import type { BlockId } from '../../domain/blocks';

export interface MeetingPosition {
  view: WorkshopView;
  /** The block open in step 3, when the frame shows step 3. */
  block?: BlockId;
  /** "Vis resultaterne nu" was pressed while a shared tablet's round is under way (results-gate.tsx). */
  unlocked: boolean;
}

type Message =
  | { kind: 'at'; workshop: string; position: MeetingPosition }
  | { kind: 'where'; workshop: string }
  | { kind: 'left'; workshop: string };

const CHANNEL = 'kom-i-hus:storskaerm';

function openChannel(): BroadcastChannel | null {
  return typeof BroadcastChannel === 'function' ? new BroadcastChannel(CHANNEL) : null;
}

/** The block step 3 has open in this window; the dialogue step sets it, the frame passes it on. */
export const openDialogueBlock = signal<{ workshop: string; block: BlockId } | null>(null);

/**
 * The facilitator's side: tells presenter windows where the meeting is, now
 * and whenever it moves, and answers a presenter window that has just opened.
 * `onLeft` runs when a presenter window of this workshop is closed.
 */
export function useAnnouncePosition(workshop: string, position: MeetingPosition, onLeft: () => void): void {
  const channel = useRef<BroadcastChannel | null>(null);
  const latest = useRef({ position, onLeft });
  latest.current = { position, onLeft };
  const at = (): Message => ({ kind: 'at', workshop, position: latest.current.position });
  useEffect(() => {
    const opened = openChannel();
    channel.current = opened;
    if (!opened) return;
    opened.onmessage = (event: MessageEvent<Message>) => {
      if (event.data.workshop !== workshop) return;
      if (event.data.kind === 'where') opened.postMessage(at());
      if (event.data.kind === 'left') latest.current.onLeft();
    };
    return () => {
      opened.close();
      channel.current = null;
    };
  }, [workshop]);
  const key = JSON.stringify(position);
  useEffect(() => channel.current?.postMessage(at()), [workshop, key]);
}

/**
 * The presenter's side: where the facilitator's window says the meeting is
 * (null until one answers – then the presenter starts from the workshop's
 * own step), and a way to say that the presenter window is closing.
 */
export function useMeetingPosition(workshop: string): { position: MeetingPosition | null; leave: () => void } {
  const channel = useRef<BroadcastChannel | null>(null);
  const [position, setPosition] = useState<MeetingPosition | null>(null);
  useEffect(() => {
    const opened = openChannel();
    channel.current = opened;
    if (!opened) return;
    opened.onmessage = (event: MessageEvent<Message>) => {
      if (event.data.kind === 'at' && event.data.workshop === workshop) setPosition(event.data.position);
    };
    opened.postMessage({ kind: 'where', workshop } satisfies Message);
    return () => {
      opened.close();
      channel.current = null;
    };
  }, [workshop]);
  return { position, leave: () => channel.current?.postMessage({ kind: 'left', workshop } satisfies Message) };
}
