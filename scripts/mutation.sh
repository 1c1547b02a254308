#!/usr/bin/env bash
# Mutation testing (issue 11): mutmut 2 over one module at a time, each with the tests that
# should catch a change in it plus the golden outputs (tests/golden), in a scratch clone of
# the committed tree, so the working tree is never mutated (mutmut edits files in place).
#
#   pip install -e '.[mutation]'            # mutmut 2
#   bash scripts/mutation.sh [MODULE ...]   # default: all of them; results in .mutation/
#   MUTATION_DIR=.mutation/b bash scripts/mutation.sh MODULE   # a second run beside the first
#
# MODULE is one of: normalize morphology resolve dates_resolve dates_lexer dates_calendars
# dates_grammar dates_vocabulary.
# Each mutant runs its module's tests (about 10-20 s); a survivor takes the whole set, so a
# module takes from minutes (resolve: 35 mutants) to hours (dates: ~1,400). `mutmut results`
# and `mutmut show ID` in .mutation/tree/ read what a run found.
# (When mutmut's cache breaks — it does when the module changes under a run — use
# scripts/mutate_lines.py for the lines not yet run: no cache, same mutation operators.)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
py="$root/.venv/bin/python"
# (another folder under .mutation/ runs a second module at once; made absolute, as the
# script changes directory)
out=$(realpath -m "${MUTATION_DIR:-$root/.mutation}")
rm -rf "$out/tree" && mkdir -p "$out" && git clone -q "$root" "$out/tree"
[ -e "$root/../shared" ] && ln -sfn "$root/../shared" "$out/shared"
declare -A PATHS=(
  [normalize]=bangla_news_nlp/text/normalize.py
  [morphology]=bangla_news_nlp/text/morphology.py
  [resolve]=bangla_news_nlp/ner/resolve.py
  [dates_resolve]=bangla_news_nlp/dates/resolve.py
  [dates_lexer]=bangla_news_nlp/dates/lexer.py
  [dates_calendars]=bangla_news_nlp/dates/calendars.py
  [dates_grammar]=bangla_news_nlp/dates/grammar.py
  [dates_vocabulary]=bangla_news_nlp/dates/vocabulary.py
)
declare -A TESTS=(
  [normalize]="tests/text tests/test_normalize.py tests/test_tokenize.py"
  [morphology]="tests/lang tests/test_rules.py tests/test_rules_news.py"
  [resolve]="tests/ner/test_resolve.py"
  [dates_resolve]="tests/test_dates_resolve.py tests/test_dates.py tests/test_dates_words.py"
  [dates_lexer]="tests/test_dates_lexer.py tests/test_dates.py tests/test_dates_words.py"
  [dates_calendars]="tests/test_dates_calendars.py tests/test_dates.py"
  [dates_grammar]="tests/test_dates_grammar.py tests/test_dates.py tests/test_dates_words.py"
  [dates_vocabulary]="tests/test_dates_vocabulary.py tests/test_dates.py tests/test_dates_words.py"
)
modules=("$@")
[ ${#modules[@]} -eq 0 ] && modules=(normalize morphology resolve dates_resolve dates_lexer dates_calendars dates_grammar
  dates_vocabulary)
cd "$out/tree"
export PYTHONPATH="$out/tree" BANGLA_NEWS_NLP_CACHE=off
for m in "${modules[@]}"; do
  rm -f .mutmut-cache
  # (the golden outputs of the rules; -k leaves out the decider's, which take longer)
  "$py" -m mutmut run --paths-to-mutate "${PATHS[$m]}" --no-progress \
    --runner "$py -m pytest -x -q -p no:cacheprovider -k 'not model' ${TESTS[$m]} tests/test_golden.py" \
    > "$out/$m.log" 2>&1 || true  # (mutmut's exit status is a bit mask of what it found)
  "$py" -m mutmut results > "$out/$m.results" 2>&1 || true
  cp .mutmut-cache "$out/$m.cache"
  echo "$m: $(grep -c . "$out/$m.results") lines of results in $out/$m.results"
done
