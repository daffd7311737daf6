import Fastify from 'fastify';

/**
 * The ceiling: a bare Fastify route that answers 201 with a Location
 * header and does nothing else, no logging, no storage. Whatever an HTTP
 * route in Node on this machine can do, this does; run as its own process
 * like the servers it is compared with. Usage: ceiling-server.js PORT
 */
const port = Number(process.argv[2]);
if (!Number.isInteger(port) || port < 1) {
  console.error('usage: ceiling-server.js PORT');
  process.exit(2);
}

const app = Fastify({ logger: false });
app.get('/invites_api', async (_request, reply) => {
  reply.header('location', 'https://example.com/invite?ceiling');
  reply.code(201);
  return '';
});

await app.listen({ host: '127.0.0.1', port });
