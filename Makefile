# dzcompat: `make run` does the main job on the built-in data, `make test` runs every suite.
# Both install what is missing first (Debian packages through apt).

SWIFT      ?= swift
DZCOMPAT   := .build/debug/dzcompat
FIXTURES   := fixtures
APT_PACKAGES := libjansson-dev python3-dev golang-go node-typescript pkg-config libxml2
SUDO       := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: setup build run test swift-test spec-test go-spec-test ts-spec-test py-spec-test \
        native-readers crosscheck diff-report matrix gate generate-fixtures check-fixtures bench clean

## setup: install the Debian packages that are missing (apt-get update first, only when needed)
setup:
	@missing=$$(for p in $(APT_PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || echo $$p; done); \
	if [ -n "$$missing" ]; then \
	  echo "installing:" $$missing; \
	  $(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq $$missing; \
	fi

## build: the dzcompat CLI
build: setup
	$(SWIFT) build --product dzcompat

$(DZCOMPAT): build

## generate-fixtures: write fixtures/ (atomic, deterministic; only changed files are touched)
generate-fixtures: build
	$(DZCOMPAT) generate-fixtures --output $(FIXTURES)

## check-fixtures: exit 1 and name every stale, missing or unexpected file in fixtures/
check-fixtures: build
	$(DZCOMPAT) generate-fixtures --check --output $(FIXTURES)

## run: the main job on the built-in data: fixtures, then the cross-SDK diff report
run: generate-fixtures diff-report

## diff-report: write reports/ (Markdown, JSON, JUnit, Prometheus, annotations) and print the Markdown
diff-report: build
	$(DZCOMPAT) diff --output-dir reports

## matrix: the compatibility matrix in the terminal, and as reports/matrix.html
matrix: build
	@mkdir -p reports
	$(DZCOMPAT) matrix --format html --output reports/matrix.html
	$(DZCOMPAT) matrix

## test: every suite (Swift, the Go, TypeScript and Python spec readers), the port cross-check, the fixture check
test: setup swift-test spec-test crosscheck check-fixtures

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
crosscheck: native-readers
	$(SWIFT) build -c release --product dzcompat
	.build/release/dzcompat crosscheck

## bench: the speed targets on a release build (BENCH_FLAGS=--json for JSON); native readers it cannot build are skipped
bench: setup
	$(SWIFT) build -c release --product dzcompat
	@$(MAKE) native-readers || echo "bench: native readers not built; their rows are skipped"
	.build/release/dzcompat bench $(BENCH_FLAGS)

clean:
	rm -rf .build reports
