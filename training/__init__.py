"""Training: labelled data -> distilled, int8-quantized ONNX model artifact.

Needs the ``train`` extra (torch, transformers, scikit-learn, ...). Nothing in the runtime,
the service or the plugins imports this package.
"""
