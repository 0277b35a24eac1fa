// The second independent request oracle of the features tests (ValidatorOracleTests): an Express server whose only
// route is express-openapi-validator checking each request against an OpenAPI document. A valid request is answered
// 200 with what the validator parsed of it (path parameters, query, headers, cookies, body, uploaded files); an
// invalid one with the validator's own status (400 for a request that breaks the spec) and its errors.
//
//   node server.js --spec ../Specs/features.openapi.yaml --port 5000
//
// Ready when it prints "validator listening on http://127.0.0.1:PORT" (after a first request has made the validator
// load the spec: a spec it cannot load ends the server with the reason instead).
'use strict';

const http = require('node:http');
const path = require('node:path');
const express = require('express');
const cookieParser = require('cookie-parser');
const OpenApiValidator = require('express-openapi-validator');

function argument(name) {
  const index = process.argv.indexOf('--' + name);
  if (index < 0 || index + 1 >= process.argv.length) {
    console.error(`usage: node server.js --spec FILE --port PORT (--${name} is missing)`);
    process.exit(2);
  }
  return process.argv[index + 1];
}

const spec = path.resolve(argument('spec'));
const port = Number(argument('port'));

const app = express();
app.disable('x-powered-by');
app.use(express.json({ type: ['application/json', 'application/*+json'], strict: false }));
app.use(express.text({ type: 'text/*' }));
app.use(express.urlencoded({ extended: true }));
app.use(express.raw({ type: ['application/octet-stream', 'application/pdf', 'image/*'] }));
app.use(cookieParser());
app.use(
  OpenApiValidator.middleware({
    apiSpec: spec,
    validateRequests: { allowUnknownQueryParameters: false },
    validateResponses: false,
    validateSecurity: true,
    validateFormats: true,
    ajvFormats: { mode: 'full' },
    // The features spec is OpenAPI 3.1 but uses 3.2's itemSchema for its event streams and JSON text sequence
    // (the generator reads both); the validator checks the document against the 3.1 schema, which refuses that
    // member, and would then refuse to start. Requests are still validated against every operation.
    validateApiSpec: false,
    fileUploader: {},
  }),
);

// Only the headers a test may send as parameters; the transport's own (Host, Content-Length, ...) are left out.
const transportHeaders = new Set(['host', 'connection', 'content-length', 'transfer-encoding', 'accept-encoding', 'traceparent']);

// The body as parsed: raw octets as base64; of a multipart body its fields, without the empty placeholders the
// validator puts in place of each uploaded file (which are reported apart, under files).
function describeBody(body, files) {
  if (Buffer.isBuffer(body)) {
    return { base64: body.toString('base64') };
  }
  if (files.length > 0 && body && typeof body === 'object') {
    const fields = { ...body };
    for (const file of files) {
      delete fields[file.fieldname];
    }
    return fields;
  }
  return body;
}

app.use((req, res) => {
  const headers = {};
  for (const [name, value] of Object.entries(req.headers)) {
    if (!transportHeaders.has(name)) {
      headers[name] = value;
    }
  }
  res.status(200).json({
    operationId: req.openapi?.schema?.operationId ?? null,
    method: req.method,
    url: req.originalUrl,
    params: req.openapi?.pathParams ?? req.params ?? {},
    query: req.query ?? {},
    headers,
    cookies: req.cookies ?? {},
    body: describeBody(req.body, req.files ?? []),
    files: (req.files ?? []).map((file) => ({
      field: file.fieldname,
      name: file.originalname,
      type: file.mimetype,
      size: file.size,
      text: file.buffer ? file.buffer.toString('utf8') : null,
    })),
  });
});

// eslint-disable-next-line no-unused-vars
app.use((err, req, res, next) => {
  res.status(err.status || 500).json({
    status: err.status || 500,
    message: err.message,
    errors: err.errors ?? [],
  });
});

const server = app.listen(port, '127.0.0.1', () => {
  // The validator loads the spec on the first request: make one, and announce readiness only once that worked.
  http
    .get({ host: '127.0.0.1', port, path: '/__validator_ready__' }, (res) => {
      let text = '';
      res.on('data', (chunk) => (text += chunk));
      res.on('end', () => {
        const answer = JSON.parse(text);
        if (res.statusCode === 500) {
          console.error('express-openapi-validator could not load ' + spec + ': ' + answer.message);
          server.close();
          process.exit(1);
        }
        console.log(`validator listening on http://127.0.0.1:${port}`);
      });
    })
    .on('error', (error) => {
      console.error(error);
      process.exit(1);
    });
});
