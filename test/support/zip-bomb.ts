import { Readable } from "node:stream";
import yauzl from "yauzl";
import yazl from "yazl";

/**
 * A decompression bomb shaped like an XLSX: the parts of a real workbook, with its first sheet
 * replaced by `inflatedMB` of XML — one cell of repeated text — deflated as it is generated, so
 * neither the test nor this helper holds the inflated sheet in memory. ~510 MB deflates to ~0.5 MB.
 * With `lieAboutSize` the central directory claims the sheet is 1 kB, as a hostile file would.
 */
export async function xlsxBomb(workbook: Buffer, { inflatedMB, lieAboutSize = false }: { inflatedMB: number; lieAboutSize?: boolean }): Promise<Buffer> {
  const zip = new yazl.ZipFile();
  for (const [name, data] of await entries(workbook)) {
    if (name === "xl/worksheets/sheet1.xml") zip.addReadStream(hugeSheet(inflatedMB), name, { compressionLevel: 9 });
    else zip.addBuffer(data, name);
  }
  zip.end();
  const chunks: Buffer[] = [];
  for await (const chunk of zip.outputStream as AsyncIterable<Buffer>) chunks.push(chunk);
  const file = Buffer.concat(chunks);
  if (lieAboutSize) claimSize(file, "xl/worksheets/sheet1.xml", 1024);
  return file;
}

/** Many small sheets' worth of rows, or many entries: the other ways a workbook can be too big. */
export async function xlsxWith(workbook: Buffer, { rows = 0, extraEntries = 0 }: { rows?: number; extraEntries?: number }): Promise<Buffer> {
  const zip = new yazl.ZipFile();
  for (const [name, data] of await entries(workbook)) {
    if (name === "xl/worksheets/sheet1.xml" && rows > 0) {
      const cells = Array.from({ length: rows }, (_, i) => `<row r="${i + 1}"><c r="A${i + 1}" t="inlineStr"><is><t>x</t></is></c></row>`).join("");
      zip.addBuffer(Buffer.from(`<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${cells}</sheetData></worksheet>`), name);
    } else zip.addBuffer(data, name);
  }
  for (let i = 0; i < extraEntries; i++) zip.addBuffer(Buffer.from("x"), `docProps/extra${i}.xml`);
  zip.end();
  const chunks: Buffer[] = [];
  for await (const chunk of zip.outputStream as AsyncIterable<Buffer>) chunks.push(chunk);
  return Buffer.concat(chunks);
}

function hugeSheet(inflatedMB: number): Readable {
  const block = Buffer.alloc(1024 * 1024, "A");
  const head = `<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>`;
  return Readable.from(
    (function* () {
      yield Buffer.from(head);
      for (let i = 0; i < inflatedMB; i++) yield block;
      yield Buffer.from("</t></is></c></row></sheetData></worksheet>");
    })(),
  );
}

async function entries(workbook: Buffer): Promise<[string, Buffer][]> {
  const zip = await new Promise<yauzl.ZipFile>((resolve, reject) => yauzl.fromBuffer(workbook, { lazyEntries: true }, (e, z) => (e ? reject(e) : resolve(z))));
  const out: [string, Buffer][] = [];
  await new Promise<void>((resolve, reject) => {
    zip.on("entry", (entry: yauzl.Entry) =>
      zip.openReadStream(entry, async (e, stream) => {
        if (e) return reject(e);
        const chunks: Buffer[] = [];
        for await (const chunk of stream as AsyncIterable<Buffer>) chunks.push(chunk);
        if (!entry.fileName.endsWith("/")) out.push([entry.fileName, Buffer.concat(chunks)]);
        zip.readEntry();
      }),
    );
    zip.on("end", resolve).on("error", reject);
    zip.readEntry();
  });
  return out;
}

/** Overwrites the uncompressed size an entry's central directory record declares. */
function claimSize(file: Buffer, name: string, size: number): void {
  const eocd = file.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  let at = file.readUInt32LE(eocd + 16);
  for (let i = 0; i < file.readUInt16LE(eocd + 10); i++) {
    const nameLength = file.readUInt16LE(at + 28);
    if (file.toString("utf8", at + 46, at + 46 + nameLength) === name) file.writeUInt32LE(size, at + 24);
    at += 46 + nameLength + file.readUInt16LE(at + 30) + file.readUInt16LE(at + 32);
  }
}
