// Loaded with `node --import` into a benchmarked process: prints its peak resident memory on exit
// (worker threads included: they share the process), for the benchmark to read.
process.on('exit', () => {
  process.stderr.write(`\nRECOUNT_MAX_RSS_KB=${process.resourceUsage().maxRSS}\n`);
});
