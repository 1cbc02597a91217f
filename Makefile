# The two commands of the README: `make demo` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin

.PHONY: demo test install clean

$(BIN)/quotetrace: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test]'
	touch $@

install: $(BIN)/quotetrace

demo: install
	$(BIN)/quotetrace index examples/library --index .quotetrace-index
	$(BIN)/quotetrace check examples/compilation.html --library examples/library \
		--index .quotetrace-index --format html -o report.html
	$(BIN)/quotetrace check examples/compilation.html --library examples/library \
		--index .quotetrace-index

test: install
	$(BIN)/python -m pytest -q

clean:
	rm -rf $(VENV) .quotetrace-index report.html
