// The benchmark's floor: an extension page whose one module script does nothing but set the mark the real
// pages set when their first screen is on it. Copied into a copy of the build by scripts/bench.sh; never shipped.
performance.mark('readiness:ready');
