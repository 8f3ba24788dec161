// Where the machine's CPU went during a measurement: the gateway, the subgraphs, the load generator (this process)
// and everything else, read from /proc. On a 2-core machine they all compete, so a throughput number means little
// without them.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const clockTicksPerSecond = (() => {
  try {
    return Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
  } catch {
    return 100;
  }
})();

/**
 * CPU seconds (user + system) used so far by the live processes of each process group in `groupIds`, read from
 * /proc; null where /proc is not there. A group's processes are a started command and everything it forked.
 */
function cpuSecondsByGroup(groupIds) {
  const wanted = new Set(groupIds);
  const totals = new Map(groupIds.map((id) => [id, 0]));
  let entries;
  try {
    entries = readdirSync('/proc').filter((name) => /^\d+$/.test(name));
  } catch {
    return null;
  }
  for (const pid of entries) {
    let stat;
    try {
      stat = readFileSync(join('/proc', pid, 'stat'), 'utf8');
    } catch {
      continue; // it ended meanwhile
    }
    // The command name (field 2) is in parentheses and may hold spaces; the numeric fields follow the last ')'.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const group = Number(fields[2]);
    if (!wanted.has(group)) continue;
    const ticks = Number(fields[11]) + Number(fields[12]);
    totals.set(group, totals.get(group) + ticks / clockTicksPerSecond);
  }
  return totals;
}

/** CPU seconds the whole machine spent busy (all cores, everything but idle and iowait) since boot; null without /proc. */
function machineBusySeconds() {
  try {
    const [, ...ticks] = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/).map(Number);
    const [user, nice, system, , , irq, softirq, steal] = ticks; // idle and iowait are not busy
    return (user + nice + system + irq + softirq + steal) / clockTicksPerSecond;
  } catch {
    return null;
  }
}

/**
 * Runs `load` and reads, around it, the CPU time of the gateway, of the subgraphs, of this process (the load
 * generator) and of the whole machine, as percent of one core over the run's wall time.
 */
export async function withCpuAccounting(load, gatewayGroup, subgraphGroups) {
  const groups = [gatewayGroup, ...subgraphGroups];
  const cpuBefore = cpuSecondsByGroup(groups);
  const busyBefore = machineBusySeconds();
  const loadBefore = process.cpuUsage();
  const started = process.hrtime.bigint();
  const measurement = await load();
  const wallSeconds = Number(process.hrtime.bigint() - started) / 1e9;
  const cpuAfter = cpuSecondsByGroup(groups);
  const busyAfter = machineBusySeconds();
  const { user, system } = process.cpuUsage(loadBefore);
  if (!cpuBefore || !cpuAfter || busyBefore == null) return { measurement, cpu: null };
  const gatewaySeconds = cpuAfter.get(gatewayGroup) - cpuBefore.get(gatewayGroup);
  const subgraphSeconds = subgraphGroups.reduce((sum, g) => sum + cpuAfter.get(g) - cpuBefore.get(g), 0);
  const loadSeconds = (user + system) / 1e6;
  const otherSeconds = busyAfter - busyBefore - gatewaySeconds - subgraphSeconds - loadSeconds;
  const percent = (seconds) => (100 * seconds) / wallSeconds;
  return {
    measurement,
    cpu: {
      gatewayPercent: percent(gatewaySeconds),
      gatewayMillisPerRequest: measurement.requests ? (1000 * gatewaySeconds) / measurement.requests : null,
      subgraphsPercent: percent(subgraphSeconds),
      loadGeneratorPercent: percent(loadSeconds),
      // Whatever else the machine ran meanwhile (other people's builds, say), which the gateway competed with.
      otherPercent: Math.max(0, percent(otherSeconds)),
    },
  };
}
