# Belem's production image: Next's standalone server, no devDependencies, a non-root user, the
# migrations applied at start. Not built on the project's own machines (they have no Docker): the
# same standalone server and migration runner are started by e2e/standalone.spec.ts on every
# `npm test`. See README › Production.

# 1. Dependencies, devDependencies included (the build needs them). The postinstall step generates
#    the Prisma client; embedded-postgres is not used in the image (DATABASE_URL is always set).
FROM node:22-bookworm-slim AS deps
WORKDIR /app
COPY package.json package-lock.json ./
COPY prisma ./prisma
COPY prisma.config.ts ./
COPY scripts/prisma-generate.mjs ./scripts/
RUN npm ci --no-audit --no-fund

# 2. The build: the standalone server, the service worker (into its public/), then the migration
#    runner bundled beside it.
FROM deps AS build
COPY . .
ENV NEXT_TELEMETRY_DISABLED=1 NODE_ENV=production
RUN npx next build && npm run -s build:sw && npm run -s build:migrate

# 3. What runs: server.js with the node_modules it traced, the static files, the migrations.
FROM node:22-bookworm-slim AS runtime
WORKDIR /app
ENV NODE_ENV=production NEXT_TELEMETRY_DISABLED=1 PORT=3000 HOSTNAME=0.0.0.0 UPLOAD_DIR=/data/uploads
RUN groupadd --system belem && useradd --system --gid belem --home-dir /app --no-create-home belem \
  && mkdir -p /data/uploads && chown -R belem:belem /data
COPY --from=build --chown=belem:belem /app/.next/standalone ./
COPY --from=build --chown=belem:belem /app/.next/static ./.next/static
COPY --from=build --chown=belem:belem /app/public ./public
COPY --from=build --chown=belem:belem /app/prisma/migrations ./prisma/migrations
# Belem's own server in front of server.js: records the address that connected (TRUSTED_PROXIES).
COPY --from=build --chown=belem:belem /app/scripts/serve.mjs ./scripts/serve.mjs
COPY --from=build --chown=belem:belem /app/scripts/lib/forwarded-for.mjs ./scripts/lib/forwarded-for.mjs
USER belem
VOLUME ["/data"]
EXPOSE 3000
# Migrations first (under an advisory lock, so several replicas may start at once), then the server.
CMD ["sh", "-c", "node migrate.mjs && exec node scripts/serve.mjs --standalone server.js --hostname 0.0.0.0"]
