// A small store API written as Fastify developers write one: every route declares JSON Schemas for its params,
// querystring, headers, body and responses; Fastify validates each request against them with Ajv (coercing query,
// params and headers, applying defaults), serializes each response with them, and @fastify/swagger writes the OpenAPI
// document of the same routes. The tests generate their client from that document (committed under ../openapi/) and
// call this server with it. Handlers answer with what they received (`received`), so the tests see what Fastify parsed.
//
//   node app.js --port 5000            serves on 127.0.0.1:5000; ready when it prints "fastify listening on http://127.0.0.1:5000"
//   node app.js --write-specs DIR      writes DIR/store.openapi31.json (OpenAPI 3.1.0) and DIR/store.openapi30.json (3.0.3)
//
// The served documents are /openapi/3.1.json and /openapi/3.0.json.
'use strict';

const crypto = require('node:crypto');
const fs = require('node:fs');
const path = require('node:path');
const Fastify = require('fastify');

function argument(name) {
  const index = process.argv.indexOf('--' + name);
  return index < 0 || index + 1 >= process.argv.length ? undefined : process.argv[index + 1];
}

// ---- Shared schemas: fastify.addSchema with an $id, referenced as 'Name#'; @fastify/swagger makes them components. ----

const sharedSchemas = [
  {
    $id: 'FastifyError',
    description: 'The body Fastify itself answers a request that breaks its route schema with (and any other error).',
    type: 'object',
    required: ['statusCode', 'error', 'message'],
    properties: {
      statusCode: { type: 'integer' },
      code: { type: 'string' },
      error: { type: 'string' },
      message: { type: 'string' },
    },
  },
  {
    $id: 'Problem',
    description: 'An error of the store itself.',
    type: 'object',
    required: ['code', 'message'],
    properties: {
      code: { type: 'string', enum: ['not_found', 'conflict', 'out_of_stock', 'unavailable'] },
      message: { type: 'string' },
      details: {
        type: 'array',
        items: {
          type: 'object',
          required: ['field'],
          properties: { field: { type: 'string' }, issue: { type: 'string' } },
        },
      },
    },
  },
  {
    $id: 'Dimensions',
    type: 'object',
    required: ['widthCm', 'heightCm'],
    additionalProperties: false,
    properties: {
      widthCm: { type: 'number', exclusiveMinimum: 0 },
      heightCm: { type: 'number', exclusiveMinimum: 0 },
      depthCm: { type: 'number', exclusiveMinimum: 0 },
    },
  },
  {
    $id: 'NewProduct',
    type: 'object',
    required: ['sku', 'name', 'price'],
    additionalProperties: false,
    properties: {
      sku: { type: 'string', pattern: '^[A-Z]{3}-[0-9]{4}$' },
      name: { type: 'string', minLength: 1, maxLength: 80 },
      price: { type: 'number', minimum: 0 },
      currency: { type: 'string', enum: ['EUR', 'USD', 'GBP'], default: 'EUR' },
      status: { type: 'string', enum: ['draft', 'active', 'retired'], default: 'draft' },
      tags: { type: 'array', items: { type: 'string' }, maxItems: 10 },
      dimensions: { $ref: 'Dimensions#' },
      discontinuedAt: { type: ['string', 'null'], format: 'date-time' },
      attributes: { type: 'object', additionalProperties: { type: 'string' } },
    },
  },
  {
    $id: 'Product',
    type: 'object',
    required: ['id', 'sku', 'name', 'price', 'currency', 'status', 'tags', 'stock', 'createdAt'],
    properties: {
      id: { type: 'integer', minimum: 1 },
      sku: { type: 'string' },
      name: { type: 'string' },
      price: { type: 'number' },
      currency: { type: 'string', enum: ['EUR', 'USD', 'GBP'] },
      status: { type: 'string', enum: ['draft', 'active', 'retired'] },
      tags: { type: 'array', items: { type: 'string' } },
      stock: { type: 'integer' },
      dimensions: { $ref: 'Dimensions#' },
      discontinuedAt: { type: ['string', 'null'], format: 'date-time' },
      attributes: { type: 'object', additionalProperties: { type: 'string' } },
      createdAt: { type: 'string', format: 'date-time' },
    },
  },
  {
    $id: 'Address',
    type: 'object',
    required: ['line1', 'city', 'country'],
    properties: {
      line1: { type: 'string' },
      city: { type: 'string' },
      postalCode: { type: 'string' },
      country: { type: 'string', enum: ['DE', 'FR', 'GB', 'US'] },
    },
  },
  {
    $id: 'CardPayment',
    type: 'object',
    required: ['method', 'last4'],
    properties: {
      method: { type: 'string', const: 'card' },
      last4: { type: 'string', pattern: '^[0-9]{4}$' },
      brand: { type: 'string', enum: ['visa', 'mastercard'] },
    },
  },
  {
    $id: 'TransferPayment',
    type: 'object',
    required: ['method', 'iban'],
    properties: {
      method: { type: 'string', const: 'transfer' },
      iban: { type: 'string', minLength: 15 },
      reference: { type: ['string', 'null'] },
    },
  },
  {
    $id: 'OrderLine',
    type: 'object',
    required: ['productId', 'quantity'],
    properties: {
      productId: { type: 'integer', minimum: 1 },
      quantity: { type: 'integer', minimum: 1, maximum: 99 },
      giftWrap: { type: 'boolean', default: false },
    },
  },
];

