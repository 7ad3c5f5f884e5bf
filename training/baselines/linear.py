"""Linear baselines: TF-IDF (word + character n-grams) or SentencePiece pieces, with
logistic regression or a linear SVM (one-vs-rest for emotions; the SVM's scores are
calibrated with Platt scaling so they can be ranked for AUC)."""

from __future__ import annotations

import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np
from sklearn.calibration import CalibratedClassifierCV
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import FeatureUnion
from sklearn.svm import LinearSVC

from training.baselines.common import Probs
from training.data import LabelledTexts

FEATURES = ("tfidf", "spm")
CLASSIFIERS = ("lr", "svm")


class SentencePieceTokens:
    """A unigram SentencePiece model trained on the training texts (picklable)."""

    def __init__(self, vocab_size: int = 8000) -> None:
        self.vocab_size = vocab_size
        self.model: bytes = b""
        self._sp: Any = None

    def fit(self, texts: Sequence[str]) -> SentencePieceTokens:
        import sentencepiece as spm

        with tempfile.TemporaryDirectory() as tmp:
            corpus = Path(tmp) / "train.txt"
            corpus.write_text("\n".join(t.replace("\n", " ") for t in texts), encoding="utf-8")
            spm.SentencePieceTrainer.train(
                input=str(corpus), model_prefix=str(Path(tmp) / "sp"), model_type="unigram",
                vocab_size=min(self.vocab_size, max(100, len(set(" ".join(texts).split())))),
                character_coverage=1.0, normalization_rule_name="nmt_nfkc_cf",
                hard_vocab_limit=False, minloglevel=2, num_threads=2)
            self.model = (Path(tmp) / "sp.model").read_bytes()
        return self

    def __call__(self, text: str) -> list[str]:
        if self._sp is None:
            import sentencepiece as spm

            self._sp = spm.SentencePieceProcessor(model_proto=self.model)
        return list(self._sp.encode(text, out_type=str))

    def __getstate__(self) -> dict[str, Any]:
        return {"vocab_size": self.vocab_size, "model": self.model, "_sp": None}


def _features(kind: str, train_texts: Sequence[str]) -> Any:
    if kind == "tfidf":
        return FeatureUnion([
            ("word", TfidfVectorizer(ngram_range=(1, 2), min_df=2, sublinear_tf=True,
                                     lowercase=True, token_pattern=r"(?u)\b\w+\b|[!?]")),
            ("char", TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 5), min_df=3,
                                     sublinear_tf=True, max_features=200_000)),
        ])
    if kind == "spm":
        pieces = SentencePieceTokens().fit(train_texts)
        return TfidfVectorizer(tokenizer=pieces, lowercase=False, ngram_range=(1, 2),
                               min_df=2, sublinear_tf=True, token_pattern=None)
    raise ValueError(f"unknown features '{kind}'")


def _classifier(kind: str) -> Any:
    if kind == "lr":
        return LogisticRegression(C=4.0, max_iter=2000)
    if kind == "svm":
        return CalibratedClassifierCV(LinearSVC(C=0.1), cv=3, method="sigmoid")
    raise ValueError(f"unknown classifier '{kind}'")


class LinearBaseline:
    """One binary classifier per emotion plus one multinomial sentiment classifier."""

    def __init__(self, features: str = "tfidf", classifier: str = "lr") -> None:
        if features not in FEATURES or classifier not in CLASSIFIERS:
            raise ValueError(f"features in {FEATURES}, classifier in {CLASSIFIERS}")
        self.features, self.classifier = features, classifier
        self.name = f"{'TF-IDF' if features == 'tfidf' else 'SentencePiece'} + " \
                    f"{'logistic regression' if classifier == 'lr' else 'linear SVM'}"
        self.vectorizer: Any = None
        self.emotion_models: list[Any] = []
        self.sentiment_model: Any = None

    def fit(self, train: LabelledTexts, dev: LabelledTexts) -> None:
        self.vectorizer = _features(self.features, train.texts)
        x = self.vectorizer.fit_transform(train.texts)
        self.emotion_models = [_classifier(self.classifier).fit(x, train.emotions[:, j])
                               for j in range(train.emotions.shape[1])]
        keep = train.sentiment >= 0
        self.sentiment_model = _classifier(self.classifier).fit(x[keep], train.sentiment[keep])

    def predict(self, texts: Sequence[str]) -> Probs:
        x = self.vectorizer.transform(list(texts))
        emo = np.stack([m.predict_proba(x)[:, 1] for m in self.emotion_models], 1)
        return emo.astype(np.float32), self.sentiment_model.predict_proba(x).astype(np.float32)

    def n_params(self) -> int:
        def coef_size(m: Any) -> int:
            if hasattr(m, "coef_"):
                return int(m.coef_.size + np.size(m.intercept_))
            return sum(coef_size(c.estimator) for c in m.calibrated_classifiers_)
        return sum(coef_size(m) for m in [*self.emotion_models, self.sentiment_model])
