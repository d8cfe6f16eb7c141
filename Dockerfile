# syntax=docker/dockerfile:1
# Builds and runs Upward. `docker compose up --build` needs nothing pre-built; `docker build -t upward .` works alone too.

# --- build: the Maven wrapper fetches Maven, Vaadin fetches Node (>= 24) for the production frontend bundle ---
FROM eclipse-temurin:25-jdk AS build
WORKDIR /src
COPY . .
# The cache mounts keep ~/.m2 and ~/.vaadin (Node) between builds; they need BuildKit (the default builder of Docker 23+).
RUN --mount=type=cache,target=/root/.m2 --mount=type=cache,target=/root/.vaadin \
    chmod +x mvnw && ./mvnw -B -DskipTests package && cp target/upward-*.jar /upward.jar

# --- run ---
FROM eclipse-temurin:25-jre
RUN groupadd --system upward && useradd --system --gid upward --home-dir /app --no-create-home upward \
    && mkdir -p /app && chown upward:upward /app
WORKDIR /app
# The jar extracted, plus the JDK's AOT cache recorded here, by this image's JVM, in a training start on a throwaway
# embedded database: the app starts in about half the time (docs/benchmarks.md, "Cold start")
COPY --from=build /upward.jar /tmp/upward.jar
COPY deploy/fast-start.sh /tmp/fast-start.sh
RUN sh /tmp/fast-start.sh /tmp/upward.jar /app/upward && rm /tmp/upward.jar /tmp/fast-start.sh \
    && chown -R upward:upward /app/upward
USER upward
EXPOSE 8080
ENTRYPOINT ["java","-XX:AOTCache=/app/upward/upward.aot","-jar","/app/upward/upward.jar"]
