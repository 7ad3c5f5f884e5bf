"""Typed responses of the API service: they become its OpenAPI schema.

They mirror ``emotive.analyze`` results (``to_dict``); ``schema_version`` says which.
"""

from __future__ import annotations

from pydantic import BaseModel, Field


class Scores(BaseModel):
    emotions: dict[str, float] = Field(description="probability of each emotion, 0..1")
    labels: list[str] = Field(description="emotions at or over their calibrated thresholds")
    dominant: str | None = Field(None, description="the emotion furthest past its threshold")
    sentiment: dict[str, float] = Field(description="positive / negative / neutral, sum 1")
    valence: float = Field(description="p(positive) - p(negative), -1..1")


class Driver(BaseModel):
    start: int
    end: int
    text: str
    contribution: float = Field(description="p(sentence) - p(sentence without this span)")
    weight: float = Field(description="the same in log-odds; ranks drivers")
    method: str = Field(description="occlusion, or alone (scored on its own)")


class Suggestion(BaseModel):
    start: int = Field(description="replace text[start:end] (document offsets)")
    end: int
    original: str
    replacement: str = Field(description="'' deletes the range")
    sentence: str = Field(description="the rewritten sentence, as it was re-scored")
    target: str
    measure: str = Field(description="what before and after are: 'anger probability', "
                         "'strongest emotion's probability' (neutral), 'valence' (-1..1)")
    before: float = Field(description="what the target measures, before the rewrite: the "
                          "emotion's probability (less:/more:), the strongest emotion's "
                          "(neutral), the valence in -1..1 (positive, negative)")
    after: float = Field(description="... and after, re-scored in context")
    shift: float = Field(description="movement toward the target")
    similarity: float = Field(description="cosine of MiniLM sentence embeddings")
    emotions: dict[str, float] = Field(description="all emotions after the rewrite")


class Closest(BaseModel):
    start: int = Field(description="text[start:end] would be replaced (document offsets)")
    end: int
    original: str
    replacement: str
    sentence: str = Field(description="the rewritten sentence, as it was re-scored")
    after: float = Field(description="what the target measures after this rewrite")
    shift: float = Field(description="movement toward the target, short of the margin or "
                         "with the meaning lost")
    similarity: float | None = Field(None, description="cosine of MiniLM sentence "
                                     "embeddings, when it was measured")


class NoSuggestion(BaseModel):
    reason: str = Field(description="the first check every rewrite failed: 'no-edits' "
                        "(no candidate), 'swap' (the movers make the model read another "
                        "emotion), 'no-move' (none moves the target by the margin), 'meaning' "
                        "(movers, none keeps the similarity threshold)")
    explanation: str
    target: str
    measure: str
    margin: float = Field(description="the movement a suggestion needs, in the measure's units")
    before: float = Field(description="what the target measures for the sentence now")
    closest: Closest | None = Field(None, description="the rewrite that came closest")


class Sentence(Scores):
    start: int
    end: int
    text: str
    drivers: dict[str, list[Driver]] | None = None
    suggestions: list[Suggestion] | None = None
    no_suggestion: NoSuggestion | None = Field(
        None, description="with a target: why a sentence that could move toward it has no "
        "verified suggestion")


class Paragraph(Scores):
    start: int
    end: int


class Document(Scores):
    schema_version: str
    model: str
    sentences: list[Sentence]
    arc: list[Paragraph] = Field(description="scores per paragraph, in order")
    warnings: list[str]


class AnalyzeResponse(BaseModel):
    request_id: str
    results: list[Document]


class SuggestResponse(BaseModel):
    request_id: str
    suggestions: list[Suggestion]


class TextScore(BaseModel):
    text: str
    emotions: dict[str, float]
    labels: list[str]
    sentiment: dict[str, float]
    valence: float


class ScoreResponse(BaseModel):
    request_id: str
    scores: list[TextScore]


class Metadata(BaseModel):
    service: str
    version: str
    model: str
    fingerprint: str = Field(description="changes whenever a file of the model, the sentence "
                                         "encoder or the engine (emotive's code and rewrite "
                                         "data) is replaced: key caches of results on it")
    emotions: list[str]
    sentiments: list[str]
    thresholds: dict[str, float]
    metrics: dict[str, object] = Field(description="test-set metrics from the model card")
    targets: list[str] = Field(description="targets /analyze and /suggest accept")
    limits: dict[str, object]
