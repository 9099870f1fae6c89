#!/usr/bin/env bash
# Runs every CelebGen test: unit, component (bunit), integration (real host) and browser (Playwright + Chromium).
# Usage: bash tools/test.sh [extra dotnet test arguments, e.g. --filter FullyQualifiedName~Billing]
set -euo pipefail
cd "$(dirname "$0")/.."

# Browser tests drive Debian's Chromium; Playwright's own browser download cannot work offline.
if ! command -v chromium >/dev/null 2>&1; then
    echo "Installing Debian's chromium for the browser tests..."
    SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium >/dev/null
fi

results="artifacts/test-results"
rm -rf "$results"
dotnet build CelebGen.sln -nologo -v quiet
set +e
dotnet test CelebGen.Tests --no-build -nologo \
    --logger "trx;LogFileName=results.trx" --logger "console;verbosity=normal" \
    --results-directory "$results" --blame-hang-timeout 5m "$@"
status=$?
set -e

# One plain closing line with the counts, read from the TRX report rather than the console.
trx="$results/results.trx"
if [ ! -f "$trx" ]; then
    echo "tests: no results were written ($trx missing)"
    exit 1
fi
passed=$(grep -o 'passed="[0-9]*"' "$trx" | head -1 | grep -o '[0-9]*')
failed=$(grep -o 'failed="[0-9]*"' "$trx" | head -1 | grep -o '[0-9]*')
total=$(grep -o 'total="[0-9]*"' "$trx" | head -1 | grep -o '[0-9]*')
echo "Screenshots from the browser tests: artifacts/browser/"
if [ "${failed:-0}" -ne 0 ]; then
    # Repeat each failure's name and message last, so a log cut to its tail still says what failed.
    echo "Failed tests:"
    perl -0777 -ne 'while (/<UnitTestResult\b[^>]*?testName="([^"]*)"[^>]*?outcome="Failed".*?<Message>(.*?)<\/Message>/gs) {
        my ($name, $msg) = ($1, $2);
        for ($name, $msg) { s/&lt;/</g; s/&gt;/>/g; s/&quot;/"/g; s/&#xD;//g; s/&#xA;/\n/g; s/&amp;/&/g; }
        $msg = substr($msg, 0, 1500);
        print "  - $name\n    ", join("\n    ", split /\n/, $msg), "\n";
    }' "$trx"
fi
echo "tests: ${passed} passed, ${failed} failed"
if [ "${total:-0}" -eq 0 ]; then
    echo "No test ran."
    exit 1
fi
exit $status
