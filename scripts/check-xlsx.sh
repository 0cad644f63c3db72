#!/usr/bin/env bash
# Checks that a workbook opens cleanly outside Excel: its zip is intact, every XML part is well-formed, and
# LibreOffice converts it to PDF without reporting an error.
#
#   scripts/check-xlsx.sh REPORT.xlsx [OUT_DIR]
#
# The PDF is left in OUT_DIR (default: a new temporary folder), so it can be looked at, e.g. with
# `pdftoppm -png -r 50 OUT_DIR/REPORT.pdf page`. Exits 0 when all is well, 1 on a problem, 2 on bad usage.
set -euo pipefail

if [[ $# -lt 1 || $# -gt 2 ]]; then
  echo "usage: $0 REPORT.xlsx [OUT_DIR]" >&2
  exit 2
fi
workbook=$1
if [[ ! -f "$workbook" ]]; then
  echo "error: $workbook: no such file" >&2
  exit 2
fi
out=${2:-$(mktemp -d -t check-xlsx.XXXXXX)}
mkdir -p "$out"

office=$(command -v libreoffice || command -v soffice || true)
if [[ -z "$office" ]]; then
  echo "error: LibreOffice is not installed (neither libreoffice nor soffice is on the PATH)" >&2
  exit 1
fi

# 1. The zip must be intact.
if command -v unzip >/dev/null; then
  if ! unzip -tqq "$workbook" >/dev/null 2>&1; then
    echo "error: $workbook: the zip is damaged (unzip -t failed)" >&2
    exit 1
  fi
fi

# 2. Every XML part must be well-formed: Excel offers to "repair" a workbook with a broken part.
if command -v python3 >/dev/null; then
  python3 - "$workbook" <<'PY'
import sys, zipfile
import xml.dom.minidom
bad = []
with zipfile.ZipFile(sys.argv[1]) as z:
    for name in z.namelist():
        if name.endswith(".xml") or name.endswith(".rels") or name.endswith(".vml"):
            try:
                xml.dom.minidom.parseString(z.read(name))
            except Exception as e:
                bad.append(f"{name}: {e}")
if bad:
    print("error: malformed XML parts:\n  " + "\n  ".join(bad), file=sys.stderr)
    sys.exit(1)
PY
fi

# 3. LibreOffice must convert it. A private profile keeps parallel runs from sharing (and locking) one.
profile=$(mktemp -d -t check-xlsx-profile.XXXXXX)
trap 'rm -rf "$profile"' EXIT
log="$out/libreoffice.log"
set +e
timeout 300 "$office" -env:UserInstallation="file://$profile" --headless --norestore \
  --convert-to pdf --outdir "$out" "$workbook" >"$log" 2>&1
status=$?
set -e
pdf="$out/$(basename "${workbook%.*}").pdf"
if [[ $status -ne 0 ]]; then
  echo "error: LibreOffice exited with status $status:" >&2
  cat "$log" >&2
  exit 1
fi
if grep -qiE '(^|[^a-z])error' "$log"; then
  echo "error: LibreOffice reported an error:" >&2
  cat "$log" >&2
  exit 1
fi
if [[ ! -s "$pdf" ]]; then
  echo "error: LibreOffice wrote no PDF for $workbook:" >&2
  cat "$log" >&2
  exit 1
fi
echo "ok: $workbook converted to $pdf"
