import Link from "next/link";
import { NOT_FOUND, REGISTER_LINK } from "@/lib/error-messages";

export default function NotFound() {
  return (
    <div className="max-w-2xl">
      <h1 className="mb-4 text-3xl font-bold">{NOT_FOUND.title}</h1>
      <p className="mb-4">{NOT_FOUND.text}</p>
      <p>
        <Link href="/">{REGISTER_LINK}</Link>
      </p>
    </div>
  );
}
