#!/usr/bin/env bash
# Registered and unknown numbers, timed through the Create trigger: ./triggers/bench/same-answer.sh [rounds, default 300]
# Times warm Create calls for a registered number that gets a code, the same number refused within its cooldown, and an
# unknown number, in turn, with the limits in DynamoDB Local.
exec "$(dirname "$0")/warm-benchmark.sh" SameAnswerBenchmark "${1:-300}"
