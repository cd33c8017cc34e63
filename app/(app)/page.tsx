import { redirect } from "next/navigation";
import { requireUser } from "@/lib/auth/session";
import { homeOf } from "@/lib/profile/role-choice";

export default async function Home() {
  const user = await requireUser();
  redirect(await homeOf(user));
}
