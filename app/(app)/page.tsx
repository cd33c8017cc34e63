import { redirect } from "next/navigation";
import { requireUser } from "@/lib/auth/session";
import { homePath } from "@/lib/authz";

export default async function Home() {
  const user = await requireUser();
  redirect(homePath(user.roles));
}
