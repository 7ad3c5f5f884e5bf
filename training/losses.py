"""Losses: label-smoothed hard losses for both heads and the distillation KL terms."""

from __future__ import annotations

import torch
import torch.nn.functional as F

IGNORE = -1  # sentiment index of examples without a sentiment label


def emotion_loss(logits: torch.Tensor, targets: torch.Tensor, smoothing: float) -> torch.Tensor:
    """Binary cross-entropy against targets pulled toward 0.5 by ``smoothing``."""
    smoothed = targets * (1.0 - smoothing) + 0.5 * smoothing
    return F.binary_cross_entropy_with_logits(logits, smoothed)


def sentiment_loss(logits: torch.Tensor, targets: torch.Tensor, smoothing: float) -> torch.Tensor:
    if bool((targets == IGNORE).all()):
        return logits.sum() * 0.0
    return F.cross_entropy(logits, targets, label_smoothing=smoothing, ignore_index=IGNORE)


def hard_loss(
    emo: torch.Tensor, sent: torch.Tensor, emo_y: torch.Tensor, sent_y: torch.Tensor,
    smoothing: float, sentiment_weight: float,
) -> torch.Tensor:
    return emotion_loss(emo, emo_y, smoothing) + sentiment_weight * sentiment_loss(
        sent, sent_y, smoothing
    )


def binary_kl(student: torch.Tensor, teacher: torch.Tensor, temperature: float) -> torch.Tensor:
    """KL(teacher || student) of per-label Bernoulli distributions softened by T, times T^2."""
    t = temperature
    p = torch.sigmoid(teacher / t)
    log_q, log_1mq = F.logsigmoid(student / t), F.logsigmoid(-student / t)
    log_p, log_1mp = F.logsigmoid(teacher / t), F.logsigmoid(-teacher / t)
    kl = p * (log_p - log_q) + (1 - p) * (log_1mp - log_1mq)
    return kl.mean() * t * t


def softmax_kl(student: torch.Tensor, teacher: torch.Tensor, temperature: float) -> torch.Tensor:
    t = temperature
    return F.kl_div(
        F.log_softmax(student / t, -1), F.log_softmax(teacher / t, -1),
        reduction="batchmean", log_target=True,
    ) * t * t


def distill_loss(
    emo: torch.Tensor, sent: torch.Tensor, t_emo: torch.Tensor, t_sent: torch.Tensor,
    temperature: float,
) -> torch.Tensor:
    return binary_kl(emo, t_emo, temperature) + softmax_kl(sent, t_sent, temperature)
