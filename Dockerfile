# The app image for compose.yaml: one process serves HTTP and runs the job worker (README, "Production").
FROM node:20-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production
COPY package.json package-lock.json ./
COPY scripts ./scripts
COPY prisma ./prisma
COPY prisma.config.ts ./
# Development dependencies are needed for the build (Vite, Remix); the embedded PostgreSQL stays unused
# because compose.yaml sets DATABASE_URL.
RUN npm ci --include=dev --no-audit --no-fund
COPY . .
RUN npm run build
RUN mkdir -p /data && chown node:node /data
USER node
EXPOSE 3000
CMD ["npm", "start"]
