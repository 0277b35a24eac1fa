// A small events API written as Hono developers write one with @hono/zod-openapi: every route is a `createRoute` whose
// zod schemas are at once the request validation (zod parses params, query, headers, cookies and bodies; a request
// they refuse gets the 400 of `defaultHook` below) and the OpenAPI document, 3.1 and 3.0, that zod-to-openapi writes.
// The tests generate their clients from those documents (committed under ../openapi/) and call this server with them.
// Handlers answer what zod parsed (`received`, or the stored event itself), so the tests see what the server read.
//
//   node app.js --port 5000            serves on 127.0.0.1:5000; ready when it prints "hono listening on http://127.0.0.1:5000"
//   node app.js --write-specs DIR      writes DIR/events.openapi31.json (OpenAPI 3.1.0) and DIR/events.openapi30.json (3.0.0)
//
// The served documents are /openapi/3.1.json and /openapi/3.0.json. Every /events route wants `Authorization: Bearer
// hono-secret` (the documents' bearerAuth scheme).
'use strict';

const crypto = require('node:crypto');
const fs = require('node:fs');
const path = require('node:path');
const { OpenAPIHono, createRoute, z } = require('@hono/zod-openapi');
const { serve } = require('@hono/node-server');

function argument(name) {
  const index = process.argv.indexOf('--' + name);
  return index < 0 || index + 1 >= process.argv.length ? undefined : process.argv[index + 1];
}

const Token = 'hono-secret';

// ---- Schemas: each `.openapi('Name')` is a component of the documents. ----

const Problem = z.object({
  code: z.enum(['not_found', 'conflict', 'invalid', 'unauthorized']),
  message: z.string(),
  issues: z.array(z.object({ path: z.array(z.union([z.string(), z.number().int()])), message: z.string() })).optional(),
}).openapi('Problem', { description: 'An error: a refused request (the issues zod found), or one of the store.' });

const Venue = z.object({
  name: z.string().min(1),
  capacity: z.number().int().min(1).max(100000),
  accessible: z.boolean().default(false),
}).openapi('Venue');

const Online = z.object({ kind: z.literal('online'), url: z.url() }).openapi('Online');
const InPerson = z.object({ kind: z.literal('in_person'), venue: Venue }).openapi('InPerson');
const Location = z.discriminatedUnion('kind', [Online, InPerson]).openapi('Location', { description: 'Where an event happens.' });

const Status = z.enum(['draft', 'published', 'cancelled']).openapi('Status');

const eventFields = {
  title: z.string().min(1).max(100),
  startsAt: z.iso.datetime({ offset: true }),
  day: z.iso.date(),
  tags: z.array(z.string().min(1)).max(5).default([]),
  price: z.number().nonnegative().nullable(),
  status: Status,
  location: Location,
  attributes: z.record(z.string(), z.number()),
  note: z.string().nullable().optional(),
  seat: z.tuple([z.string(), z.number().int()]).optional(),
  code: z.union([z.string(), z.number().int()]).optional(),
  organizer: z.object({ name: z.string(), email: z.email() }).optional(),
};

const NewEvent = z.object(eventFields).openapi('NewEvent', { description: 'An event to create.' });
const Event = z.object({ id: z.uuid(), ...eventFields, createdAt: z.iso.datetime() }).openapi('Event');
const EventPatch = z.object({
  title: z.string().min(1).max(100).optional(),
  price: z.number().nonnegative().nullable().optional(),
  note: z.string().nullable().optional(),
  tags: z.array(z.string().min(1)).max(5).optional(),
}).openapi('EventPatch', { description: 'A JSON merge patch: a member left out is kept, a null clears it.' });

const Received = z.record(z.string(), z.unknown()).openapi({ description: 'What zod parsed of the request, as the handler got it.' });

const EventId = z.object({ id: z.uuid().openapi({ param: { name: 'id', in: 'path' }, example: '0f8fad5b-d9cb-469f-a165-70867728950e' }) });

const json = (schema, description, extra) => ({ description, content: { 'application/json': { schema } }, ...extra });
const problem = (description) => json(Problem, description);

// ---- The app ----

const app = new OpenAPIHono({
  // A request zod refuses: 400 with the issues, in the documented Problem shape.
  defaultHook: (result, c) => {
    if (!result.success) {
      const issues = result.error.issues.map((issue) => ({ path: issue.path, message: issue.message }));
      return c.json({ code: 'invalid', message: 'The ' + result.target + ' is invalid.', issues }, 400);
    }
  },
});

app.openAPIRegistry.registerComponent('securitySchemes', 'bearerAuth', { type: 'http', scheme: 'bearer' });

// The bearer token, on /events and every route under it.
const requireToken = async (c, next) => {
  if (c.req.header('authorization') !== 'Bearer ' + Token) {
    return c.json({ code: 'unauthorized', message: 'Bearer token missing or wrong.' }, 401);
  }
  await next();
};
app.use('/events', requireToken);
app.use('/events/*', requireToken);

