// CPU time of the bench's processes from /proc, to say where the time of a grading goes.
import { readdirSync, readFileSync } from 'node:fs';

/** Linux clock ticks per second (USER_HZ; 100 on every mainstream kernel). */
const TICKS_PER_SECOND = 100;

interface ProcessTimes {
  pid: number;
  ppid: number;
  /** utime + stime, in ticks. */
  own: number;
  /** cutime + cstime: children already reaped, in ticks. */
  reaped: number;
  cmdline: string;
}

function readProcess(pid: number): ProcessTimes | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name may hold spaces and parentheses: fields start after the last ')'.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const cmdline = readFileSync(`/proc/${pid}/cmdline`, 'utf8').replaceAll('\0', ' ');
    return { pid, ppid: Number(fields[1]), own: Number(fields[11]) + Number(fields[12]), reaped: Number(fields[13]) + Number(fields[14]), cmdline };
  } catch {
    return undefined; // gone between the listing and the read
  }
}

function readAll(): ProcessTimes[] {
  return readdirSync('/proc')
    .filter((name) => /^\d+$/.test(name))
    .map((name) => readProcess(Number(name)))
    .filter((times): times is ProcessTimes => times !== undefined);
}

/** CPU seconds of a process and of all its descendants, live and reaped. */
function treeSeconds(all: ProcessTimes[], rootPid: number): { own: number; descendants: number } {
  const byParent = new Map<number, ProcessTimes[]>();
  for (const times of all) byParent.set(times.ppid, [...(byParent.get(times.ppid) ?? []), times]);
  const root = all.find((times) => times.pid === rootPid);
  if (!root) return { own: 0, descendants: 0 };
  let descendants = 0;
  const visit = (times: ProcessTimes) => {
    descendants += times.reaped;
    for (const child of byParent.get(times.pid) ?? []) {
      descendants += child.own;
      visit(child);
    }
  };
  visit(root);
  return { own: root.own / TICKS_PER_SECOND, descendants: descendants / TICKS_PER_SECOND };
}

/** Named groups of processes whose CPU seconds are read together. */
export interface CpuGroups {
  /** Process id whose own CPU counts (not its children). */
  own: Record<string, number>;
  /** Process id whose descendants' CPU counts (the sandbox workers of a grading worker). */
  descendants: Record<string, number>;
  /** A substring of the postmaster's command line; its whole tree counts. */
  postmasterMatching?: string;
}

/**
 * Reads CPU seconds used so far by each group; subtract two readings for a window.
 * @example
 *   const before = readCpuSeconds(groups); await work(); const used = diffCpu(readCpuSeconds(groups), before);
 */
export function readCpuSeconds(groups: CpuGroups): Record<string, number> {
  const all = readAll();
  const seconds: Record<string, number> = {};
  for (const [name, pid] of Object.entries(groups.own)) seconds[name] = (seconds[name] ?? 0) + treeSeconds(all, pid).own;
  for (const [name, pid] of Object.entries(groups.descendants)) seconds[name] = (seconds[name] ?? 0) + treeSeconds(all, pid).descendants;
  if (groups.postmasterMatching) {
    const postmasters = all.filter((times) => times.cmdline.includes('postgres') && times.cmdline.includes(groups.postmasterMatching!) && times.cmdline.includes('-D'));
    seconds.postgres = postmasters.reduce((sum, times) => {
      const tree = treeSeconds(all, times.pid);
      return sum + tree.own + tree.descendants;
    }, 0);
  }
  return seconds;
}

/** Per-group difference of two readings. */
export function diffCpu(after: Record<string, number>, before: Record<string, number>): Record<string, number> {
  return Object.fromEntries(Object.entries(after).map(([name, value]) => [name, value - (before[name] ?? 0)]));
}
