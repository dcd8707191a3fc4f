# dzcompat: `make run` does the main job on the built-in data, `make test` runs every suite.
# Both install what is missing first (Debian packages through apt).

SWIFT      ?= swift
DZCOMPAT   := .build/debug/dzcompat
# The corpus-wide jobs (diff, cross-check) run the release build: the debug one is ~10x slower.
DZCOMPAT_RELEASE := .build/release/dzcompat
FIXTURES   := fixtures
APT_PACKAGES := libjansson-dev python3-dev python3-pip golang-go node-typescript pkg-config libxml2
# The published SDK releases dzcompat runs as readers (releases/), each in its own directory under .venv/,
# installed with the python3 the embedded CPython is (python3-embed), pinned by hash.
PYTHON     ?= python3
VENV       := .venv
RELEASES   := doublezero-serviceability-0.0.2 doublezero-serviceability-0.0.3
VENV_DIRS  := $(VENV)/common $(addprefix $(VENV)/releases/,$(RELEASES))
SUDO       := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: setup apt-packages releases build run test swift-test spec-test go-spec-test ts-spec-test py-spec-test \
        native-readers release crosscheck diff-report matrix gate gate-rust lint generate-fixtures check-fixtures bench clean \
        fuzz fuzz-build

## setup: the Debian packages that are missing (apt-get update first, only when needed), then the releases
setup: apt-packages
	@$(MAKE) --no-print-directory releases

