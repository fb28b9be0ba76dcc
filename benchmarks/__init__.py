"""Speed and memory at scale, run on demand: ``python -m benchmarks [NAME…]``."""
