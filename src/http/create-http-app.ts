import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import * as path from 'node:path';
import { PACKAGE_ROOT } from '../common/paths';
import { bodyErrors, JSON_BODY_LIMIT_BYTES } from './body-limits';
import { HttpModule, HttpOptions } from './http.module';

/** The dashboard's static files (HTML, JS, CSS, message catalogues): no build step. */
export const DASHBOARD_DIR = path.join(PACKAGE_ROOT, 'src/http/dashboard/public');

function describeApi(app: NestExpressApplication): void {
  const config = new DocumentBuilder()
    .setTitle('payproof')
    .setDescription(
      'Pay-system pilot evaluation: scenarios, volunteer submissions, runs, comparison, discrepancies, reports. ' +
        'Every endpoint needs the header `Authorization: Bearer <token>` (`npx payproof tokens create --role <role>`); ' +
        "each endpoint's 403 response names the roles it allows.",
    )
    .setVersion('1')
    .addBearerAuth()
    .build();
  SwaggerModule.setup('api/docs', app, () => SwaggerModule.createDocument(app, config));
}

/** The Nest application with the API, its OpenAPI page at /api/docs and the dashboard at /. Not yet listening. */
export async function createHttpApp(options: HttpOptions = {}): Promise<NestExpressApplication> {
  const app = await NestFactory.create<NestExpressApplication>(HttpModule.forRoot(options), {
    logger: ['error', 'warn'],
    // Parsed below with a stated limit, and its errors answered with their own status (body-limits.ts).
    bodyParser: false,
  });
  app.useBodyParser('json', { limit: JSON_BODY_LIMIT_BYTES });
  app.use(bodyErrors);
  app.disable('x-powered-by');
  app.useStaticAssets(DASHBOARD_DIR, { index: 'index.html' });
  // chart.js's package exports only its entry point (dist/chart.cjs); its UMD build sits beside it.
  app.useStaticAssets(path.dirname(require.resolve('chart.js')), { prefix: '/vendor/chart.js/' });
  // The GC Design System's tokens (CSS custom properties) and fonts (Lato, Noto Sans), served from
  // node_modules so the dashboard needs no CDN (their packages have no entry point: found by package.json).
  const gcds = (name: string) => path.dirname(require.resolve(`@gcds-core/${name}/package.json`));
  app.useStaticAssets(path.join(gcds('tokens'), 'build/web/css'), { prefix: '/vendor/gcds-tokens/' });
  app.useStaticAssets(path.join(gcds('fonts'), 'fonts'), { prefix: '/vendor/gcds-fonts/' });
  describeApi(app);
  app.enableShutdownHooks();
  return app;
}
