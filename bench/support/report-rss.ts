// Loaded with `node --import` into a benchmarked process: prints its peak resident memory and the
// CPU time it used (user + system) on exit (worker threads included: they share the process), for
// the benchmark to read.
process.on('exit', () => {
  const { user, system } = process.cpuUsage();
  process.stderr.write(`\nRECOUNT_MAX_RSS_KB=${process.resourceUsage().maxRSS}\nRECOUNT_CPU_US=${user + system}\n`);
});
