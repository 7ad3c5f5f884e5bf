"""BentoML service for the emotive runtime (see issue: BentoML service). Imports no torch."""
