// `verlicht review serve`: a local screening app over node:http, on 127.0.0.1 only. Plain HTML/JS from
// this package (no CDN, no framework). Each reviewer signs in with a name and the token the lead issued;
// the server enforces blinding: a reviewer receives only their own votes, never another's vote, decision
// or note; conflicts (with the votes in them) go only to the lead.
import { randomBytes } from "node:crypto";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { conflicts, type Review, resolveConflict, type StoredRecord } from "@verlicht/review";
import type { Identities, ReviewerHandle } from "./identity.js";
import { APP_CSS, APP_JS, appHtml } from "./page.js";
import { StageQueue } from "./queue.js";

/** Options of {@link startScreeningServer}. */
export interface ScreeningServerOptions {
  /** Port (0: any free port). */
  port?: number | undefined;
  /** Words or phrases that point to inclusion, highlighted in green. */
  includeTerms?: ReadonlyArray<string> | undefined;
  /** Words or phrases that point to exclusion, highlighted in red. */
  excludeTerms?: ReadonlyArray<string> | undefined;
  /** Interface language. */
  lang?: "nl" | "en" | undefined;
}

/** A running screening server. */
export interface ScreeningServer {
  url: string;
  server: Server;
  close(): Promise<void>;
}

class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

async function body(req: IncomingMessage): Promise<Record<string, unknown>> {
  if (!String(req.headers["content-type"] ?? "").startsWith("application/json"))
    throw new HttpError(415, "expected application/json");
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > 100_000) throw new HttpError(413, "request too large");
    chunks.push(chunk as Buffer);
  }
  try {
    const value = JSON.parse(Buffer.concat(chunks).toString("utf8"));
    if (value && typeof value === "object" && !Array.isArray(value)) return value as Record<string, unknown>;
  } catch {
    // fall through
  }
  throw new HttpError(400, "expected a JSON object");
}

const str = (v: unknown, max = 2000) => (typeof v === "string" ? v.slice(0, max) : "");

function recordView(r: StoredRecord) {
  return {
    id: r.id,
    title: r.record.title ?? "",
    abstract: r.record.abstract ?? "",
    keywords: r.record.keywords,
    authors: r.record.authors.slice(0, 6),
    year: r.record.year,
    journal: r.record.journal ?? "",
    doi: r.record.doi ?? "",
  };
}