// oneOf with a discriminator (Ajv's `discriminator` option), anyOf without one, a nullable $ref: written inline
// in the order schemas, so each is a property of its owner.
const payment = {
  type: 'object',
  oneOf: [{ $ref: 'CardPayment#' }, { $ref: 'TransferPayment#' }],
  discriminator: { propertyName: 'method' },
};
const contact = {
  anyOf: [
    { type: 'object', required: ['email'], properties: { email: { type: 'string', format: 'email' } } },
    { type: 'object', required: ['phone'], properties: { phone: { type: 'string', pattern: '^\\+[0-9]{6,15}$' } } },
  ],
};
const orderProperties = {
  customerName: { type: 'string', minLength: 1 },
  contact,
  lines: { type: 'array', minItems: 1, items: { $ref: 'OrderLine#' } },
  shipping: { $ref: 'Address#' },
  billing: { anyOf: [{ $ref: 'Address#' }, { type: 'null' }] },
  payment,
  note: { type: ['string', 'null'], maxLength: 500 },
  requestedDelivery: { type: 'string', format: 'date' },
};
sharedSchemas.push(
  {
    $id: 'NewOrder',
    type: 'object',
    required: ['customerName', 'contact', 'lines', 'shipping', 'payment'],
    properties: orderProperties,
  },
  {
    $id: 'Order',
    type: 'object',
    required: ['id', 'status', 'total', 'placedAt', 'customerName', 'contact', 'lines', 'shipping', 'payment'],
    properties: {
      id: { type: 'string' },
      status: { type: 'string', enum: ['pending', 'paid', 'shipped', 'cancelled'] },
      total: { type: 'number' },
      placedAt: { type: 'string', format: 'date-time' },
      ...orderProperties,
    },
  },
);

// A recursive schema: a category holds categories.
sharedSchemas.push({
  $id: 'Category',
  type: 'object',
  required: ['id', 'name', 'children'],
  properties: {
    id: { type: 'integer' },
    name: { type: 'string' },
    children: { type: 'array', items: { $ref: 'Category#' } },
  },
});

// How TypeBox (Fastify's recommended type provider) writes Type.Union([Type.Literal('a'), ...]) and
// Type.Union([Type.String(), Type.Null()]): an anyOf of consts, an anyOf with a null type.
const literals = (...values) => ({ anyOf: values.map((value) => ({ const: value, type: typeof value === 'number' ? 'number' : 'string' })) });
const orNull = (schema) => ({ anyOf: [schema, { type: 'null' }] });

const fastifyError = { $ref: 'FastifyError#' };
const problem = (description) => ({ description, $ref: 'Problem#' });
// What a handler received, as Fastify parsed and coerced it (free-form: the serializer writes it whole).
const received = { type: 'object', additionalProperties: true };

