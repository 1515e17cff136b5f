"""The words next to the sentence vectors: a small LSA space fitted on each build's statements.

Close problems are often told apart by one content word the sentence vector blurs ("visa"
vs "vaccines", "card arrived" vs "card declined"). Each statement also gets a
`dimensions`-dimensional vector from its words: TF-IDF over crudely stemmed word 1–2-grams
(sublinear term frequency, terms in at least 2 statements, at most `MAX_TERMS`), reduced by
a seeded truncated SVD and normalised. The clustering sees the two joined as
[e, β·l] / √(1 + β²) (`join`), so that their cosine is (cos_e + β² cos_l) / (1 + β²): the
graph, Leiden and the large path are unchanged (bench/wocas/README.md, eighth round: β 0.4,
100 dimensions lifted clinc150 and hwu64 above the product and k-means told k).

The fitted model (vocabulary, idf, SVD components) is plain arrays, stored with each build
(`knowledge.models.themes.ThemeLexicon`), so a statement placed between builds gets its
words' vector in the same space. Fitting sorts the statements first: the model depends on
the statements, not on their order. Any language: words are Unicode letters and digits; the
suffix stripper only ever shortens a word, so German or French words pass through it as
(consistently) cut tokens, never broken into pieces.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cached_property

import numpy as np

from knowledge.themes.embedding import normalise

MAX_TERMS = 50_000  # a 100 × 50,000 float32 model is 20 MB; the benchmark sets need < 9,000
MIN_DF = 2
# The words join only where there are enough statements to estimate them: a word's rarity
# (idf) and each LSA direction need many statements each, so fewer than ten per dimension
# (1,000 at the default 100) leaves the sentence vectors alone. On 60 demo statements the
# fitted directions were their shared small words ("not", "happy") and the theme "marketing
# emails" was lost into "not happy"; on our own 309-statement set the words cost
# 0.932/0.885 → 0.913/0.850 (bench/wocas/README.md, round eight).
STATEMENTS_PER_DIMENSION = 10
_WORD = re.compile(r"[^\W_]+")
# An apostrophe before a short ending joins it ("don't" → "dont", "bank's" → "banks");
# any other separates (French elision: "l'application" → "l", "application").
_CONTRACTION = re.compile(r"['’ʼ`](?=[^\W_]{1,2}\b)")
_APOSTROPHE = re.compile(r"['’ʼ`]")


def stem(word: str) -> str:
    """A crude suffix stripper (no stemmer is a dependency): plurals, -ing, -ed."""
    for suffix, keep in (("ies", "y"), ("sses", "ss"), ("ing", ""), ("ed", "")):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            return word[: -len(suffix)] + keep
    if word.endswith("s") and not word.endswith("ss") and len(word) > 3:
        return word[:-1]
    return word


def analyse(text: str) -> list[str]:
    """Stemmed words and adjacent pairs of one statement."""
    folded = _APOSTROPHE.sub(" ", _CONTRACTION.sub("", unicodedata.normalize(
        "NFKC", text).casefold()))
    words = [stem(w) for w in _WORD.findall(folded)]
    return words + [f"{a} {b}" for a, b in zip(words, words[1:], strict=False)]


@dataclass(frozen=True)
class Lexicon:
    """A fitted words model: term → column, idf per term, SVD components (dims × terms)."""

    vocabulary: tuple[str, ...]
    idf: np.ndarray  # float64, one per term
    components: np.ndarray  # float32, (dimensions, terms)
    weight: float  # β: the words' share in the joined space

    @property
    def dimensions(self) -> int:
        return int(self.components.shape[0])

    @cached_property
    def columns(self) -> dict[str, int]:
        return {term: i for i, term in enumerate(self.vocabulary)}

    def tfidf(self, texts: Sequence[str]):  # type: ignore[no-untyped-def]
        """Rows L2-normalised sublinear TF-IDF (scipy CSR) over this vocabulary."""
        from scipy.sparse import csr_matrix

        column = self.columns
        rows, cols, counts = [], [], []
        for r, text in enumerate(texts):
            for term, count in Counter(analyse(text)).items():
                c = column.get(term)
                if c is not None:
                    rows.append(r)
                    cols.append(c)
                    counts.append(count)
        values = (1.0 + np.log(np.asarray(counts, dtype=np.float64))) * self.idf[
            np.asarray(cols, dtype=np.int64)]
        matrix = csr_matrix((values, (rows, cols)), shape=(len(texts), len(self.vocabulary)))
        matrix.sum_duplicates()
        norms = np.sqrt(np.asarray(matrix.multiply(matrix).sum(axis=1)).ravel())
        scale = 1.0 / np.maximum(norms, 1e-12)
        return csr_matrix(matrix.multiply(scale[:, None]))

    def features(self, texts: Sequence[str]) -> np.ndarray:
        """Each statement's words as a normalised LSA vector (zeros if none is known)."""
        if not len(texts):
            return np.zeros((0, self.dimensions), dtype=np.float32)
        matrix = self.tfidf(texts)
        # Only the terms these statements use (one statement placed between builds uses a
        # handful of 50,000): the same products, summed in the same order.
        used = np.unique(matrix.indices)
        reduced = np.asarray(matrix[:, used] @ self.components[:, used].T.astype(np.float64))
        return normalise(reduced.astype(np.float32))

    def join(self, vectors: np.ndarray, texts: Sequence[str]) -> np.ndarray:
        return join(vectors, self.features(texts), self.weight)

    def to_record(self) -> dict[str, object]:
        """Plain values for storage: the vocabulary as a JSON list, arrays as float bytes."""
        return {"vocabulary": list(self.vocabulary), "weight": self.weight,
                "dimensions": self.dimensions,
                "idf": np.asarray(self.idf, dtype="<f8").tobytes(),
                "components": np.asarray(self.components, dtype="<f4").tobytes()}

    @classmethod
    def from_record(cls, vocabulary: Sequence[str], weight: float, dimensions: int,
                    idf: bytes, components: bytes) -> Lexicon:
        terms = len(vocabulary)
        return cls(vocabulary=tuple(vocabulary), weight=float(weight),
                   idf=np.frombuffer(idf, dtype="<f8").astype(np.float64),
                   components=np.frombuffer(components, dtype="<f4").astype(np.float32)
                   .reshape(int(dimensions), terms))


