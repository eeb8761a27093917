#!/usr/bin/env bash
# Rebuilds the git-ignored cache of third-party evaluation data (real pages and entity labels with gold annotations)
# that `newsflow bench quality` scores against. Nothing here is committed: the licences are named in NOTICE and
# eval/README.md, and the CI gate uses only the small subset under enrich/src/test/resources/real/.
#
#   scripts/eval-cache.sh [DEST]            DEST defaults to eval/cache
#
# Sources are cloned from GitHub, or read from local git mirrors when NEWSFLOW_EVAL_MIRRORS names a folder holding
# <owner>+<name>/repo git directories (an offline copy). WCXB's test split and the Scrapinghub
# benchmark are reserved for independent evaluation: this script copies only the WCXB ids that metadata.json marks
# "split": "dev" and never touches the test/ folder.
set -euo pipefail
cd "$(dirname "$0")/.."
dest=${1:-eval/cache}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# repo <owner/name> <commit-or-HEAD>: prints a git dir holding that repository
repo() {
  local name=${1/\//+}
  if [[ -n "${NEWSFLOW_EVAL_MIRRORS:-}" && -d "$NEWSFLOW_EVAL_MIRRORS/$name/repo" ]]; then
    echo "$NEWSFLOW_EVAL_MIRRORS/$name/repo"
  else
    git clone -q --bare --filter=blob:none "https://github.com/$1.git" "$work/$name" >&2
    echo "$work/$name"
  fi
}
# copy <git dir> <path in repo> <target dir>: the files under path, as of HEAD
copy() {
  mkdir -p "$3"
  git -C "$1" archive --format=tar HEAD -- "$2" | tar -x -C "$3" --strip-components="$(( $(tr -cd / <<<"$2" | wc -c) + 1 ))"
}

rm -rf "$dest.part" && mkdir -p "$dest.part"
out=$dest.part

# Extraction: trafilatura's evaluation pages (Apache-2.0): tests/eval/*.html + tests/evaldata.json; about a tenth of
# the pages evaldata.json names live in tests/cache (trafilatura's evaluate.py looks there first), kept in cache/
g=$(repo adbar/trafilatura)
copy "$g" tests/eval "$out/trafilatura"
copy "$g" tests/cache "$out/trafilatura/cache"
git -C "$g" show HEAD:tests/evaldata.json >"$out/trafilatura/evaldata.json"

# Extraction: fundus' parser test pages (MIT): <country>/<Publisher>.json + <Publisher>_<date>.html.gz
g=$(repo flairNLP/fundus)
copy "$g" tests/resources/parser/test_data "$out/fundus"
find "$out/fundus" -name '*.py' -delete

# Extraction: WCXB (CC-BY-4.0), the dev split only
g=$(repo Murrough-Foley/web-content-extraction-benchmark)
git -C "$g" show HEAD:metadata.json >"$work/wcxb-metadata.json"
mkdir -p "$out/wcxb/html" "$out/wcxb/ground-truth"
jq '{name, version, license, files: (.files | with_entries(select(.value.split == "dev")))}' \
  "$work/wcxb-metadata.json" >"$out/wcxb/metadata.json"
for id in $(jq -r '.files | keys[]' "$out/wcxb/metadata.json"); do
  git -C "$g" show "HEAD:dev/html/$id.html.gz" >"$out/wcxb/html/$id.html.gz"
  git -C "$g" show "HEAD:dev/ground-truth/$id.json" >"$out/wcxb/ground-truth/$id.json"
done

# Dates: htmldate's evaluation sets (Apache-2.0)
g=$(repo adbar/htmldate)
copy "$g" tests/cache "$out/htmldate/cache"
copy "$g" tests/test_set "$out/htmldate/test_set"
copy "$g" tests/eval "$out/htmldate/eval" # most of eval_default.json's pages (evaluation.py: test_set, cache, eval)
git -C "$g" show HEAD:tests/eval_default.json >"$out/htmldate/eval_default.json"
git -C "$g" show HEAD:tests/eval_mediacloud_2020.json >"$out/htmldate/eval_mediacloud_2020.json"

# Entities: GermEval 2014 (CC-BY-4.0), GUM news documents (CC-BY), UNER German-PUD and English-PUD (CC-BY-SA-4.0)
g=$(repo mapriess/GermEval_2014_NER_DEMO)
mkdir -p "$out/germeval"
for f in NER-de-dev.tsv NER-de-test.tsv; do git -C "$g" show "HEAD:Data/$f" >"$out/germeval/$f"; done
g=$(repo amir-zeldes/gum)
mkdir -p "$out/gum"
for f in $(git -C "$g" ls-tree --name-only HEAD coref/gum/tsv/ | grep '_news_'); do
  git -C "$g" show "HEAD:$f" >"$out/gum/$(basename "$f")"
  # the same document in CoNLL-U: original spacing (SpaceAfter=No) and part-of-speech tags for the gold names
  git -C "$g" show "HEAD:dep/$(basename "$f" .tsv).conllu" >"$out/gum/$(basename "$f" .tsv).conllu"
done
for lang in German English; do
  g=$(repo "UniversalNER/UNER_$lang-PUD")
  mkdir -p "$out/uner"
  git -C "$g" ls-tree --name-only HEAD | grep '\.iob2$' | while read -r f; do git -C "$g" show "HEAD:$f" >"$out/uner/$f"; done
done

# Entity training data (never scored): UNER English-EWT (CC-BY-SA-4.0, English web text). Some offline copies lack
# the train file's blob; then only dev and test are copied, and the warning says so.
g=$(repo UniversalNER/UNER_English-EWT)
for part in train dev test; do
  f=en_ewt-ud-$part.iob2
  if git -C "$g" cat-file -e "HEAD:$f" 2>/dev/null; then
    git -C "$g" show "HEAD:$f" >"$out/uner/$f"
  else
    echo "warning: $f is missing from this copy of UniversalNER/UNER_English-EWT; the English name model trains without it" >&2
  fi
done

rm -rf "$dest" && mv "$out" "$dest"
echo "eval cache ready in $dest: $(find "$dest" -type f | wc -l) files, $(du -sh "$dest" | cut -f1)"
