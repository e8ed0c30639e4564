// Installing the Debian packages the tests need: with apt-get when we are root
// (CI and this project's machines), never by guessing otherwise — the callers
// then say in one line how to install them.
import { execFileSync, spawnSync } from 'node:child_process';

export function onPath(name) {
  return spawnSync('sh', ['-c', `command -v ${name}`], { stdio: 'ignore' }).status === 0;
}

export const canInstall = typeof process.getuid === 'function' && process.getuid() === 0 && onPath('apt-get');

/** apt-get update and install `packages` (quietly, non-interactive); false if that failed. */
export function aptInstall(packages, why) {
  console.log(`${why}: installerer Debians ${packages.join(', ')} med apt-get …`);
  try {
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
    execFileSync('apt-get', ['install', '-y', '-qq', ...packages], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
    return true;
  } catch {
    return false;
  }
}