const events = new Map();
function seed() {
  const id = '0f8fad5b-d9cb-469f-a165-70867728950e';
  events.set(id, {
    id, title: 'Seeded meetup', startsAt: '2026-03-01T18:30:00+01:00', day: '2026-03-01', tags: ['dotnet', 'meetup'],
    price: null, status: 'published', location: { kind: 'in_person', venue: { name: 'Hall 1', capacity: 120, accessible: true } },
    attributes: { rating: 4.5 }, createdAt: '2026-01-01T00:00:00Z',
  });
}
seed();

function found(id) {
  return events.get(id) ?? null;
}

app.openapi(createRoute({
  method: 'get', path: '/events', operationId: 'listEvents', summary: 'Lists events.',
  request: {
    query: z.object({
      status: Status.optional(),
      tag: z.array(z.string()).optional().openapi({ description: 'Hono gives one value as a string, several as an array.' }),
      from: z.iso.date().optional(),
      limit: z.coerce.number().int().min(1).max(50).default(20),
      includeDrafts: z.stringbool().optional(),
    }),
    headers: z.object({ 'x-request-id': z.uuid().optional() }),
    cookies: z.object({ session: z.string().optional() }),
  },
  responses: {
    200: json(z.object({ items: z.array(Event), received: Received }), 'The events.', {
      headers: z.object({ 'X-Total-Count': z.number().int().openapi({ description: 'All events that match.' }) }),
    }),
    400: problem('A parameter zod refused.'),
    401: problem('No or a wrong bearer token.'),
  },
}), (c) => {
  const query = c.req.valid('query');
  const items = [...events.values()].filter((e) => (query.status ? e.status === query.status : query.includeDrafts || e.status !== 'draft')
    && (!query.tag || query.tag.every((t) => e.tags.includes(t))) && (!query.from || e.day >= query.from));
  c.header('X-Total-Count', String(items.length));
  return c.json({
    items: items.slice(0, query.limit),
    received: { query, headers: c.req.valid('header'), cookies: c.req.valid('cookie') },
  }, 200);
});

app.openapi(createRoute({
  method: 'post', path: '/events', operationId: 'createEvent', summary: 'Creates an event.',
  request: { body: { content: { 'application/json': { schema: NewEvent } }, required: true } },
  responses: {
    201: json(Event, 'Created.', { headers: z.object({ Location: z.string().openapi({ description: 'The new event.' }) }) }),
    400: problem('A body zod refused.'),
    401: problem('No or a wrong bearer token.'),
    409: problem('An event of that title on that day exists.'),
  },
}), (c) => {
  const body = c.req.valid('json');
  if ([...events.values()].some((e) => e.title === body.title && e.day === body.day)) {
    return c.json({ code: 'conflict', message: 'An event "' + body.title + '" on ' + body.day + ' exists.' }, 409);
  }
  const event = { id: crypto.randomUUID(), ...body, createdAt: new Date().toISOString() };
  events.set(event.id, event);
  c.header('Location', '/events/' + event.id);
  return c.json(event, 201);
});

app.openapi(createRoute({
  method: 'get', path: '/events/{id}', operationId: 'getEvent', summary: 'Reads an event.',
  request: { params: EventId },
  responses: { 200: json(Event, 'The event.'), 400: problem('Not a UUID.'), 401: problem('No or a wrong bearer token.'), 404: problem('No such event.') },
}), (c) => {
  const event = found(c.req.valid('param').id);
  return event ? c.json(event, 200) : c.json({ code: 'not_found', message: 'No such event.' }, 404);
});

app.openapi(createRoute({
  method: 'patch', path: '/events/{id}', operationId: 'patchEvent', summary: 'Changes an event (JSON merge patch).',
  request: { params: EventId, body: { content: { 'application/merge-patch+json': { schema: EventPatch } }, required: true } },
  responses: { 200: json(Event, 'The event as changed.'), 400: problem('A body zod refused.'), 401: problem('No or a wrong bearer token.'), 404: problem('No such event.') },
}), (c) => {
  const event = found(c.req.valid('param').id);
  if (!event) {
    return c.json({ code: 'not_found', message: 'No such event.' }, 404);
  }
  for (const [key, value] of Object.entries(c.req.valid('json'))) {
    if (value === null && key === 'note') {
      delete event.note;
    } else {
      event[key] = value;
    }
  }
  return c.json(event, 200);
});

app.openapi(createRoute({
  method: 'delete', path: '/events/{id}', operationId: 'deleteEvent', summary: 'Deletes an event.',
  request: { params: EventId },
  responses: { 204: { description: 'Deleted.' }, 400: problem('Not a UUID.'), 401: problem('No or a wrong bearer token.'), 404: problem('No such event.') },
}), (c) => (events.delete(c.req.valid('param').id) ? c.body(null, 204) : c.json({ code: 'not_found', message: 'No such event.' }, 404)));

