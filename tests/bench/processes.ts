/** What a benchmark reads from /proc about the processes it starts: their tree, memory and CPU time. */
import { readFileSync } from 'node:fs';

/** Resident memory of a process, in bytes; 0 once it has exited. */
export function residentBytes(pid: number): number {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    return Number(/VmRSS:\s+(\d+) kB/.exec(status)?.[1] ?? 0) * 1024;
  } catch {
    return 0;
  }
}

/** A process and all its descendants (`next start` and `next build` hand work to child processes). */
export function processTree(pid: number): number[] {
  const children = (() => {
    try {
      return readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number);
    } catch {
      return [];
    }
  })();
  return [pid, ...children.flatMap(processTree)];
}

/**
 * Kernel clock ticks per second, the unit of /proc's CPU times: 100 on every Linux this runs on
 * (USER_HZ is fixed at 100 for the x86 and ARM ABIs).
 */
const CLOCK_TICKS_PER_SECOND = 100;

/** CPU time a process has used itself so far (user and system, not its children's), in seconds; 0 once it has exited. */
export function ownCpuSeconds(pid: number): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command name, which is in parentheses and may hold spaces; utime and stime are fields 14 and 15.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS_PER_SECOND;
  } catch {
    return 0;
  }
}