def join(vectors: np.ndarray, words: np.ndarray, weight: float) -> np.ndarray:
    """[e, β·l] / √(1 + β²): unit rows whose cosine is (cos_e + β² cos_l) / (1 + β²)."""
    vectors = normalise(vectors)
    joined = np.hstack([vectors, weight * np.asarray(words, dtype=np.float32)])
    return (joined / np.float32(np.sqrt(1.0 + weight * weight))).astype(np.float32)


def fit(texts: Sequence[str], *, weight: float, dimensions: int, seed: int,
        per_dimension: int = STATEMENTS_PER_DIMENSION) -> Lexicon | None:
    """The words model of these statements; None when there are fewer than
    `per_dimension` statements per dimension or too few words to reduce, or
    `weight` is 0 (words switched off)."""
    from sklearn.decomposition import TruncatedSVD

    if weight <= 0 or dimensions <= 0 or len(texts) < per_dimension * dimensions:
        return None
    ordered = sorted(texts)  # the model depends on the statements, not on their order
    df: Counter[str] = Counter()
    for text in ordered:
        df.update(set(analyse(text)))
    kept = sorted((term for term, count in df.items() if count >= MIN_DF),
                  key=lambda term: (-df[term], term))[:MAX_TERMS]
    vocabulary = tuple(sorted(kept))
    dimensions = min(dimensions, len(vocabulary) - 1, len(ordered) - 1)
    if dimensions < 2:
        return None
    n = len(ordered)
    idf = np.log((1.0 + n) / (1.0 + np.array([df[t] for t in vocabulary], dtype=np.float64)))
    draft = Lexicon(vocabulary, idf + 1.0, np.zeros((0, len(vocabulary)), np.float32), weight)
    svd = TruncatedSVD(dimensions, random_state=seed).fit(draft.tfidf(ordered))
    return Lexicon(vocabulary, draft.idf, svd.components_.astype(np.float32), weight)
