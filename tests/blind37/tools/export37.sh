#!/usr/bin/env bash
# export37.sh CMD OUTDIR [files...]: every b37 file (or those given) to OUTDIR/NAME.txt (+ .stderr.txt), check_easy, counts
set -u
CMD=$1; OUT=$2; shift 2
mkdir -p "$OUT"
files=("$@"); [ ${#files[@]} -eq 0 ] && files=(/work/blind/b37/W*/*.delmaal.json)
for f in "${files[@]}"; do
  n=$(basename "$f" .delmaal.json)
  "$CMD" export "$f" --to easy -o - > "$OUT/$n.txt" 2> "$OUT/$n.stderr.txt"
done
python3 /work/shared/tools/check_easy.py --cmd "$CMD" "${files[@]}" > "$OUT/check_easy.txt" 2>&1
python3 /work/coord/count_sentences.py "$OUT" > "$OUT/counts.txt"
echo "exported ${#files[@]} to $OUT"
