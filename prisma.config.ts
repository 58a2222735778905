import { PrismaPg } from "@prisma/adapter-pg";
import { parse } from "pg-connection-string";
import { defineConfig } from "prisma/config";

// The Prisma CLI runs here with the WebAssembly schema engine over @prisma/adapter-pg,
// because the native engines cannot be downloaded (see README, "Prisma without native engines").
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  experimental: { adapter: true },
  engine: "js",
  async adapter() {
    const url = process.env.DATABASE_URL;
    if (!url) throw new Error("DATABASE_URL must be set to run the Prisma CLI");
    const { host, port, user, password, database } = parse(url);
    // Discrete fields, not a connection string: the adapter's shadow database overrides
    // `database`, and pg would let a connection string win over it (replaying on main).
    const factory = new PrismaPg({
      host: host ?? undefined,
      port: port ? Number(port) : undefined,
      user: user ?? undefined,
      password: password ?? undefined,
      database: database ?? undefined,
    });
    return withCatalogTypesAsText(factory);
  },
});

// adapter-pg 6.19 cannot map the catalog column types the schema engine reads
// ("char" 18, name 19, name[] 1003: prisma/orm#27403, fixed only in Prisma 7).
// Reporting exactly those result columns as text makes every migrate command work.
// CLI only: the application never reads catalog tables.
const TEXT_FOR = new Map([[18, 25], [19, 25], [1003, 1009]]);

function withCatalogTypesAsText(factory: PrismaPg): PrismaPg {
  const connect = factory.connect.bind(factory);
  factory.connect = async () => {
    const adapter = await connect();
    // performIO lives on the prototype shared by the adapter, its transactions and the shadow database.
    const queryable = Object.getPrototypeOf(Object.getPrototypeOf(adapter));
    if (!queryable.__catalogTypesAsText) {
      const performIO = queryable.performIO;
      queryable.performIO = async function (this: unknown, query: unknown) {
        const result = await performIO.call(this, query);
        for (const field of result.fields) field.dataTypeID = TEXT_FOR.get(field.dataTypeID) ?? field.dataTypeID;
        return result;
      };
      queryable.__catalogTypesAsText = true;
    }
    return adapter;
  };
  return factory;
}
