import Link from "next/link";

export default function Forbidden() {
  return (
    <div className="max-w-2xl">
      <h1 className="mb-4 text-3xl font-bold">You do not have access to this page</h1>
      <p className="mb-4">
        Your role does not include this part of the portal. If you think it should, ask SECAS, the secretariat, to review your
        access.
      </p>
      <p>
        <Link href="/">Go to the modifications register</Link>
      </p>
    </div>
  );
}
