"""Writes bleu-golden.json: sacreBLEU's 13a tokens and corpus_bleu scores (all defaults) for BleuTest.

Run with sacrebleu installed (golden values in the repository came from sacrebleu 2.6.0):
    python3 bleu_golden.py > bleu-golden.json
"""
import json
import random

import sacrebleu
from sacrebleu.tokenizers.tokenizer_13a import Tokenizer13a

TOKENIZE = [
    "Hello, world!",
    "I don't know U.S.A. rules.",
    "It costs $3.50, or 1,000 won (1990-2000).",
    "e-mail me at x@y.com / 50% ~off` {now} [ok] \"quoted\" #tag ^caret |pipe| _under_ +plus =eq <lt> ;semi: ?!",
    "Tom &amp; Mary &lt;3 &gt; <skipped>&quot;hi&quot; &amp;lt;",
    "line broken by hy-\nphen\nand newline",
    "Hangul 나는 그의 장례식에 참석했다. 좋아요!",
    "中文，标点。 全角！",
    "no\u00a0break\u3000ideographic\u2009thin\u200bzero-width  tabs\tand\x1fcontrol ",
    "ends with number 5. and 3,14 and 2.",
    "   ",
    "'quoted' with apostrophes'",
]

CASES = [
    ("perfect match", ["The cat sat on the mat."], [["The cat sat on the mat."]]),
    ("no overlap", ["a b c d e"], [["f g h i j"]]),
    ("brevity penalty", ["the cat sat on the"], [["the cat sat on the mat today"]]),
    ("punctuation is split", ["Hello, world!"], [["Hello world!"]]),
    ("korean", ["나는 그의 장례식에 참석했다.", "톰 목소리를 들었어."],
     [["나는 장례식에 참석했다."], ["톰의 목소리를 들었어."]]),
    ("multiple references", ["the cat is on the mat", "there is a cat here"],
     [["the cat is on the mat today", "there is a cat on the mat"],
      ["a cat is here", "there is a cat right here now"]]),
    ("closest reference length tie takes the shorter", ["a b c d"], [["a b c d e", "a b c"]]),
    ("exp smoothing of an order without matches", ["w x y z q", "the big dog barks"],
     [["w y x q z"], ["the dog big barks"]]),
    ("too short for 4-grams", ["a b c"], [["a b c"]]),
    ("empty hypothesis", ["", "the cat"], [["the cat sat"], ["the cat"]]),
    ("case matters", ["The Cat sat"], [["the cat sat"]]),
]


def random_corpus(seed, size):
    rng = random.Random(seed)
    words = "the a cat dog sat ran on in mat house big small red , . ! ? 나는 집에 갔다 3.5 1,000".split()
    hyps, refs = [], []
    for _ in range(size):
        ref = [rng.choice(words) for _ in range(rng.randint(1, 12))]
        hyp = [w if rng.random() < 0.7 else rng.choice(words) for w in ref]
        if rng.random() < 0.3:
            hyp = hyp[: rng.randint(0, len(hyp))]
        hyps.append(" ".join(hyp))
        refs.append([" ".join(ref)])
    return hyps, refs


for seed in (1, 2):
    h, r = random_corpus(seed, 40)
    CASES.append((f"random corpus {seed}", h, r))

tok = Tokenizer13a()
out = {"sacrebleu": sacrebleu.__version__, "tokenize": [], "bleu": []}
for s in TOKENIZE:
    out["tokenize"].append({"input": s, "tokens": tok(s.rstrip()).split()})
for name, hyps, refs in CASES:
    streams = [list(x) for x in zip(*refs)] if len({len(r) for r in refs}) == 1 else None
    b = sacrebleu.corpus_bleu(hyps, streams)
    out["bleu"].append({
        "name": name, "hypotheses": hyps, "references": refs, "score": b.score, "bp": b.bp,
        "hyp_len": b.sys_len, "ref_len": b.ref_len, "matches": b.counts, "totals": b.totals,
        "summary": str(b),
    })
print(json.dumps(out, ensure_ascii=False, indent=1))
