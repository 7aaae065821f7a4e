#!/usr/bin/env bash
# The same flow for any CI system: run the candidate, gate it, keep the report.
# Usage: CANDIDATE_URL=http://host:8000/v1 CANDIDATE_MODEL=name [CANDIDATE_API_KEY=...] docs/ci/gate.sh
set -euo pipefail
: "${CANDIDATE_URL:?set CANDIDATE_URL to an OpenAI-compatible endpoint}"
: "${CANDIDATE_MODEL:?set CANDIDATE_MODEL}"
key_env=""
if [ -n "${CANDIDATE_API_KEY:-}" ]; then key_env=", api_key_env: CANDIDATE_API_KEY"; fi
cat > candidate.yaml <<YAML
run_id: candidate
models:
  - name: candidate
    backend: openai
    model: ${CANDIDATE_MODEL}
    params: {base_url: "${CANDIDATE_URL}"${key_env}, concurrency: 32}
cases: [cases/]
YAML
cnh run candidate.yaml -q
status=0
cnh gate --baseline results/baselines --candidate results/candidate --baseline-model lead-3 \
         --policy docs/ci/gate.yaml --junit gate.xml --json gate.json --markdown gate.md || status=$?
cnh compare results/baselines results/candidate --format html -o report.html || true
exit "$status"   # 0 pass, 1 regression, 2 input error, 3 runs not comparable
