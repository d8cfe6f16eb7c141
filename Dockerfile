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
COPY --from=build --chown=upward:upward /upward.jar /app/upward.jar
USER upward
EXPOSE 8080
ENTRYPOINT ["java","-jar","/app/upward.jar"]
