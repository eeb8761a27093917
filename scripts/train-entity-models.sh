#!/bin/sh
# Trains the entity recognizer's name models (enrich/src/main/resources/io/newsflow/enrich/metadata/entity/ner-*.bin.gz)
# from licence-compatible labelled text only, never a MEASURE part (see NOTICE): German from GermEval 2014 dev and the
# TUNE sentences of GermEval test, English from UNER English-EWT (the cache's uner/en_ewt-ud-*.iob2), GUM's CC-BY and
# CC-BY-SA genres (academic, court, interview, bio, voyage) and the GUM news documents of the TUNE split. UNER
# German-PUD and English-PUD are never trained on.
# Needs the evaluation cache (scripts/eval-cache.sh) and a GUM checkout or mirror (its git directory).
# Usage: scripts/train-entity-models.sh [CACHE_DIR] [GUM_GIT_DIR]
set -eu
cache=${1:-/work/evalcache}
gum=${2:-/work/.mirror/amir-zeldes+gum/repo}
here=$(cd "$(dirname "$0")/.." && pwd)
if ! ls "$cache"/uner/en_ewt-ud-*.iob2 >/dev/null 2>&1; then
  echo "no UNER English-EWT files (uner/en_ewt-ud-*.iob2) in $cache: rebuild it with scripts/eval-cache.sh" >&2
  exit 1
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
for f in $(git -C "$gum" ls-tree -r --name-only HEAD coref/gum/tsv/ | grep -E 'GUM_(academic|court|interview|bio|voyage)_'); do
  git -C "$gum" show "HEAD:$f" >"$tmp/$(basename "$f")"
  # the CoNLL-U twin gives the original spacing and the part-of-speech tags the gold names are derived with
  git -C "$gum" show "HEAD:dep/$(basename "$f" .tsv).conllu" >"$tmp/$(basename "$f" .tsv).conllu"
done
java -Xmx1500m -jar "$here/app/target/newsflow.jar" bench entities \
  --cache "$cache" --train "$tmp/models" --gum-train "$tmp" --algorithm PERCEPTRON --cutoff 1 --iterations 100
cp "$tmp/models/ner-de.bin.gz" "$tmp/models/ner-en.bin.gz" "$here/enrich/src/main/resources/io/newsflow/enrich/metadata/entity/"
