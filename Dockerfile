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
# exec form: java is PID 1 and receives SIGTERM itself, closing the stages within 25 s (see docs/operators.md)
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-jar", "/opt/newsflow/newsflow.jar"]
CMD ["--help"]
