import fs from 'node:fs';
import ExcelJS from 'exceljs';
import { seededRandom } from '../../src/core/ground/random';


function isoDay(start: number, offset: number): string {
  return new Date(start + offset * 86_400_000).toISOString().slice(0, 10);
}

/** Write lines through a buffer with synchronous writes: fast, and never the whole file in memory. */
function writeLines(file: string, lines: (emit: (line: string) => void) => void): Promise<void> {
  const fd = fs.openSync(file, 'w');
  try {
    let chunk: string[] = [];
    lines((line) => {
      chunk.push(line);
      if (chunk.length === 20_000) {
        fs.writeSync(fd, chunk.join('\n') + '\n');
        chunk = [];
      }
    });
    if (chunk.length) fs.writeSync(fd, chunk.join('\n') + '\n');
  } finally {
    fs.closeSync(fd);
  }
  return Promise.resolve();
}

const START = Date.UTC(2023, 0, 1);

/** Daily sales, one row per SKU, store and day, sorted by day as platform exports are. */
export async function writeDailySalesCsv(file: string, rows: number): Promise<void> {
  const skus = 1000;
  const stores = 2;
  const days = Math.ceil(rows / (skus * stores));
  const rand = seededRandom(1);
  let written = 0;
  await writeLines(file, (emit) => {
    emit('date,sku,store,units,revenue,product_name');
    for (let d = 0; d < days && written < rows; d++) {
      const date = isoDay(START, d);
      for (let s = 0; s < skus && written < rows; s++) {
        for (let l = 0; l < stores && written < rows; l++) {
          const units = Math.floor(rand() * 20);
          emit(`${date},SKU-${String(s).padStart(5, '0')},STORE-${l + 1},${units},${(units * 19.9).toFixed(2)},Product ${s}`);
          written++;
        }
      }
    }
  });
}

/** Order lines like a web shop's export: cancellations are C-numbered with negative quantities. */
export async function writeOrderLinesCsv(file: string, rows: number): Promise<void> {
  const rand = seededRandom(2);
  const countries = ['United Kingdom', 'France', 'Germany', 'China', 'Spain'];
  let order = 500_000;
  let written = 0;
  await writeLines(file, (emit) => {
    emit('InvoiceNo,StockCode,Description,Quantity,InvoiceDate,UnitPrice,CustomerID,Country');
    while (written < rows) {
      order++;
      const cancelled = rand() < 0.02;
      const day = Math.floor((written / rows) * 730);
      const date = isoDay(START, day);
      const time = `${8 + Math.floor(rand() * 12)}:${String(Math.floor(rand() * 60)).padStart(2, '0')}`;
      const lines = 1 + Math.floor(rand() * 8);
      const customer = 12_000 + Math.floor(rand() * 4000);
      const country = countries[Math.floor(rand() * countries.length)]!;
      for (let i = 0; i < lines && written < rows; i++) {
        const sku = 20_000 + Math.floor(rand() * 3000);
        const qty = (1 + Math.floor(rand() * 12)) * (cancelled ? -1 : 1);
        emit(`${cancelled ? 'C' : ''}${order},${sku},ITEM ${sku} DESCRIPTION,${qty},${date} ${time},${(1 + rand() * 9).toFixed(2)},${customer},${country}`);
        written++;
      }
    }
  });
}

/** An XLSX of daily sales with a title row above the header, written by exceljs's streaming writer. */
export async function writeDailySalesXlsx(file: string, rows: number): Promise<void> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useSharedStrings: true, useStyles: true });
  const sheet = workbook.addWorksheet('销售');
  sheet.addRow(['销售日报']).commit();
  sheet.addRow(['日期', '商品编码', '销量', '销售额']).commit();
  const rand = seededRandom(3);
  const skus = 500;
  for (let i = 0; i < rows; i++) {
    const units = Math.floor(rand() * 20);
    const row = sheet.addRow([new Date(START + Math.floor(i / skus) * 86_400_000), `SKU-${i % skus}`, units, units * 19.9]);
    row.getCell(1).numFmt = 'yyyy-mm-dd';
    row.commit();
  }
  sheet.commit();
  await workbook.commit();
}
