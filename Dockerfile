# One image for every stage; the command picks it: newsflow ingest | enrich | sink | replay | run.
#   docker build -t newsflow:local .          (builds the jar inside; no local Maven or JDK needed)
#   docker run --rm newsflow:local --help
# Stage 1 compiles with Maven (tests run in CI, not here). A .dockerignore listing **/target and data/
# keeps the build context small.
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY . .
RUN mvn -B -q -DskipTests package -pl cli -am

# Stage 2: a JRE only, a fixed non-root user (numeric, so Kubernetes' runAsNonRoot can verify it).
FROM eclipse-temurin:17-jre
RUN groupadd --system --gid 10001 newsflow \
 && useradd --system --uid 10001 --gid 10001 --home-dir /app --no-create-home --shell /usr/sbin/nologin newsflow \
 && mkdir -p /app/data \
 && chown -R 10001:10001 /app
WORKDIR /app
COPY --from=build /src/cli/target/newsflow.jar /app/newsflow.jar
USER 10001:10001
# Container-aware JVM: heap from the container's memory limit (75%, the rest is metaspace, threads and
# zstd buffers), exit on OutOfMemoryError so the orchestrator restarts a clean process. The JVM reads
# the CPU quota itself (UseContainerSupport is on by default; stated for readers). 4 MiB G1 regions:
# with the default 1 MiB regions of a ~1 GiB heap every array of 512 KiB or more (a large page and
# each copy of it) is a humongous object that can start a collection; with 4 MiB only 2 MiB or more is
# (`newsflow bench`, -Xmx1g: 14 -> 1 humongous-started GC pauses, 0.63 -> 0.39 ms of pause per
# article; README Performance).
# MALLOC_ARENA_MAX=2: glibc otherwise keeps up to 8 malloc arenas per core for the native allocations
# of RocksDB, zstd and SQLite made from many threads, and the process's RSS kept creeping (30-minute
# soak: +12.0 MiB per 10 minutes; with 2 arenas +7.3 and ~80 MiB lower; README "Soak").
ENV MALLOC_ARENA_MAX=2
ENV JAVA_TOOL_OPTIONS="-XX:+UseContainerSupport -XX:MaxRAMPercentage=75 -XX:InitialRAMPercentage=25 -XX:G1HeapRegionSize=4m -XX:+ExitOnOutOfMemoryError -Dorg.apache.avro.SERIALIZABLE_PACKAGES=io.newsflow.schemas.avro" \
    NEWSFLOW_STATE_DIR=/app/data/state
EXPOSE 8080
# Liveness of the stage's HTTP server (/healthz), with bash's /dev/tcp: the JRE image has no curl
# guarantee. One-shot commands (replay, extract) serve no HTTP: run them with --no-healthcheck.
HEALTHCHECK --interval=15s --timeout=3s --start-period=60s --retries=3 \
  CMD ["bash", "-c", "exec 3<>/dev/tcp/127.0.0.1/${NEWSFLOW_HTTP_PORT:-8080} && printf 'GET /healthz HTTP/1.0\\r\\n\\r\\n' >&3 && head -n 1 <&3 | grep -q ' 200 '"]
ENTRYPOINT ["java", "-jar", "/app/newsflow.jar"]
CMD ["--help"]
