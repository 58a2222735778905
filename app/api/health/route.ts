import { probeDatabase } from "@/lib/database-health";

/**
 * For load balancers and monitoring: 200 while PostgreSQL answers a `SELECT 1` within two
 * seconds, 503 otherwise. No sign-in, never cached; the answer is reused for a second at most.
 */
export const dynamic = "force-dynamic";

export async function GET(): Promise<Response> {
  const ok = await probeDatabase();
  return Response.json({ status: ok ? "ok" : "unavailable" }, { status: ok ? 200 : 503, headers: { "Cache-Control": "no-store" } });
}
