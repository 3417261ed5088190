# RUPAYA's one image: the gRPC server (default), the HTTP gateway or the migrations, by its command:
#   docker run IMAGE                                   # python -m server serve
#   docker run IMAGE python -m gateway                 # the standalone HTTP/JSON gateway
#   docker run IMAGE python -m server migrate          # a one-off job before a rollout
# Writable at run time: /tmp and RUPAYA_DATA_DIR (/var/lib/rupaya); everything else may be read-only.
# docs/deploy.md says how each stage is checked (hadolint, checkov, tests/test_image.py).

# The web app (web/dist), built from the pinned lock file; only its output reaches the final image.
FROM node:20.19.5-bookworm-slim AS web
WORKDIR /src
COPY web/package.json web/package-lock.json web/
RUN npm ci --prefix web --no-audit --no-fund --loglevel=error
COPY web/ web/
COPY gen/typescript/ gen/typescript/
RUN npm --prefix web run build

# The runtime dependencies, wheels only (no compiler), into /opt/venv, and the project as an
# editable install of /app, the path the final stage keeps the source at; pip is taken out again.
FROM python:3.11.14-slim-bookworm AS python
ENV PIP_NO_CACHE_DIR=1 PIP_DISABLE_PIP_VERSION_CHECK=1
WORKDIR /app
COPY pyproject.toml ./
COPY scripts/image_install.py scripts/
COPY server/ server/
COPY gateway/ gateway/
COPY gen/python/ gen/python/
RUN python scripts/image_install.py /opt/venv /app

FROM python:3.11.14-slim-bookworm
# A fixed numeric uid, so Kubernetes' runAsNonRoot can verify it without a passwd lookup.
RUN groupadd --system --gid 10001 rupaya \
 && useradd --system --uid 10001 --gid rupaya --no-create-home --home-dir /nonexistent --shell /usr/sbin/nologin rupaya \
 && install -d -o rupaya -g rupaya -m 0700 /var/lib/rupaya
COPY --from=python /opt/venv /opt/venv
WORKDIR /app
COPY shared/ shared/
COPY gen/python/ gen/python/
COPY gen/openapi/ gen/openapi/
COPY gateway/ gateway/
COPY server/ server/
COPY --from=web /src/web/dist/ web/dist/
# Compiled here, as root, so a read-only root filesystem costs no start-up time.
RUN /opt/venv/bin/python -m compileall -q /app
ENV PATH=/opt/venv/bin:$PATH \
    PYTHONPATH=/app/gen/python \
    PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    RUPAYA_HOST=0.0.0.0 \
    RUPAYA_HTTP_ADDR=0.0.0.0:8080 \
    RUPAYA_DATA_DIR=/var/lib/rupaya \
    RUPAYA_LOG_FORMAT=json
USER 10001:10001
# 50051 gRPC, 8080 HTTP (gateway), 9464 Prometheus /metrics (server)
EXPOSE 50051 8080 9464
# The gateway's container overrides this with `--http http://127.0.0.1:8080/v1/currencies`.
HEALTHCHECK --interval=10s --timeout=5s --start-period=20s --retries=3 \
  CMD ["python", "-m", "server", "healthcheck"]
CMD ["python", "-m", "server", "serve"]
