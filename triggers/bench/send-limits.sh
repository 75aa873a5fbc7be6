#!/usr/bin/env bash
# Added latency of the send-limit check per warm Create call: ./triggers/bench/send-limits.sh [calls per configuration, default 3000]
# Compares Create calls without a limit check, with the DynamoDB store against DynamoDB Local, and with the in-memory store.
exec "$(dirname "$0")/warm-benchmark.sh" SendLimitsBenchmark "${1:-3000}"
