#!/usr/bin/env bash
# Packs the generator, the Tallyfy client library and the command-line tool into a local folder feed.
# usage: ./pack.sh [feed-folder]     (default: artifacts/packages; the version is Directory.Build.props' <Version>)
# Then, in a consumer project: the nuget.config and `dotnet add package` / `dotnet tool install` lines of README "Install".
set -euo pipefail
cd "$(dirname "$0")"
feed="${1:-artifacts/packages}"
mkdir -p "$feed"
for project in generator/Tallyfy.Generated.SourceGenerator src/Tallyfy.Generated generator/Tallyfy.Generated.Cli; do
  dotnet pack "$project" -c Release -o "$feed" -nologo -v:q
done
feed="$(cd "$feed" && pwd)"
echo "packed into $feed:"
ls -1 "$feed"
