# govgraph CLI image (docker-compose.yml runs `govgraph ingest /input` with it against Neo4j).
FROM node:20-bookworm-slim
# nodejieba builds from source
RUN apt-get update && apt-get install -y --no-install-recommends python3 make g++ && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY package.json package-lock.json .npmrc ./
RUN npm ci --omit=dev
COPY bin ./bin
COPY src ./src
COPY cypher ./cypher
COPY schema.graphql tsconfig.json ./
ENTRYPOINT ["node", "bin/govgraph.mjs"]
CMD ["--help"]
