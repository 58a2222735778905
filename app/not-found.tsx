import Link from "next/link";

export default function NotFound() {
  return (
    <div className="max-w-2xl">
      <h1 className="mb-4 text-3xl font-bold">Page not found</h1>
      <p className="mb-4">There is nothing at this address. If you typed it, check it; modification addresses look like /modifications/DP162.</p>
      <p>
        <Link href="/">Go to the modifications register</Link>
      </p>
    </div>
  );
}
