import yauzl from "yauzl";

/** Every entry of a zip (an XLSX or DOCX) inflated and joined as text: for searching a download for a string. */
export async function unzipText(bytes: Uint8Array): Promise<string> {
  const zip = await new Promise<yauzl.ZipFile>((resolve, reject) => yauzl.fromBuffer(Buffer.from(bytes), { lazyEntries: true }, (e, z) => (e ? reject(e) : resolve(z!))));
  const parts: string[] = [];
  await new Promise<void>((resolve, reject) => {
    zip.on("entry", (entry: yauzl.Entry) => {
      zip.openReadStream(entry, (e, stream) => {
        if (e || !stream) return reject(e);
        const chunks: Buffer[] = [];
        stream.on("data", (c: Buffer) => chunks.push(c));
        stream.on("end", () => {
          parts.push(Buffer.concat(chunks).toString("utf8"));
          zip.readEntry();
        });
      });
    });
    zip.on("end", resolve);
    zip.on("error", reject);
    zip.readEntry();
  });
  return parts.join("\n");
}
