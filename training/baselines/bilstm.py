"""A BiLSTM with label-wise attention, and the word -> emotion table its attention yields.

WordPiece ids from the MiniLM tokenizer; embeddings initialised from MiniLM's input
embeddings (384-d). One attention query per emotion and one for sentiment, so each emotion
looks at its own words; ``association_table`` aggregates those weights into the top words
per emotion.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from typing import Any

import numpy as np
import torch
from torch import nn
from tqdm import tqdm

from emotive.encoding import TextEncoder
from training.baselines.common import Probs
from training.batching import bucketed_batches, sorted_batches
from training.data import LabelledTexts
from training.losses import hard_loss
from training.model import minilm_path


class BiLSTMAttention(nn.Module):
    def __init__(self, embeddings: torch.Tensor, hidden: int, n_emotions: int,
                 n_sentiments: int) -> None:
        super().__init__()
        self.embed = nn.Embedding.from_pretrained(embeddings, freeze=False, padding_idx=0)
        self.lstm = nn.LSTM(embeddings.shape[1], hidden, batch_first=True, bidirectional=True)
        self.queries = nn.Parameter(torch.randn(n_emotions + 1, 2 * hidden) * 0.05)
        self.emotion_out = nn.Parameter(torch.randn(n_emotions, 2 * hidden) * 0.05)
        self.emotion_bias = nn.Parameter(torch.zeros(n_emotions))
        self.sentiment_out = nn.Linear(2 * hidden, n_sentiments)
        self.dropout = nn.Dropout(0.3)

    def forward(self, ids: torch.Tensor, mask: torch.Tensor
                ) -> tuple[torch.Tensor, torch.Tensor, torch.Tensor]:
        h, _ = self.lstm(self.dropout(self.embed(ids)))  # (B, T, 2H)
        scores = torch.einsum("bth,qh->bqt", h, self.queries)
        scores = scores.masked_fill(mask[:, None, :] == 0, -1e4)
        attn = scores.softmax(-1)  # (B, Q, T)
        ctx = self.dropout(torch.einsum("bqt,bth->bqh", attn, h))
        emo = (ctx[:, :-1] * self.emotion_out).sum(-1) + self.emotion_bias
        return emo, self.sentiment_out(ctx[:, -1]), attn


class BiLSTMBaseline:
    name = "BiLSTM + attention"

    def __init__(self, hidden: int = 128, epochs: int = 3, batch_size: int = 64,
                 lr: float = 2e-3, seed: int = 13) -> None:
        self.hidden, self.epochs, self.batch_size, self.lr, self.seed = (
            hidden, epochs, batch_size, lr, seed)
        self.encoder = TextEncoder(minilm_path() / "tokenizer.json", 128)
        self.model: BiLSTMAttention | None = None

    def fit(self, train: LabelledTexts, dev: LabelledTexts) -> None:
        from safetensors.torch import load_file

        torch.manual_seed(self.seed)
        weights = load_file(str(minilm_path() / "model.safetensors"))
        emb = next(v for k, v in weights.items() if k.endswith("word_embeddings.weight"))
        self.model = BiLSTMAttention(emb.clone(), self.hidden, train.emotions.shape[1],
                                     int(train.sentiment.max()) + 1)
        ids = self.encoder.encode(train.texts)
        lengths = np.array([len(x) for x in ids])
        opt = torch.optim.Adam(self.model.parameters(), lr=self.lr)
        self.model.train()
        for epoch in range(self.epochs):
            batches = bucketed_batches(lengths, self.batch_size, self.seed, epoch)
            bar = tqdm(batches, desc=f"bilstm epoch {epoch + 1}", mininterval=5, leave=False)
            for idx in bar:
                x, m = (torch.from_numpy(a) for a in self.encoder.pad([ids[i] for i in idx]))
                emo, sent, _ = self.model(x, m)
                loss = hard_loss(emo, sent, torch.from_numpy(train.emotions[idx]),
                                 torch.from_numpy(train.sentiment[idx]), 0.1, 1.0)
                opt.zero_grad()
                loss.backward()
                nn.utils.clip_grad_norm_(self.model.parameters(), 1.0)
                opt.step()
                bar.set_postfix(loss=f"{loss.item():.3f}", refresh=False)
        self.model.eval()

    @torch.no_grad()
    def _run(self, texts: Sequence[str]) -> tuple[np.ndarray, np.ndarray, list[np.ndarray]]:
        assert self.model is not None, "fit first"
        ids = self.encoder.encode(texts)
        emo = np.zeros((len(ids), self.model.emotion_out.shape[0]), np.float32)
        sent = np.zeros((len(ids), self.model.sentiment_out.out_features), np.float32)
        attn: list[np.ndarray] = [np.zeros(0)] * len(ids)
        for idx in sorted_batches(np.array([len(x) for x in ids]), 256):
            x, m = (torch.from_numpy(a) for a in self.encoder.pad([ids[i] for i in idx]))
            e, s, a = self.model(x, m)
            emo[idx] = torch.sigmoid(e).numpy()
            sent[idx] = s.softmax(-1).numpy()
            for k, i in enumerate(idx):
                attn[i] = a[k, :, : len(ids[i])].numpy()
        return emo, sent, attn

    def predict(self, texts: Sequence[str]) -> Probs:
        emo, sent, _ = self._run(texts)
        return emo, sent

    def n_params(self) -> int:
        assert self.model is not None
        return sum(p.numel() for p in self.model.parameters())

    def association_table(self, texts: Sequence[str], names: Sequence[str], top: int = 12,
                          min_count: int = 15) -> dict[str, list[tuple[str, float]]]:
        """Top words per emotion: mean over a word's occurrences of (attention on the word
        x predicted probability of the emotion), words seen at least ``min_count`` times."""
        emo, _, attn = self._run(texts)
        tok = self.encoder.tokenizer
        totals: list[dict[str, float]] = [defaultdict(float) for _ in names]
        counts: dict[str, int] = defaultdict(int)
        for text, p, a in zip(texts, emo, attn, strict=True):
            enc = tok.encode(text)
            words: dict[int, list[int]] = defaultdict(list)
            for pos, w in enumerate(enc.word_ids[: a.shape[1]]):
                if w is not None:
                    words[w].append(pos)
            for positions in words.values():
                start, end = enc.offsets[positions[0]][0], enc.offsets[positions[-1]][1]
                word = text[start:end].lower()
                if not word.isalpha():
                    continue
                counts[word] += 1
                for j in range(len(names)):
                    totals[j][word] += float(a[j, positions].sum() * p[j])
        return {name: sorted(((w, round(v / counts[w], 4)) for w, v in totals[j].items()
                              if counts[w] >= min_count), key=lambda x: -x[1])[:top]
                for j, name in enumerate(names)}

    def __getstate__(self) -> dict[str, Any]:  # size_mb pickles the weights only
        return {"state": self.model.state_dict() if self.model else None}