apt-packages:
	@missing=$$(for p in $(APT_PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || echo $$p; done); \
	if [ -n "$$missing" ]; then \
	  echo "installing:" $$missing; \
	  $(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq $$missing; \
	fi

## releases: each release of releases/requirements/ in its own .venv/ directory (only when its file changed)
releases: $(addsuffix /.installed,$(VENV_DIRS))

# Into a .partial directory first, so that an interrupted install is never taken for a finished one.
define install-requirements
	@rm -rf $(@D).partial $(@D)
	@mkdir -p $(dir $(@D))
	$(PYTHON) -m pip install --quiet --disable-pip-version-check --no-deps --require-hashes --no-compile \
	  --target $(@D).partial -r $<
	@mv $(@D).partial $(@D) && touch $@
endef

$(VENV)/common/.installed: releases/requirements/readers-common.txt
	$(install-requirements)

$(VENV)/releases/%/.installed: releases/requirements/%.txt
	$(install-requirements)

## build: the dzcompat CLI
build: setup
	$(SWIFT) build --product dzcompat

$(DZCOMPAT): build

## generate-fixtures: write fixtures/ (atomic, deterministic; only changed files are touched) and docs/layouts.md
generate-fixtures: build
	$(DZCOMPAT) generate-fixtures --output $(FIXTURES)
	$(DZCOMPAT) layouts --markdown > docs/layouts.md.tmp && mv docs/layouts.md.tmp docs/layouts.md

## check-fixtures: exit 1 and name every stale, missing or unexpected file in fixtures/, or a stale docs/layouts.md
check-fixtures: build
	$(DZCOMPAT) generate-fixtures --check --output $(FIXTURES)
	@$(DZCOMPAT) layouts --markdown | cmp -s - docs/layouts.md \
	  || { echo "stale: docs/layouts.md (run \`make generate-fixtures\` and commit the result)"; exit 1; }

## run: the main job on the built-in data: fixtures, then the cross-SDK diff report
run: generate-fixtures diff-report

## gate: the layouts against the committed lock (GATE_AGAINST=REV for a git revision); exit 1 on a breaking change
GATE_AGAINST ?= fixtures/layouts.lock.json
gate: build
	$(DZCOMPAT) gate --against $(GATE_AGAINST)

## gate-rust: RUST_DIR=<program src> — registry drift against the Rust source, or with RUST_AGAINST=REV the source
## gate against itself at REV; exit 1 on drift or a breaking change
gate-rust: build
	@[ -n "$(RUST_DIR)" ] || { echo "give RUST_DIR=<the program's src directory>"; exit 2; }
	$(DZCOMPAT) gate --rust $(RUST_DIR) $(if $(RUST_AGAINST),--against $(RUST_AGAINST))

## lint: upstream's fixture review rules over fixtures/ (LINT_FORMAT=json|junit|github); exit 1 on a finding
##   policy/lint.json does not accept, or on an entry of it that accepts nothing
LINT_FORMAT ?= terminal
lint: build
	$(DZCOMPAT) lint $(FIXTURES) --format $(LINT_FORMAT)

## release: the dzcompat CLI, optimised
release: setup
	$(SWIFT) build -c release --product dzcompat

## diff-report: write reports/ (Markdown, JSON, JUnit, Prometheus, annotations) and print the Markdown
diff-report: release
	$(DZCOMPAT_RELEASE) diff --output-dir reports

## matrix: the compatibility matrix in the terminal, and as reports/matrix.html
matrix: build
	@mkdir -p reports
	$(DZCOMPAT) matrix --format html --output reports/matrix.html
	$(DZCOMPAT) matrix

## test: every suite (Swift, the Go, TypeScript and Python spec readers), the port cross-check, the fixture check
## and the fixture lint
test: setup swift-test spec-test crosscheck check-fixtures lint

swift-test: setup
	$(SWIFT) test

spec-test: go-spec-test ts-spec-test py-spec-test

go-spec-test: setup
	cd sdk-go-spec && GOFLAGS=-mod=mod GOPROXY=off go test ./...

ts-spec-test: setup
	cd sdk-ts-spec && rm -rf build && tsc -p . && node --test build/test/*.test.js

py-spec-test: setup
	python3 -m unittest discover -s sdk-py-spec/tests -t sdk-py-spec

## native-readers: build the Go spec reader and compile the TypeScript one (the cross-check runs them)
native-readers: setup
	cd sdk-go-spec && GOFLAGS=-mod=mod GOPROXY=off go build -o build/sdk-go-spec ./cmd/sdk-go-spec
	cd sdk-ts-spec && tsc -p .

## crosscheck: every Swift port against its native spec reader over the standard corpus (release build)
crosscheck: native-readers release
	$(DZCOMPAT_RELEASE) crosscheck

## bench: the speed targets on a release build (BENCH_FLAGS=--json for JSON); native readers it cannot build are skipped
bench: setup
	$(SWIFT) build -c release --product dzcompat
	@$(MAKE) native-readers || echo "bench: native readers not built; their rows are skipped"
	.build/release/dzcompat bench $(BENCH_FLAGS)

## fuzz-build: one libFuzzer executable per decoder (fuzz/), instrumented and address-sanitized
## fuzz: run each for FUZZ_SECONDS (and at most FUZZ_RUNS executions, if set); print executions per
##   target. A crash stops that target and leaves its input in fuzz/.build/artifacts/<target>/: fix the
##   decoder, then check the input in as fuzz/regressions/<target>/<name> with a README line (make test
##   replays it). `make -j2 fuzz` runs two targets at a time.
FUZZ_TARGETS := FuzzCanonical FuzzGoPort FuzzTypeScriptPort FuzzPythonPort FuzzFixtureJSON FuzzLayoutsJSON FuzzPolicy
FUZZ_SECONDS ?= 60
FUZZ_RUNS    ?=
FUZZ_BUILD   := fuzz/.build
# Where the fuzz executables are run from: a copy lets a long run go on while the sources change
# (`make -o fuzz-build fuzz-run-X FUZZ_BIN=/tmp/copy`).
FUZZ_BIN     ?= $(FUZZ_BUILD)/release
# -timeout makes a hang a finding, -malloc_limit_mb any allocation far beyond the input's size.
# Account data is under 500 bytes; JSON seeds (fixtures, one-version layouts documents) under 12 KiB.
FUZZ_MAX_LEN_FuzzCanonical      := 512
FUZZ_MAX_LEN_FuzzGoPort         := 512
FUZZ_MAX_LEN_FuzzTypeScriptPort := 512
FUZZ_MAX_LEN_FuzzPythonPort     := 512
FUZZ_MAX_LEN_FuzzFixtureJSON    := 16384
FUZZ_MAX_LEN_FuzzLayoutsJSON    := 16384
FUZZ_MAX_LEN_FuzzPolicy         := 16384
# Leaks are off: LeakSanitizer cannot follow Swift's tagged enum pointers and reports the lazily built
# registry. No quarantine or fill: Swift frees nothing by hand and jansson is not instrumented, so they
# would cost half the speed for nothing; with no malloc stacks, a crash is re-run for its full report.
FUZZ_ASAN    := detect_leaks=0:malloc_context_size=0:quarantine_size_mb=0:thread_local_quarantine_size_kb=0:max_malloc_fill_size=0

fuzz-build: setup
	$(SWIFT) build -c release --package-path fuzz --scratch-path $(FUZZ_BUILD) \
	  -Xswiftc -sanitize=fuzzer,address -Xswiftc -parse-as-library

fuzz: $(addprefix fuzz-run-,$(FUZZ_TARGETS))
	@for t in $(FUZZ_TARGETS); do cat $(FUZZ_BUILD)/logs/$$t.summary; done

# The corpus a run grows lives in fuzz/.build/corpus; the checked-in seeds and regressions are read only.
fuzz-run-%: fuzz-build
	@mkdir -p $(FUZZ_BUILD)/corpus/$* $(FUZZ_BUILD)/artifacts/$* $(FUZZ_BUILD)/logs
	@echo "fuzzing $* for $(FUZZ_SECONDS) s$(if $(FUZZ_RUNS), or $(FUZZ_RUNS) runs) (log: $(FUZZ_BUILD)/logs/$*.log)"
	@ASAN_OPTIONS=$(FUZZ_ASAN) $(FUZZ_BIN)/$* -max_total_time=$(FUZZ_SECONDS) \
	  $(if $(FUZZ_RUNS),-runs=$(FUZZ_RUNS)) -max_len=$(FUZZ_MAX_LEN_$*) -timeout=10 -malloc_limit_mb=32 -print_final_stats=1 \
	  -artifact_prefix=$(FUZZ_BUILD)/artifacts/$*/ $(FUZZ_BUILD)/corpus/$* fuzz/corpus/$* \
	  $(wildcard fuzz/regressions/$*) > $(FUZZ_BUILD)/logs/$*.log 2>&1; \
	status=$$?; \
	runs=$$(sed -n 's/^stat::number_of_executed_units: *//p' $(FUZZ_BUILD)/logs/$*.log); \
	rate=$$(sed -n 's/^stat::average_exec_per_sec: *//p' $(FUZZ_BUILD)/logs/$*.log); \
	if [ $$status -eq 0 ]; then \
	  echo "$*: $${runs:-?} executions ($${rate:-?}/s), no crash" | tee $(FUZZ_BUILD)/logs/$*.summary; \
	else \
	  echo "$*: CRASH after $${runs:-?} executions; $$(grep -o 'Test unit written to .*' $(FUZZ_BUILD)/logs/$*.log)" \
	    | tee $(FUZZ_BUILD)/logs/$*.summary; \
	  grep -m1 -A12 "^==.*ERROR\|Fatal error" $(FUZZ_BUILD)/logs/$*.log; exit 1; \
	fi

clean:
	rm -rf .build reports $(FUZZ_BUILD)
