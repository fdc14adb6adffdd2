import { Global, Module } from '@nestjs/common';
import { APP_CONFIG, loadConfig } from './config';

/** The configuration, read from the environment once, checked at start-up (a bad value stops the process naming it). */
@Global()
@Module({
  providers: [{ provide: APP_CONFIG, useFactory: () => loadConfig(process.env) }],
  exports: [APP_CONFIG],
})
export class ConfigModule {}
