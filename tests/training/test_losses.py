import torch

from training.losses import binary_kl, emotion_loss, sentiment_loss, softmax_kl


def test_kl_is_zero_for_identical_outputs_and_positive_otherwise() -> None:
    z = torch.randn(8, 5)
    assert binary_kl(z, z, 2.0).item() < 1e-6
    assert binary_kl(z + 1, z, 2.0).item() > 1e-3
    s = torch.randn(8, 3)
    assert softmax_kl(s, s, 2.0).item() < 1e-6
    assert softmax_kl(s.flip(1), s, 2.0).item() > 0


def test_label_smoothing_keeps_confident_logits_from_zero_loss() -> None:
    logits = torch.tensor([[20.0, -20.0]])
    y = torch.tensor([[1.0, 0.0]])
    assert emotion_loss(logits, y, 0.0).item() < 1e-6
    assert emotion_loss(logits, y, 0.1).item() > 0.5


def test_sentiment_loss_ignores_unlabelled_examples() -> None:
    logits = torch.randn(4, 3, requires_grad=True)
    assert sentiment_loss(logits, torch.tensor([-1, -1, -1, -1]), 0.1).item() == 0.0
    a = sentiment_loss(logits, torch.tensor([0, -1, 2, -1]), 0.0)
    b = sentiment_loss(logits[[0, 2]], torch.tensor([0, 2]), 0.0)
    assert torch.isclose(a, b)
