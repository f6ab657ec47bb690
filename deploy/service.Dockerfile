# Runtime image of every Đoàn Kết service (one Dockerfile for all; the build context is the service's module).
#
# The image only packages a jar that Maven has already built; it never runs Maven. First, from the
# repository root:
#   ./mvnw -DskipTests package
# then either let docker-compose build it (docker compose build), or by hand, e.g.:
#   docker build -f deploy/service.Dockerfile --build-arg PORT=8081 \
#     -t doanket/membership-service:0.1.0-SNAPSHOT services/membership/membership-service
# Each service module's .dockerignore lets only target/*-exec.jar into the context.
# No HEALTHCHECK here: docker-compose.yml probes /actuator/health.

# Stage 1: split the executable jar into Spring Boot's layers (dependencies change rarely, the
# application layer on every build), so a rebuild ships only the small top layers.
FROM eclipse-temurin:17-jre AS layers
WORKDIR /build
COPY target/*-exec.jar application.jar
RUN java -Djarmode=tools -jar application.jar extract --layers --destination extracted

# Stage 2: the runtime image.
FROM eclipse-temurin:17-jre
RUN groupadd --system --gid 10001 doanket \
 && useradd --system --uid 10001 --gid doanket --home-dir /app --no-create-home --shell /usr/sbin/nologin doanket
WORKDIR /app
# Files stay owned by root: the service user can read the code but not change it.
COPY --from=layers /build/extracted/dependencies/ ./
COPY --from=layers /build/extracted/spring-boot-loader/ ./
COPY --from=layers /build/extracted/snapshot-dependencies/ ./
COPY --from=layers /build/extracted/application/ ./
USER 10001:10001
# the service's HTTP port (documentation for `docker run -P`; the service reads DOANKET_<SERVICE>_PORT)
ARG PORT=8080
# Heap sized from the container's memory limit (cgroup-aware), not the host's; fail fast on OOM so
# the restart policy brings up a clean JVM.
ENV JAVA_TOOL_OPTIONS="-XX:InitialRAMPercentage=25 -XX:MaxRAMPercentage=75 -XX:+ExitOnOutOfMemoryError -Dfile.encoding=UTF-8"
EXPOSE ${PORT}
ENTRYPOINT ["java", "-jar", "/app/application.jar"]
