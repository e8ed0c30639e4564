/**
 * MiniBrowser on a profile that lasts: WebDriver (--automation) always gives
 * MiniBrowser a fresh ephemeral profile and ends its session when a page's
 * process dies, so the one test that kills the browser and starts it again
 * on the same profile runs MiniBrowser as a user does, with its data in a
 * folder of the run's own, and reaches the page through WebKit's remote
 * inspector (WEBKIT_INSPECTOR_HTTP_SERVER): Runtime.evaluate, relayed to the
 * page target by Target.sendMessageToTarget.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { killGroup, miniBrowserPath, sleep } from './browser';

/** The user-facing browser: MiniBrowser and WebKit's processes beneath it, on its own X display. */
export interface PersistentBrowser {
  page: Inspector;
  /** SIGKILL to MiniBrowser and every WebKit process of it, as a crash or the system ending it would. */
  kill(): Promise<Killed>;
}

/** What a kill found and what was left of it once the X display had gone too. */
export interface Killed {
  /** The names of the WebKit processes that got SIGKILL (MiniBrowser, WebKitWebProcess, WebKitNetworkProcess …). */
  killed: string[];
  /** Those of them, and any WebKit process of the browser's group, still running afterwards. */
  left: string[];
}

interface Running {
  pid: number;
  name: string;
}

/** The running (not dead, not yet reaped) WebKit processes of a process group, by program name. */
function webkitProcesses(group: number): Running[] {
  const listed = spawnSync('ps', ['-e', '-o', 'pid=,pgid=,stat=,args='], { encoding: 'utf8' });
  if (listed.status !== 0) throw new Error(`ps failed: ${listed.stderr}`);
  return listed.stdout
    .split('\n')
    .map((line) => /^\s*(\d+)\s+(\d+)\s+(\S+)\s+(\S+)/.exec(line))
    .filter((m): m is RegExpExecArray => !!m && Number(m[2]) === group && !m[3]!.startsWith('Z') && m[4]!.includes('/webkit2gtk-4.1/'))
    .map((m) => ({ pid: Number(m[1]), name: m[4]!.slice(m[4]!.lastIndexOf('/') + 1) }));
}

/** Whether a process runs (a zombie, dead but not yet reaped by its parent, does not). */
function running(pid: number): boolean {
  const status = spawnSync('ps', ['-o', 'stat=', '-p', String(pid)], { encoding: 'utf8' });
  return status.status === 0 && !status.stdout.trim().startsWith('Z');
}

export async function startPersistentBrowser(profile: string, url: string, inspectorPort: number): Promise<PersistentBrowser> {
  const child: ChildProcess = spawn('xvfb-run', ['-a', '-s', '-screen 0 1280x1024x24', miniBrowserPath(), '--enable-developer-extras=true', url], {
    detached: true,
    stdio: ['ignore', 'ignore', 'ignore'],
    env: {
      ...process.env,
      HOME: profile,
      XDG_DATA_HOME: join(profile, 'data'),
      XDG_CACHE_HOME: join(profile, 'cache'),
      XDG_CONFIG_HOME: join(profile, 'config'),
      TZ: 'Europe/Copenhagen',
      WEBKIT_INSPECTOR_HTTP_SERVER: `127.0.0.1:${inspectorPort}`,
    },
  });
  const group = child.pid!;
  const kill = async (): Promise<Killed> => {
    const found = webkitProcesses(group);
    for (const { pid } of found) process.kill(pid, 'SIGKILL');
    // Then the X display, gently, so that it cleans up after itself.
    const exited = new Promise((resolve) => child.once('exit', resolve));
    killGroup(group, 'SIGTERM');
    await Promise.race([exited, sleep(5_000)]);
    const still = () => [...found.filter(({ pid }) => running(pid)), ...webkitProcesses(group).filter(({ pid }) => !found.some((f) => f.pid === pid))];
    for (let i = 0; i < 50 && still().length > 0; i++) await sleep(100);
    return { killed: found.map(({ name }) => name), left: still().map(({ pid, name }) => `${name} (${pid})`) };
  };
  const page = await Inspector.connect(`127.0.0.1:${inspectorPort}`, url).catch(async (error: unknown) => {
    await kill();
    throw error;
  });
  return {
    page,
    kill() {
      page.close();
      return kill();
    },
  };
}