function build(openapiVersions) {
  const app = Fastify({
    ajv: {
      customOptions: { discriminator: true },
    },
  });

  for (const schema of sharedSchemas) {
    app.addSchema(schema);
  }

  for (const [decorator, version] of openapiVersions) {
    app.register(require('@fastify/swagger'), {
      decorator,
      openapi: {
        openapi: version,
        info: { title: 'Store', version: '1.0.0', description: 'A small store served by Fastify.' },
        servers: [{ url: 'http://127.0.0.1' }],
      },
      // The component names are the schemas' $id (the plugin's default names them def-0, def-1, ...).
      refResolver: {
        buildLocalReference(json, _baseUri, _fragment, i) {
          return json.$id || `def-${i}`;
        },
      },
    });
  }

  app.register(require('@fastify/formbody'));
  app.register(require('@fastify/multipart'), {
    attachFieldsToBody: 'keyValues',
    // Each uploaded file is read here; its field's value becomes its file name, and what was read is kept for the handler.
    async onFile(part) {
      const bytes = await part.toBuffer();
      (this.uploads ??= []).push({
        field: part.fieldname,
        filename: part.filename,
        mimetype: part.mimetype,
        size: bytes.length,
        sha256: crypto.createHash('sha256').update(bytes).digest('hex'),
      });
      part.value = part.filename;
    },
  });

  for (const [decorator, version] of openapiVersions) {
    app.get(`/openapi/${version.slice(0, 3)}.json`, { schema: { hide: true } }, async () => app[decorator]());
  }

  app.register(routes);
  return app;
}

// ---- The store ----

const products = new Map();
const orders = new Map();
let nextProductId = 1;
let nextOrder = 1;

function seed(product) {
  const id = nextProductId++;
  products.set(id, { id, currency: 'EUR', status: 'draft', tags: [], stock: 0, createdAt: '2026-01-02T03:04:05.000Z', ...product });
}
seed({ sku: 'MUG-0001', name: 'Mug', price: 9.5, status: 'active', tags: ['kitchen', 'gift'], stock: 12, dimensions: { widthCm: 8, heightCm: 10 }, discontinuedAt: null, attributes: { colour: 'blue' } });
seed({ sku: 'TEE-0002', name: 'T-shirt', price: 19.99, currency: 'USD', status: 'active', tags: ['clothing'], stock: 0 });
seed({ sku: 'LMP-0003', name: 'Lamp', price: 45, currency: 'GBP', status: 'retired', tags: ['home'], stock: 3, discontinuedAt: '2026-06-30T12:00:00.000Z' });

const categories = [
  { id: 2, name: 'Kitchen', children: [{ id: 5, name: 'Mugs', children: [] }, { id: 4, name: 'Cutlery', children: [{ id: 6, name: 'Spoons', children: [] }] }] },
  { id: 1, name: 'Home', children: [{ id: 3, name: 'Lamps', children: [] }] },
];

