# ucdhcp container image (no syntax directive: the base images are the only images pulled). Build: docker build -t ucdhcp .   Run: docker run -p 8080:8080 ucdhcp
# bench/startup.sh replays the runtime stage's RUN steps and ENTRYPOINT without Docker (it reads them
# from this file) and measures what the AOT cache saves; keep the lines it greps for ("RUN java", "ENTRYPOINT").

# --- build: the project's own Maven wrapper on a Temurin JDK (tests run in CI, not here)
FROM eclipse-temurin:25-jdk AS build
WORKDIR /src
COPY .mvn/ .mvn/
COPY mvnw pom.xml ./
RUN --mount=type=cache,target=/root/.m2 ./mvnw -B -q dependency:go-offline
COPY src/ src/
COPY frontend/ frontend/
RUN --mount=type=cache,target=/root/.m2 ./mvnw -B -q -Dmaven.test.skip=true package

# --- runtime: Temurin JRE of the current LTS, non-root, extracted jar + JDK 25 AOT cache
FROM eclipse-temurin:25-jre
RUN groupadd --system --gid 10001 ucdhcp \
 && useradd --system --uid 10001 --gid 10001 --no-create-home --home-dir /app --shell /usr/sbin/nologin ucdhcp
WORKDIR /app
COPY --from=build /src/target/ucdhcp.jar /tmp/ucdhcp.jar
# An AOT cache only helps on the extracted layout (plain jars on the class path); of the fat jar it does not.
RUN java -Djarmode=tools -jar /tmp/ucdhcp.jar extract --destination /app && rm /tmp/ucdhcp.jar
COPY deploy/jvm.options deploy/healthcheck.sh /app/
# Training run: start, serve every kind of request to itself on a free loopback port (pages, htmx fragments, API,
# downloads, decoder, OpenAPI), exit; the JVM writes the AOT cache with the classes and JIT profiles of serving
# (JDK 25, JEP 483/514/515). A route that does not answer fails the build (dev.ucdhcp.web.http.TrainingRun).
RUN java @jvm.options -XX:AOTCacheOutput=app.aot -Ducdhcp.training-run=true -Dserver.port=0 -Dserver.address=127.0.0.1 -Dmanagement.server.port=0 -jar ucdhcp.jar
USER 10001:10001
# 8080: the app; 8081: health and info only (probes never queue behind user traffic)
# glibc gives each of Tomcat's 200 threads its own malloc arena; two keep RSS ~60 MiB lower under load
ENV MALLOC_ARENA_MAX=2
ENV PORT=8080
ENV MANAGEMENT_PORT=8081
EXPOSE 8080 8081
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 CMD ["bash", "/app/healthcheck.sh"]
ENTRYPOINT ["java", "@jvm.options", "-XX:AOTCache=app.aot", "-jar", "ucdhcp.jar"]
