// The little of pdfmake 0.3's server API the report writer uses (the package ships no types).
declare module "pdfmake" {
  type Output = { getBuffer(): Promise<Buffer> };
  const pdfmake: {
    virtualfs: { writeFileSync(name: string, data: Buffer): void; existsSync(name: string): boolean };
    setFonts(fonts: Record<string, Record<"normal" | "bold" | "italics" | "bolditalics", string>>): void;
    setUrlAccessPolicy(policy: (url: string) => boolean): void;
    setLocalAccessPolicy(policy: (path: string) => boolean): void;
    createPdf(definition: object): Output;
  };
  export default pdfmake;
}
