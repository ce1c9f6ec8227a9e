// A private Dovecot IMAP server for tests: its own configuration, runtime directory and Maildir under a temporary
// directory, a passwd-file with plaintext test passwords, no TLS, listening on a free loopback port. It runs in the
// foreground (`dovecot -c <conf> -F`) as a child of the test process; no system configuration or service is used.
import { spawn, type ChildProcess } from 'node:child_process';
import { accessSync, chmodSync, chownSync, constants, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, Socket, type AddressInfo } from 'node:net';
import { tmpdir, userInfo } from 'node:os';
import { delimiter, join } from 'node:path';
import { ImapFlow } from 'imapflow';

const requireDovecot = process.env.BORDERLESS_REQUIRE_DOVECOT === '1';

function findDovecot(): string | null {
  const explicit = process.env.BORDERLESS_TEST_DOVECOT;
  // /usr/sbin is where Debian puts it, and it is not on an ordinary user's PATH.
  const candidates = explicit ? [explicit] : [...(process.env.PATH ?? '').split(delimiter), '/usr/sbin', '/usr/local/sbin'].map((dir) => join(dir, 'dovecot'));
  for (const candidate of candidates) {
    try {
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {
      // not here; try the next place
    }
  }
  return null;
}

/** The dovecot binary the IMAP tests run, or null when Dovecot is not installed. */
export const dovecotBinary = findDovecot();
export const dovecotAvailable = dovecotBinary !== null;
if (!dovecotAvailable) {
  if (requireDovecot) throw new Error('BORDERLESS_REQUIRE_DOVECOT=1 but no dovecot binary was found (apt-get install dovecot-imapd)');
  console.warn('NOTICE: Dovecot is not installed (apt-get install dovecot-imapd): the IMAP tests against a real server are SKIPPED.');
}

/** A system account from /etc/passwd and the name of its group. */
function account(match: (name: string, uid: number) => boolean): { user: string; uid: number; gid: number; group: string } | null {
  const passwd = readFileSync('/etc/passwd', 'utf8').split('\n').map((line) => line.split(':'));
  const entry = passwd.find((f) => f.length > 3 && match(f[0]!, Number(f[2])));
  if (!entry) return null;
  const gid = Number(entry[3]);
  const group = readFileSync('/etc/group', 'utf8').split('\n').map((line) => line.split(':')).find((f) => Number(f[2]) === gid)?.[0];
  return group ? { user: entry[0]!, uid: Number(entry[2]), gid, group } : null;
}

/**
 * Who the private server's processes and mail files belong to: the current user; under root, `nobody` (Dovecot
 * refuses mail access as UID 0).
 */
function runAs(): { user: string; uid: number; gid: number; group: string } {
  const me = userInfo();
  const found = me.uid === 0 ? account((name) => name === 'nobody') : account((_name, uid) => uid === me.uid);
  if (!found) throw new Error(`no passwd/group entry to run Dovecot as (uid ${me.uid})`);
  return found;
}

/** Signals every process of a group we started (none left is fine). */
function signalGroup(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pid, signal);
  } catch {
    // the group has already gone
  }
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

/** Resolves once something on the port answers with an IMAP greeting. */
async function greets(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = new Socket();
    const done = (ok: boolean) => { socket.destroy(); resolve(ok); };
    socket.setTimeout(1000, () => done(false));
    socket.once('error', () => done(false));
    socket.once('data', (data) => done(data.toString().startsWith('* OK')));
    socket.connect(port, '127.0.0.1');
  });
}

function configuration(dir: string, port: number, owner: ReturnType<typeof runAs>): string {
  return `# Written by test/helpers/dovecot.ts for one test run.
protocols = imap
listen = 127.0.0.1
base_dir = ${dir}/run
state_dir = ${dir}/state
instance_name = borderless-test-${port}
log_path = ${dir}/dovecot.log
ssl = no
disable_plaintext_auth = no
auth_mechanisms = plain login
auth_failure_delay = 0
default_login_user = ${owner.user}
default_internal_user = ${owner.user}
default_internal_group = ${owner.group}
first_valid_uid = ${owner.uid}
last_valid_uid = ${owner.uid}
first_valid_gid = ${owner.gid}
last_valid_gid = ${owner.gid}
passdb {
  driver = passwd-file
  args = scheme=PLAIN ${dir}/users
}
userdb {
  driver = static
  args = uid=${owner.uid} gid=${owner.gid} home=${dir}/home/%u
}
mail_location = maildir:~/Maildir
service imap-login {
  chroot =
  inet_listener imap {
    address = 127.0.0.1
    port = ${port}
  }
  inet_listener imaps {
    port = 0
  }
}
service anvil {
  chroot =
  # The tests log in with a wrong password on purpose: no growing delay for the logins that follow on loopback.
  unix_listener anvil-auth-penalty {
    mode = 0
  }
}
`;
}

