# One image for every stage: `newsflow run --stage ingest|enrich|publish`. Builds the jar itself, so
# `docker compose up --build` works on a fresh clone.

# --- build: Maven 3.9 on JDK 17; the local repository is a BuildKit cache, so a rebuild downloads nothing again
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY . .
RUN --mount=type=cache,target=/root/.m2 mvn -B -ntp -q -DskipTests package && cp app/target/newsflow.jar /newsflow.jar

# --- run: a JRE, curl for the health checks, and a user without privileges
FROM eclipse-temurin:17-jre
RUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/* \
    && useradd --system --uid 10001 --home /var/lib/newsflow newsflow \
    && mkdir -p /var/lib/newsflow && chown newsflow /var/lib/newsflow
COPY --from=build /newsflow.jar /opt/newsflow/newsflow.jar
COPY LICENSE NOTICE /opt/newsflow/
USER newsflow
WORKDIR /var/lib/newsflow
EXPOSE 8080
# exec form: java is PID 1 and receives SIGTERM itself, closing the stages within 25 s (see docs/operators.md).
# JVM flags (measured with `newsflow bench pipeline`, docs/performance.md): the whole pipeline (enrich, publish and an
# embedded broker) peaked at 700 MB of heap in use and held 230 MB after a full GC, so 1 GB is enough for any one
# stage or all of them; G1 named explicitly because the JVM picks the serial collector in a container with one CPU or
# less than 1792 MB, and its pauses count in the latency; exit on OOM so the orchestrator restarts a clean process.
# Give the container at least 1.5 GB: heap plus metaspace, thread stacks and buffers (RSS peaked at 1.13 GB).
ENTRYPOINT ["java", "-XX:+UseG1GC", "-Xms256m", "-Xmx1g", "-XX:+ExitOnOutOfMemoryError", "-jar", "/opt/newsflow/newsflow.jar"]
CMD ["--help"]
