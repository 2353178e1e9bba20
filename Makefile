# Two commands on a fresh machine: `make site` builds the edition of content_src/ into
# site/ (with its offline copy, site/download/gaoxinqu-edition.tar.xz); `make test` runs the checks CI runs. Both install what they need
# into .venv from the project's own requirement files.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
export NO_MKDOCS_2_WARNING := 1
export PYTHONHASHSEED := 0

.PHONY: site docs test chromium jing clean

# BUILD_FLAGS=--locked (the Pages workflow): fail if the id lock would change.
BUILD_FLAGS ?=
# RENDER_FLAGS=--jobs 1: the render's processes (default: all cores). The render is MkDocs'
# `build --strict` page by page (build/pipeline/renderer.py), redoing only the pages that changed.
RENDER_FLAGS ?=

site: docs
	@echo "rendering the pages of docs/ that changed since the last render ($$(find docs -name '*.md' | wc -l) pages)..."
	$(BIN)/python build/edition.py render --docs docs --site site $(RENDER_FLAGS)
	$(BIN)/python build/edition.py pack --site site
	$(BIN)/python build/edition.py check --site site

# docs/ alone: the Pages workflow builds it once and renders it in shards on several runners
docs: $(VENV)/.site
	$(BIN)/python build/edition.py build $(BUILD_FLAGS)

test: $(VENV)/.dev chromium jing
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

# The browser tests drive Debian's chromium, or Google Chrome where it is the system browser
# (GitHub's Ubuntu runners); test tools may not download a browser here.
chromium:
	@command -v chromium >/dev/null || command -v google-chrome >/dev/null \
	  || { [ "$$(id -u)" = 0 ] && apt-get update -qq && apt-get install -y -qq chromium >/dev/null; } \
	  || { echo "install chromium (Debian: apt-get install chromium) for the browser tests"; exit 1; }

# The TEI tests validate against tei_all with Debian's jing (libxml2's RELAX NG cannot compile it).
# As root it installs with apt; elsewhere with passwordless sudo where there is one (GitHub's runners).
jing:
	@command -v jing >/dev/null \
	  || { [ "$$(id -u)" = 0 ] && apt-get update -qq && apt-get install -y -qq jing >/dev/null; } \
	  || { sudo -n true 2>/dev/null && sudo apt-get update -qq && sudo apt-get install -y -qq jing >/dev/null; } \
	  || { echo "install jing (Debian: apt-get install jing) for the TEI tests"; exit 1; }

clean:
	rm -rf docs site .site.render.json .cache .pytest_cache
