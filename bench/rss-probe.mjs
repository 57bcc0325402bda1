// Loaded with `node --import` into each measured process: on exit it writes the process's
// peak resident set size (kilobytes) and the CPU time of all its threads (microseconds), on
// one line, to the file named by BENCH_RSS_FILE.
import { writeFileSync } from 'node:fs';

process.on('exit', () => {
  const usage = process.resourceUsage();
  if (process.env.BENCH_RSS_FILE) writeFileSync(process.env.BENCH_RSS_FILE, `${usage.maxRSS} ${usage.userCPUTime + usage.systemCPUTime}`);
});
