"""The fp32 PyTorch comparison backend for the load benchmark (``EMOTIVE_BACKEND=torch``).

Never used in production and never installed with the service: it needs the train extra.
It runs a Hugging Face ``BertForSequenceClassification`` the size of the teacher
(all-MiniLM-L6-v2, 6 layers, 8 outputs) on the token ids the API service sends, in
``torch.no_grad`` with fp32 weights, the way a plain ``transformers`` pipeline runs its
model — minus the pipeline's own tokenization, which would only make PyTorch look slower.
``EMOTIVE_TORCH_MODEL`` points at a fine-tuned teacher folder; without it the base MiniLM
with an untrained head stands in (same compute, meaningless scores: speed only).
"""

from __future__ import annotations

import os
from collections.abc import Sequence

import numpy as np


class TorchClassifier:
    def __init__(self, outputs: int, threads: int | None = None) -> None:
        import torch
        from transformers import AutoModelForSequenceClassification

        from training.model import minilm_path

        if threads:
            torch.set_num_threads(threads)
        path = os.environ.get("EMOTIVE_TORCH_MODEL") or str(minilm_path())
        self.torch = torch
        self.model = AutoModelForSequenceClassification.from_pretrained(
            path, num_labels=outputs).eval()

    def run(self, ids: Sequence[Sequence[int]], batch_size: int = 32
            ) -> tuple[np.ndarray, np.ndarray]:
        torch = self.torch
        order = np.argsort([len(x) for x in ids], kind="stable")
        out = np.zeros((len(ids), self.model.config.num_labels), np.float32)
        with torch.no_grad():
            for start in range(0, len(order), batch_size):
                idx = order[start:start + batch_size]
                width = max(len(ids[i]) for i in idx)
                x = torch.zeros((len(idx), width), dtype=torch.long)
                mask = torch.zeros_like(x)
                for row, i in enumerate(idx):
                    x[row, :len(ids[i])] = torch.tensor(ids[i])
                    mask[row, :len(ids[i])] = 1
                out[idx] = self.model(input_ids=x, attention_mask=mask).logits.numpy()
        return out[:, :5], out[:, 5:]
