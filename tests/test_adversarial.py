"""Guarantees an adversarial run checked, kept so that they cannot silently regress: time
grows linearly on entity-dense text (a ratio between two sizes, never an absolute time),
and one pipeline shared by eight threads gives what it gives serially, also while entries
are being added to another pipeline."""

from __future__ import annotations

import gc
import threading
import time

import pytest

from bangla_news_nlp import Pipeline, default_pipeline

# a name, a place, a date or an organisation every few characters
DENSE = ("পুতিন মস্কোতে, শারা দামেস্কে, সানা ঢাকায়; ২৩ ডিসেম্বর (বিএনপি) ও আওয়ামী লীগ। "
         "আসাদ হাসান আল-শাইবানি, মুরহাফ আবু কাসরা, শেখ হাসিনা ও টিআরটি ওয়ার্ল্ড।\n")
NEWS = [
    "রুশ প্রেসিডেন্ট ভ্লাদিমির পুতিনের সঙ্গে মস্কোতে দেখা করেছেন সিরিয়ার পররাষ্ট্রমন্ত্রী।",
    "ম্যাচের একমাত্র গোলটি করেছেন মরিসন।",
    "গতকাল ঢাকায় বিএনপির মহাসচিব মির্জা ফখরুল ইসলাম আলমগীর সংবাদ সম্মেলন করেন।",
    "অ্যান্ডারসন উইকেটে নেমেছিলেন দশম ওভারে।",
    "চট্টগ্রামের সীতাকুণ্ড উপজেলায় ২৪ ডিসেম্বর ২০২৫ একটি কারখানায় আগুন লাগে।",
]


def _cpu(nlp, text: str) -> float:
    gc.collect()  # each run starts from the same heap: the collector's passes scale with it
    t = time.process_time()
    nlp(text)
    return time.process_time() - t


def _growth(nlp, small: str, large: str, rounds: int = 3) -> float:
    """The best time of `rounds` on each size, the two sizes interleaved so that a slow
    spell of a shared machine touches both; the best only, since other work only adds."""
    nlp(small)  # caches warm
    best_small = best_large = float("inf")
    for _ in range(rounds):
        best_small = min(best_small, _cpu(nlp, small))
        best_large = min(best_large, _cpu(nlp, large))
    return best_large / best_small


@pytest.mark.parametrize("model", [False, True], ids=["rules", "decider"])
def test_time_grows_linearly_on_entity_dense_text(model):
    # big enough that the small text takes ~0.1 s: at a few hundredths a collector pass or a
    # busy neighbour moved one CI run's ratio to 6.3 while the growth measured 4.1-4.6×
    nlp = Pipeline(model=model)
    reps = 300 if not model else 150  # ~45,000 / ~22,000 characters
    ratio = _growth(nlp, DENSE * reps, DENSE * reps * 4)
    # linear is 4× (measured 4.2-6.3× on a busy 2-core machine, the collector's passes over
    # the heap included); n^1.5 would be 8×, quadratic 16×
    assert ratio < 8.0, f"4× the text took {ratio:.1f}× the time: growth is not linear"


@pytest.mark.parametrize("model", [False, True, "auto"], ids=["rules", "decider", "auto"])
def test_eight_threads_share_a_pipeline_and_agree_with_serial(model):
    nlp = default_pipeline() if not model else Pipeline(model=model)
    serial = [nlp(t).model_dump() for t in NEWS]
    results = {}
    errors = []

    def work(k: int) -> None:
        try:
            for rep in range(20):
                i = (k + rep) % len(NEWS)
                results[(k, rep)] = (i, nlp(NEWS[i]).model_dump())
        except Exception as exc:  # pragma: no cover (reported below)
            errors.append(exc)

    other = Pipeline()
    threads = [threading.Thread(target=work, args=(k,)) for k in range(8)]
    for t in threads:
        t.start()
    for n in range(30):  # another pipeline gains entries meanwhile
        other.add_entry("PERSON", f"Test Person {n}", [f"টেস্টনাম{n}"])
    for t in threads:
        t.join()
    assert not errors
    assert len(results) == 8 * 20
    assert all(doc == serial[i] for i, doc in results.values())
