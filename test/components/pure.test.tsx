// @vitest-environment happy-dom
/** pure(): a component renders again only when a prop it cares about changes (issue #14: typing on a large workshop). */
import { render } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { pure } from '../../src/components/pure';

describe('pure', () => {
  it('renders again when a prop changes by reference, not when the parent renders with the same props', () => {
    let renders = 0;
    const Item = pure(({ list }: { list: readonly string[] }) => {
      renders += 1;
      return <p>{list.join(', ')}</p>;
    });
    const list = ['a', 'b'];
    const view = render(<Item list={list} />);
    view.rerender(<Item list={list} />);
    expect(renders).toBe(1);
    view.rerender(<Item list={['a', 'b', 'c']} />);
    expect(renders).toBe(2);
    expect(view.container.textContent).toBe('a, b, c');
  });

  it('never renders again for an ignored prop alone, but does for the others and for a removed prop', () => {
    let renders = 0;
    const Field = pure(
      ({ id, read }: { id: string; read: () => string; hint?: string }) => {
        renders += 1;
        return <output id={id}>{read()}</output>;
      },
      ['read'],
    );
    const view = render(<Field id="a" read={() => 'one'} hint="x" />);
    view.rerender(<Field id="a" read={() => 'two'} hint="x" />);
    expect(renders).toBe(1);
    expect(view.container.textContent).toBe('one');
    view.rerender(<Field id="b" read={() => 'three'} hint="x" />);
    expect(renders).toBe(2);
    view.rerender(<Field id="b" read={() => 'four'} />);
    expect(renders).toBe(3);
    expect(view.container.textContent).toBe('four');
  });
});