async function routes(app) {
  app.get('/products', {
    schema: {
      operationId: 'listProducts',
      tags: ['products'],
      querystring: {
        type: 'object',
        properties: {
          status: { type: 'string', enum: ['draft', 'active', 'retired'] },
          tag: { type: 'array', items: { type: 'string' } },
          minPrice: { type: 'number', minimum: 0 },
          limit: { type: 'integer', minimum: 1, maximum: 100, default: 20 },
          offset: { type: 'integer', minimum: 0, default: 0 },
          inStock: { type: 'boolean' },
          updatedSince: { type: 'string', format: 'date-time' },
        },
      },
      headers: {
        type: 'object',
        properties: {
          'x-request-id': { type: 'string', format: 'uuid' },
          'x-fields': { type: 'array', items: { type: 'string', enum: ['name', 'price', 'tags'] } },
        },
      },
      response: {
        200: {
          description: 'A page of products.',
          headers: { 'x-total-count': { type: 'integer' } },
          type: 'object',
          required: ['items', 'total', 'received'],
          properties: {
            items: { type: 'array', items: { $ref: 'Product#' } },
            total: { type: 'integer' },
            received,
          },
        },
        400: fastifyError,
      },
    },
  }, async (request, reply) => {
    const q = request.query;
    const items = [...products.values()].filter((p) =>
      (q.status === undefined || p.status === q.status) &&
      (q.tag === undefined || q.tag.every((t) => p.tags.includes(t))) &&
      (q.minPrice === undefined || p.price >= q.minPrice) &&
      (q.inStock === undefined || (p.stock > 0) === q.inStock));
    reply.header('x-total-count', items.length);
    return {
      items: items.slice(q.offset, q.offset + q.limit),
      total: items.length,
      received: { query: q, requestId: request.headers['x-request-id'] ?? null, fields: request.headers['x-fields'] ?? null },
    };
  });

  app.get('/products/:productId', {
    schema: {
      operationId: 'getProduct',
      tags: ['products'],
      params: { type: 'object', properties: { productId: { type: 'integer', minimum: 1 } } },
      headers: { type: 'object', properties: { 'x-include-stock': { type: 'boolean', default: true } } },
      response: {
        200: { description: 'The product.', $ref: 'Product#' },
        400: fastifyError,
        404: problem('No product has that id.'),
      },
    },
  }, async (request, reply) => {
    const product = products.get(request.params.productId);
    if (!product) {
      return reply.code(404).send({ code: 'not_found', message: `no product ${request.params.productId}` });
    }
    return request.headers['x-include-stock'] ? product : { ...product, stock: -1 };
  });

  app.post('/products', {
    schema: {
      operationId: 'createProduct',
      tags: ['products'],
      body: { $ref: 'NewProduct#' },
      response: {
        201: {
          description: 'Created.',
          headers: { location: { type: 'string', format: 'uri-reference' } },
          $ref: 'Product#',
        },
        400: fastifyError,
        409: problem('A product with that SKU exists.'),
      },
    },
  }, async (request, reply) => {
    const body = request.body;
    const existing = [...products.values()].find((p) => p.sku === body.sku);
    if (existing) {
      return reply.code(409).send({ code: 'conflict', message: `${body.sku} is taken`, details: [{ field: 'sku', issue: `taken by ${existing.id}` }] });
    }
    const id = nextProductId++;
    const product = { tags: [], ...body, id, stock: 0, createdAt: new Date().toISOString() };
    products.set(id, product);
    return reply.code(201).header('location', `/products/${id}`).send(product);
  });

  app.patch('/products/:productId/stock', {
    schema: {
      operationId: 'adjustStock',
      tags: ['products'],
      params: { type: 'object', properties: { productId: { type: 'integer', minimum: 1 } } },
      body: {
        type: 'object',
        required: ['delta'],
        properties: {
          delta: { type: 'integer', minimum: -1000, maximum: 1000 },
          reason: { type: ['string', 'null'] },
        },
      },
      response: {
        200: {
          description: 'The stock after the change.',
          type: 'object',
          required: ['productId', 'stock'],
          properties: { productId: { type: 'integer' }, stock: { type: 'integer' }, reason: { type: ['string', 'null'] } },
        },
        400: fastifyError,
        404: problem('No product has that id.'),
        409: problem('The stock would go below zero.'),
      },
    },
  }, async (request, reply) => {
    const product = products.get(request.params.productId);
    if (!product) {
      return reply.code(404).send({ code: 'not_found', message: `no product ${request.params.productId}` });
    }
    if (product.stock + request.body.delta < 0) {
      return reply.code(409).send({ code: 'out_of_stock', message: `only ${product.stock} left` });
    }
    product.stock += request.body.delta;
    return { productId: product.id, stock: product.stock, reason: request.body.reason };
  });

  app.delete('/products/:productId', {
    schema: {
      operationId: 'deleteProduct',
      tags: ['products'],
      params: { type: 'object', properties: { productId: { type: 'integer', minimum: 1 } } },
      response: {
        204: { description: 'Deleted.', type: 'null' },
        404: problem('No product has that id.'),
      },
    },
  }, async (request, reply) => {
    if (!products.delete(request.params.productId)) {
      return reply.code(404).send({ code: 'not_found', message: `no product ${request.params.productId}` });
    }
    return reply.code(204).send();
  });

  app.post('/products/:productId/images', {
    schema: {
      operationId: 'uploadImage',
      tags: ['products'],
      consumes: ['multipart/form-data'],
      params: { type: 'object', properties: { productId: { type: 'integer', minimum: 1 } } },
      body: {
        type: 'object',
        required: ['image'],
        properties: {
          image: { type: 'string', contentEncoding: 'binary' },
          caption: { type: 'string', maxLength: 200 },
          primary: { type: 'boolean', default: false },
        },
      },
      response: {
        201: {
          description: 'Stored.',
          type: 'object',
          properties: {
            productId: { type: 'integer' },
            caption: { type: 'string' },
            primary: { type: 'boolean' },
            files: {
              type: 'array',
              items: {
                type: 'object',
                properties: { field: { type: 'string' }, filename: { type: 'string' }, mimetype: { type: 'string' }, size: { type: 'integer' }, sha256: { type: 'string' } },
              },
            },
          },
        },
        400: fastifyError,
      },
    },
  }, async (request, reply) => {
    return reply.code(201).send({ productId: request.params.productId, caption: request.body.caption, primary: request.body.primary, files: request.uploads ?? [] });
  });

  app.get('/products/:productId/manual', {
    schema: {
      operationId: 'downloadManual',
      tags: ['products'],
      params: { type: 'object', properties: { productId: { type: 'integer', minimum: 1 } } },
      response: {
        200: {
          description: 'The manual: the bytes 0 to 255, then the product id as text.',
          content: { 'application/octet-stream': { schema: { type: 'string', format: 'binary' } } },
        },
        404: problem('No product has that id.'),
      },
    },
  }, async (request, reply) => {
    if (!products.has(request.params.productId)) {
      return reply.code(404).send({ code: 'not_found', message: `no product ${request.params.productId}` });
    }
    const bytes = Buffer.concat([Buffer.from(Array.from({ length: 256 }, (_, i) => i)), Buffer.from(String(request.params.productId))]);
    return reply.type('application/octet-stream').send(bytes);
  });

  app.post('/orders', {
    schema: {
      operationId: 'placeOrder',
      tags: ['orders'],
      body: { $ref: 'NewOrder#' },
      response: {
        201: {
          description: 'Placed.',
          headers: { location: { type: 'string' } },
          $ref: 'Order#',
        },
        400: fastifyError,
        default: problem('Any other outcome.'),
      },
    },
  }, async (request, reply) => {
    const body = request.body;
    if (body.customerName === 'Unavailable') {
      return reply.code(503).send({ code: 'unavailable', message: 'orders are paused' });
    }
    const id = `ord_${nextOrder++}`;
    const total = body.lines.reduce((sum, line) => sum + line.quantity * (products.get(line.productId)?.price ?? 0), 0);
    const order = { ...body, id, status: body.payment.method === 'card' ? 'paid' : 'pending', total, placedAt: new Date().toISOString() };
    orders.set(id, order);
    return reply.code(201).header('location', `/orders/${id}`).send(order);
  });

  app.get('/orders/:orderId', {
    schema: {
      operationId: 'getOrder',
      tags: ['orders'],
      params: { type: 'object', properties: { orderId: { type: 'string', pattern: '^ord_[0-9]+$' } } },
      response: {
        200: { description: 'The order.', $ref: 'Order#' },
        404: problem('No order has that id.'),
        default: problem('Any other outcome.'),
      },
    },
  }, async (request, reply) => {
    const order = orders.get(request.params.orderId);
    if (!order) {
      return reply.code(404).send({ code: 'not_found', message: `no order ${request.params.orderId}` });
    }
    return order;
  });

  app.get('/categories', {
    schema: {
      operationId: 'listCategories',
      tags: ['categories'],
      querystring: {
        type: 'object',
        properties: {
          sort: { ...literals('name', 'id'), default: 'name' },
          depth: { type: 'integer', minimum: 0, maximum: 3, default: 3 },
        },
      },
      response: {
        '2xx': { description: 'The category tree.', type: 'array', items: { $ref: 'Category#' } },
        400: fastifyError,
      },
    },
  }, async (request) => {
    const prune = (category, depth) => ({ ...category, children: depth === 0 ? [] : category.children.map((c) => prune(c, depth - 1)) });
    const sorted = (list) => [...list].sort((a, b) => (request.query.sort === 'id' ? a.id - b.id : a.name.localeCompare(b.name)))
      .map((c) => ({ ...c, children: sorted(c.children) }));
    return sorted(categories).map((c) => prune(c, request.query.depth));
  });

  app.post('/products/:productId/reviews', {
    schema: {
      operationId: 'reviewProduct',
      tags: ['products'],
      params: { type: 'object', properties: { productId: { type: 'integer', minimum: 1 } } },
      body: {
        type: 'object',
        required: ['stars', 'channel'],
        properties: {
          stars: literals(1, 2, 3, 4, 5),
          channel: literals('web', 'store', 'phone'),
          title: orNull({ type: 'string', maxLength: 100 }),
          verified: { type: 'boolean' },
        },
      },
      response: {
        '2xx': {
          description: 'Recorded.',
          type: 'object',
          required: ['received'],
          properties: { reviewId: { type: 'integer' }, received },
        },
        400: fastifyError,
      },
    },
  }, async (request, reply) => reply.code(201).send({ reviewId: 7, received: request.body }));

  app.post('/products/:productId/gallery', {
    schema: {
      operationId: 'uploadGallery',
      tags: ['products'],
      consumes: ['multipart/form-data'],
      params: { type: 'object', properties: { productId: { type: 'integer', minimum: 1 } } },
      body: {
        type: 'object',
        required: ['photos'],
        properties: {
          photos: { type: 'array', items: { type: 'string', contentEncoding: 'binary' }, minItems: 1 },
          labels: { type: 'array', items: { type: 'string' } },
        },
      },
      response: {
        200: {
          description: 'Stored.',
          type: 'object',
          properties: { received, files: { type: 'array', items: { type: 'object', additionalProperties: true } } },
        },
        400: fastifyError,
      },
    },
  }, async (request) => ({ received: request.body, files: request.uploads ?? [] }));

  app.get('/stock', {
    schema: {
      operationId: 'getStock',
      tags: ['products'],
      querystring: {
        type: 'object',
        required: ['ids'],
        properties: {
          ids: { type: 'array', items: { type: 'integer', minimum: 1 }, minItems: 1, maxItems: 20 },
          asOf: { type: 'string', format: 'date' },
        },
      },
      headers: { type: 'object', properties: { 'if-modified-since': { type: 'string' } } },
      response: {
        200: {
          description: 'Stock by product id (TypeBox\'s Type.Record: patternProperties).',
          type: 'object',
          patternProperties: { '^[0-9]+$': { type: ['integer', 'null'] } },
        },
        400: fastifyError,
      },
    },
  }, async (request) => Object.fromEntries(request.query.ids.map((id) => [String(id), products.get(id)?.stock ?? null])));

  app.post('/feedback', {
    schema: {
      operationId: 'sendFeedback',
      tags: ['feedback'],
      consumes: ['application/x-www-form-urlencoded'],
      body: {
        type: 'object',
        required: ['rating'],
        properties: {
          rating: { type: 'integer', minimum: 1, maximum: 5 },
          comment: { type: 'string' },
          subscribe: { type: 'boolean', default: false },
          topics: { type: 'array', items: { type: 'string', enum: ['delivery', 'quality', 'price'] } },
        },
      },
      response: {
        200: { description: 'Thanks.', type: 'object', required: ['received'], properties: { received } },
        400: fastifyError,
      },
    },
  }, async (request) => ({ received: request.body }));
}

module.exports = { build };

if (require.main === module) {
  const versions = [['swagger', '3.1.0'], ['swagger30', '3.0.3']];
  const specs = argument('write-specs');
  const port = argument('port');
  if (specs !== undefined) {
    const app = build(versions);
    app.ready().then(() => {
      fs.mkdirSync(specs, { recursive: true });
      fs.writeFileSync(path.join(specs, 'store.openapi31.json'), JSON.stringify(app.swagger(), null, 2) + '\n');
      fs.writeFileSync(path.join(specs, 'store.openapi30.json'), JSON.stringify(app.swagger30(), null, 2) + '\n');
      return app.close();
    }).catch((error) => { console.error(error); process.exit(1); });
  } else if (port !== undefined) {
    const app = build(versions);
    app.listen({ host: '127.0.0.1', port: Number(port) }).then(() => {
      console.log(`fastify listening on http://127.0.0.1:${port}`);
    }).catch((error) => { console.error(error); process.exit(1); });
  } else {
    console.error('usage: node app.js --port PORT | node app.js --write-specs DIR');
    process.exit(2);
  }
}
