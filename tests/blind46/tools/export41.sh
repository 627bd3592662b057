#!/usr/bin/env bash
# export39.sh CMD OUTDIR files...: every file to OUTDIR/NAME.txt (+ .stderr.txt), check_easy, counts
set -u
CMD=$1; OUT=$2; shift 2
mkdir -p "$OUT"
for f in "$@"; do
  n=$(basename "$f" .delmaal.json)
  "$CMD" export "$f" --to easy -o - > "$OUT/$n.txt" 2> "$OUT/$n.stderr.txt"
done
python3 /work/shared/tools/check_easy.py --cmd "$CMD" "$@" > "$OUT/check_easy.txt" 2>&1
python3 /work/coord/count_sentences.py "$OUT" > "$OUT/counts.txt"
echo "exported $# to $OUT"
