// Finding the processes a fault test interrupts, from /proc (Linux).
import { readdirSync, readFileSync } from 'node:fs';

/** Pids of the direct children of `parentPid` whose command line contains `marker`. */
export function childPids(parentPid: number, marker: string): number[] {
  return readdirSync('/proc')
    .filter((entry) => /^\d+$/.test(entry))
    .filter((pid) => {
      try {
        const ppid = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ')[1];
        return ppid === String(parentPid) && readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes(marker);
      } catch {
        return false; // exited while we looked
      }
    })
    .map(Number);
}

/** Whether a process with this pid still exists (a zombie counts as gone). */
export function isAlive(pid: number): boolean {
  try {
    return !readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.startsWith('Z');
  } catch {
    return false;
  }
}

/** CPU time (user + system, in clock ticks) a process has used, or undefined once it is gone. */
function cpuTicks(pid: number): number | undefined {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    return Number(fields[11]) + Number(fields[12]); // utime, stime (fields 14 and 15 of stat)
  } catch {
    return undefined;
  }
}

/**
 * The child of `parentPid` (command line containing `marker`) burning the most CPU over
 * `windowMs`: the one grading, where other pools' idle workers sit beside it.
 */
export async function busiestChild(parentPid: number, marker: string, windowMs = 300): Promise<number | undefined> {
  const before = new Map(childPids(parentPid, marker).map((pid) => [pid, cpuTicks(pid)]));
  await sleep(windowMs);
  let busiest: { pid: number; used: number } | undefined;
  for (const [pid, ticks] of before) {
    const used = (cpuTicks(pid) ?? 0) - (ticks ?? 0);
    if (used > 0 && (!busiest || used > busiest.used)) busiest = { pid, used };
  }
  return busiest?.pid;
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Polls `probe` every `intervalMs` until it returns a value other than undefined, or throws after `timeoutMs`. */
export async function waitFor<T>(what: string, probe: () => Promise<T | undefined> | T | undefined, timeoutMs: number, intervalMs = 50): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const value = await probe();
    if (value !== undefined) return value;
    await sleep(intervalMs);
  }
  throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
}