interface Message {
  id?: number;
  method?: string;
  params?: { targetInfo?: { targetId: string; type: string }; targetId?: string; message?: string };
  result?: { result?: { type: string; value?: unknown; description?: string; objectId?: string; className?: string }; wasThrown?: boolean };
  error?: { message: string };
}

export class Inspector {
  private target: string | null = null;
  private next = 1;
  private readonly waiting = new Map<number, (message: Message) => void>();

  private constructor(private readonly socket: WebSocket) {
    socket.addEventListener('message', (event) => this.receive(JSON.parse(String(event.data)) as Message));
  }

  /** Waits for the inspector server and the page (at `url`) to be listed, then connects to it. */
  static async connect(server: string, url: string): Promise<Inspector> {
    const deadline = Date.now() + 30_000;
    for (;;) {
      const listing = await fetch(`http://${server}/`).then((r) => r.text()).catch(() => '');
      const path = new RegExp(`${url.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}[\\s\\S]*?(/socket/\\d+/\\d+/WebPage)`).exec(listing)?.[1];
      if (path) {
        const socket = new WebSocket(`ws://${server}${path}`);
        await new Promise((resolve, reject) => {
          socket.addEventListener('open', resolve, { once: true });
          socket.addEventListener('error', reject, { once: true });
        });
        const inspector = new Inspector(socket);
        while (!inspector.target) {
          if (Date.now() > deadline) throw new Error('the page target never appeared');
          await sleep(50);
        }
        return inspector;
      }
      if (Date.now() > deadline) throw new Error(`the inspector at ${server} never listed ${url}: ${listing.replace(/<[^>]+>/g, ' ').slice(-300)}`);
      await sleep(200);
    }
  }

  private receive(message: Message): void {
    if (message.method === 'Target.targetCreated' && message.params?.targetInfo?.type === 'page') this.target = message.params.targetInfo.targetId;
    if (message.method === 'Target.dispatchMessageFromTarget' && message.params?.message) {
      const inner = JSON.parse(message.params.message) as Message;
      if (inner.id !== undefined) this.waiting.get(inner.id)?.(inner);
    }
  }

  private send(method: string, params: Record<string, unknown>): Promise<Message> {
    const id = this.next++;
    const answer = new Promise<Message>((resolve) => this.waiting.set(id, resolve));
    const message = JSON.stringify({ id, method, params });
    this.socket.send(JSON.stringify({ id, method: 'Target.sendMessageToTarget', params: { targetId: this.target, message } }));
    return answer.then((reply) => {
      this.waiting.delete(id);
      if (reply.error) throw new Error(`inspector: ${reply.error.message}`);
      if (reply.result?.wasThrown) throw new Error(`in the page: ${reply.result.result?.description}`);
      return reply;
    });
  }

  /** Evaluates an expression that gives a promise (an async function's call), awaits it, and returns its value (as JSON). */
  async evaluate<T>(expression: string): Promise<T> {
    const evaluated = await this.send('Runtime.evaluate', { expression });
    const promise = evaluated.result?.result;
    // This WebKit's Runtime.evaluate has no awaitPromise: the promise is awaited by its object id.
    if (promise?.className !== 'Promise' || !promise.objectId) throw new Error('evaluate expects an expression that gives a promise');
    const settled = await this.send('Runtime.awaitPromise', { promiseObjectId: promise.objectId, returnByValue: true });
    return settled.result?.result?.value as T;
  }

  close(): void {
    this.socket.close();
  }
}
