// npm run bench [-- --quick] [-- --out FILE]
// Benchmarks at scale on generated corpora; the steps and the report live in bench/.
import '../bench/run-benchmarks.ts';
