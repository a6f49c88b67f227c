# govgraph image: the CLI and the GraphQL API (docker-compose.yml ingests the input folder into
# Neo4j, then serves the API on port 4000).
FROM node:20-bookworm-slim
# nodejieba, better-sqlite3 and native/jieba-lite build from source
RUN apt-get update && apt-get install -y --no-install-recommends python3 make g++ && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY package.json package-lock.json .npmrc ./
# (npm's postinstall builds the segmenter's lean binding from here)
COPY native ./native
RUN npm ci --omit=dev
COPY bin ./bin
COPY src ./src
COPY cypher ./cypher
COPY examples ./examples
COPY schema.graphql tsconfig.json ./
EXPOSE 4000
ENTRYPOINT ["node", "bin/govgraph.mjs"]
CMD ["--help"]
