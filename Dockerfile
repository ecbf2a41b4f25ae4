# reclint in a container: the image of the pre-commit hook `reclint-docker` (.pre-commit-hooks.yaml),
# which needs Docker and nothing else. The build stage compiles the static binary on Debian 12;
# the final image holds that binary and the C library it links, nothing else (no shell).
FROM debian:12 AS build
COPY .ci/packages /src/.ci/packages
RUN apt-get update \
 && xargs -a /src/.ci/packages apt-get install -y --no-install-recommends \
 && rm -rf /var/lib/apt/lists/*
COPY . /src
RUN cmake -S /src -B /build -DCMAKE_BUILD_TYPE=Release -DRECLINT_STATIC=ON \
      -DRECLINT_BUILD_TESTS=OFF -DRECLINT_BUILD_BENCH=OFF \
 && cmake --build /build -j"$(nproc)" --target reclint \
 && strip /build/reclint \
 && /build/reclint --version

FROM gcr.io/distroless/base-debian12 AS final
COPY --from=build /build/reclint /usr/local/bin/reclint
WORKDIR /src
ENTRYPOINT ["/usr/local/bin/reclint"]
