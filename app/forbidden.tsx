import Link from "next/link";
import { FORBIDDEN, REGISTER_LINK } from "@/lib/error-messages";

export default function Forbidden() {
  return (
    <div className="max-w-2xl">
      <h1 className="mb-4 text-3xl font-bold">{FORBIDDEN.title}</h1>
      <p className="mb-4">{FORBIDDEN.text}</p>
      <p>
        <Link href="/">{REGISTER_LINK}</Link>
      </p>
    </div>
  );
}
