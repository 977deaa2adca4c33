# askpg container image, built with the dist profile (fat LTO in one code unit, see
# Cargo.toml): about 7 minutes of two cores from scratch. `CI_DIST=1 bash .ci/run` runs the
# same build step.
#
#   docker build -t askpg .
#   docker run -p 6543:6543 -p 9187:9187 \
#     -e ASKPG_UPSTREAM_URL='postgres://askpg_reader:secret@db:5432/analytics' \
#     -e ASKPG_AUTH_USERS='[{ name = "alice", password = "change-me" }]' askpg

FROM rust:1-bookworm AS build
# libclang: bindgen loads it to build libpg_query's bindings (the guard's parser).
RUN apt-get update \
    && apt-get install -y --no-install-recommends libclang-dev \
    && rm -rf /var/lib/apt/lists/*
WORKDIR /src
COPY Cargo.toml Cargo.lock ./
COPY src ./src
RUN cargo build --profile dist --locked

FROM debian:bookworm-slim
RUN apt-get update \
    && apt-get install -y --no-install-recommends ca-certificates curl \
    && rm -rf /var/lib/apt/lists/* \
    && useradd --system --uid 10001 --no-create-home --shell /usr/sbin/nologin askpg \
    && mkdir -p /var/cache/askpg/embeddings && chown -R askpg /var/cache/askpg
COPY --from=build /src/target/dist/askpg /usr/local/bin/askpg
COPY config/askpg.example.toml /etc/askpg/askpg.example.toml
COPY corpus /usr/share/askpg/corpus
USER askpg
# Configuration by file (mount one and set ASKPG_CONFIG) or by ASKPG_* variables.
# The corpus (glossary, examples, notes) is a mounted directory or the demo's copy;
# embeddings from an OpenAI-compatible endpoint are cached in a volume-friendly path.
ENV ASKPG_LISTEN=0.0.0.0:6543 \
    ASKPG_METRICS_LISTEN=0.0.0.0:9187 \
    ASKPG_EMBEDDINGS_CACHE_DIR=/var/cache/askpg/embeddings
EXPOSE 6543 9187
HEALTHCHECK --interval=15s --timeout=3s --start-period=10s \
    CMD curl -fsS http://127.0.0.1:9187/healthz || exit 1
ENTRYPOINT ["askpg"]
CMD ["serve"]
