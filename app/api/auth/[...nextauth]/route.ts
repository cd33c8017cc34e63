import NextAuth from "next-auth";
import { authRequestProblem } from "@/lib/auth/auth-request";
import { authOptions } from "@/lib/auth/options";

const handler = NextAuth(authOptions);

// Requests next-auth would answer with a 500 get a 4xx first (lib/auth/auth-request.ts).
async function guarded(request: Request, context: { params: Promise<{ nextauth: string[] }> }) {
  const problem = authRequestProblem(request.method, new URL(request.url), request.headers.get("cookie"));
  if (problem) return new Response(null, { status: problem.status, headers: problem.allow ? { Allow: problem.allow } : {} });
  return handler(request, context);
}

export { guarded as GET, guarded as POST };
