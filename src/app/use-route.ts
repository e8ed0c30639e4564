import { useLayoutEffect, useState } from 'preact/hooks';
import { href, parseRoute, type Route } from './routes';

/** The current route, following the address bar's hash. */
export function useRoute(): Route {
  // (No location while the start page is rendered to HTML at build time: it is the Forside.)
  const [route, setRoute] = useState(() => (typeof location === 'undefined' ? ({ name: 'home' } as const) : parseRoute(location.hash)));
  // A layout effect, listening from the moment of the first render: the prerendered Forside's links
  // can be tapped as soon as it is rendered, before a plain effect would run. A change that came
  // in between is taken up at once.
  useLayoutEffect(() => {
    const onChange = () => setRoute((current) => {
      const next = parseRoute(location.hash);
      return href(next) === href(current) ? current : next;
    });
    onChange();
    addEventListener('hashchange', onChange);
    return () => removeEventListener('hashchange', onChange);
  }, []);
  return route;
}

export function navigate(route: Route): void {
  location.hash = href(route);
}
