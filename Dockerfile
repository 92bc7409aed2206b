# One image for every stage; the command picks the stage: newsflow ingest|enrich|sink|run.
# Build the jar first: mvn -B -DskipTests package
FROM eclipse-temurin:17-jre
RUN groupadd --system newsflow && useradd --system --gid newsflow --home /app newsflow \
 && mkdir -p /app/data && chown -R newsflow:newsflow /app
WORKDIR /app
COPY cli/target/newsflow.jar /app/newsflow.jar
USER newsflow
ENV JAVA_TOOL_OPTIONS="-XX:+UseContainerSupport -XX:MaxRAMPercentage=75 -XX:+ExitOnOutOfMemoryError -Dorg.apache.avro.SERIALIZABLE_PACKAGES=io.newsflow.schemas.avro"
EXPOSE 8080
HEALTHCHECK --interval=15s --timeout=3s CMD ["sh", "-c", "exec 3<>/dev/tcp/127.0.0.1/8080 && printf 'GET /healthz HTTP/1.0\\r\\n\\r\\n' >&3 && grep -q ' 200 ' <&3"]
ENTRYPOINT ["java", "-jar", "/app/newsflow.jar"]
CMD ["--help"]
