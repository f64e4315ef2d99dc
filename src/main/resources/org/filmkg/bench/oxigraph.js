// The benchmark's Oxigraph side: load a TriG file into an in-memory store, then time each query.
// usage: node run.js FILE.trig QUERIES.json REPEATS   (prints "name<TAB>p50 ms<TAB>p50 ms as SPARQL JSON" lines,
// and "load<TAB>ms"). The second figure writes the results as our server does, a SPARQL JSON document.
// usage: node run.js serve FILE.trig PORT   serves the store over HTTP on 127.0.0.1 (GET /sparql?query=…, answered as
// SPARQL JSON), printing "ready" once loaded, so it can be timed through HTTP exactly as our server is.
const fs = require('fs');
const oxigraph = require('oxigraph');
if (process.argv[2] === 'serve') {
  const http = require('http');
  const served = new oxigraph.Store();
  served.load(fs.readFileSync(process.argv[3], 'utf8'), { format: 'application/trig' });
  http.createServer((req, res) => {
    try {
      const q = new URL(req.url, 'http://127.0.0.1').searchParams.get('query');
      const body = served.query(q, { results_format: 'application/sparql-results+json' });
      res.writeHead(200, { 'Content-Type': 'application/sparql-results+json' });
      res.end(body);
    } catch (e) {
      res.writeHead(400, { 'Content-Type': 'text/plain' });
      res.end(String(e.message));
    }
  }).listen(Number(process.argv[4]), '127.0.0.1', () => console.log('ready'));
  return;
}
const [trig, queriesFile, repeats] = process.argv.slice(2);
const ms = (t) => Number(process.hrtime.bigint() - t) / 1e6;
const store = new oxigraph.Store();
let t = process.hrtime.bigint();
store.load(fs.readFileSync(trig, 'utf8'), { format: 'application/trig' });
console.log('load\t' + ms(t));
const queries = JSON.parse(fs.readFileSync(queriesFile, 'utf8'));
for (const [name, q] of Object.entries(queries)) {
  try {
    store.query(q); // warm-up, as the Java side does
    const lat = [];
    for (let i = 0; i < Number(repeats); i++) {
      t = process.hrtime.bigint();
      const r = store.query(q);
      if (Array.isArray(r)) r.length; // rows are materialised by the query call
      lat.push(ms(t));
    }
    const json = [];
    const asJson = { results_format: 'application/sparql-results+json' };
    store.query(q, asJson);
    for (let i = 0; i < Number(repeats); i++) {
      t = process.hrtime.bigint();
      store.query(q, asJson).length;
      json.push(ms(t));
    }
    const p50 = (xs) => xs.sort((a, b) => a - b)[Math.floor(0.5 * (xs.length - 1))];
    console.log(name + '\t' + p50(lat) + '\t' + p50(json));
  } catch (e) {
    console.error(name + ': ' + e.message);
  }
}
