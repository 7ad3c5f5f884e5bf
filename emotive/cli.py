"""The ``emotive`` command line.

    emotive score [FILE]              one text per line -> one JSON object per line
    emotive analyze [FILE] [--explain] [--suggest --target T]
                                      sentences, offsets, arc, driving words, rewrites
    emotive train --config FILE       the whole training chain (needs the train extra)
    emotive evaluate [--model DIR]    an artifact's metrics on a GoEmotions split
    emotive data-report               class balance, co-occurrence, lengths, embedding map
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import IO

from emotive import __version__
from emotive.artifact import MODEL_ENV, ArtifactError

EXIT_OK, EXIT_ERROR, EXIT_USAGE = 0, 1, 2
CHUNK = 1024  # lines scored per batch when streaming


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="emotive",
        description="Score English text for emotion (joy, surprise, anger, fear, sadness) "
                    "and sentiment, and train the models that do it.",
        epilog="Examples:\n  echo 'I love this!' | emotive score\n"
               "  emotive score notes.txt > scores.jsonl\n"
               "  emotive train --config training/configs/release.toml\n",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("--version", action="version", version=f"emotive {__version__}")
    p.add_argument("-v", "--verbose", action="store_true", help="log progress to stderr")
    sub = p.add_subparsers(dest="command", required=True, metavar="COMMAND")

    s = sub.add_parser("score", help="score texts, one per line (fast bulk path)",
                       description="Read one text per line from FILE (or stdin) and write one "
                       "JSON object per line: text, emotions (probability of each of the 5), "
                       "labels (emotions over their thresholds), sentiment (probability of "
                       "each), valence (p(positive) - p(negative), in -1..1). Empty lines give "
                       "an object with an 'error' key, so output lines match input lines.")
    s.add_argument("file", nargs="?", default="-", help="UTF-8 text file; '-' or none = stdin")
    _model_args(s)
    s.add_argument("--batch-size", type=int, default=32, help="texts per model call (32)")

    a = sub.add_parser("analyze", help="sentence-level analysis with driving words",
                       description="Analyse a document: paragraphs and sentences with character "
                       "offsets, each with emotion and sentiment scores, the document's "
                       "scores (length-weighted over sentences) and an emotion arc over "
                       "paragraphs. --explain adds, for every sentence and emotion, the words "
                       "and phrases that drive the score (occlusion on the model). --suggest "
                       "--target T adds verified rewrites for the sentences furthest from T: "
                       "each rewritten sentence is re-scored by the model and kept only if it "
                       "moves T by --margin and keeps --min-similarity of its meaning (cosine "
                       "of MiniLM sentence embeddings).",
                       epilog="Targets (what before -> after of a suggestion measure):\n"
                       "  less:EMOTION, more:EMOTION  that emotion's probability (joy, "
                       "surprise, anger, fear, sadness)\n"
                       "  neutral                     the strongest emotion's probability, "
                       "down\n"
                       "  positive, negative          the valence (-1..1), up or down\n"
                       "Examples:\n"
                       "  emotive analyze notes.txt --explain\n"
                       "  echo 'I am furious about the delay!' | emotive analyze --suggest "
                       "--target less:anger\n"
                       "  emotive analyze post.md --suggest --target positive --json",
                       formatter_class=argparse.RawDescriptionHelpFormatter)
    a.add_argument("file", nargs="?", default="-", help="UTF-8 text file; '-' or none = stdin")
    _model_args(a)
    a.add_argument("--explain", action="store_true", help="add driving words and phrases")
    a.add_argument("--suggest", action="store_true",
                   help="add verified rewrite suggestions (needs --target and the suggest "
                   "extra: pip install 'emotive[suggest]')")
    a.add_argument("--target", metavar="T",
                   help="where suggestions should move the text, e.g. less:anger, more:joy, "
                   "neutral, positive, negative")
    a.add_argument("--margin", type=float, default=0.1,
                   help="minimum movement of the target's probability (default 0.1; the "
                   "valence of positive and negative, -1..1, moves by twice that)")
    a.add_argument("--min-similarity", type=float, default=0.8,
                   help="minimum cosine similarity of the rewritten sentence (default 0.8)")
    a.add_argument("--short-relief", type=float, default=0.1,
                   help="how much less similarity a sentence of 6 words or fewer needs "
                        "(default 0.1: one changed word moves a short sentence's embedding "
                        "far; a question put as a request gets none; 0 holds every sentence "
                        "to --min-similarity)")
    a.add_argument("--top", type=int, default=3, help="suggestions per sentence (default 3)")
    a.add_argument("--json", action="store_true",
                   help="print the result as JSON (versioned schema) instead of the view")
    a.add_argument("--color", choices=("auto", "always", "never"), default="auto",
                   help="colour the terminal view (auto: when stdout is a terminal and "
                   "NO_COLOR is unset)")

    t = sub.add_parser("train", help="train teacher(s) and student, export the int8 artifact",
                       description="Run the training chain of a TOML config: teachers (SGD "
                       "and AdamW), distilled student, calibration, ONNX export, int8 "
                       "quantization, evaluation, model card. Stages resume from their "
                       "checkpoints. Needs `pip install -e .[train]`.")
    t.add_argument("--config", required=True, help="TOML file, e.g. training/configs/release.toml")
    t.add_argument("--stage", choices=("all", "teacher", "student"), default="all",
                   help="stop after this stage (default: all, up to the artifact)")
    t.add_argument("--optimizer", choices=("sgd", "adamw"),
                   help="train only this teacher (run two processes to train both at once)")
    t.add_argument("--threads", type=int, help="torch threads (default: the config's)")
    t.add_argument("--data-dir", help="GoEmotions folder (default: config, "
                   "$EMOTIVE_GOEMOTIONS_DIR, ../shared/data/goemotions)")
    t.add_argument("--force", action="store_true",
                   help="replace the artifact even if its metrics do not improve")

    e = sub.add_parser("evaluate", help="metrics of a model artifact on a GoEmotions split",
                       description="Score a GoEmotions split with an artifact (ONNX Runtime) "
                       "and print emotion macro-F1, per-label F1, AUC and sentiment F1 as JSON.")
    _model_args(e)
    e.add_argument("--split", choices=("train", "dev", "test"), default="test")
    e.add_argument("--data-dir", help="GoEmotions folder")

    r = sub.add_parser("data-report", help="write the data report (Markdown + PNG)",
                       description="Class balance, label co-occurrence, text lengths and a "
                       "t-SNE map of MiniLM sentence embeddings coloured by emotion.")
    r.add_argument("--data-dir", help="GoEmotions folder")
    r.add_argument("--out", default="reports/data", help="output folder (reports/data)")
    r.add_argument("--sample", type=int, default=2000, help="texts in the embedding map")
    return p


def _model_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("--model", help=f"artifact folder (default: ${MODEL_ENV} or the shipped "
                   "models/emotive-student-int8)")
    p.add_argument("--threads", type=int, help="ONNX Runtime threads (default: all cores)")
    p.add_argument("--device", choices=("auto", "cpu", "cuda"), default="auto",
                   help="execution provider (auto: CUDA if onnxruntime-gpu sees a GPU)")


def _lines(stream: IO[bytes], name: str) -> Iterator[str]:
    for lineno, raw in enumerate(stream, 1):
        try:
            yield raw.decode("utf-8").rstrip("\r\n")
        except UnicodeDecodeError as e:
            raise ValueError(f"{name}:{lineno}: not valid UTF-8 ({e.reason} at byte "
                             f"{e.start})") from None


def _chunks(lines: Iterator[str]) -> Iterator[list[str]]:
    chunk: list[str] = []
    for line in lines:
        chunk.append(line)
        if len(chunk) == CHUNK:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def cmd_score(args: argparse.Namespace) -> int:
    from emotive.runtime import Scorer

    scorer = Scorer(args.model, threads=args.threads, device=args.device)
    name = "<stdin>" if args.file == "-" else args.file
    stream = sys.stdin.buffer if args.file == "-" else open(args.file, "rb")  # noqa: SIM115
    out = sys.stdout
    with stream:
        for chunk in _chunks(_lines(stream, name)):
            keep = [i for i, t in enumerate(chunk) if t.strip()]
            scores = iter(scorer.score([chunk[i] for i in keep], args.batch_size))
            for _i, text in enumerate(chunk):
                record = next(scores).to_dict() if text.strip() else {
                    "text": text, "error": "empty text: nothing to score"}
                out.write(json.dumps(record, ensure_ascii=False) + "\n")
    return EXIT_OK


def _read_text(path: str) -> str:
    name = "<stdin>" if path == "-" else path
    raw = sys.stdin.buffer.read() if path == "-" else Path(path).read_bytes()
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        raise ValueError(f"{name}: not valid UTF-8 ({e.reason} at byte {e.start})") from None


def cmd_analyze(args: argparse.Namespace) -> int:
    import os

    from emotive.analyze import Analyzer, SuggestOptions
    from emotive.render import render

    if args.suggest != bool(args.target):
        raise ValueError("--suggest and --target go together (e.g. --suggest --target "
                         "less:anger)")
    options = SuggestOptions(args.margin, args.min_similarity, args.top,
                             short_relief=args.short_relief)
    text = _read_text(args.file)
    analyzer = Analyzer(args.model, threads=args.threads, device=args.device)
    if args.target:
        analyzer.target(args.target)  # an unknown target fails before any work
    doc = analyzer.analyze(text, explain=args.explain, target=args.target, options=options)
    if args.json:
        print(json.dumps(doc.to_dict(), ensure_ascii=False, indent=1))
    else:
        colour = args.color == "always" or (args.color == "auto" and sys.stdout.isatty()
                                            and not os.environ.get("NO_COLOR"))
        print(render(doc, colour))
    return EXIT_OK


def _need_training() -> None:
    try:
        import sklearn  # noqa: F401
        import torch  # noqa: F401
    except ImportError as e:
        hint = "pip install torch==2.13.0 && pip install -e '.[train]'"
        raise SystemExit(f"emotive: this command needs the training extra ({e.name} is "
                         f"missing): {hint}") from None


def cmd_train(args: argparse.Namespace) -> int:
    _need_training()
    from training.config import load_config
    from training.pipeline import run

    cfg = load_config(args.config)
    if args.threads:
        cfg.threads = args.threads
    if args.data_dir:
        cfg.data.data_dir = args.data_dir
    result = run(cfg, stage=args.stage, optimizer=args.optimizer, force=args.force)
    if result is not None:
        print(f"artifact: {result}")
    return EXIT_OK


def cmd_evaluate(args: argparse.Namespace) -> int:
    _need_training()
    from training.evaluate import evaluate_artifact

    report = evaluate_artifact(args.model, args.split, args.data_dir, threads=args.threads)
    print(json.dumps(report, indent=2))
    return EXIT_OK


def cmd_data_report(args: argparse.Namespace) -> int:
    _need_training()
    from training.report import write_report

    path = write_report(Path(args.out), args.data_dir, sample=args.sample)
    print(f"report: {path}")
    return EXIT_OK


COMMANDS = {"score": cmd_score, "analyze": cmd_analyze, "train": cmd_train,
            "evaluate": cmd_evaluate, "data-report": cmd_data_report}


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    if args.verbose:
        logging.getLogger("emotive").setLevel(logging.INFO)
    try:
        return COMMANDS[args.command](args)
    except BrokenPipeError:  # the reader stopped (`emotive score big.txt | head`): not an error
        # Python flushes stdout again at exit, into the closed pipe: point it at /dev/null
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_OK
    except (ArtifactError, OSError, ValueError, KeyError) as e:
        msg = e.args[0] if isinstance(e, KeyError) and e.args else e
        print(f"emotive {args.command}: error: {msg}", file=sys.stderr)
        return EXIT_USAGE


if __name__ == "__main__":
    sys.exit(main())
