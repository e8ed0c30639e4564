/** The app's addresses. Hash routes, so every screen works offline from one cached index.html. */
export type Route =
  | { name: 'home' }
  | { name: 'huset' }
  | { name: 'workshop'; id: string }
  | { name: 'not-found' };

export function parseRoute(hash: string): Route {
  const path = hash.replace(/^#/, '') || '/';
  if (path === '/' || path === '') return { name: 'home' };
  if (path === '/huset') return { name: 'huset' };
  const workshop = /^\/moede\/([a-z0-9][a-z0-9-]{0,63})$/.exec(path);
  if (workshop?.[1]) return { name: 'workshop', id: workshop[1] };
  return { name: 'not-found' };
}

export function href(route: Route): string {
  switch (route.name) {
    case 'home':
      return '#/';
    case 'huset':
      return '#/huset';
    case 'workshop':
      return `#/moede/${route.id}`;
    case 'not-found':
      return '#/ukendt';
  }
}
