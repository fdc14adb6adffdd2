import { Module } from '@nestjs/common';
import { Clock } from '../common/clock';
import { TokenRepository } from '../persistence/token.repository';
import { TokenService } from './token.service';

/** Tokens and roles; needs PersistenceModule.forRoot() and a config in the application. */
@Module({
  providers: [Clock, TokenRepository, TokenService],
  exports: [TokenService],
})
export class AuthModule {}
