import { readFileSync } from 'node:fs';

/**
 * Resident memory of a process in MB, from /proc/<pid>/status (VmRSS), or undefined when the
 * process is gone or /proc is not there. Synchronous: a few hundred bytes, read every poll.
 * @example
 * readRssMb(process.pid) // 87.4
 */
export function readRssMb(pid: number | undefined): number | undefined {
  if (pid === undefined) return undefined;
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const match = /^VmRSS:\s+(\d+)\s+kB/m.exec(status);
    return match ? Number(match[1]) / 1024 : undefined;
  } catch {
    return undefined;
  }
}
