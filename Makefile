# Self-documenting: `make help` lists the targets.
.DEFAULT_GOAL := help
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: help setup data notebooks build national lab report test lock clean clean-cache

help:  ## list the targets
	@grep -hE '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-10s %s\n", $$1, $$2}'

$(STAMP): requirements.lock pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info[:2] < (3, 11))' || { echo "Python 3.11 or newer is required (found $$($(PYTHON) --version)); set PYTHON=python3.11"; exit 1; }
	@$(PYTHON) -m venv $(VENV) || { echo "could not create a virtual environment: on Debian run 'apt-get install python3-venv'"; exit 1; }
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements.lock
	$(PY) -m pip install --quiet --disable-pip-version-check --no-deps -e .
	@touch $(STAMP)

setup: $(STAMP)  ## create .venv with the pinned dependencies and the analysis package

# The two steps of the main job; `build` runs them as `data` and `notebooks` do.
BUILD_DATA = $(PY) -m analysis build
RUN_NOTEBOOKS = $(PY) -m analysis notebooks $(if $(THEMES),-p THEMES $(THEMES))

data: setup  ## rebuild data/processed from data/raw
	$(BUILD_DATA)

notebooks: setup  ## execute every notebook in order (copies in build/notebooks), writing figures/; THEMES=file for another taxonomy
	$(RUN_NOTEBOOKS)

build: setup  ## the main job: set up, rebuild the processed data and all figures
	@# exit 3 (some raw entries skipped, named above): the tables of the others are built, so the figures are drawn
	@# from them too, and the 3 is returned at the end
	@$(BUILD_DATA); rc=$$?; \
	if [ $$rc -ne 0 ] && [ $$rc -ne 3 ]; then exit $$rc; fi; \
	$(RUN_NOTEBOOKS) || exit $$?; \
	if [ $$rc -eq 3 ]; then echo "some raw entries were skipped (named above, and in data/processed/skipped.csv); the figures are drawn from the others"; fi; \
	exit $$rc

NATIONAL := data/national-reports
national: setup  ## the 46 national government work reports: tables in data/national-reports/processed, figures in figures/national-reports
	$(PY) -m analysis build --raw $(NATIONAL)/raw --out $(NATIONAL)/processed --themes themes_gwr.csv
	$(PY) -m analysis notebooks --out build/notebooks/national-reports --processed $(NATIONAL)/processed \
		--figures figures/national-reports -p RAW_DIR $(CURDIR)/$(NATIONAL)/raw -p THEMES themes_gwr.csv

lab: setup  ## open JupyterLab on the notebooks, in the project's environment
	$(PY) -m jupyter lab --notebook-dir=notebooks

report: setup  ## static HTML report of the executed notebooks (build/report/index.html); run make build first
	$(PY) -m analysis report

test: setup  ## set up and run the tests (library, data checks, every notebook)
	$(PY) -m pytest

lock: setup  ## re-pin requirements.lock from the current environment
	$(PY) -m pip freeze --exclude-editable | grep -v '^analysis' > requirements.lock

clean-cache:  ## empty the build cache (build/cache); the next build recomputes everything
	rm -rf build/cache

clean:  ## remove the environment, the cache and executed notebooks (data/raw is never touched)
	rm -rf $(VENV) build
