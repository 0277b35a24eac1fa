# Sourced by bench/consumer-build.sh and bench/generation-process.sh: the three generators, set up once and run the
# same way in both. Needs $WORK (where the CLI is published) and $log (where setup output goes); run from the repo root.
#
# Ours: generator/Tallyfy.Generated.Cli, published for this machine's runtime, so ReadyToRun (set in the CLI's
# project) precompiles it, as a user's install would. Ours, native: the same CLI published with Native AOT
# (-p:NativeCli=true: generate and diff, no check), run as a native binary; left out with NATIVE=0.
# NSwag: `dotnet-nswag.dll openapi2csclient` from the NSwag.MSBuild package the bench project restores, with
# /JsonLibrary:SystemTextJson. Kiota: the tool pinned in .config/dotnet-tools.json, `kiota generate --language CSharp --exclude-backward-compatible`.
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
export KIOTA_TUTORIAL_ENABLED=false KIOTA_OFFLINE_ENABLED=true

# Publishes our CLI and restores the peers; sets rid, nswag_dll, nswag_version and kiota_version.
setup_generators() {
  rid="$(dotnet --info | awk '/^ *RID:/ { print $2; exit }')"
  dotnet publish generator/Tallyfy.Generated.Cli -c Release -r "$rid" --self-contained false -o "$WORK/cli" -nologo -v:q >>"$log" 2>&1
  if [ "${NATIVE:-1}" = 1 ]; then
    dotnet publish generator/Tallyfy.Generated.Cli -c Release -r "$rid" -p:NativeCli=true -o "$WORK/cli-native" -nologo -v:q >>"$log" 2>&1
  fi
  dotnet tool restore >>"$log" 2>&1
  dotnet restore bench/Tallyfy.Generated.Benchmarks >>"$log" 2>&1
  nswag_dll="$(realpath -m "$(dotnet msbuild bench/Tallyfy.Generated.Benchmarks -getProperty:NSwagDir_Net100 2>/dev/null | tr -d '\r')dotnet-nswag.dll")"
  [ -f "$nswag_dll" ] || { echo "NSwag's console was not found at $nswag_dll." >&2; exit 2; }
  nswag_version="$(basename "$(dirname "$(dirname "$(dirname "$nswag_dll")")")")"
  kiota_version="$(dotnet kiota --version 2>/dev/null | cut -d+ -f1)"
}

# Runs one tool on a spec, writing its client into an empty folder; needs WORK and nswag_dll (also in a `bash -c`).
run_generator() { # tool, spec, out
  local tool="$1" spec="$2" out="$3" filter=()
  # OURS_FILTER / KIOTA_FILTER: options selecting part of the spec (split on spaces, never glob-expanded).
  case "$tool" in
    ours*) read -ra filter <<<"${OURS_FILTER:-}" ;;
    kiota) read -ra filter <<<"${KIOTA_FILTER:-}" ;;
  esac
  rm -rf "$out" && mkdir -p "$out"
  case "$tool" in
    ours) dotnet "$WORK/cli/Tallyfy.Generated.Cli.dll" generate "$spec" --out "$out" --namespace Consumer.Ours --client-name ApiClient ${filter[@]+"${filter[@]}"} ;;
    ours-native) "$WORK/cli-native/Tallyfy.Generated.Cli" generate "$spec" --out "$out" --namespace Consumer.Ours --client-name ApiClient ${filter[@]+"${filter[@]}"} ;;
    nswag) dotnet "$nswag_dll" openapi2csclient /input:"$spec" /output:"$out/Client.cs" /namespace:Consumer.NSwag \
        /className:ApiClient /JsonLibrary:SystemTextJson ;;
    kiota) dotnet kiota generate --language CSharp --openapi "$spec" --output "$out" --namespace-name Consumer.Kiota \
        --class-name ApiClient --clean-output --exclude-backward-compatible --log-level Error ${filter[@]+"${filter[@]}"} ;;
  esac
}