export interface DovecotServer {
  host: string;
  port: number;
  /** The temporary directory holding the configuration, the log and the mail. */
  dir: string;
  /** Starts the server again on the same port with the same mail (after `stop`). */
  start(): Promise<void>;
  /** Stops the server (SIGTERM to its master process) and waits until it has exited. */
  stop(): Promise<void>;
  /** A logged-in client for the test's own side: delivering (APPEND), flags, mailboxes. Log it out after use. */
  client(user: string): Promise<ImapFlow>;
  /** Appends one raw message to a user's mailbox, the way a delivery agent would; answers its UID. */
  deliver(user: string, raw: Buffer, options?: { mailbox?: string; flags?: string[]; internalDate?: Date }): Promise<number>;
  /** The flags of every message in a user's mailbox, by UID. */
  flags(user: string, mailbox?: string): Promise<Map<number, Set<string>>>;
  /** The server's log, for failure messages. */
  log(): string;
  /** Stops the server and removes its directory. */
  close(): Promise<void>;
}

/**
 * Starts a private Dovecot on a free loopback port with the given users (`{ support: 'secret' }`).
 *
 * @example
 * const dovecot = await startDovecot({ support: 'secret' });
 * await dovecot.deliver('support', rawMail({ … }));
 * // channel imap: { host: dovecot.host, port: dovecot.port, secure: false, user: 'support', pass: 'secret' }
 */
export async function startDovecot(users: Record<string, string>): Promise<DovecotServer> {
  if (!dovecotBinary) throw new Error('Dovecot is not installed');
  const binary = dovecotBinary;
  const owner = runAs();
  const dir = mkdtempSync(join(tmpdir(), 'bl-dovecot-'));
  // The mail processes run as `owner` and must reach their home below the temporary directory.
  chmodSync(dir, 0o755);
  for (const sub of ['run', 'state', 'home']) mkdirSync(join(dir, sub));
  if (userInfo().uid === 0) chownSync(join(dir, 'home'), owner.uid, owner.gid);
  writeFileSync(join(dir, 'users'), Object.entries(users).map(([user, pass]) => `${user}:{PLAIN}${pass}::::::\n`).join(''));
  const port = await freePort();
  const confPath = join(dir, 'dovecot.conf');
  writeFileSync(confPath, configuration(dir, port, owner));
  const readLog = () => { try { return readFileSync(join(dir, 'dovecot.log'), 'utf8'); } catch { return ''; } };

  let child: ChildProcess | null = null;
  let exited: Promise<void> = Promise.resolve();
  // A test run that ends without close() must not leave the server behind.
  const killOnExit = () => { if (child?.pid && child.exitCode === null) signalGroup(child.pid, 'SIGKILL'); };
  process.once('exit', killOnExit);

  const start = async () => {
    let output = '';
    // Its own process group: stopping it takes the login and mail processes with it, as a crash or a reboot would.
    const spawned = spawn(binary, ['-c', confPath, '-F'], { stdio: ['ignore', 'pipe', 'pipe'], detached: true });
    spawned.stdout!.on('data', (d: Buffer) => { output += d.toString(); });
    spawned.stderr!.on('data', (d: Buffer) => { output += d.toString(); });
    child = spawned;
    exited = new Promise((resolve) => spawned.once('exit', () => resolve()));
    const deadline = Date.now() + 15_000;
    while (Date.now() < deadline) {
      if (spawned.exitCode !== null) throw new Error(`dovecot exited at start (${spawned.exitCode}):\n${output}\n${readLog()}`);
      if (await greets(port)) return;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    throw new Error(`dovecot did not answer on port ${port} within 15 s:\n${output}\n${readLog()}`);
  };
  const stop = async () => {
    const running = child;
    if (!running?.pid) return;
    // Dovecot's master leaves open IMAP sessions running when it stops; the whole group goes, so "down" means down.
    signalGroup(running.pid, 'SIGTERM');
    await exited;
    signalGroup(running.pid, 'SIGKILL');
    child = null;
  };
  const client = async (user: string) => {
    const imap = new ImapFlow({ host: '127.0.0.1', port, secure: false, auth: { user, pass: users[user]! }, logger: false, disableAutoIdle: true });
    imap.on('error', () => undefined);
    await imap.connect();
    return imap;
  };

  await start();
  return {
    host: '127.0.0.1', port, dir, start, stop, client, log: readLog,
    async deliver(user, raw, options = {}) {
      const imap = await client(user);
      try {
        const appended = await imap.append(options.mailbox ?? 'INBOX', raw, options.flags ?? [], options.internalDate);
        if (!appended || !appended.uid) throw new Error('the server did not report the appended UID (UIDPLUS)');
        return appended.uid;
      } finally {
        await imap.logout();
      }
    },
    async flags(user, mailbox = 'INBOX') {
      const imap = await client(user);
      try {
        const opened = await imap.mailboxOpen(mailbox, { readOnly: true });
        const out = new Map<number, Set<string>>();
        if (opened.exists === 0) return out;
        for await (const message of imap.fetch('1:*', { uid: true, flags: true })) out.set(message.uid, new Set(message.flags ?? []));
        return out;
      } finally {
        await imap.logout();
      }
    },
    async close() {
      await stop();
      process.removeListener('exit', killOnExit);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
