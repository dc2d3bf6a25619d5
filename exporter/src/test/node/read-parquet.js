// Reads a Parquet file with polars (nodejs-polars) and prints its schema and rows as one JSON object, for
// the exporter's PolarsInteropTest. Usage: node read-parquet.js <file.parquet>
const pl = require("nodejs-polars");

const df = pl.readParquet(process.argv[2]);
// columns in file order, each with its polars dtype, e.g. ["confidence", "Float64"]
const columns = df.columns.map((name) => [name, String(df.getColumn(name).dtype).replace(/^DataType\((.*)\)$/, "$1")]);
const rows = df.toRecords();
process.stdout.write(JSON.stringify({ columns, rows }, (key, value) => {
  // dates come back as JS Date objects at midnight UTC: print them as yyyy-MM-dd
  if (typeof value === "string" && /^\d{4}-\d{2}-\d{2}T00:00:00\.000Z$/.test(value)) return value.slice(0, 10);
  return value;
}) + "\n");
