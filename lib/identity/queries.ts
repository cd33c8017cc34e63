// What the person page shows about signing in: linked provider identities, whether the matching
// claim is recorded (never its value), and the codes issued (never the codes themselves).
import "server-only";
import { db } from "@/lib/db";

export async function getSignInDetails(schoolId: number, userId: number) {
  const [identities, person, codes] = await Promise.all([
    db.externalIdentity.findMany({ where: { userId }, orderBy: { id: "asc" }, select: { id: true, issuer: true, method: true, createdAt: true } }),
    db.user.findUnique({ where: { id: userId }, select: { matchClaimHash: true } }),
    db.accessCode.findMany({
      where: { schoolId, userId, kind: { in: ["INVITATION", "PARENT"] } },
      orderBy: { id: "desc" },
      select: { kind: true, expiresAt: true, uses: true },
    }),
  ]);
  const code = (kind: "INVITATION" | "PARENT") => {
    const c = codes.find((x) => x.kind === kind);
    return c ? { expiresAt: c.expiresAt.toISOString(), uses: c.uses } : null;
  };
  return {
    identities: identities.map((i) => ({ ...i, createdAt: i.createdAt.toISOString() })),
    hasMatchClaim: Boolean(person?.matchClaimHash),
    invitation: code("INVITATION"),
    parentCode: code("PARENT"),
  };
}
export type TSignInDetails = Awaited<ReturnType<typeof getSignInDetails>>;

/** Whether the school's staff, and the region's, may still sign in with a password. */
export async function getStaffPasswordSignIn(schoolId: number) {
  const school = await db.school.findUnique({
    where: { id: schoolId },
    select: { staffPasswordSignIn: true, region: { select: { staffPasswordSignIn: true } } },
  });
  return { school: school?.staffPasswordSignIn ?? true, region: school?.region.staffPasswordSignIn ?? true };
}

export async function getRegionStaffPasswordSignIn(regionId: number) {
  return (await db.region.findUnique({ where: { id: regionId }, select: { staffPasswordSignIn: true } }))?.staffPasswordSignIn ?? true;
}