app.openapi(createRoute({
  method: 'get', path: '/events/{id}/location', operationId: 'getLocation', summary: 'Where an event happens.',
  request: { params: EventId },
  responses: { 200: json(Location, 'The location.'), 401: problem('No or a wrong bearer token.'), 404: problem('No such event.') },
}), (c) => {
  const event = found(c.req.valid('param').id);
  return event ? c.json(event.location, 200) : c.json({ code: 'not_found', message: 'No such event.' }, 404);
});

app.openapi(createRoute({
  method: 'post', path: '/events/{id}/tickets', operationId: 'buyTickets', summary: 'Buys tickets with a URL-encoded form.',
  request: {
    params: EventId,
    body: {
      required: true,
      content: {
        'application/x-www-form-urlencoded': {
          schema: z.object({
            quantity: z.coerce.number().int().min(1).max(10),
            email: z.email(),
            seatClass: z.enum(['standard', 'premium']),
            note: z.string().optional(),
          }),
        },
      },
    },
  },
  responses: {
    201: json(z.object({ ticketIds: z.array(z.uuid()), received: Received }).openapi('Tickets'), 'Bought.'),
    400: problem('A form zod refused.'),
    401: problem('No or a wrong bearer token.'),
    404: problem('No such event.'),
  },
}), (c) => {
  if (!found(c.req.valid('param').id)) {
    return c.json({ code: 'not_found', message: 'No such event.' }, 404);
  }
  const form = c.req.valid('form');
  return c.json({ ticketIds: Array.from({ length: form.quantity }, () => crypto.randomUUID()), received: { form } }, 201);
});

app.openapi(createRoute({
  method: 'post', path: '/events/{id}/poster', operationId: 'uploadPoster', summary: 'Uploads a poster with a multipart form.',
  request: {
    params: EventId,
    body: {
      required: true,
      content: {
        'multipart/form-data': {
          schema: z.object({
            file: z.instanceof(File).openapi({ type: 'string', format: 'binary' }),
            caption: z.string().min(1),
            alt: z.string().optional(),
          }),
        },
      },
    },
  },
  responses: {
    200: json(z.object({ name: z.string(), type: z.string(), size: z.number().int(), sha256: z.string(), caption: z.string(), alt: z.string().nullable() }).openapi('Poster'), 'Stored.'),
    400: problem('A form zod refused.'),
    401: problem('No or a wrong bearer token.'),
    404: problem('No such event.'),
  },
}), async (c) => {
  if (!found(c.req.valid('param').id)) {
    return c.json({ code: 'not_found', message: 'No such event.' }, 404);
  }
  const form = c.req.valid('form');
  const bytes = Buffer.from(await form.file.arrayBuffer());
  return c.json({
    name: form.file.name, type: form.file.type, size: bytes.length,
    sha256: crypto.createHash('sha256').update(bytes).digest('hex'), caption: form.caption, alt: form.alt ?? null,
  }, 200);
});

app.openapi(createRoute({
  method: 'get', path: '/events/{id}/calendar', operationId: 'getCalendar', summary: 'The event as an iCalendar file.',
  request: { params: EventId },
  responses: {
    200: { description: 'The event.', content: { 'text/calendar': { schema: z.string() } } },
    401: problem('No or a wrong bearer token.'),
    404: problem('No such event.'),
  },
}), (c) => {
  const event = found(c.req.valid('param').id);
  if (!event) {
    return c.json({ code: 'not_found', message: 'No such event.' }, 404);
  }
  const text = 'BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:' + event.id + '\r\nSUMMARY:' + event.title + '\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n';
  return c.body(text, 200, { 'Content-Type': 'text/calendar; charset=utf-8' });
});

// ---- The documents ----

const documentConfig = (openapi) => ({
  openapi,
  info: { title: 'Events (Hono)', version: '1.0.0', description: 'An events API written with Hono and @hono/zod-openapi.' },
  servers: [{ url: 'http://127.0.0.1' }],
  security: [{ bearerAuth: [] }],
});

const document31 = () => app.getOpenAPI31Document(documentConfig('3.1.0'));
const document30 = () => app.getOpenAPIDocument(documentConfig('3.0.0'));

const specsDirectory = argument('write-specs');
if (specsDirectory) {
  fs.mkdirSync(specsDirectory, { recursive: true });
  fs.writeFileSync(path.join(specsDirectory, 'events.openapi31.json'), JSON.stringify(document31(), null, 2) + '\n');
  fs.writeFileSync(path.join(specsDirectory, 'events.openapi30.json'), JSON.stringify(document30(), null, 2) + '\n');
} else {
  app.get('/openapi/3.1.json', (c) => c.json(document31()));
  app.get('/openapi/3.0.json', (c) => c.json(document30()));
  const port = Number(argument('port') ?? 5000);
  serve({ fetch: app.fetch, port, hostname: '127.0.0.1' }, (info) => {
    console.log('hono listening on http://127.0.0.1:' + info.port);
  });
}
