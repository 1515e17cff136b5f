#!/usr/bin/env bash
# Trains the Rasa model only when config.yml or bot/ changed since the last training
# (bot/credentials.yml and bot/endpoints.yml are read by the server, not by training).
# models/current.tar.gz is the model in use; models/inputs.sha256 the hash it was trained on.
set -euo pipefail
cd "$(dirname "$0")/.."
hash="$( (sha256sum config.yml; find bot -type f -not -name '*.pyc' -not -name credentials.yml -not -name endpoints.yml | LC_ALL=C sort | xargs sha256sum) | sha256sum | cut -d' ' -f1)"
if [[ -f models/current.tar.gz && -f models/inputs.sha256 && "$(cat models/inputs.sha256)" == "${hash}" ]]; then
  echo "Rasa model is up to date (inputs ${hash:0:12})."
  exit 0
fi
echo "Training the Rasa model (inputs ${hash:0:12}); this takes a few minutes..."
start=$(date +%s)
mkdir -p models
.venv-rasa/bin/rasa train --domain bot/domain --data bot/data --config config.yml \
  --out models --fixed-model-name candidate
mv models/candidate.tar.gz models/current.tar.gz
echo "${hash}" > models/inputs.sha256
echo "Trained in $(( $(date +%s) - start )) s."
