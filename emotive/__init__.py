"""emotive: emotion and tone scoring for English writing.

The runtime (this package) needs only numpy, onnxruntime and tokenizers. Training lives in
the top-level ``training`` package, serving in ``service`` and clients in ``plugins``.
"""

__version__ = "0.1.0"