/** Start the screening app on 127.0.0.1. */
export async function startScreeningServer(
  review: Review,
  identities: Identities,
  options: ScreeningServerOptions = {},
): Promise<ScreeningServer> {
  const queues = new Map<string, StageQueue>();
  const queue = (stage: string) => {
    if (!review.stages().some((s) => s.id === stage)) throw new HttpError(400, `unknown stage ${stage}`);
    let q = queues.get(stage);
    if (!q) {
      q = new StageQueue(review, stage);
      queues.set(stage, q);
    }
    return q;
  };
  const sessions = new Map<string, ReviewerHandle>();
  let port = 0;

  const state = (who: ReviewerHandle, stage: string) => {
    const q = queue(stage);
    const next = q.order(who)[0];
    const mine = who.myVotes(stage);
    const last = mine.at(-1);
    return {
      reviewer: who.reviewer,
      role: who.role,
      lead: who.isLead,
      stage,
      stages: review.stages().map((s) => ({ id: s.id, reasonsRequired: s.reasonsRequired })),
      reasons: review.exclusionReasons(),
      record: next ? recordView(next) : null,
      lastVote: last ? { record: last.recordId, value: last.value } : null,
      progress: q.progress(),
      stopping: q.stopping(who),
    };
  };

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<unknown> => {
    // Only this machine, by name: refuse other Host headers (DNS rebinding).
    const host = String(req.headers.host ?? "");
    if (host !== `127.0.0.1:${port}` && host !== `localhost:${port}`) throw new HttpError(403, "wrong host");
    const url = new URL(req.url ?? "/", `http://127.0.0.1:${port}`);
    if (req.method === "GET" && url.pathname === "/") return { html: appHtml(options.lang ?? "en") };
    if (req.method === "GET" && url.pathname === "/app.js") return { js: APP_JS };
    if (req.method === "GET" && url.pathname === "/app.css") return { css: APP_CSS };
    if (req.method === "POST" && url.pathname === "/api/sign-in") {
      const b = await body(req);
      const who = identities.signIn(str(b.name, 200).trim(), str(b.token, 200).trim());
      if (!who) throw new HttpError(401, "name and token do not match");
      const sid = randomBytes(24).toString("base64url");
      sessions.set(sid, who);
      res.setHeader("Set-Cookie", `vrs=${sid}; HttpOnly; SameSite=Strict; Path=/`);
      return { reviewer: who.reviewer, role: who.role };
    }
    const sid = /(?:^|;\s*)vrs=([\w-]+)/.exec(String(req.headers.cookie ?? ""))?.[1];
    const who = sid ? sessions.get(sid) : undefined;
    if (!who) throw new HttpError(401, "sign in first");
    const stage = url.searchParams.get("stage") ?? review.stages()[0]?.id ?? "title-abstract";
    if (req.method === "GET" && url.pathname === "/api/state")
      return {
        ...state(who, stage),
        terms: { include: options.includeTerms ?? [], exclude: options.excludeTerms ?? [] },
      };
    if (req.method === "POST" && url.pathname === "/api/vote") {
      const b = await body(req);
      const record = Number(b.record);
      const value = str(b.decision);
      if (value !== "include" && value !== "exclude" && value !== "maybe") throw new HttpError(400, "bad decision");
      const target = queue(stage)
        .order(who)
        .find((r) => r.id === record);
      if (!target) throw new HttpError(409, `record ${record} is not in your queue at ${stage}`);
      const tags = Array.isArray(b.tags)
        ? b.tags
            .map((t) => str(t, 60).trim())
            .filter(Boolean)
            .slice(0, 20)
        : [];
      who.vote({
        record,
        stage,
        value,
        reason: str(b.reason) || undefined,
        note: str(b.note) || undefined,
        tags,
        round: target.roundId,
      });
      return state(who, stage);
    }
    if (req.method === "POST" && url.pathname === "/api/undo") {
      const last = who.myVotes(stage).at(-1);
      if (!last) throw new HttpError(409, "nothing to undo");
      who.retract({ record: last.recordId, stage, round: last.roundId });
      return { ...state(who, stage), undone: last.recordId };
    }
    if (req.method === "GET" && url.pathname === "/api/conflicts") {
      if (!who.isLead) throw new HttpError(403, "only the lead sees conflicts");
      return conflicts(review, { stage }).map((id) => ({
        ...recordView(review.record(id)),
        votes: review.db
          .prepare(
            "SELECT reviewer, value, reason, note FROM votes WHERE record_id = ? AND stage = ? ORDER BY reviewer",
          )
          .all(id, stage),
      }));
    }
    if (req.method === "POST" && url.pathname === "/api/resolve") {
      if (!who.isLead) throw new HttpError(403, "only the lead resolves conflicts");
      const b = await body(req);
      const value = str(b.decision);
      if (value !== "include" && value !== "exclude") throw new HttpError(400, "bad decision");
      resolveConflict(review, {
        record: Number(b.record),
        stage,
        value,
        reason: str(b.reason) || undefined,
        resolver: who.reviewer,
      });
      return { resolved: Number(b.record) };
    }
    throw new HttpError(404, "not found");
  };

  const server = createServer((req, res) => {
    handle(req, res)
      .then((out) => {
        const o = out as { html?: string; js?: string; css?: string };
        const type = o.html ? "text/html" : o.js ? "text/javascript" : o.css ? "text/css" : "application/json";
        res.writeHead(200, {
          "content-type": `${type}; charset=utf-8`,
          "cache-control": "no-store",
          "x-content-type-options": "nosniff",
          "content-security-policy": "default-src 'self'; script-src 'self'; style-src 'self'; connect-src 'self'",
        });
        res.end(o.html ?? o.js ?? o.css ?? JSON.stringify(out));
      })
      .catch((error: unknown) => {
        const status = error instanceof HttpError ? error.status : 400;
        const message = (error as Error)?.message?.replace(/^@verlicht\/review\/\w+: /, "") ?? String(error);
        if (!res.headersSent) res.writeHead(status, { "content-type": "application/json; charset=utf-8" });
        res.end(JSON.stringify({ error: message }));
      });
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, "127.0.0.1", () => resolve());
  });
  port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}/`,
    server,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
