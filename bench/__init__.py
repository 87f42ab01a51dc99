"""Benchmarks: `make bench` prints one table of every speed and size goal (no pass/fail)."""
