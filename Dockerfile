# Untested here (no Docker engine on our machines): written from the Docker and Temurin image docs.
FROM eclipse-temurin:25-jdk AS build
WORKDIR /src
COPY .mvn .mvn
COPY mvnw pom.xml ./
RUN ./mvnw -B -q dependency:go-offline
COPY src src
RUN ./mvnw -B -q -DskipTests package

FROM eclipse-temurin:25-jre
RUN useradd --system --create-home ccp
WORKDIR /app
COPY --from=build /src/target/credit-card-processor.jar app.jar
ENV DATA_DIR=/var/lib/ccp SERVER_PORT=8080
RUN mkdir -p /var/lib/ccp && chown ccp /var/lib/ccp
USER ccp
EXPOSE 8080
HEALTHCHECK CMD curl -fsS http://localhost:8080/actuator/health/readiness || exit 1
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-XX:+UseParallelGC", "-jar", "app.jar"]
