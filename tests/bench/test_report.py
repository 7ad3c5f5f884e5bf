from bench.report import accuracy_table, where_others_win


def row(key, emo_f1, sent_f1, fear_f1):
    per = {"joy": {"f1": 0.8}, "fear": {"f1": fear_f1}}
    return {"key": key, "name": key, "emotion": {"macro_f1": emo_f1, "macro_auc": 0.9,
                                                 "per_label": per},
            "sentiment": {"macro_f1": sent_f1}, "params": 1000, "size_mb": 1.0,
            "latency_ms": 1.0, "train_seconds": 60}


def test_names_every_column_a_baseline_wins() -> None:
    res = {"rows": [row("tfidf-lr", 0.60, 0.70, 0.55), row("student_int8", 0.67, 0.75, 0.50)]}
    lines = where_others_win(res)
    assert any(line.startswith("- F1 fear: the shipped model has 0.500; higher: tfidf-lr")
               for line in lines)
    assert not any("macro-F1" in line for line in lines if line.startswith("-"))


def test_says_so_when_nothing_wins() -> None:
    res = {"rows": [row("tfidf-lr", 0.60, 0.70, 0.40), row("student_int8", 0.67, 0.75, 0.50)]}
    assert where_others_win(res)[0].startswith("No other system")
    table = accuracy_table(res)
    assert table[2].startswith("| tfidf-lr | 1 k |") and "**student_int8**" in table[3]
