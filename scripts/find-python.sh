#!/usr/bin/env bash
# Prints the path of a Python interpreter of the wanted minor version (e.g. 3.10), or fails
# with a message that says how to provide one. Order: $PYTHON310/$PYTHON311 override,
# pythonX.Y on PATH, pyenv's versions folder, the usual system locations.
set -euo pipefail
want="${1:?usage: find-python.sh 3.10}"
var="PYTHON${want/./}"
candidates=()
if [[ -n "${!var:-}" ]]; then candidates+=("${!var}"); fi
if command -v "python${want}" >/dev/null 2>&1; then candidates+=("$(command -v "python${want}")"); fi
pyenv_root="$( (command -v pyenv >/dev/null 2>&1 && pyenv root) || echo "${PYENV_ROOT:-$HOME/.pyenv}")"
for dir in $(ls -d "${pyenv_root}/versions/${want}".* 2>/dev/null | sort -V -r); do
  candidates+=("${dir}/bin/python${want}" "${dir}/bin/python")
done
candidates+=("/usr/bin/python${want}" "/usr/local/bin/python${want}")
for candidate in "${candidates[@]}"; do
  if [[ -x "${candidate}" ]] && "${candidate}" -c "import sys, venv; assert sys.version_info[:2] == tuple(map(int, '${want}'.split('.')))" 2>/dev/null; then
    echo "${candidate}"
    exit 0
  fi
done
echo "error: no Python ${want} found. Install it (e.g. 'pyenv install ${want}' or your OS package python${want}" >&2
echo "       with venv support) or point ${var} at its interpreter: make ${var}=/path/to/python${want} ..." >&2
exit 1
