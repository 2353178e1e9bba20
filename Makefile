# Two commands on a fresh machine: `make site` builds the edition of content_src/ into
# site/ (and site.zip); `make test` runs the checks CI runs. Both install what they need
# into .venv from the project's own requirement files.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
export NO_MKDOCS_2_WARNING := 1
export PYTHONHASHSEED := 0

.PHONY: site test lint clean

site: $(VENV)/.site
	$(BIN)/python build/edition.py build
	$(BIN)/mkdocs build --strict --quiet
	$(BIN)/python build/edition.py check --site site

test: $(VENV)/.dev
	$(BIN)/ruff check build tests bench
	$(BIN)/python -m pytest -q

$(VENV)/.site: requirements.txt
	$(PY) -m venv $(VENV)
	$(BIN)/pip install --quiet --disable-pip-version-check -r requirements.txt
	touch $@

$(VENV)/.dev: requirements.txt requirements-dev.txt
	$(PY) -m venv $(VENV)
	$(BIN)/pip install --quiet --disable-pip-version-check -r requirements-dev.txt
	touch $@ $(VENV)/.site

clean:
	rm -rf docs site site.zip .pytest_cache
