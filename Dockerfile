# One image for every stage: `newsflow run --stage ingest|enrich|publish`. Build the jar first (./mvnw -B -ntp verify).
FROM eclipse-temurin:17-jre
RUN useradd --system --home /var/lib/newsflow newsflow && mkdir -p /var/lib/newsflow && chown newsflow /var/lib/newsflow
COPY app/target/newsflow.jar /opt/newsflow/newsflow.jar
USER newsflow
WORKDIR /var/lib/newsflow
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-jar", "/opt/newsflow/newsflow.jar"]
CMD ["--help"]
