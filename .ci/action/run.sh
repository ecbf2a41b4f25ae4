#!/usr/bin/env bash
# The Action's main step: runs reclint with --format github (annotations, and the job summary in
# $GITHUB_STEP_SUMMARY), writes a SARIF file when asked, and sets the outputs `errors` and
# `warnings`. Inputs arrive only as environment variables (INPUT_*), never spliced into code.
# Exits with reclint's exit code.
set -uo pipefail

reclint="${RECLINT:-${GITHUB_ACTION_PATH:?}/build/reclint}"

# A message as workflow-command data, escaped as GitHub's toolkit does.
command_data() {
  local text="$1"
  text="${text//'%'/%25}"
  text="${text//$'\r'/%0D}"
  text="${text//$'\n'/%0A}"
  printf '%s' "$text"
}

fail() {
  echo "::error title=reclint::$(command_data "$1")"
  exit 2
}

cd "${INPUT_WORKING_DIRECTORY:-.}" 2>/dev/null || fail "working-directory \"${INPUT_WORKING_DIRECTORY}\" is not a folder"

options=()
[ -z "${INPUT_CONFIG:-}" ] || options+=(--config "$INPUT_CONFIG")
[ -z "${INPUT_MAX_WARNINGS:-}" ] || options+=(--max-warnings "$INPUT_MAX_WARNINGS")
[ -z "${INPUT_BASE:-}" ] || options+=(--base "$INPUT_BASE")
# Paths are one a line when the input has several lines (so a path may hold spaces), else
# separated by spaces. Nothing in them is expanded, and after `--` none is taken as an option.
paths=()
if [[ "${INPUT_PATHS:-}" == *$'\n'* ]]; then
  while IFS= read -r line; do
    line="${line#"${line%%[![:space:]]*}"}"
    line="${line%"${line##*[![:space:]]}"}"
    [ -z "$line" ] || paths+=("$line")
  done <<< "$INPUT_PATHS"
else
  read -r -a paths <<< "${INPUT_PATHS:-}"
fi
[ "${#paths[@]}" -gt 0 ] || paths=(.)

output="$(mktemp "${RUNNER_TEMP:-/tmp}/reclint.XXXXXX")"
trap 'rm -f "$output"' EXIT
"$reclint" check --format github "${options[@]}" -- "${paths[@]}" | tee "$output"
status="${PIPESTATUS[0]}"

if [ -n "${INPUT_SARIF_FILE:-}" ]; then
  # The same check again, as SARIF; its stderr repeats the first run's and is shown only on failure.
  sarif_errors="$(mktemp "${RUNNER_TEMP:-/tmp}/reclint.XXXXXX")"
  "$reclint" check --format sarif -o "$INPUT_SARIF_FILE" "${options[@]}" -- "${paths[@]}" 2>"$sarif_errors"
  sarif_status=$?
  if [ "$sarif_status" -ge 2 ]; then
    cat "$sarif_errors" >&2
    [ "$status" -ge 2 ] || status="$sarif_status"
  fi
  rm -f "$sarif_errors"
fi

# The last line of the report counts the findings: "checked 3 files: 1 error, 2 warnings".
count_line="$(tail -n 1 "$output")"
if [[ "$count_line" =~ ^checked\ [0-9]+\ files?:\  ]]; then
  count() {
    local found
    found="$(grep -oE "[0-9]+ $1s?" <<< "$count_line" | head -n 1 | cut -d' ' -f1)"
    echo "${found:-0}"
  }
  {
    echo "errors=$(count error)"
    echo "warnings=$(count warning)"
  } >> "${GITHUB_OUTPUT:?GITHUB_OUTPUT is not set}"
fi
exit "$status"
