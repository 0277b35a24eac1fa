#!/usr/bin/env bash
# The whole process of generating a client, per tool: each tool's command line run as a user runs it (process start,
# reading the spec, writing the files), in paired rounds: round k runs ours, NSwag and Kiota on a spec back to back,
# so that a change in the machine's load hits all three alike (and ours built with Native AOT, "ours-native", unless
# NATIVE=0). Reports the median wall time of RUNS rounds (each run in brackets), the CPU time (user + system) of the
# median run, the ratio to ours and NSwag's time over each tool's. Prints a Markdown table.
#
# usage: bench/generation-process.sh [spec-file...]
#   no arguments: spec/tallyfy.openapi.json and Jira and Discord from ../shared/specs/real-world.
# environment:
#   RUNS=3        rounds (the median is reported)
#   WORK=$TMPDIR/tallyfy-generation-process   where the tools write
#   OUT=FILE      also write the table to FILE
#   NATIVE=0      leave out the Native AOT build of ours (its publish takes minutes)
#
# The tools and their invocations are bench/generators.sh's, the same as bench/consumer-build.sh's.
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
cd "$repo"
source bench/generators.sh

RUNS="${RUNS:-3}"
WORK="${WORK:-${TMPDIR:-/tmp}/tallyfy-generation-process}"
OUT="${OUT:-}"
real_world="$(cd "$repo/.." && pwd)/shared/specs/real-world"
if [ "$#" -gt 0 ]; then
  specs=("$@")
else
  specs=("spec/tallyfy.openapi.json")
  for name in nswag-jira-open-api.json discord-openapi.json; do
    if [ -f "$real_world/$name" ]; then specs+=("$real_world/$name"); else echo "$real_world/$name is absent: left out." >&2; fi
  done
fi

[ -x /usr/bin/time ] || { echo "/usr/bin/time is needed (apt-get install time)." >&2; exit 2; }
mkdir -p "$WORK"
log="$WORK/generation-process.log"
: >"$log"
echo "building the CLI and restoring the tools (log: $log)..." >&2
setup_generators
tools=(ours nswag kiota)
[ "${NATIVE:-1}" = 1 ] && tools=(ours ours-native nswag kiota)

# One warm-up run of each tool, untimed: the first run of a process pays for a cold disk cache.
for tool in "${tools[@]}"; do run_generator "$tool" "${specs[0]}" "$WORK/warmup/$tool" >>"$log" 2>&1 || true; done

declare -A walls cpus
load_start="$(uptime)"
for spec in "${specs[@]}"; do
  name="$(basename "$spec")"; name="${name%.*}"
  for round in $(seq "$RUNS"); do
    for tool in "${tools[@]}"; do
      echo "$name / $tool: round $round/$RUNS..." >&2
      /usr/bin/time -f '%e %U %S' -o "$WORK/time.txt" bash -c "$(declare -f run_generator); WORK='$WORK' nswag_dll='$nswag_dll' run_generator $tool '$spec' '$WORK/$name/$tool'" >>"$log" 2>&1 || true
      # The last line: /usr/bin/time writes "Command exited with non-zero status N" above it when a run fails.
      read -r wall user system < <(tail -n 1 "$WORK/time.txt")
      walls["$name/$tool"]+="$wall "
      cpus["$name/$tool"]+="$wall:$(awk -v u="$user" -v s="$system" 'BEGIN { printf "%.2f", u + s }') "
      echo "$name / $tool: round $round: $wall s wall, $user s user, $system s system" >&2
    done
  done
done
load_end="$(uptime)"

median() { tr ' ' '\n' | grep -v '^$' | sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'; }

{
  echo "Whole process: $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, .NET SDK $(dotnet --version); ours at $(git rev-parse --short HEAD) (ReadyToRun, $rid; ours-native: Native AOT), NSwag $nswag_version, Kiota $kiota_version; $RUNS paired rounds."
  echo
  echo "Load at the start: \`${load_start# }\`"
  echo
  echo "Load at the end: \`${load_end# }\`"
  echo
  echo "| Spec | Tool | Wall, median (each round) | CPU of the median run | Wall / ours | NSwag / tool |"
  echo "|------|------|--------------------------:|----------------------:|------------:|-------------:|"
  for spec in "${specs[@]}"; do
    name="$(basename "$spec")"; name="${name%.*}"
    ours_median="$(echo "${walls[$name/ours]}" | median)"
    nswag_median="$(echo "${walls[$name/nswag]}" | median)"
    for tool in "${tools[@]}"; do
      m="$(echo "${walls[$name/$tool]}" | median)"
      cpu="$(echo "${cpus[$name/$tool]}" | tr ' ' '\n' | grep "^$m:" | head -1 | cut -d: -f2)"
      ratio="$(awk -v a="$m" -v b="$ours_median" 'BEGIN { printf "%.1f×", a / b }')"
      faster="$(awk -v a="$nswag_median" -v b="$m" 'BEGIN { printf "%.1f×", a / b }')"
      echo "| $name | $tool | $m s ($(echo "${walls[$name/$tool]}" | sed 's/ $//; s/ /\//g')) | $cpu s | $ratio | $faster |"
    done
  done
} | tee ${OUT:+"$OUT"}
