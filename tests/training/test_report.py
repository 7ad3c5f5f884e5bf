from training.report import write_report


def test_data_report_writes_markdown_and_plots(tmp_path, goemotions_dir) -> None:
    path = write_report(tmp_path, goemotions_dir, sample=60)
    text = path.read_text()
    assert "| emotion: fear |" in text and "sentiment: mixed" in text
    for png in ("balance.png", "cooccurrence.png", "lengths.png", "embeddings.png"):
        assert (tmp_path / png).stat().st_size > 1000
        assert f"]({png})" in text
