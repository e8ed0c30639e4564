/**
 * A component that renders again only when one of its props changes (by
 * reference) or a context it reads changes: what React calls `memo`.
 * preact/compat has one too, but loading compat changes how every event
 * handler in the app is bound; this is the part we need.
 *
 * `ignore` names props that may be new on every render but mean the same
 * thing as long as the others are equal (a field's `read` and `write`, which
 * follow from its id): they never cause a render by themselves.
 */
import { Component, h, type FunctionComponent } from 'preact';

export function pure<P extends object>(render: FunctionComponent<P>, ignore: ReadonlyArray<keyof P> = []): FunctionComponent<P> {
  const skip = new Set<PropertyKey>(ignore);
  class Pure extends Component<P> {
    static override displayName = `pure(${render.displayName ?? render.name})`;
    override shouldComponentUpdate(next: P): boolean {
      const before = this.props as Record<string, unknown>;
      const after = next as Record<string, unknown>;
      for (const key in after) if (!skip.has(key) && after[key] !== before[key]) return true;
      for (const key in before) if (!(key in after)) return true;
      return false;
    }
    override render(props: P) {
      return h(render, props);
    }
  }
  return Pure as unknown as FunctionComponent<P>;
}
