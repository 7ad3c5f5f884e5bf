"""Data report: class balance, label co-occurrence, text lengths, embedding map.

``emotive data-report --out reports/data`` writes ``README.md`` plus ``balance.png``,
``cooccurrence.png``, ``lengths.png`` and ``embeddings.png`` (t-SNE of all-MiniLM-L6-v2
sentence embeddings, before fine-tuning, of texts with exactly one emotion or none).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import numpy as np

from emotive.labels import default_schema
from training.data import NO_SENTIMENT, LabelledTexts, read_goemotions

COLOURS = {"joy": "#f2b705", "surprise": "#8e44ad", "anger": "#d62728", "fear": "#2ca02c",
           "sadness": "#1f77b4", "none": "#bbbbbb"}


def _plt() -> Any:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    return plt


def balance_table(splits: dict[str, LabelledTexts]) -> list[str]:
    schema = next(iter(splits.values())).schema
    head = "| label | " + " | ".join(splits) + " |"
    rows = [head, "| --- |" + " --- |" * len(splits)]
    for j, name in enumerate(schema.emotions):
        cells = [f"{int(d.emotions[:, j].sum())} ({d.emotions[:, j].mean():.1%})"
                 for d in splits.values()]
        rows.append(f"| emotion: {name} | " + " | ".join(cells) + " |")
    cells = [f"{int((d.emotions.sum(1) == 0).sum())} ({(d.emotions.sum(1) == 0).mean():.1%})"
             for d in splits.values()]
    rows.append("| no emotion | " + " | ".join(cells) + " |")
    for k, name in enumerate(schema.sentiments):
        cells = [f"{int((d.sentiment == k).sum())} ({(d.sentiment == k).mean():.1%})"
                 for d in splits.values()]
        rows.append(f"| sentiment: {name} | " + " | ".join(cells) + " |")
    cells = [f"{int((d.sentiment == NO_SENTIMENT).sum())}" for d in splits.values()]
    rows.append("| sentiment: mixed (no label) | " + " | ".join(cells) + " |")
    return rows


def cooccurrence(data: LabelledTexts) -> np.ndarray:
    y = data.emotions
    return (y.T @ y).astype(int)


def plot_balance(splits: dict[str, LabelledTexts], path: Path) -> None:
    plt = _plt()
    train = splits["train"]
    fig, axes = plt.subplots(1, 2, figsize=(10, 3.6))
    names = list(train.schema.emotions)
    axes[0].bar(names, train.emotions.sum(0), color=[COLOURS[n] for n in names])
    axes[0].set_title("train: examples per emotion")
    axes[1].bar([*list(train.schema.sentiments), "mixed"],
                [int((train.sentiment == k).sum()) for k in range(3)] +
                [int((train.sentiment == NO_SENTIMENT).sum())], color="#607d8b")
    axes[1].set_title("train: examples per sentiment")
    fig.tight_layout()
    fig.savefig(path, dpi=80)
    plt.close(fig)


def plot_cooccurrence(data: LabelledTexts, path: Path) -> None:
    plt = _plt()
    c = cooccurrence(data)
    names = data.schema.emotions
    fig, ax = plt.subplots(figsize=(5, 4.2))
    ax.imshow(np.log1p(c), cmap="Oranges")
    ax.set_xticks(range(len(names)), names, rotation=30)
    ax.set_yticks(range(len(names)), names)
    for i in range(len(names)):
        for j in range(len(names)):
            ax.text(j, i, str(c[i, j]), ha="center", va="center", fontsize=8)
    ax.set_title("train: emotion co-occurrence (diagonal = count)")
    fig.tight_layout()
    fig.savefig(path, dpi=80)
    plt.close(fig)


def plot_lengths(splits: dict[str, LabelledTexts], path: Path) -> dict[str, float]:
    plt = _plt()
    words = np.array([len(t.split()) for t in splits["train"].texts])
    fig, ax = plt.subplots(figsize=(6, 3.4))
    ax.hist(words, bins=range(0, int(words.max()) + 2), color="#607d8b")
    ax.set(xlabel="words per text", ylabel="texts", title="train: text lengths")
    fig.tight_layout()
    fig.savefig(path, dpi=80)
    plt.close(fig)
    return {"mean": float(words.mean()), "p50": float(np.percentile(words, 50)),
            "p95": float(np.percentile(words, 95)), "max": float(words.max())}


def embed(texts: list[str], batch_size: int = 64) -> np.ndarray:
    """Mean-pooled all-MiniLM-L6-v2 embeddings (the base encoder, offline)."""
    import torch

    from emotive.encoding import TextEncoder
    from training.model import build_encoder, minilm_path

    enc = TextEncoder(minilm_path() / "tokenizer.json", 128)
    model = build_encoder("minilm").eval()
    out = []
    with torch.no_grad():
        for i in range(0, len(texts), batch_size):
            ids, mask = (torch.from_numpy(a) for a in enc.pad(enc.encode(texts[i:i + batch_size])))
            h = model(input_ids=ids, attention_mask=mask).last_hidden_state
            m = mask.unsqueeze(-1).float()
            out.append(((h * m).sum(1) / m.sum(1)).numpy())
    return np.concatenate(out)


def plot_embeddings(data: LabelledTexts, path: Path, sample: int, seed: int = 0) -> None:
    from sklearn.manifold import TSNE

    plt = _plt()
    single = np.flatnonzero(data.emotions.sum(1) <= 1)
    rng = np.random.default_rng(seed)
    idx = rng.choice(single, size=min(sample, len(single)), replace=False)
    xy = TSNE(n_components=2, init="pca", perplexity=30, random_state=seed).fit_transform(
        embed([data.texts[i] for i in idx]))
    y = data.emotions[idx]
    label = np.where(y.sum(1) == 0, "none", np.array(data.schema.emotions)[y.argmax(1)])
    fig, ax = plt.subplots(figsize=(7, 6))
    for name, colour in COLOURS.items():
        m = label == name
        ax.scatter(xy[m, 0], xy[m, 1], s=6, c=colour, label=f"{name} ({m.sum()})",
                   alpha=0.35 if name == "none" else 0.8)
    ax.legend(markerscale=3, fontsize=8)
    ax.set_title("t-SNE of MiniLM sentence embeddings (train sample)")
    ax.set_xticks([])
    ax.set_yticks([])
    fig.tight_layout()
    fig.savefig(path, dpi=80)
    plt.close(fig)


def write_report(out: Path, data_dir: str | Path | None = None, sample: int = 2000) -> Path:
    out.mkdir(parents=True, exist_ok=True)
    schema = default_schema()
    splits = {s: read_goemotions(s, schema, data_dir) for s in ("train", "dev", "test")}
    plot_balance(splits, out / "balance.png")
    plot_cooccurrence(splits["train"], out / "cooccurrence.png")
    lengths = plot_lengths(splits, out / "lengths.png")
    if sample:
        plot_embeddings(splits["train"], out / "embeddings.png", sample)
    multi = (splits["train"].emotions.sum(1) > 1).mean()
    lines = [
        "# GoEmotions in the emotive label schema",
        "",
        "Written by `emotive data-report` from the GoEmotions TSV files (mapping: "
        "`training/mappings/goemotions.json`).",
        "",
        "## Class balance",
        "",
        *balance_table(splits),
        "",
        f"{multi:.1%} of training texts carry more than one emotion.",
        "",
        "![balance](balance.png)",
        "",
        "## Co-occurrence",
        "",
        "![co-occurrence](cooccurrence.png)",
        "",
        "## Text lengths",
        "",
        f"Words per training text: mean {lengths['mean']:.1f}, median {lengths['p50']:.0f}, "
        f"95th percentile {lengths['p95']:.0f}, max {lengths['max']:.0f}.",
        "",
        "![lengths](lengths.png)",
        "",
    ]
    if sample:
        lines += ["## Sentence embeddings", "",
                  f"t-SNE of {sample} training texts with at most one emotion, embedded by the "
                  "base all-MiniLM-L6-v2 encoder before fine-tuning.", "",
                  "![embeddings](embeddings.png)", ""]
    path = out / "README.md"
    path.write_text("\n".join(lines))
    return path
